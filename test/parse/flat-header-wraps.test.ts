import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { validateDocument } from '../../src/validate/validate.js';
import { joinWrappedHeaderLines } from '../../src/parse/flat-header-wraps.js';
import { YEAR_HEADER, yearKey } from '../../src/parse/annex.js';

// A header cell of a flattened table wrapped over two lines (2023年 / （基期值）, 基期值 / （2023年）)
// is one header cell: its year's column, as the cell written on one line is.

const HEAD = ['某区营商环境优化提升三年行动计划（2024—2026年）', '', '    一、重点任务', '    1.深化商事制度改革。推行企业开办全程网办。（牵头单位：区市场监管局）', '', '附件：某区营商环境主要指标', ''];
const ROWS = ['1', '企业开办时间', '工作日', '1', '0.8', '0.5', '0.5', '约束性', '2', '政务服务“一网通办”率', '%', '90', '95', '98', '≥98', '预期性', '3', '市场主体数量', '万户', '10.2', '10.8', '11.5', '12', '预期性'];
const notice = (header: string[], rows: string[] = ROWS): string => [...HEAD, '附件', '某区营商环境主要指标', ...header, ...rows].join('\n');

/** The figures of the three rows as the document gives them, 2023 being the base year. */
const VALUES = [
  { '2023': 1, '2024': 0.8, '2025': 0.5, '2026': 0.5 },
  { '2023': 90, '2024': 95, '2025': 98, '2026': 98 },
  { '2023': 10.2, '2024': 10.8, '2025': 11.5, '2026': 12 },
];

async function read(text: string) {
  const doc = await parseNotice(text, { name: 'inline.txt' });
  const table = doc.annexes[0]!.table!;
  const shape = validateDocument(doc, text).filter((d) => d.ruleId === 'annex-shape' || d.ruleId === 'annex-row-width');
  return { table, shape };
}

describe('flattened header cells wrapped over two lines', () => {
  it('should read 2023年 / （基期值） as one base-year column under a 目标值 label over the years, 属性 between them', async () => {
    const { table, shape } = await read(notice(['序号', '指标名称', '单位', '2023年', '（基期值）', '目标值', '属性', '2024年', '2025年', '2026年']));
    expect(table.columns).toEqual(['序号', '指标名称', '单位', '2023年（基期值）', '2024年', '2025年', '2026年', '属性']);
    expect(table.rows.map((r) => r.values)).toEqual(VALUES);
    expect(table.rows.map((r) => r.cells[7])).toEqual(['约束性', '预期性', '预期性']);
    expect(shape).toEqual([]);
  });

  it('should read the same wrap without a label over the years', async () => {
    const { table, shape } = await read(notice(['序号', '指标名称', '单位', '2023年', '（基期值）', '2024年', '2025年', '2026年', '属性']));
    expect(table.columns).toEqual(['序号', '指标名称', '单位', '2023年（基期值）', '2024年', '2025年', '2026年', '属性']);
    expect(table.rows.map((r) => r.values)).toEqual(VALUES);
    expect(shape).toEqual([]);
  });

  it('should key 基期值 / （2023年） by its year, as 基期值（2023年） on one line is', async () => {
    const { table, shape } = await read(notice(['序号', '指标名称', '单位', '基期值', '（2023年）', '2024年', '2025年', '2026年', '属性']));
    expect(table.columns).toEqual(['序号', '指标名称', '单位', '基期值（2023年）', '2024年', '2025年', '2026年', '属性']);
    expect(table.rows.map((r) => r.values)).toEqual(VALUES);
    expect(shape).toEqual([]);
  });

  it('should join a wrapped year in the second row of the header (目标值 over 2024年 / (预计) | 2025年 | 2026年), half-width brackets', async () => {
    const { table, shape } = await read(notice(['序号', '指标名称', '单位', '2023年(基期)', '目标值', '属性', '2024年', '(预计)', '2025年', '2026年']));
    expect(table.columns).toEqual(['序号', '指标名称', '单位', '2023年(基期)', '2024年(预计)', '2025年', '2026年', '属性']);
    expect(table.rows.map((r) => r.values)).toEqual(VALUES);
    expect(shape).toEqual([]);
  });

  it('should join a year in Chinese numerals and its note (二〇二三年 / （现状值）)', async () => {
    const { table } = await read(notice(['序号', '指标名称', '单位', '二〇二三年', '（现状值）', '2024年', '2025年', '2026年', '属性']));
    expect(table.columns[3]).toBe('二〇二三年（现状值）');
    expect(table.rows.map((r) => r.values)).toEqual(VALUES);
  });

  it('should read the wrap in a table without a serial column', async () => {
    const rows = ['企业开办时间', '工作日', '1', '0.8', '0.5', '约束性', '市场主体数量', '万户', '10.2', '10.8', '11.5', '预期性'];
    const { table } = await read(notice(['指标名称', '单位', '2023年', '（基期值）', '2024年', '2025年', '属性'], rows));
    expect(table.columns).toEqual(['指标名称', '单位', '2023年（基期值）', '2024年', '2025年', '属性']);
    expect(table.rows.map((r) => [r.indicator, r.values])).toEqual([
      ['企业开办时间', { '2023': 1, '2024': 0.8, '2025': 0.5 }],
      ['市场主体数量', { '2023': 10.2, '2024': 10.8, '2025': 11.5 }],
    ]);
  });

  it('should read the wrap in a table in the plan\'s text (表1)', async () => {
    const text = [
      '某区营商环境优化提升三年行动计划（2024—2026年）', '', '    一、主要目标', '    到2026年，营商环境持续优化。', '表1 主要指标',
      '序号', '指标名称', '单位', '2023年', '（基期值）', '2024年', '2025年', '属性',
      '1', '企业开办时间', '工作日', '1', '0.8', '0.5', '约束性', '2', '市场主体数量', '万户', '10.2', '10.8', '11.5', '预期性',
      '    二、重点任务', '    1.深化商事制度改革。推行企业开办全程网办。（牵头单位：区市场监管局）',
    ].join('\n');
    const doc = await parseNotice(text, { name: 'inline.txt' });
    const table = doc.tables![0]!.table;
    expect(table.columns).toEqual(['序号', '指标名称', '单位', '2023年（基期值）', '2024年', '2025年', '属性']);
    expect(table.rows.map((r) => r.values)).toEqual([
      { '2023': 1, '2024': 0.8, '2025': 0.5 },
      { '2023': 10.2, '2024': 10.8, '2025': 11.5 },
    ]);
  });
});

