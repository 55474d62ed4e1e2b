import { describe, expect, it } from 'vitest';
import { extractGoals } from '../../../src/parse/goals/extract-goals.js';
import { parseNotice } from '../../../src/parse/parse-notice.js';
import { fold } from '../../../src/text/fold.js';

// fixer goals5: figures with a slash between (85%/90%) are of one indicator, never an indicator `/`.
const nowhere = () => ({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } });
const inPlan = (text: string, periodStart: number, periodEnd: number) =>
  extractGoals({ text, match: fold(text), position: nowhere, periodStart, periodEnd }).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null, g.baseYear ?? null]);

describe('figures with a slash between', () => {
  it('should read as many figures as the plan has years to the target year as its stages, one a year', () => {
    expect(inPlan('到2025年，重点行业企业安全培训比例达到80%/85%/90%以上。', 2023, 2025)).toEqual([
      ['重点行业企业安全培训比例', 80, '%', '以上', 2023, null],
      ['重点行业企业安全培训比例', 85, '%', '以上', 2024, null],
      ['重点行业企业安全培训比例', 90, '%', '以上', 2025, null],
    ]);
    // Full-width slash and percent sign, spaces around the slash.
    expect(inPlan('到2025年，培训覆盖率达到80％ ／ 90％。', 2024, 2025).map((g) => [g[1], g[4]])).toEqual([
      [80, 2024],
      [90, 2025],
    ]);
  });

  it('should measure each stage of a change from the year before from its own year', () => {
    expect(inPlan('到2025年，事故起数比上年下降5%/5%/6%。', 2023, 2025)).toEqual([
      ['事故起数下降', 5, '%', '', 2023, 2022],
      ['事故起数下降', 5, '%', '', 2024, 2023],
      ['事故起数下降', 6, '%', '', 2025, 2024],
    ]);
  });

  it('should keep the first figure alone where the figures are not as many as the years', () => {
    expect(inPlan('到2025年，重点行业企业安全培训比例达到85%/90%，新建充电桩500个。', 2023, 2025)).toEqual([
      ['重点行业企业安全培训比例', 85, '%', '', 2025, null],
      ['新建充电桩', 500, '个', '', 2025, null],
    ]);
  });

  it('should give each subject of a 分别 list its slashed figures', () => {
    expect(inPlan('到2025年，A率和B率分别达到85%/90%、70%/80%。', 2024, 2025)).toEqual([
      ['A率', 85, '%', '', 2024, null],
      ['A率', 90, '%', '', 2025, null],
      ['B率', 70, '%', '', 2024, null],
      ['B率', 80, '%', '', 2025, null],
    ]);
  });

  it('should not take a rate per base or a fraction for slashed figures', () => {
    expect(inPlan('到2025年，肺结核发病率降至30/10万以下。', 2023, 2025)).toEqual([['肺结核发病率', 30, '/10万', '以下', 2025, null]]);
  });

  it('should report the figures after the slash that no year took', async () => {
    const text = '某市安全生产三年行动计划（2023—2025年）\n\n一、工作目标\n\n到2025年，重点行业企业安全培训比例达到85%/90%，规上企业标准化达标率达到70%/75%/80%。\n';
    const doc = await parseNotice(text, { name: 'goals.txt' });
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.year])).toEqual([
      ['重点行业企业安全培训比例', 85, 2025],
      ['规上企业标准化达标率', 70, 2023],
      ['规上企业标准化达标率', 75, 2024],
      ['规上企业标准化达标率', 80, 2025],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'goal-figure-unread').map((d) => d.message)).toEqual([
      'a target in "重点行业企业安全培训比例达到85%/90%" was not read as a goal: the figure 90% after a slash names no year or group it is for (the goal keeps the figure before the slash)',
    ]);
  });
});

