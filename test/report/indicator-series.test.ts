import { describe, expect, it } from 'vitest';
import { buildIndicatorSeries } from '../../src/report/indicator-series.js';
import { fixture, SEED } from '../query/seed.js';
import { MISMATCH } from '../helpers/report.js';

const years = (a: number, b: number, c: number) => [
  { year: 2020, value: a },
  { year: 2021, value: b },
  { year: 2022, value: c },
];

describe('buildIndicatorSeries', () => {
  it('should give each annex row of the seed its yearly values and the goal the text states for it', async () => {
    const series = buildIndicatorSeries(await fixture(SEED));
    // The annex table (附件 from line 141) row by row, beside the targets of 一、(二)工作目标 (lines 58–62).
    expect(series.slice(0, 7).map((s) => [s.indicator, s.unit, s.points, s.goal?.indicator, s.goal?.value, s.goalYear, s.agreement])).toEqual([
      ['研发支出与地区生产总值比值', '%', years(2.57, 2.58, 2.59), '研发支出与地区生产总值之比', 2.59, 2022, 'agree'],
      ['全区有效发明专利', '件', years(1140, 1155, 1170), '全区有效发明专利', 1170, 2022, 'agree'],
      ['高新技术企业数量', '家', years(108, 116, 128), '全区高新技术企业总量', 128, 2022, 'agree'],
      ['雏鹰企业数量', '家', years(60, 70, 80), '“雏鹰”企业', 80, 2022, 'agree'],
      ['瞪羚企业数量', '家', years(8, 10, 12), '“瞪羚”企业', 12, 2022, 'agree'],
      ['科技领军(领军培育)企业数量', '家', years(0, 1, 2), '科技领军(培育)企业', 2, 2022, 'agree'],
      ['全区技术合同成交额', '亿元', years(40, 45, 50), '技术合同成交额', 50, 2022, 'agree'],
    ]);
    expect(series[0]?.annex).toMatchObject({ label: '附件', number: '1' });
  });

  it('should list the goals no annex row states after the rows, in the order of the text', async () => {
    const series = buildIndicatorSeries(await fixture(SEED));
    expect(series.slice(7).map((s) => [s.indicator, s.goal?.value, s.agreement, s.points.length])).toEqual([
      ['重点实验室', 8, 'goal-only', 0],
      ['市级以上创新创业平台', 15, 'goal-only', 0],
      ['市级以上企业技术中心', 11, 'goal-only', 0],
      ['各类产业技术创新战略联盟入盟企业', 20, 'goal-only', 0],
      ['新建市级重点实验室', 2, 'goal-only', 0],
      ['每万家企业法人中高新技术企业数', 0.64, 'goal-only', 0],
      ['规模以上工业企业中有研发活动企业占比', 33, 'goal-only', 0],
    ]);
    expect(series.map((s) => s.anchor)).toEqual(Array.from({ length: 14 }, (_, i) => `indicator-${i + 1}`));
  });

  it('should mark the indicator whose goal and annex value disagree, with both values', async () => {
    // The seed with 全区有效发明专利达到1180件 in the text; the annex still says 1170 for 2022.
    const series = buildIndicatorSeries(await fixture(MISMATCH));
    const disagreeing = series.filter((s) => s.agreement === 'disagree');
    expect(disagreeing.map((s) => [s.anchor, s.indicator, s.goal?.value, s.annexValue, s.goalYear])).toEqual([['indicator-2', '全区有效发明专利', 1180, 1170, 2022]]);
    expect(series.filter((s) => s.agreement === 'agree')).toHaveLength(6);
  });

  it('should say so when the annex has no value for the goal\'s year, and when no goal names a row', async () => {
    const doc = await fixture(SEED);
    const plan = doc.plan!;
    const goals = plan.goals.map((g) => (g.indicator === '全区有效发明专利' ? { ...g, year: 2025 } : g)).filter((g) => g.indicator !== '技术合同成交额');
    const series = buildIndicatorSeries({ ...doc, plan: { ...plan, goals } });
    expect(series.find((s) => s.indicator === '全区有效发明专利')).toMatchObject({ agreement: 'no-value', goalYear: 2025, annexValue: null });
    expect(series.find((s) => s.indicator === '全区技术合同成交额')).toMatchObject({ agreement: 'annex-only', goal: null, goalYear: null });
  });
});
