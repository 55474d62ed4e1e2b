import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { withoutBroaderPlaces } from '../../../src/parse/goals/other-place.js';

/** Each goal as indicator, value, unit, qualifier, year. */
const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null]);

describe('a count of those a deed is for, before a deed with a figure of its own', () => {
  it('should take the deed\'s figure as the target, with the preposition and the qualifiers before the count', () => {
    expect(goals('到2026年，每年为200家小微企业减免租金3000万元。')).toEqual([['为小微企业减免租金', 3000, '万元', '每年', 2026]]);
  });

  it('should leave a verb of help before the count out of the deed\'s indicator', () => {
    expect(goals('到2026年，帮扶500户脱贫户户均增收3000元。')).toEqual([['脱贫户户均增收', 3000, '元', '', 2026]]);
  });

  it('should read a count of places a deed is for, with the deed after it', () => {
    expect(goals('到2026年，每年向50个行政村派驻科技特派员。')).toEqual([['向行政村派驻科技特派员', 50, '个', '每年', 2026]]);
  });

  it('should read no target from a count framed by 以…为', () => {
    expect(goals('到2026年，以30个示范村为重点，建成美丽乡村20个。').map((g) => g[0])).toEqual(['建成美丽乡村']);
  });
});

describe('a peer subject that names its own measure', () => {
  it('should not take the measure of the target before it', () => {
    expect(goals('到2026年，全县城镇新增就业1.2万人，农村劳动力转移就业0.8万人。').map((g) => g[0])).toEqual(['全县城镇新增就业', '农村劳动力转移就业']);
  });
});

describe('a measure shared by the subjects of a 分别 list', () => {
  it('should give 保有量, 重点工程减排量 and 年均浓度 to the first subject too', () => {
    expect(goals('到2026年，全市新能源汽车和充电桩保有量分别达到5万辆和2万个。').map((g) => g[0])).toEqual(['全市新能源汽车保有量', '全市充电桩保有量']);
    expect(goals('到2026年，化学需氧量和氨氮重点工程减排量分别达到1.2万吨、0.1万吨。').map((g) => g[0])).toEqual(['化学需氧量重点工程减排量', '氨氮重点工程减排量']);
    expect(goals('到2026年，PM2.5和PM10年均浓度分别控制在35微克/立方米和60微克/立方米。').map((g) => g[0])).toEqual(['PM2.5年均浓度', 'PM10年均浓度']);
  });
});

describe('a broader place\'s figure beside the plan\'s own', () => {
  it('should drop the province\'s expectation of the measure the district sets', () => {
    const read = goalsIn('2024年，全省地区生产总值预期增长5.5%左右，全区地区生产总值增长6%左右，一般公共预算收入增长5%。');
    expect(withoutBroaderPlaces(read).map((g) => g.indicator)).toEqual(['全区地区生产总值增长', '一般公共预算收入增长']);
  });

  it('should drop a prefecture\'s figure beside a banner\'s (全盟 above 全旗)', () => {
    const read = goalsIn('2024年，全盟地区生产总值预期增长6%左右，全旗地区生产总值增长6.5%左右。');
    expect(withoutBroaderPlaces(read).map((g) => g.indicator)).toEqual(['全旗地区生产总值增长']);
  });

  it('should keep a broader scope whose measure no narrower target names', () => {
    const read = goalsIn('到2025年，全市新增就业2万人，全区城镇调查失业率控制在5.5%以内。');
    expect(withoutBroaderPlaces(read)).toEqual(read);
  });
});

describe('a target written as its label and figure', () => {
  it('should read the label before the colon as the indicator', () => {
    expect(goals('到2025年，规上工业增加值年均增长：8%以上。新增规上工业企业：100家。工业投资：300亿元。')).toEqual([
      ['规上工业增加值年均增长', 8, '%', '以上', 2025],
      ['新增规上工业企业', 100, '家', '', 2025],
      ['工业投资', 300, '亿元', '', 2025],
    ]);
  });

  it('should not join a lead-in to the list number after its colon', () => {
    expect(goals('到2025年，主要指标如下：1.新增企业100家。').map((g) => g[0])).toEqual(['新增企业']);
  });
});
