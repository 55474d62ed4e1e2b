import { describe, expect, it } from 'vitest';
import type { Position } from '../../src/model/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { joinUnitLines, unitColumns, unitOutOfPlace } from '../../src/parse/flat-unit-cells.js';

const at: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const cells = (...texts: string[]) => texts.map((t) => ({ text: t, match: t, position: at }));
const join = (run: ReadonlyArray<{ text: string; match: string; position: Position }>) => ({ ...run[0]!, text: run.map((c) => c.text).join('、'), match: run.map((c) => c.match).join('、') });
const texts = (row: ReadonlyArray<{ text: string }> | null) => row?.map((c) => c.text) ?? null;

describe('unit cells exported one unit per line', () => {
  const header = unitColumns(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);

  it('should find the unit columns and which of them leads', () => {
    expect(header.cols).toEqual([2, 3]);
    expect([...header.lead]).toEqual([2]);
  });

  it('should join a run of unit lines into the participants cell, the lead keeping one unit', () => {
    const row = cells('1', '开展燃气安全整治。', '区城市管理委', '区应急局', '各街道办事处', '2025年10月底前');
    expect(texts(joinUnitLines(row, 5, header, join))).toEqual(['1', '开展燃气安全整治。', '区城市管理委', '区应急局、各街道办事处', '2025年10月底前']);
  });

  it('should read no row when a line in the run names no unit', () => {
    const row = cells('1', '开展燃气安全整治。', '区城市管理委', '区应急局', '同步推进', '2025年10月底前');
    expect(joinUnitLines(row, 5, header, join)).toBeNull();
  });

  it('should run unit lines into a 责任单位 column beside 牵头单位, as the units taking part', () => {
    const both = unitColumns(['序号', '具体措施', '责任领导', '牵头单位', '责任单位', '完成时限']);
    expect([...both.lead]).toEqual([3]);
    const row = cells('1', '建立重点项目全程代办制度', '李华', '区政务服务办', '区商务局', '各街道办事处', '2024年6月');
    expect(texts(joinUnitLines(row, 6, both, join))).toEqual(['1', '建立重点项目全程代办制度', '李华', '区政务服务办', '区商务局、各街道办事处', '2024年6月']);
  });

  it('should join the lines of a single 责任单位 column', () => {
    const only = unitColumns(['序号', '工作任务', '责任单位', '完成时限']);
    const row = cells('2', '完善应急预案。', '区应急局', '区消防救援支队', '全年');
    expect(texts(joinUnitLines(row, 4, only, join))).toEqual(['2', '完善应急预案。', '区应急局、区消防救援支队', '全年']);
  });

  it('should leave a row of the header width and a header without unit columns alone', () => {
    expect(joinUnitLines(cells('1', '任务', '区应急局', '区财政局', '全年'), 5, header, join)).toBeNull();
    expect(joinUnitLines(cells('1', '指标', '个', '10', '12'), 3, unitColumns(['序号', '指标', '单位']), join)).toBeNull();
  });

  it('should see a unit under a column of no units as a row pushed out of its columns', () => {
    const keys = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];
    expect(unitOutOfPlace(cells('1', '开展燃气安全整治。', '区城市管理委', '区应急局', '各街道办事处', '2025年10月底前'), keys, header)).toBe(true);
    expect(unitOutOfPlace(cells('1', '开展燃气安全整治。', '区城市管理委', '区应急局', '2025年10月底前', '备注'), keys, header)).toBe(false);
  });

  it('should leave out, with a warning, a flattened row whose extra lines are no run of units', async () => {
    const doc = await parseNotice(
      ['某区2025年安全生产重点任务分工表', '序号', '重点任务', '牵头单位', '配合单位', '完成时限',
        '1', '开展燃气安全专项整治。', '区城市管理委', '区应急局', '各街道办事处', '同步推进', '2025年10月底前',
        '2', '开展自建房安全隐患排查。', '区住房城乡建设委', '区规划资源局', '2025年12月底前',
        '3', '开展危化品企业执法检查。', '区应急局', '区消防救援支队', '全年'].join('\n'),
      { format: 'text' },
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.lead, t.participants, t.deadline])).toEqual([
      ['2', ['区住房城乡建设委'], ['区规划资源局'], '2025年12月底前'],
      ['3', ['区应急局'], ['区消防救援支队'], '全年'],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'annex-row-width').map((d) => d.line)).toEqual([7]);
  });
});
