import { describe, expect, it } from 'vitest';
import type { Goal } from '../../src/model/types.js';
import { fold } from '../../src/text/fold.js';
import { goalOwnWords } from '../../src/validate/goal-own-words.js';

const at = { line: 1, column: 1, offset: 0 };
const goal = (sentence: string, indicator: string, raw: string, unit: string): Goal => ({
  indicator, value: Number(raw), raw, unit, comparison: 'equal', sentence, position: { start: at, end: at },
});

describe('goalOwnWords', () => {
  const sentence = '到2025年，全市新增数据中心标准机架1.2万架，数字经济核心产业增加值年均增长12%以上';
  const racks = goal(sentence, '全市新增数据中心标准机架', '1.2', '万架');
  const growth = goal(sentence, '数字经济核心产业增加值年均增长', '12', '%');

  it('should give the opening clause and the goal’s own clause, not another target’s 年均', () => {
    expect(goalOwnWords(racks, [racks, growth], fold)).toBe('到2025年，全市新增数据中心标准机架1.2万架');
    expect(goalOwnWords(growth, [racks, growth], fold)).toBe('到2025年，数字经济核心产业增加值年均增长12%以上');
  });

  it('should keep every clause that opens the sentence before its first target (三年内，每年，)', () => {
    const s = '三年内，每年，新建充电桩500个，新增5G基站200个';
    const piles = goal(s, '新建充电桩', '500', '个');
    const bases = goal(s, '新增5G基站', '200', '个');
    expect(goalOwnWords(bases, [piles, bases], fold)).toBe('三年内，每年，新增5G基站200个');
  });

  it('should not take a figure inside a year (20 in 2025年) for the goal’s', () => {
    const s = '到2025年，新建充电站20座，新增停车位2000个';
    const stations = goal(s, '新建充电站', '20', '座');
    expect(goalOwnWords(stations, [stations, goal(s, '新增停车位', '2000', '个')], fold)).toBe('到2025年，新建充电站20座');
  });

  it('should tell two clauses with the same figure apart by the unit', () => {
    const s = '到2025年，年均新增就业2万人，新建标准厂房2万平方米';
    const jobs = goal(s, '新增就业', '2', '万人');
    const plants = goal(s, '新建标准厂房', '2', '万平方米');
    expect(goalOwnWords(plants, [jobs, plants], fold)).toBe('到2025年，新建标准厂房2万平方米');
  });

  it('should give the whole sentence when the goal’s clause is not found once', () => {
    const s = '到2025年，新建充电桩500个，改造充电桩500个';
    const a = goal(s, '新建充电桩', '500', '个');
    const b = goal(s, '改造充电桩', '500', '个');
    expect(goalOwnWords(a, [a, b], fold)).toBe(s);
    expect(goalOwnWords(goal(s, '新建充电桩', '600', '个'), [], fold)).toBe(s);
  });
});
