/**
 * The words that end a document's title as an annex is named (某方案, 某任务清单, 某汇总表): a title
 * that ends so is whole; one that ends otherwise (…重点民生实事项目, …分解表及) may go on.
 */
export const ANNEX_TITLE_END = /(?:方案|计划|规划|办法|意见|通知|规定|细则|措施|要点|清单|名单|名册|目录|表|指标|标准|指南|指引|说明|图|协议|承诺书|申请书|报告|纲要|制度|章程|规则|函)$/;
