import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const notice = (...table: string[]) =>
  parseNotice(['某区科技创新行动计划', '一、总体目标', '到2025年，全区高新技术企业达到150家。', '附件', '某区科技创新主要指标', ...table].join('\n'));

describe('a row of a tab-separated table of figures short of its header', () => {
  it('should keep a row without 序号 that lacks a cell in the table, with no figures since its years cannot be told, and said', async () => {
    const doc = await notice('指标\t单位\t2023年\t2024年\t2025年', '高新技术企业数量\t家\t110\t130\t150', '技术合同成交额\t亿元\t40\t45', '专利授权量\t件\t900\t1000\t1100');
    const table = doc.annexes[0]!.table!;
    expect(table.rows.map((r) => [r.indicator, r.values, r.cells])).toEqual([
      ['高新技术企业数量', { 2023: 110, 2024: 130, 2025: 150 }, ['高新技术企业数量', '家', '110', '130', '150']],
      ['技术合同成交额', {}, ['技术合同成交额', '亿元', '40', '45']],
      ['专利授权量', { 2023: 900, 2024: 1000, 2025: 1100 }, ['专利授权量', '件', '900', '1000', '1100']],
    ]);
    expect(doc.annexes[0]!.body).toEqual([]);
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['annex-row-width']);
  });

  it('should read an empty last cell written with a tab after the last figure as empty, not as a row short of it', async () => {
    const doc = await notice('序号\t指标\t单位\t2023年\t2024年\t2025年', '1\t技术合同成交额\t亿元\t40\t45\t', '2\t专利授权量\t件\t900\t1000\t1100');
    expect(doc.annexes[0]!.table!.rows.map((r) => [r.number, r.values, r.cells])).toEqual([
      ['1', { 2023: 40, 2024: 45, 2025: null }, ['1', '技术合同成交额', '亿元', '40', '45', '']],
      ['2', { 2023: 900, 2024: 1000, 2025: 1100 }, ['2', '专利授权量', '件', '900', '1000', '1100']],
    ]);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('annex-row-width');
  });

  it('should keep a row two cells short, and the rows after it, in the table', async () => {
    const doc = await notice('序号\t指标\t单位\t2023年\t2024年\t2025年', '1\t高新技术企业数量\t家\t110\t130\t150', '2\t技术合同成交额\t亿元\t40', '3\t专利授权量\t件\t900\t1000\t1100');
    const table = doc.annexes[0]!.table!;
    expect(table.rows.map((r) => [r.number, r.values])).toEqual([
      ['1', { 2023: 110, 2024: 130, 2025: 150 }],
      ['2', {}],
      ['3', { 2023: 900, 2024: 1000, 2025: 1100 }],
    ]);
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['annex-row-width']);
  });

  it('should read the figures of a short row where only one placing fits: the 属性 cell is the one missing', async () => {
    const doc = await notice('指标\t单位\t2023年\t2025年\t属性', '高新技术企业数量\t家\t110\t150\t预期性', '技术合同成交额\t亿元\t40\t45', '专利授权量\t件\t900\t1100\t约束性');
    expect(doc.annexes[0]!.table!.rows.map((r) => r.values)).toEqual([
      { 2023: 110, 2025: 150 },
      { 2023: 40, 2025: 45 },
      { 2023: 900, 2025: 1100 },
    ]);
  });

  it.each([
    ['its 单位 left out', '2\t技术合同成交额\t40\t45\t50', null, { 2023: 40, 2024: 45, 2025: 50 }, ['2', '技术合同成交额', '40', '45', '50']],
    ['its last figure left out', '2\t技术合同成交额\t亿元\t40\t45', '亿元', {}, ['2', '技术合同成交额', '亿元', '40', '45']],
  ])('should read a numbered row one cell short (%s) as written, its figures only where one placing fits, and say so', async (_, line, unit, values, cells) => {
    const doc = await notice('序号\t指标\t单位\t2023年\t2024年\t2025年', '1\t高新技术企业数量\t家\t110\t130\t150', line, '3\t专利授权量\t件\t900\t1000\t1100');
    const row = doc.annexes[0]!.table!.rows[1]!;
    expect([row.number, row.unit, row.values, row.cells]).toEqual(['2', unit, values, cells]);
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['annex-row-width']);
  });

  it('should leave a short line of a header grid (标　　题：⇥…) out of the grid\'s table', async () => {
    const doc = await parseNotice(
      ['索 引 号：\t000014349/2023-00031\t主题分类：\t城乡建设', '发文机关：\t某区人民政府办公室\t成文日期：\t2023年05月08日', '标　　题：\t某区人民政府办公室关于印发城市更新行动实施方案的通知', '发文字号：\t某政办发〔2023〕15号\t发布日期：\t2023年05月12日', '', '某区人民政府办公室关于印发城市更新行动实施方案的通知', '各街道办事处：', '现将方案印发给你们，请认真贯彻执行。'].join('\n'),
    );
    expect(doc.metadata.fields.map((f) => f.key)).toEqual(['indexNumber', 'subject', 'issuer', 'writtenDate', 'title', 'documentNumber', 'publishedDate']);
  });
});
