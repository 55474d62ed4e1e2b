import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { parseNotice } from '../../../src/parse/parse-notice.js';
import { restatedTotal } from '../../../src/parse/goals/implied-subjects.js';

/** Each goal as indicator, value, unit, relative. */
const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.relative ?? null]);

describe('总额 or 总量 alone beside a change of the amount it totals', () => {
  it('should name the total after a change by the changed amount (社会消费品零售总额), not a bare 总额', () => {
    expect(goals('到2025年，社会消费品零售总额年均增长8%，总额达到1200亿元。')).toEqual([
      ['社会消费品零售总额年均增长', 8, '%', 'change'],
      ['社会消费品零售总额', 1200, '亿元', null],
    ]);
    expect(goals('到2025年，地区生产总值年均增长7%，总量突破1000亿元。').map((g) => g[0])).toEqual(['地区生产总值年均增长', '地区生产总值']);
    // Joined by 、, with the scope of the amount and a change from the year before.
    expect(goals('到2025年，全市社会消费品零售总额比上年增长8%左右、总额达到1200亿元。').map((g) => g[0])).toEqual(['全市社会消费品零售总额增长', '全市社会消费品零售总额']);
    expect(goals('到2025年，全市进出口增长5%，总额达到300亿元。').map((g) => g[0])).toEqual(['全市进出口增长', '全市进出口']);
  });

  it('should name a change of the total after the amount\'s level by that amount', () => {
    expect(goals('到2025年，社会消费品零售总额达到1000亿元，总额年均增长8%。')).toEqual([
      ['社会消费品零售总额', 1000, '亿元', null],
      ['社会消费品零售总额年均增长', 8, '%', 'change'],
    ]);
  });

  it('should read it in traditional characters too', async () => {
    const text =
      '某市促進消費擴容提質行動方案（2023—2025年）\n\n一、工作目標\n\n到2025年，社會消費品零售總額年均增長8%，總額達到1200億元。\n\n二、重點任務\n\n1.培育消費新場景。建設特色街區。（牽頭單位：市商務局）\n2.發展夜間經濟。打造夜間消費集聚區。（市文旅局）\n';
    expect(((await parseNotice(text)).plan?.goals ?? []).map((g) => [g.indicator, g.value])).toEqual([
      ['社會消費品零售總額年均增長', 8],
      ['社會消費品零售總額', 1200],
    ]);
  });

  it('should leave 总额 or 总量 as written where it totals no amount of the target before, or names its own', () => {
    // A rate's change, and a share of the total: no amount restated.
    expect(goals('到2025年，森林覆盖率提高2个百分点，总量达到100万亩。').map((g) => g[0])).toEqual(['森林覆盖率提高', '总量']);
    expect(goals('到2025年，社会消费品零售总额年均增长8%，总额占比达到30%。').map((g) => g[0])).toEqual(['社会消费品零售总额年均增长', '总额占比']);
    // Two levels, or two changes: the text says no more than 总额.
    expect(goals('到2025年，社会消费品零售总额达到1000亿元，总额达到1100亿元。').map((g) => g[0])).toEqual(['社会消费品零售总额', '总额']);
    expect(goals('到2025年，社会消费品零售总额年均增长8%，总额年均增长9%。').map((g) => g[0])).toEqual(['社会消费品零售总额年均增长', '总额年均增长']);
    // A total of a thing of its own (能源消费总量, 经济总量) keeps its name.
    expect(goals('到2025年，单位地区生产总值能耗下降15%，能源消费总量控制在500万吨标准煤以内。').map((g) => g[0])).toEqual(['单位地区生产总值能耗下降', '能源消费总量']);
    expect(goals('到2025年，地区生产总值年均增长7%，经济总量突破1000亿元。').map((g) => g[0])).toEqual(['地区生产总值年均增长', '经济总量']);
  });

  it('should find the amount\'s name in the target before (restatedTotal)', () => {
    expect(restatedTotal('社会消费品零售总额年均增长', '总额')).toBe(9);
    expect(restatedTotal('社会消费品零售总额', '总额年均增长')).toBe(9);
    expect(restatedTotal('森林覆盖率提高', '总量')).toBeNull();
    expect(restatedTotal('社会消费品零售总额', '总额')).toBeNull();
    expect(restatedTotal('社会消费品零售总额年均增长', '经济总量')).toBeNull();
  });
});
