import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { parseNotice } from '../../../src/parse/parse-notice.js';

const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.comparison]);

const unread = async (body: string): Promise<string[]> =>
  (await parseNotice(`某市行动方案\n一、工作目标\n${body}\n`)).diagnostics.filter((d) => d.ruleId === 'goal-figure-unread').map((d) => d.message);

describe('a rate per a base after a unit (人/10万人, 元/生)', () => {
  it('should read a counter and the base after its / as one unit, with the bound after it', () => {
    expect(goals('到2025年，全市火灾亡人率控制在0.2人/10万人以下，道路交通万车死亡率控制在1.5人/万车以下，生均公用经费达到1200元/生。')).toEqual([
      ['全市火灾亡人率', 0.2, '人/10万人', '以下', 'at-most'],
      ['道路交通万车死亡率', 1.5, '人/万车', '以下', 'at-most'],
      ['生均公用经费', 1200, '元/生', '', 'equal'],
    ]);
  });

  it.each([
    ['火灾亡人率控制在0.2人/10万人口以内', '火灾亡人率', 0.2, '人/10万人口', '以内'],
    ['万车死亡率控制在1.5/万车以下', '万车死亡率', 1.5, '/万车', '以下'],
    ['每千人口执业医师数达到3.2人/千人以上', '每千人口执业医师数', 3.2, '人/千人', '以上'],
    ['严重精神障碍患者报告患病率达到4.5人/百万人以上', '严重精神障碍患者报告患病率', 4.5, '人/百万人', '以上'],
    ['生均经费达到5000元/生·年以上', '生均经费', 5000, '元/生·年', '以上'],
    ['道路交通万车死亡率控制在2.0人/万车辆以下', '道路交通万车死亡率', 2, '人/万车辆', '以下'],
    ['每组配备人员达到5人/组以上', '每组配备人员', 5, '人/组', '以上'],
    ['用水量下降到20立方米/万元以下', '用水量', 20, '立方米/万元', '以下'],
  ])('should read the rate in %s whole', (clause, indicator, value, unit, qualifier) => {
    const [goal] = goalsIn(`到2025年，${clause}。`);
    expect([goal?.indicator, goal?.value, goal?.unit, goal?.qualifier ?? '']).toEqual([indicator, value, unit, qualifier]);
  });

  it('should read no target in the count a rate is per', async () => {
    expect(goals('到2025年，全市火灾亡人率控制在0.2人/10万人以下。')).toHaveLength(1);
    expect(await unread('到2025年，火灾亡人率控制在0.2人/10万人口以内。')).toEqual([]);
  });

  it('should report a rate whose base it cannot read rather than cut it short, and take no target from its count', async () => {
    expect(goals('到2025年，亡人率控制在0.2人/10万常驻居民以下。')).toEqual([]);
    expect(await unread('到2025年，亡人率控制在0.2人/10万常驻居民以下。')).toEqual([
      'a target in "亡人率控制在0.2人/10万常驻居民以下" was not read as a goal: the figure 0.2 after "控制在" is followed by "人/"',
    ]);
  });
});

describe('均 after what an average is per (生均, 户均, 亩均)', () => {
  it.each([
    ['学校体育场地面积生均达到3.2平方米', '学校体育场地面积生均', 3.2, '平方米'],
    ['农村居民住房面积户均达到120平方米', '农村居民住房面积户均', 120, '平方米'],
    ['粮食产量亩均达到500公斤', '粮食产量亩均', 500, '公斤'],
    ['游客接待量日均达到2万人次', '游客接待量日均', 2, '万人次'],
    ['每个教学班学生数班均控制在45人以内', '每个教学班学生数班均', 45, '人'],
  ])('should keep the 均 of %s in the indicator', (clause, indicator, value, unit) => {
    const [goal] = goalsIn(`到2025年，${clause}。`);
    expect([goal?.indicator, goal?.value, goal?.unit]).toEqual([indicator, value, unit]);
  });

  it('should still read 均 after two subjects as each of them (初中生和高中生均…)', () => {
    expect(goalsIn('到2025年，初中生和高中生均达到90%。').map((g) => g.indicator)).not.toContain('初中生和高中生均');
  });
});
