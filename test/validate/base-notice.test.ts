import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { BASE_NOTICE, validateText } from './findings.js';

describe('the base notice of the rule tests', () => {
  it('should parse into header, notice, goals, tasks and a yearly annex', async () => {
    const doc = await parseNotice(BASE_NOTICE, { name: 'inline.txt' });
    expect(doc.metadata.documentNumber?.raw).toBe('河西政办发〔2023〕5号');
    expect(doc.notice?.date).toBe('2023-03-01');
    expect(doc.plan?.period).toEqual({ start: 2023, end: 2025 });
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([
      ['全区数字经济核心产业增加值', 120, '亿元', 2025],
      ['数字化车间', 30, '家', 2025],
    ]);
    expect(doc.plan?.tasks.map((t) => [t.number, t.lead, t.participants])).toEqual([
      ['1', ['区科技局'], ['区财政局', '区发展改革委']],
      ['2', ['区工信局'], ['区财政局']],
      ['3', ['区商务局'], ['区科技局']],
    ]);
    expect(doc.annexes[0]?.table?.rows.map((r) => [r.indicator, r.unit, r.values])).toEqual([
      ['数字经济核心产业增加值', '亿元', { 2023: 100, 2024: 110, 2025: 120 }],
      ['数字化车间数量', '家', { 2023: 20, 2024: 25, 2025: 30 }],
    ]);
  });

  it('should have no problems, so that each rule test shows only its own', async () => {
    expect(await validateText(BASE_NOTICE)).toEqual([]);
  });
});
