/**
 * A goal change is reported as the goal only, not again as its part's text (probe42 #10): a goal
 * added as the last of a run of semicolon sentences, a changed base year, and one figure restated
 * with a multiplier (1200家 → 0.12万家), which is no change at all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { sameQuantity } from '../../src/model/goal-quantity.js';
import type { Goal } from '../../src/model/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { renderDiffText } from '../../src/render/diff-text.js';
import { diffFixtures } from '../helpers/diff-results.js';

const DIR = 'fixtures/diff/goals-restated';
const goal = (value: number, unit: string, upTo?: number): Goal => ({ value, unit, ...(upTo === undefined ? {} : { upTo }) }) as Goal;

describe('sameQuantity', () => {
  it('should take a figure rewritten with 万 or 亿 as the same quantity', () => {
    expect(sameQuantity(goal(2000, '个'), goal(0.2, '万个'))).toBe(true);
    expect(sameQuantity(goal(18000, '亿元'), goal(1.8, '万亿元'))).toBe(true);
    expect(sameQuantity(goal(3000, '个', 5000), goal(0.3, '万个', 0.5))).toBe(true);
  });

  it('should take a unit spelt another way (万m² and 万m2, 万平方米) as the same unit', () => {
    expect(sameQuantity(goal(120, '万m²'), goal(120, '万m2'))).toBe(true);
    expect(sameQuantity(goal(120, '万m²'), goal(120, '万平方米'))).toBe(true);
    expect(sameQuantity(goal(120, '万m²'), goal(130, '万m2'))).toBe(false);
  });

  it('should report no change between a page writing m<sup>2</sup> and one writing m²', async () => {
    const page = (area: string) =>
      `<h1>某区城市更新行动方案</h1><p>一、工作目标</p><p>到2025年，全区完成老旧小区改造120万${area}，新增绿地面积15${area}。</p><p>二、重点任务</p><p>（一）推进老旧小区改造。（牵头单位：区住建局）</p>`;
    const result = await diffDocuments(await parseNotice(page('m<sup>2</sup>'), { format: 'html' }), await parseNotice(page('m²'), { format: 'html' }));
    expect(result.changes).toEqual([]);
  });

  it('should not take another quantity or another unit as the same', () => {
    expect(sameQuantity(goal(2000, '个'), goal(0.3, '万个'))).toBe(false);
    expect(sameQuantity(goal(2000, '个'), goal(0.2, '万家'))).toBe(false);
    expect(sameQuantity(goal(2000, '个'), goal(2000, '个'))).toBe(false);
  });
});

describe('plan diff of goals restated (goals-restated)', () => {
  it('should report the changed base year and the added last sentence as goals only', async () => {
    const result = await diffFixtures(`${DIR}/old.txt`, `${DIR}/new.txt`);
    expect(await renderDiffText(result, { color: false })).toBe(readFileSync(`${DIR}.expected.txt`, 'utf8'));
    expect(result.changes.map((c) => [c.kind, c.op])).toEqual([
      ['goal', 'modified'],
      ['goal', 'added'],
    ]);
  });

  it('should report the last sentence of a semicolon run removed as its goal only', async () => {
    const old = readFileSync(`${DIR}/old.txt`, 'utf8');
    const revised = old.replace('；培育农民专业合作社示范社1200家。', '。');
    const result = await diffDocuments(await parseNotice(old), await parseNotice(revised));
    expect(result.changes.map((c) => [c.kind, c.op])).toEqual([['goal', 'removed']]);
  });

  it('should still report the part when other words of the sentence changed too', async () => {
    const old = readFileSync(`${DIR}/old.txt`, 'utf8');
    const revised = old.replace('新建冷链仓储设施50个', '新建冷链仓储设施50个并全部投入使用');
    const result = await diffDocuments(await parseNotice(old), await parseNotice(revised));
    expect(result.changes.map((c) => [c.kind, c.op])).toContainEqual(['part', 'modified']);
  });

  it('should report words written into a goal\'s indicator once, as the goal\'s indicator (probe54 #10)', async () => {
    const old = readFileSync(`${DIR}/old.txt`, 'utf8');
    const revised = old.replace('新建冷链仓储设施50个', '新建和改造冷链仓储设施50个');
    const result = await diffDocuments(await parseNotice(old), await parseNotice(revised));
    expect(result.changes.map((c) => [c.kind, c.op, Object.keys(c.fields ?? {})])).toEqual([['goal', 'modified', ['indicator']]]);
  });
});
