import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { parseNotice } from '../../../src/parse/parse-notice.js';
import { runningTotalOf } from '../../../src/parse/goals/words.js';
import { VERB_FIRST } from '../../../src/parse/goals/verbs.js';

/** Each goal as indicator, value, unit, qualifier, year. */
const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null]);

describe('a running total in brackets after a target of additions (probe99 g2)', () => {
  it('should read （累计达到4万家） after 新增上云企业1.5万家 as the total of 上云企业 for the same year', () => {
    expect(goals('到2025年底，新增上云企业1.5万家（累计达到4万家）。')).toEqual([
      ['新增上云企业', 1.5, '万家', '', 2025],
      ['上云企业', 4, '万家', '累计', 2025],
    ]);
  });

  it('should keep the scope, a bound after the total, and the bracket without a verb', () => {
    expect(goals('到2026年，全市新建公共充电桩500个（累计2000个以上），建成区绿地率达到40%。')).toEqual([
      ['全市新建公共充电桩', 500, '个', '', 2026],
      ['全市公共充电桩', 2000, '个', '累计、以上', 2026],
      ['建成区绿地率', 40, '%', '', 2026],
    ]);
  });

  it('should give the total of a deed that is no addition of new things its verb, with 累计', () => {
    expect(goals('到2025年，建成5G基站1万个（累计突破3万个）。')).toEqual([
      ['建成5G基站', 1, '万个', '', 2025],
      ['建成5G基站', 3, '万个', '累计、突破', 2025],
    ]);
  });

  it('should leave a stretch note (力争) to the stretch reading', () => {
    expect(goals('到2025年，新增规上工业企业180家（力争200家）。').map((g) => [g[0], g[1], g[3]])).toEqual([
      ['新增规上工业企业', 180, ''],
      ['新增规上工业企业', 200, '力争'],
    ]);
  });

  it('should not read a total in another kind of unit, or after a target that makes nothing, and report it', async () => {
    expect(goals('到2025年，数字经济规模达到3500亿元（累计达到4万家）。').map((g) => g[0])).toEqual(['数字经济规模']);
    const doc = await parseNotice('某市数字经济三年行动计划（2023—2025年）\n\n一、发展目标\n\n到2025年，数字经济规模达到3500亿元（累计达到4万家）。\n\n二、重点任务\n\n（一）推进企业上云。（牵头单位：市工信局）\n');
    expect(doc.diagnostics.filter((d) => d.ruleId === 'goal-figure-unread').length).toBe(1);
  });

  it('should name the total by the thing after a verb of what is new, or keep a verb of another deed', () => {
    expect(runningTotalOf('新增上云企业', VERB_FIRST)).toBe('上云企业');
    expect(runningTotalOf('全区新引进外资企业', VERB_FIRST)).toBe('全区外资企业');
    expect(runningTotalOf('改造老旧小区', VERB_FIRST)).toBe('改造老旧小区');
    expect(runningTotalOf('数字经济规模', VERB_FIRST)).toBeNull();
    expect(runningTotalOf('新增', VERB_FIRST)).toBeNull();
  });
});
