import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

// A flattened task table (one cell per line) whose rows have more than one cell wrapped over lines,
// or a wrap whose second line could pass for a cell of its own (a count, a unit-like name): each
// line goes to the cell whose text it ends, where the wrap left a word running on (…接入, 县医保局、)
// and where a wrap fills its line before going on.

const HEAD = ['某县2024年养老服务工作要点', '为推进全县养老服务高质量发展，制定本要点。', '重点任务分解表', '序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'];
const doc = (lines: string[]) => parseNotice([...HEAD, ...lines].join('\n\n'));
const tasks = async (lines: string[]) =>
  (await doc(lines)).plan!.tasks.map((t) => [t.number, t.section?.number ?? '', t.title, t.text, t.lead, t.participants, t.deadline ?? null]);
const ROW1 = ['1', '建设乡镇养老服务中心', '建设乡镇居家养老服务中心', '12个', '县民政局', '各乡镇人民政府', '2024年12月'];
const ROW3 = ['3', '加强护理人才培养', '培训养老护理员500人次', '县人社局', '县民政局', '2024年底'];
const TASK1 = ['1', '一', '建设乡镇养老服务中心', '建设乡镇居家养老服务中心12个', ['县民政局'], ['各乡镇人民政府'], '2024年12月'];
const TASK3 = ['3', '二', '加强护理人才培养', '培训养老护理员500人次', ['县人社局'], ['县民政局'], '2024年底'];

describe('flattened task rows with several wrapped cells', () => {
  it('should join two wraps in one row (a measure after 接入, a unit list after 、) and read the group and row after it', async () => {
    const row2 = ['2', '推进医养结合', '推动二级以上医院与养老机构签约，接入', '全县养老服务平台', '县卫健局', '县民政局、县医保局、', '县财政局', '2024年10月'];
    const lines = ['一、服务网络建设', ...ROW1, ...row2, '二、人才队伍建设', ...ROW3];
    expect(await tasks(lines)).toEqual([
      TASK1,
      ['2', '一', '推进医养结合', '推动二级以上医院与养老机构签约，接入全县养老服务平台', ['县卫健局'], ['县民政局', '县医保局', '县财政局'], '2024年10月'],
      TASK3,
    ]);
    const rules = (await doc(lines)).diagnostics.map((d) => d.ruleId);
    expect(rules).not.toContain('annex-row-width');
    expect(rules).not.toContain('outline-sequence');
  });

  it('should join a count (12个) to the measure it ends, never run the measure into the task name over it', async () => {
    expect((await tasks(['一、服务网络建设', ...ROW1, '二、人才队伍建设', ...ROW3.map((c, k) => (k === 0 ? '2' : c))]))[0]).toEqual(TASK1);
  });

  it('should read a line after a measure cut off at 接入 as the measure\'s end, not as the lead unit with the units after it shifted', async () => {
    const row2 = ['2', '建设智慧养老平台', '建成县级智慧养老服务平台，接入', '全县养老机构', '县民政局', '县数据局', '2025年12月'];
    expect((await tasks(['一、服务网络建设', ...ROW1, ...row2, '二、人才队伍建设', ...ROW3]))[1]).toEqual([
      '2', '一', '建设智慧养老平台', '建成县级智慧养老服务平台，接入全县养老机构', ['县民政局'], ['县数据局'], '2025年12月',
    ]);
  });

  it('should keep a group line a row boundary after a row no reading lays out as wide as a wrapped row above it, naming that row and reading the rows after it', async () => {
    // Row 2 has a date inside its measure: no reading lays it out; its serial goes on in row 3.
    const row2 = ['2', '推进医养结合', '推动二级以上医院与养老机构签约合作', '2024年9月', '县卫健局', '县民政局', '2024年10月'];
    const read = await doc(['一、服务网络建设', ...ROW1, ...row2, '二、人才队伍建设', ...ROW3]);
    expect(read.plan!.tasks.map((t) => [t.number, t.section?.number])).toEqual([
      ['1', '一'],
      ['3', '二'],
    ]);
    expect(read.diagnostics.filter((d) => d.ruleId === 'annex-row-width').map((d) => d.message.startsWith('table row 2 has 7 cells'))).toEqual([true]);
  });
});

describe('an annex task table with a measure wrapped after a word that runs on', () => {
  it('should read the wrapped line into the measure, the lead and participants staying in their columns', async () => {
    const text = [
      '某县人民政府办公室关于印发某县养老服务体系建设实施方案的通知',
      '各乡镇人民政府，县政府各部门：',
      '现将《某县养老服务体系建设实施方案》印发给你们，请认真组织实施。',
      '附件：某县养老服务体系建设重点任务分解表',
      '某县人民政府办公室',
      '2024年3月5日',
      '附件',
      '某县养老服务体系建设重点任务分解表',
      '序号', '重点任务', '具体内容', '牵头单位', '配合单位', '完成时限',
      '1', '推进医养结合', '推动养老机构与医疗机构签约合作', '县卫健局', '县民政局、县医保局', '2024年12月',
      '2', '建设智慧养老平台', '建成县级智慧养老服务平台，接入', '全县养老机构', '县民政局', '县数据局', '2025年3月',
      '3', '加强护理人才培养', '每年培训养老护理员500人次', '县人社局', '县民政局', '2026年底',
    ].join('\n\n');
    const read = await parseNotice(text);
    const rows = read.annexes.flatMap((a) => (a.table ? a.table.rows.map((r) => r.cells) : []));
    expect(rows.find((r) => r[0] === '2')).toEqual(['2', '建设智慧养老平台', '建成县级智慧养老服务平台，接入全县养老机构', '县民政局', '县数据局', '2025年3月']);
  });
});
