import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFile, parseLoaded, parseNotice } from '../../src/parse/parse-notice.js';
import { loadSource } from '../../src/source/load-source.js';
import { validateDocument } from '../../src/validate/validate.js';
import { ownColumnUnit } from '../../src/parse/column-units.js';

const FIXTURE = 'fixtures/styles/annex-colon-title-merged-rate-count-column.html';

const TEXT = [
  '某区数字经济发展行动方案(2024—2026年)',
  '一、工作目标',
  '到2026年，全区数字经济核心产业增加值达到120亿元。',
  '二、保障措施',
  '（一）强化要素保障。每年安排专项资金不少于5000万元。',
  '附件：某区数字经济重点指标分解表',
  '某区数字经济重点指标分解表',
  '序号\t指标\t单位\t2024年\t2025年\t2026年',
  '1\t数字经济核心产业增加值\t亿元\t90\t105\t120',
  '2\t新增省级智能工厂\t家\t3\t3\t4',
].join('\n');

describe('an annex printed as 附件：X over X and its table', () => {
  it('should read 附件：X over its title printed again and its table as the annex, not a list and a table of the last safeguard', async () => {
    const doc = await parseNotice(TEXT, { name: 'inline.txt' });
    expect(doc.annexes.map((a) => [a.label, a.title, a.body.length, a.table?.rows.length])).toEqual([['附件', '某区数字经济重点指标分解表', 0, 2]]);
    expect(doc.tables ?? []).toEqual([]);
    expect(doc.plan!.attachments).toEqual([]);
    expect(doc.plan!.goals.map((g) => g.indicator)).toEqual(['全区数字经济核心产业增加值']);
    expect(doc.plan!.safeguards[0]!.position.end.line).toBe(5);
    expect(doc.unparsed).toEqual([]);
  });

  it('should read both annexes of the HTML page, each under 附件N：X over X', async () => {
    const doc = await parseFile(FIXTURE);
    expect(doc.annexes.map((a) => [a.label, a.title, a.body.length])).toEqual([
      ['附件1', '某县数字经济主要指标分解表', 0],
      ['附件2', '某县数字经济重大项目投资计划表', 0],
    ]);
    expect(doc.tables).toBeUndefined();
  });

  it('should say once, in validate, that a cell merged across the years states one rate for them all', async () => {
    const source = await loadSource(readFileSync(FIXTURE), { name: FIXTURE });
    const doc = await parseLoaded(source);
    // The parse keeps the words as the merged cell's value; annex-shape gives the one finding, at the cell.
    expect(doc.diagnostics.filter((d) => d.ruleId === 'annex-value-unreadable')).toEqual([]);
    const findings = validateDocument(doc, source).filter((d) => d.ruleId === 'annex-shape' || d.ruleId === 'annex-value-unreadable');
    expect(findings.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`)).toEqual(['16:56 warning annex-shape']);
  });

  it('should leave a column with its own unit (项目数（个）) out of the values in the table\'s unit', async () => {
    const doc = await parseFile(FIXTURE);
    const table = doc.annexes[1]!.table!;
    expect(table.unit).toBe('亿元');
    expect(table.rows.map((r) => [r.indicator, r.unit, r.values, r.cells[2]])).toEqual([
      ['数字基础设施', '亿元', { 2024: 3, 2025: 4, 2026: 5 }, '6'],
      ['数字产业', '亿元', { 2024: 8, 2025: 9, 2026: 10 }, '12'],
    ]);
  });

  it('should read a unit of its own only from a header that is no year', () => {
    expect(ownColumnUnit('项目数（个）')).toBe('个');
    expect(ownColumnUnit('总投资(万元)')).toBe('万元');
    expect(ownColumnUnit('2024年（亿元）')).toBeNull();
    expect(ownColumnUnit('指标（累计）')).toBeNull();
    expect(ownColumnUnit('项目数')).toBeNull();
  });
});

const HEAD = ['某市充电基础设施建设行动方案（2024—2025年）', '一、重点任务', '1.完善城市充电网络。（牵头单位：市住建局）'];
const TAB_TABLE = ['城市\t2024年\t2025年', '东区\t25\t30', '西区\t28\t34'];
const read = async (lines: string[], name = 'inline.txt') => parseNotice(lines.join('\n'), { name });

describe('an annex printed as 附件：X over a unit line and its table', () => {
  it('should read 附件：X / 单位：万台 / the table as the annex with the table\'s unit, leaving the last task\'s text alone', async () => {
    const doc = await read([...HEAD, '附件：各区充电桩建设目标', '单位：万台', ...TAB_TABLE]);
    expect(doc.annexes.map((a) => [a.label, a.title, a.table?.unit, a.table?.rows.map((r) => [r.indicator, r.unit, r.values]), a.body])).toEqual([
      ['附件', '各区充电桩建设目标', '万台', [['东区', '万台', { 2024: 25, 2025: 30 }], ['西区', '万台', { 2024: 28, 2025: 34 }]], []],
    ]);
    expect(doc.tables).toBeUndefined();
    expect(doc.plan!.attachments).toEqual([]);
    expect(doc.plan!.tasks.map((t) => t.text)).toEqual(['完善城市充电网络。']);
  });

  it('should read a numbered heading over another unit line\'s wording (附件1：X / 金额单位：万元)', async () => {
    const doc = await read([...HEAD, '附件1：各区充电桩建设投资', '金额单位：万元', ...TAB_TABLE]);
    expect(doc.annexes.map((a) => [a.label, a.title, a.table?.unit])).toEqual([['附件1', '各区充电桩建设投资', '万元']]);
    expect(doc.plan!.attachments).toEqual([]);
  });

  it('should read a unit line in brackets, and a unit line listing units, as the annex\'s too', async () => {
    const bracketed = await read([...HEAD, '附件：各区充电桩建设目标', '（单位：万台）', ...TAB_TABLE]);
    expect(bracketed.annexes.map((a) => [a.title, a.table?.unit])).toEqual([['各区充电桩建设目标', '万台']]);
    const listed = await read([...HEAD, '附件：各区充电桩建设目标', '单位：万台、%', ...TAB_TABLE]);
    expect(listed.annexes.map((a) => [a.title, a.table?.unit ?? null, a.body.map((b) => b.text)])).toEqual([['各区充电桩建设目标', null, ['单位：万台、%']]]);
    expect(listed.plan!.tasks.map((t) => t.text)).toEqual(['完善城市充电网络。']);
  });

  it('should say the title once when it is printed again with the table\'s unit (附件：X / X（单位：万台）)', async () => {
    const doc = await read([...HEAD, '附件：各区充电桩建设目标', '各区充电桩建设目标（单位：万台）', ...TAB_TABLE]);
    expect(doc.annexes.map((a) => [a.title, a.table?.unit])).toEqual([['各区充电桩建设目标', '万台']]);
  });

  it('should read the HTML page\'s 附件：X over a right-aligned 单位 paragraph and its table as the annex', async () => {
    const html = [
      '<html><head><meta charset="utf-8"><title>x</title></head><body>',
      '<p style="text-align:center">某省充电基础设施建设行动方案（2023—2025年）</p>',
      '<p>一、重点任务</p>',
      '<p>1.完善城市充电网络。（牵头单位：省住建厅）</p>',
      '<p>附件：各市充电基础设施建设目标</p>',
      '<p style="text-align:right">单位：万台</p>',
      '<table border="1"><tr><td>城市</td><td>2024年</td><td>2025年</td></tr>',
      '<tr><td>南京</td><td>25</td><td>30</td></tr><tr><td>徐州</td><td>12</td><td>16</td></tr></table>',
      '</body></html>',
    ];
    const doc = await read(html, 'inline.html');
    expect(doc.annexes.map((a) => [a.title, a.table?.unit, a.table?.rows.map((r) => r.indicator)])).toEqual([['各市充电基础设施建设目标', '万台', ['南京', '徐州']]]);
    expect(doc.tables).toBeUndefined();
    expect(doc.plan!.tasks.map((t) => t.text)).toEqual(['完善城市充电网络。']);
  });

  it('should still list an annex whose 附件：X line is followed by the signature, not a unit line and a table', async () => {
    const doc = await read([
      '某市人民政府办公室关于印发某市充电基础设施建设行动方案的通知',
      '各区人民政府，市政府各部门：',
      '现将《某市充电基础设施建设行动方案》印发给你们，请认真贯彻执行。',
      '附件：各区充电桩建设目标',
      '某市人民政府办公室',
      '2024年3月1日',
      ...HEAD,
      '附件',
      '各区充电桩建设目标',
      '单位：万台',
      ...TAB_TABLE,
    ]);
    expect(doc.notice!.attachments.map((a) => a.title)).toEqual(['各区充电桩建设目标']);
    expect(doc.annexes.map((a) => [a.title, a.table?.unit])).toEqual([['各区充电桩建设目标', '万台']]);
  });
});

describe('an annex title as the heading writes it', () => {
  it('should keep the full-width brackets of 附件：X（2024—2025年）', async () => {
    const doc = await read([...HEAD, '附件：某市充电设施建设目标（2024—2025年）', '某市充电设施建设目标（2024—2025年）', '序号\t县（市、区）\t2024年\t2025年', '1\t甲县\t100\t200']);
    expect(doc.annexes.map((a) => a.title)).toEqual(['某市充电设施建设目标（2024—2025年）']);
  });

  it('should keep a title\'s traditional characters and half-width brackets as written', async () => {
    const traditional = await read([...HEAD, '附件：各縣(市、區)充電設施建設目標', '序号\t县\t2024年\t2025年', '1\t甲县\t100\t200']);
    expect(traditional.annexes.map((a) => a.title)).toEqual(['各縣(市、區)充電設施建設目標']);
  });
});
