import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

// A flattened table whose header has a column the reader knows no kind of (包户干部 beside 序号 /
// 村名 / 帮扶单位 / 责任人): its rows are read right, or those that do not fit its columns are
// reported; never read shifted in silence.

const notice = (cells: string[]) =>
  [
    '某镇2024年乡村振兴结对帮扶工作方案', '', '一、工作任务', '（一）开展结对帮扶。各帮扶单位每月走访一次。（责任单位：镇农业农村办）', '',
    '附件', '结对帮扶安排表', ...cells,
  ].join('\n');

const HEAD = ['序号', '村名', '帮扶单位', '责任人', '包户干部'];

describe('flattened tables with a column of people the reader does not know', () => {
  it('should read rows that fit the header as they stand', async () => {
    const doc = await parseNotice(notice([...HEAD, '1', '东风村', '县财政局', '王建国', '李明', '2', '红星村', '县交通运输局', '赵强', '刘伟']));
    expect(doc.annexes[0]!.table!.columns).toEqual(HEAD);
    expect(doc.annexes[0]!.table!.rows.map((r) => r.cells)).toEqual([
      ['1', '东风村', '县财政局', '王建国', '李明'],
      ['2', '红星村', '县交通运输局', '赵强', '刘伟'],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('should keep the header as written when most rows have one more line, and report each such row', async () => {
    // Two 包户干部 one a line in rows 1 and 3: no column's name was lost after 序号 (村名 names the
    // rows), so the rows keep their village under 村名 and say they are a cell too wide.
    const doc = await parseNotice(
      notice([...HEAD, '1', '东风村', '县财政局', '王建国', '李明', '张华', '2', '红星村', '县交通运输局', '赵强', '刘伟', '3', '前进村', '县住建局', '孙丽', '周敏', '吴刚']),
    );
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(HEAD);
    expect(table.rows.map((r) => [r.indicator, r.cells.slice(0, 5)])).toEqual([
      ['东风村', ['1', '东风村', '县财政局', '王建国', '李明']],
      ['红星村', ['2', '红星村', '县交通运输局', '赵强', '刘伟']],
      ['前进村', ['3', '前进村', '县住建局', '孙丽', '周敏']],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'annex-row-width').map((d) => d.position?.start.line)).toEqual([13, 24]);
  });

  it('should report a row whose unit lines push its cells past the header', async () => {
    const doc = await parseNotice(notice([...HEAD, '1', '东风村', '县财政局', '县税务局', '王建国', '李明', '2', '红星村', '县交通运输局', '赵强', '刘伟', '3', '前进村', '县住建局', '孙丽', '周敏']));
    expect(doc.diagnostics.filter((d) => d.ruleId === 'annex-row-width').map((d) => d.message)).toEqual(['annex row 1 has 6 cells where the header has 5']);
  });

  it('should list the people of a cell written one a line under a column of people (包户干部) with 、', async () => {
    const doc = await parseNotice(
      notice(['序号', '工作任务', '责任单位', '包户干部', '完成时限', '1', '开展入户走访', '镇农业农村办', '李明', '张华', '2024年6月底', '2', '落实帮扶措施', '镇财政所', '刘伟', '2024年9月底']),
    );
    expect(doc.annexes[0]!.table!.rows.map((r) => r.cells)).toEqual([
      ['1', '开展入户走访', '镇农业农村办', '李明、张华', '2024年6月底'],
      ['2', '落实帮扶措施', '镇财政所', '刘伟', '2024年9月底'],
    ]);
  });

  it('should read a column of people inside the row, the header\'s last name and a row\'s last cell no group lines', async () => {
    // 责任人 under 帮扶单位 and 赵强 after 县交通运输局 look like unnumbered group lines; read as cells,
    // every row but the first has the header's cells as written, and the first lists two 包户干部.
    const doc = await parseNotice(
      notice(['序号', '村名', '包户干部', '帮扶单位', '责任人', '1', '东风村', '李明', '张华', '县财政局', '王建国', '2', '红星村', '刘伟', '县交通运输局', '赵强', '3', '前进村', '周敏', '县住建局', '孙丽']),
    );
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['序号', '村名', '包户干部', '帮扶单位', '责任人']);
    expect(table.rows.map((r) => [r.cells, r.group ?? null])).toEqual([
      [['1', '东风村', '李明、张华', '县财政局', '王建国'], null],
      [['2', '红星村', '刘伟', '县交通运输局', '赵强'], null],
      [['3', '前进村', '周敏', '县住建局', '孙丽'], null],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('should still restore the indicator\'s header lost after 序号 in a table of figures', async () => {
    const doc = await parseNotice(notice(['序号', '2023年', '2024年', '1', '结对帮扶户数（户）', '120', '150', '2', '帮扶资金（万元）', '80', '95']));
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['序号', '', '2023年', '2024年']);
    expect(table.rows.map((r) => [r.indicator, r.unit, r.values])).toEqual([
      ['结对帮扶户数', '户', { 2023: 120, 2024: 150 }],
      ['帮扶资金', '万元', { 2023: 80, 2024: 95 }],
    ]);
  });
});
