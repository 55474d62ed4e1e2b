/**
 * 千 as a multiplier (fixer goals4): the statistical 2.3千公顷 is 2300公顷, as 0.23万公顷 is, while
 * 千克, 千米, 千瓦 and 千瓦时 are units of their own that keep matching kg, km, kW and kWh.
 */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import type { DiffResult } from '../../src/diff/types.js';
import { commonScale, sameQuantity } from '../../src/model/goal-quantity.js';
import type { Goal } from '../../src/model/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

const goal = (value: number, unit: string): Goal => ({ value, unit }) as Goal;

const notice = (target: string): string =>
  [
    '某县国土绿化实施方案',
    '',
    '一、工作目标',
    '',
    `到2025年，全县完成造林面积${target}，森林覆盖率达到45%。`,
    '',
    '二、重点任务',
    '',
    '1.推进国土绿化。实施重点区域造林工程。（牵头单位：县林业局，参与单位：县自然资源局）',
  ].join('\n');

async function diff(from: string, to: string): Promise<DiffResult> {
  return diffDocuments(await parseNotice(notice(from)), await parseNotice(notice(to)), {});
}

describe('千 before a unit of area, length, weight or volume', () => {
  it('should count 千公顷, 千吨, 千平方米 and 千吨标准煤 in thousands of their unit', () => {
    expect(commonScale(goal(2.3, '千公顷'), goal(2300, '公顷'))).toEqual({ unit: '公顷', old: 1000, new: 1 });
    expect(commonScale(goal(2.3, '千公顷'), goal(0.23, '万公顷'))).toEqual({ unit: '千公顷', old: 1, new: 10 });
    expect(sameQuantity(goal(1.5, '千吨'), goal(1500, '吨'))).toBe(true);
    expect(sameQuantity(goal(3, '千平方米'), goal(3000, '㎡'))).toBe(true);
    expect(sameQuantity(goal(3, '千吨标准煤'), goal(0.3, '万吨标准煤'))).toBe(true);
  });

  it('should keep 千克, 千米, 千瓦 and 千瓦时 units of their own, matching their symbols', () => {
    expect(sameQuantity(goal(5, '千克'), goal(5, 'kg'))).toBe(true);
    expect(sameQuantity(goal(5, '千米'), goal(5, 'km'))).toBe(true);
    expect(sameQuantity(goal(5, '千瓦'), goal(5, 'kW'))).toBe(true);
    expect(sameQuantity(goal(5, '千瓦时'), goal(5, 'kWh'))).toBe(true);
    expect(sameQuantity(goal(5, '万千瓦'), goal(50000, '千瓦'))).toBe(true);
    expect(commonScale(goal(5, '千克'), goal(5000, '克'))).toBeNull();
    expect(commonScale(goal(5, '千米'), goal(5000, '米'))).toBeNull();
  });

  it('should leave 千 before other units as written', () => {
    expect(commonScale(goal(3, '千元'), goal(3000, '元'))).toBeNull();
    expect(commonScale(goal(3, '千人'), goal(3000, '人'))).toBeNull();
    expect(commonScale(goal(3, '千克标准煤/万元'), goal(0.003, '吨标准煤/万元'))).toBeNull();
  });
});

describe('plan diff of a goal written in 千公顷', () => {
  it('should report no change for 2300公顷 rewritten as 2.3千公顷', async () => {
    expect((await diff('2300公顷', '2.3千公顷')).changes).toEqual([]);
  });

  it('should count a changed figure in 公顷', async () => {
    const result = await diff('2300公顷', '2.5千公顷');
    expect(result.changes.map((c) => [c.kind, c.op, c.fields])).toEqual([
      ['goal', 'modified', { value: { old: 2300, new: 2500, unit: '公顷', written: { old: '2300公顷', new: '2.5千公顷' } } }],
    ]);
  });
});
