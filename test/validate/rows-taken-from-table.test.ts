import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { validateText } from './findings.js';

/**
 * A plan whose （二） (line 7) names no unit and points to its annex's 分解表, its cells tab-separated:
 * row 2 restates （二） (which takes its units), row 3 restates nothing of the text and is read as a
 * task, rows 1 and 4 restate （一） and （三）. Lines: the header 15, the rows 16–19.
 */
const plan = (serials: readonly string[] = ['1', '2', '3', '4']): string =>
  [
    '某县养老服务体系建设实施方案（2024—2026年）',
    '',
    '一、重点任务',
    '',
    '（一）完善居家养老服务。发展助餐助浴服务。（牵头单位：县民政局；配合单位：各乡镇人民政府）',
    '',
    '（二）推进医养结合。具体任务详见附件1。',
    '',
    '（三）加强人才队伍建设。开展养老护理员培训。（牵头单位：县人社局；配合单位：县民政局）',
    '',
    '附件1',
    '',
    '某县养老服务体系建设重点任务分解表',
    '',
    ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'].join('\t'),
    [serials[0]!, '完善居家养老服务', '县民政局', '各乡镇人民政府', '2025.12'].join('\t'),
    [serials[1]!, '推进医养结合', '县卫健局', '县民政局、县医保局', '2024.12.31'].join('\t'),
    [serials[2]!, '建设智慧养老平台', '县民政局', '县数据局', '2025.6'].join('\t'),
    [serials[3]!, '加强人才队伍建设', '县人社局', '县民政局', '2026.12'].join('\t'),
    '',
  ].join('\n');

const found = async (text: string, rules: RegExp): Promise<string[]> =>
  (await validateText(text)).filter((d) => rules.test(d.ruleId)).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);

describe('the rules see the tasks the parse takes from a task table beside the text', () => {
  it('should read the table as the tests mean: （二） takes row 2, row 3 is a task', async () => {
    const doc = await parseNotice(plan(), { format: 'text' });
    expect(doc.plan!.tasks.map((t) => [t.label, t.title, t.lead.join('、'), t.position.start.line])).toEqual([
      ['（一）', '完善居家养老服务', '县民政局', 5],
      ['（二）', '推进医养结合', '县卫健局', 7],
      ['（三）', '加强人才队伍建设', '县人社局', 9],
      ['3', '建设智慧养老平台', '县民政局', 18],
    ]);
  });

  it('should not ask units of an item that took them from the row restating it, nor count the row taken as a task after the text', async () => {
    expect(await found(plan(), /task-units|outline-sequence/)).toEqual([]);
  });

  it("should count the table's 序号 on their own, the row taken as a task among the others", async () => {
    expect(await found(plan(['1', '2', '3', '3']), /outline-sequence/)).toEqual([
      '19:1 outline-sequence task 3 of the task table repeats the number of the item at 18:1; expected 4',
    ]);
  });
});