describe('joinWrappedHeaderLines', () => {
  const line = (text: string, k: number) => ({ text, match: text, position: { start: { line: k + 1, column: 1, offset: k * 10 }, end: { line: k + 1, column: 1 + text.length, offset: k * 10 + text.length } } });
  const lines = (texts: string[]) => texts.map(line);
  const isYear = (key: string): boolean => YEAR_HEADER.test(yearKey(key));
  const joined = (texts: string[]) => joinWrappedHeaderLines(lines(texts), isYear).map((l) => l.text);

  it('should join a year and its note, a note and its year, a year and its unit', () => {
    expect(joined(['序号', '指标', '2023年', '（基期值）', '2024年', '1'])).toEqual(['序号', '指标', '2023年（基期值）', '2024年', '1']);
    expect(joined(['序号', '指标', '基准值', '(2022年)', '2025年'])).toEqual(['序号', '指标', '基准值(2022年)', '2025年']);
    expect(joined(['指标', '2024年', '（预计）', '2025年', '（亿元）'])).toEqual(['指标', '2024年（预计）', '2025年（亿元）']);
  });

  it('should span the joined cell over both lines', () => {
    const out = joinWrappedHeaderLines(lines(['序号', '2023年', '（基期值）']), isYear);
    expect(out[1]!.position).toEqual({ start: { line: 2, column: 1, offset: 10 }, end: { line: 3, column: 6, offset: 25 } });
  });

  it('should keep apart a year beside a bare label (two cells of a two-row header) and a bracket that is no year\'s note', () => {
    expect(joined(['序号', '2023年', '目标值', '2024年', '2025年'])).toEqual(['序号', '2023年', '目标值', '2024年', '2025年']);
    expect(joined(['序号', '2024年', '（第一批）'])).toEqual(['序号', '2024年', '（第一批）']);
    expect(joined(['序号', '属性', '（2023年）'])).toEqual(['序号', '属性', '（2023年）']);
    expect(joined(['序号', '2023年', '（2024年）'])).toEqual(['序号', '2023年', '（2024年）']);
  });

  it('should leave the rows alone: nothing after the first figure is joined', () => {
    expect(joined(['序号', '指标', '2024年', '1', '名称', '2024年', '（预计）'])).toEqual(['序号', '指标', '2024年', '1', '名称', '2024年', '（预计）']);
  });
});
