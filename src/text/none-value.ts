/**
 * What a header writes in a field on purpose to say it has no value: 无, 暂无, 没有 (traditional
 * 無, 暫無, 沒有), or a bar or dash in place of one (/, ／, —, ——, -, －). Such a field is empty,
 * never a value: a 文号 of 无 is no document number.
 */
const NONE = /^(?:无|無|暂无|暫無|没有|沒有|[-—–―─－/／\\]+)$/;

/** Whether a field's value, trimmed, only says there is none. */
export function isNoneValue(value: string): boolean {
  const t = value.trim();
  return t.length > 0 && t.length <= 4 && NONE.test(t);
}
