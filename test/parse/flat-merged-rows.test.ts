import { describe, expect, it } from 'vitest';
import type { Position } from '../../src/model/types.js';
import { fitShortRow, splitSharedRow } from '../../src/parse/flat-merged-rows.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { joinUnitLines } from '../../src/parse/flat-unit-cells.js';

const at: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
interface Line {
  text: string;
  match: string;
  position: Position;
  spanned?: boolean;
}
const cells = (...texts: string[]): Line[] => texts.map((t) => ({ text: t, match: t, position: at }));
const make = { blank: (): Line => ({ text: '', match: '', position: at }), merged: (c: Line): Line => ({ ...c, spanned: true }) };
const texts = (row: readonly Line[] | null) => row?.map((c) => (c.spanned ? `^${c.text}` : c.text)) ?? null;

const measures = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'];
const tasks = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];

describe('flattened rows with merged or empty cells', () => {
  it('should take an empty 配合单位 cell as the one left out, not the lead or the deadline', () => {
    expect(texts(fitShortRow(cells('2', '开展涉企执法检查专项行动', '区司法局', '2024年9月'), tasks, null, make))).toEqual(['2', '开展涉企执法检查专项行动', '区司法局', '', '2024年9月']);
  });

  it('should take a 重点任务 cell written once as merged with the row above', () => {
    const above = cells('1', '夯实数字基础设施', '加快5G网络建设', '区工信局', '区住建委', '2024年12月');
    expect(texts(fitShortRow(cells('2', '推进算力中心建设', '区发展改革委', '区数据局', '2024年10月'), measures, above, make))).toEqual([
      '2',
      '^夯实数字基础设施',
      '推进算力中心建设',
      '区发展改革委',
      '区数据局',
      '2024年10月',
    ]);
  });

  it('should read no row whose lines stand under no columns that hold them', () => {
    // A date where units stand, with one cell missing: every reading puts a line where it cannot stand.
    expect(fitShortRow(cells('3', '压缩企业开办时间', '2024年6月', '区税务局'), tasks, null, make)).toBeNull();
    // A row of the header's width is no short row.
    expect(fitShortRow(cells('3', '压缩企业开办时间', '区市场监管局', '区税务局', '2024年6月'), tasks, null, make)).toBeNull();
  });

  it('should split a row whose next measure shares its 序号 and 重点任务 cells', () => {
    const row = cells('1', '深入打好蓝天保卫战', '开展挥发性有机物综合治理', '区生态环境局', '区工信局', '2024年10月', '推进柴油货车污染治理', '区生态环境局', '区交通运输局、区公安分局', '2024年12月');
    expect(splitSharedRow(row, measures, make)?.map(texts)).toEqual([
      ['1', '深入打好蓝天保卫战', '开展挥发性有机物综合治理', '区生态环境局', '区工信局', '2024年10月'],
      ['^1', '^深入打好蓝天保卫战', '推进柴油货车污染治理', '区生态环境局', '区交通运输局、区公安分局', '2024年12月'],
    ]);
  });

  it('should split a row of measures sharing a 序号 when one measure\'s unit cell is written over two lines', () => {
    const row = cells('1', '推进农村厕所革命', '开展户厕问题摸排整改', '区农业农村委', '区卫生健康委', '各涉农街道', '2024年6月底', '完善户厕管护长效机制', '区农业农村委', '各涉农街道', '2024年12月底');
    const join = (run: readonly Line[]): Line => ({ text: run.map((c) => c.text).join('、'), match: run.map((c) => c.match).join('、'), position: at });
    const units = { cols: [3, 4], lead: new Set([3]) };
    expect(splitSharedRow(row, measures, make)).toBeNull();
    expect(splitSharedRow(row, measures, make, (c) => joinUnitLines(c, measures.length, units, join))?.map(texts)).toEqual([
      ['1', '推进农村厕所革命', '开展户厕问题摸排整改', '区农业农村委', '区卫生健康委、各涉农街道', '2024年6月底'],
      ['^1', '^推进农村厕所革命', '完善户厕管护长效机制', '区农业农村委', '各涉农街道', '2024年12月底'],
    ]);
  });

  it('should not split a row whose extra lines are a unit cell\'s', () => {
    expect(splitSharedRow(cells('1', '开展燃气安全整治', '区城市管理委', '区应急局', '各街道办事处', '2025年10月底前'), tasks, make)).toBeNull();
  });
});

describe('flattened task tables whose rows cannot be laid out', () => {
  it('should leave a short row out with a warning and keep its lines as the annex\'s text', async () => {
    const text = [
      '某区2024年重点任务分工表',
      '',
      '附件',
      '',
      '某区2024年重点任务分工表',
      '',
      ...['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
      ...['1', '推行高效办成一件事', '区政务服务办', '区公安分局', '2024年12月'],
      ...['2', '压缩企业开办时间', '2024年6月', '区税务局'],
      ...['3', '开展涉企执法检查', '区司法局', '区商务局', '2024年9月'],
    ].join('\n');
    const doc = await parseNotice(text);
    const annex = doc.annexes[0]!;
    expect(annex.table!.rows.map((r) => r.number)).toEqual(['1', '3']);
    expect(annex.body.map((b) => b.text.trim())).toEqual(['2', '压缩企业开办时间', '2024年6月', '区税务局']);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'annex-row-width').map((d) => d.line)).toEqual([17]);
    expect(doc.plan!.tasks.map((t) => t.participants)).toEqual([['区公安分局'], ['区商务局']]);
  });

  it('should read a flattened task table in the plan\'s text with a short row and groups numbered in its 序号 column', async () => {
    const text = [
      '某区2025年民生实事实施方案',
      '',
      '一、重点任务',
      '',
      '表1 某区2025年民生实事任务分解表',
      '',
      ...['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      ...['一', '教育医疗'],
      ...['1', '新建改扩建幼儿园3所', '区教育局', '区住建委', '2025年9月'],
      ...['2', '建设社区卫生服务站2个', '区卫生健康委', '2025年11月'],
      ...['二', '养老托育'],
      ...['1', '新建社区养老服务驿站10个', '区民政局', '区财政局', '2025年12月'],
      '',
      '二、保障措施',
      '',
      '各单位要加强组织领导。',
    ].join('\n');
    const doc = await parseNotice(text);
    expect(doc.tables![0]!.table.rows.map((r) => r.cells)).toEqual([
      // A group row keeps its name once, after its number (README › annexes: a row spanning the table).
      ['一', '教育医疗', '', '', ''],
      ['1', '新建改扩建幼儿园3所', '区教育局', '区住建委', '2025年9月'],
      ['2', '建设社区卫生服务站2个', '区卫生健康委', '', '2025年11月'],
      ['二', '养老托育', '', '', ''],
      ['1', '新建社区养老服务驿站10个', '区民政局', '区财政局', '2025年12月'],
    ]);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

