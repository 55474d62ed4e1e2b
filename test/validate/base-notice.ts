/**
 * A small, complete and correct notice for rule tests: header, notice, a plan with goals and
 * tasks, and a yearly annex. Each test changes a line or two of it to make the case it shows.
 * Line numbers are given beside the lines that tests point at.
 */
export const BASE_NOTICE = [
  '名称:河西区人民政府办公室关于印发河西区数字经济行动方案(2023—2025年)的通知', // 1
  '索引号:11120103MB0000000X/2023-00001', // 2
  '发布机构:河西区人民政府办公室', // 3
  '发文字号:河西政办发〔2023〕5号', // 4
  '成文日期:2023年3月1日', // 5
  '发文日期:2023年3月2日', // 6
  '有效性:有效', // 7
  '',
  '河西区人民政府办公室关于印发河西区数字经济行动方案(2023—2025年)的通知', // 9
  '',
  '各委办局、各街道办事处:', // 11
  '',
  '现将《河西区数字经济行动方案(2023—2025年)》印发给你们,请认真贯彻落实。', // 13
  '',
  '河西区人民政府办公室', // 15
  '2023年3月1日', // 16
  '',
  '(此件主动公开)', // 18
  '',
  '河西区数字经济行动方案(2023—2025年)', // 20
  '',
  '一、工作目标', // 22
  '',
  '到2025年末,全区数字经济核心产业增加值达到120亿元,数字化车间达到30家。', // 24
  '',
  '二、重点任务', // 26
  '',
  '(一)夯实数字基础', // 28
  '',
  '1.建设算力中心。加快算力设施建设。(牵头单位:区科技局,参与单位:区财政局、区发展改革委)', // 30
  '',
  '2.推进基站覆盖。加快基站建设。(牵头单位:区工信局,参与单位:区财政局)', // 32
  '',
  '3.培育数字企业。引进数字经济企业。(牵头单位:区商务局,参与单位:区科技局)', // 34
  '',
  '附件', // 36
  '',
  '重点指标年度分解表', // 38
  '',
  '序号',
  '指标', // 41
  '2023',
  '2024',
  '2025', // 44
  '1', // 45
  '数字经济核心产业增加值(亿元)', // 46
  '100',
  '110',
  '120', // 49
  '2', // 50
  '数字化车间数量(家)', // 51
  '20',
  '25',
  '30', // 54
  '',
].join('\n');

/** The base notice with whole lines replaced: `{ 30: 'new text of line 30' }`. */
export function withLines(changes: Record<number, string>, text = BASE_NOTICE): string {
  const lines = text.split('\n');
  for (const [line, replacement] of Object.entries(changes)) lines[Number(line) - 1] = replacement;
  return lines.join('\n');
}

/** The base notice with one piece of text replaced; throws if the piece is not there. */
export function withText(from: string, to: string, text = BASE_NOTICE): string {
  if (!text.includes(from)) throw new Error(`base notice has no "${from}"`);
  return text.replace(from, to);
}