describe('figures with a slash between: round figures, bare figures, a bound after the last', () => {
  it('should count a round figure in the same unit after a slash as one of the figures, not a rate base', () => {
    expect(inPlan('到2026年，新能源公交车占比达到80%/90%/100%。', 2024, 2026)).toEqual([
      ['新能源公交车占比', 80, '%', '', 2024, null],
      ['新能源公交车占比', 90, '%', '', 2025, null],
      ['新能源公交车占比', 100, '%', '', 2026, null],
    ]);
    // Counts too: 10个/100个 is two figures of 个.
    expect(inPlan('到2025年，建成示范村10个/100个。', 2024, 2025).map((g) => [g[1], g[2], g[4]])).toEqual([
      [10, '个', 2024],
      [100, '个', 2025],
    ]);
  });

  it('should keep the first figure alone where four figures with a round last one meet three years', () => {
    expect(inPlan('到2026年，县域内就诊率达到90%/95%/98%/100%。', 2024, 2026)).toEqual([['县域内就诊率', 90, '%', '', 2026, null]]);
  });

  it('should still read a rate base after a slash as the base', () => {
    expect(inPlan('到2025年，孕产妇死亡率控制在10/10万以下，因病死亡人数控制在0.2人/100万人以下。', 2023, 2025).slice(0, 1)).toEqual([['孕产妇死亡率', 10, '/10万', '以下', 2025, null]]);
  });

  it('should read bare figures joined by slashes with the unit after the last as the slashed figures of one indicator', () => {
    expect(inPlan('到2026年，每千人口执业（助理）医师数达到2.8/3.0/3.2人。', 2024, 2026)).toEqual([
      ['每千人口执业（助理）医师数', 2.8, '人', '', 2024, null],
      ['每千人口执业（助理）医师数', 3, '人', '', 2025, null],
      ['每千人口执业（助理）医师数', 3.2, '人', '', 2026, null],
    ]);
    // Full-width slashes, a bound after the last: each stage's.
    expect(inPlan('到2025年，人均公园绿地面积达到14.5／15平方米以上。', 2024, 2025)).toEqual([
      ['人均公园绿地面积', 14.5, '平方米', '以上', 2024, null],
      ['人均公园绿地面积', 15, '平方米', '以上', 2025, null],
    ]);
  });

  it('should not take a fraction for bare slashed figures', () => {
    expect(inPlan('到2025年，完成改造任务的2/3以上，新建公园5个。', 2024, 2025)).toEqual([['新建公园', 5, '个', '', 2025, null]]);
  });

  it('should give a bound written after the last figure to every stage, with units or bare', () => {
    expect(inPlan('到2026年，家庭医生签约服务覆盖率分别达到45%/50%/55%以上。', 2024, 2026).map((g) => [g[1], g[3], g[4]])).toEqual([
      [45, '以上', 2024],
      [50, '以上', 2025],
      [55, '以上', 2026],
    ]);
  });

  it('should report the bare figures after the slash that no year took, and no slash in the words after a figure', async () => {
    const text = '某县卫生健康三年行动方案（2024—2026年）\n\n一、工作目标\n\n到2026年，每千人口执业（助理）医师数达到2.8/3.0人，县域内就诊率达到90%/95%/98%/100%。\n';
    const doc = await parseNotice(text, { name: 'goals.txt' });
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([
      ['每千人口执业（助理）医师数', 2.8, '人', 2026],
      ['县域内就诊率', 90, '%', 2026],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'goal-figure-unread').map((d) => d.message)).toEqual([
      'a target in "每千人口执业（助理）医师数达到2.8/3.0人" was not read as a goal: the figure 3.0人 after a slash names no year or group it is for (the goal keeps the figure before the slash)',
      'a target in "县域内就诊率达到90%/95%/98%/100%" was not read as a goal: the figure 95% after a slash names no year or group it is for (the goal keeps the figure before the slash)',
      'a target in "县域内就诊率达到90%/95%/98%/100%" was not read as a goal: the figure 98% after a slash names no year or group it is for (the goal keeps the figure before the slash)',
      'a target in "县域内就诊率达到90%/95%/98%/100%" was not read as a goal: the figure 100% after a slash names no year or group it is for (the goal keeps the figure before the slash)',
    ]);
  });
});
