/**
 * A column naming each row's category (领域, 类别, 方面, 维度, 指标类别): in the table's own form its
 * cell spans the rows of the category, so that flattened or copied out it is written on the
 * group's first row only.
 */
export const CATEGORY_COLUMN = /^(?:指标)?(?:领域|类别|分类|类型|方面|维度|板块)$/;

/** Whether a header cell names a category column (spaces inside it aside: 领　域). */
export function namesCategory(key: string | undefined): boolean {
  return CATEGORY_COLUMN.test((key ?? '').replace(/\s+/g, ''));
}
