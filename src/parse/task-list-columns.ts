/**
 * A column a project list names its projects or their figures by (项目名称, 工程名称, 建设单位,
 * 业主单位, 总投资（万元）, 建设内容及规模, 年度计划投资): a table with one lists projects, each with
 * the unit that builds it, not the plan's tasks.
 */
const PROJECT_COLUMN = /项目|工程名称|建设(?:单位|内容|规模|性质|地点|年限|期限|起止)|业主|投资/;

/** A column naming what is to be done (重点任务, 具体措施, 工作内容, 主要举措, 工作事项, 行动名称). */
const TASK_COLUMN = /任务|措施|举措|事项|行动|^(?:工作|具体|主要)?内容$|^(?:重点|主要|具体|年度)?工作/;

/**
 * Whether a table with a unit column lists tasks: it names what is to be done, and no projects (a
 * 项目清单 or 重点项目表 with its 建设单位 lists projects; an indicator table with its 责任单位,
 * figures). Column names as written, folded.
 */
export function listsTasks(columns: readonly string[]): boolean {
  const names = columns.map((c) => c.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]/g, ''));
  return !names.some((c) => PROJECT_COLUMN.test(c)) && names.some((c) => TASK_COLUMN.test(c));
}
