import { describe, expect, it } from 'vitest';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';
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

  it('should say once that a cell merged across the years is no number', async () => {
    const doc = await parseFile(FIXTURE);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'annex-value-unreadable').map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '16:56 annex value "年均增长10%以上" under 2024年 is not a number',
    ]);
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
