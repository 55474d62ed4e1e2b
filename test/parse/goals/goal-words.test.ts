import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { boundAt, createdThing, isAnaphora, isGradeBeforeNoun, partYearAt, yearListRestAt } from '../../../src/parse/goals/words.js';

const goals = (text: string) =>
  goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null, g.partOf ?? null]);

describe('goal words easily misread', () => {
  it('should give each figure its year when a list of years opens the sentence without 到', () => {
    expect(goals('2023年、2024年、2025年分别新增上云企业3000家、4000家、5000家。')).toEqual([
      ['新增上云企业', 3000, '家', '', 2023, null],
      ['新增上云企业', 4000, '家', '', 2024, null],
      ['新增上云企业', 5000, '家', '', 2025, null],
    ]);
    expect(goals('2023年、2025年全市上云企业分别达到3000家、5000家。')).toEqual([
      ['全市上云企业', 3000, '家', '', 2023, null],
      ['全市上云企业', 5000, '家', '', 2025, null],
    ]);
  });

  it('should read 分别 with a verb of creation after a list of years opened by 到, with the scope before it', () => {
    expect(goals('到2025年、2027年，全市分别新增上云企业3000家、4000家。')).toEqual([
      ['全市新增上云企业', 3000, '家', '', 2025, null],
      ['全市新增上云企业', 4000, '家', '', 2027, null],
    ]);
  });

  it('should give each figure its year when a list of years opens a later clause or sentence, and the verb of creation alone what the level before counts', () => {
    const expected = [
      ['高标准农田面积', 80, '万亩', '累计', 2026, null],
      ['建成高标准农田', 5, '万亩', '', 2024, null],
      ['建成高标准农田', 6, '万亩', '', 2025, null],
      ['全区森林覆盖率', 40, '%', '', 2026, null],
    ];
    expect(goals('到2026年，高标准农田面积累计达到80万亩，2024年、2025年分别建成5万亩、6万亩，全区森林覆盖率达到40%。')).toEqual(expected);
    expect(goals('到2026年，高标准农田面积累计达到80万亩；2024年、2025年分别建成5万亩、6万亩；全区森林覆盖率达到40%。')).toEqual(expected);
    expect(goals('到2026年，高标准农田面积累计达到80万亩。2024年建成5万亩，2025年建成6万亩。全区森林覆盖率达到40%。')).toEqual(expected);
  });

  it('should give a list of levels by year with no subject the subject of the target before it, in the same sentence or after ；', () => {
    const expected = [
      ['高标准农田面积', 80, '万亩', '累计', 2026, null],
      ['高标准农田面积', 60, '万亩', '', 2024, null],
      ['高标准农田面积', 70, '万亩', '', 2025, null],
      ['全区规上工业企业', 1200, '家', '', 2026, null],
    ];
    expect(goals('到2026年，高标准农田面积累计达到80万亩，2024年、2025年分别达到60万亩、70万亩。全区规上工业企业达到1200家。')).toEqual(expected);
    expect(goals('到2026年，高标准农田面积累计达到80万亩；2024年和2025年分别达到60万亩、70万亩。全区规上工业企业达到1200家。')).toEqual(expected);
  });

  it('should leave a verb of creation alone after a level in another unit as it is', () => {
    expect(goals('到2026年，高标准农田面积累计达到80万亩，2024年、2025年分别建成5个、6个。').map((g) => [g[0], g[1], g[4]])).toEqual([
      ['高标准农田面积', 80, 2026],
      ['建成', 5, 2024],
      ['建成', 6, 2025],
    ]);
  });

  it('should not read a grade before a noun as a figure', () => {
    expect(goals('到2025年，培育百亿级企业10家、千亿级产业集群3个。')).toEqual([
      ['培育百亿级企业', 10, '家', '', 2025, null],
      ['培育千亿级产业集群', 3, '个', '', 2025, null],
    ]);
    expect(goals('到2025年，培育100亿级企业10家。')).toEqual([['培育100亿级企业', 10, '家', '', 2025, null]]);
  });

  it('should keep a bound after a figure out of the next target\'s indicator', () => {
    expect(goals('到2025年，新增国家级单项冠军企业20家以上、省级专精特新企业500家。')).toEqual([
      ['新增国家级单项冠军企业', 20, '家', '以上', 2025, null],
      ['新增省级专精特新企业', 500, '家', '', 2025, null],
    ]);
    // The verb after a scope (全区新增…) is shared all the same, and so is the scope (probe84 s3).
    expect(goals('到2026年，全区新增国家级单项冠军企业20家以上、省级专精特新企业500家。')).toEqual([
      ['全区新增国家级单项冠军企业', 20, '家', '以上', 2026, null],
      ['全区新增省级专精特新企业', 500, '家', '', 2026, null],
    ]);
    expect(goals('到2025年，新增国家级单项冠军企业20家左右和省级专精特新企业500家左右。')).toEqual([
      ['新增国家级单项冠军企业', 20, '家', '左右', 2025, null],
      ['新增省级专精特新企业', 500, '家', '左右', 2025, null],
    ]);
  });

  it('should share a verb of creation with 新 before it (新培育, 新建成) along its list, read whole', () => {
    expect(goals('2024年，全镇新培育家庭农场20家、农民专业合作社5家，新建成村级综合服务站10个、村级文化广场6个。')).toEqual([
      ['全镇新培育家庭农场', 20, '家', '', 2024, null],
      ['全镇新培育农民专业合作社', 5, '家', '', 2024, null],
      ['新建成村级综合服务站', 10, '个', '', 2024, null],
      ['新建成村级文化广场', 6, '个', '', 2024, null],
    ]);
  });

  it('should give a part by year after 其中 its own year and the whole\'s indicator', () => {
    expect(goals('到2025年，累计新增高新技术企业1500家，其中2023年新增400家、2024年新增500家。')).toEqual([
      ['新增高新技术企业', 1500, '家', '累计', 2025, null],
      ['新增高新技术企业', 400, '家', '', 2023, '新增高新技术企业'],
      ['新增高新技术企业', 500, '家', '', 2024, '新增高新技术企业'],
    ]);
    expect(goals('到2025年，累计新增高新技术企业1500家，其中：2023年新增400家，2024年新增500家。')).toEqual([
      ['新增高新技术企业', 1500, '家', '累计', 2025, null],
      ['新增高新技术企业', 400, '家', '', 2023, '新增高新技术企业'],
      ['新增高新技术企业', 500, '家', '', 2024, '新增高新技术企业'],
    ]);
  });

  it('should name a part that names only a verb of creation, of a level, with the thing the level counts', () => {
    expect(goals('到2025年，高新技术企业达到1500家，其中新增400家。')).toEqual([
      ['高新技术企业', 1500, '家', '', 2025, null],
      ['新增高新技术企业', 400, '家', '', 2025, '高新技术企业'],
    ]);
  });

  it('should carry the indicator of the stage before on to 这一比例 and 该比重', () => {
    expect(goals('到2023年，全省规上工业企业数字化改造覆盖率达到60%；到2025年，这一比例达到80%以上。')).toEqual([
      ['全省规上工业企业数字化改造覆盖率', 60, '%', '', 2023, null],
      ['全省规上工业企业数字化改造覆盖率', 80, '%', '以上', 2025, null],
    ]);
    expect(goals('到2025年，数字经济核心产业增加值占GDP比重达到10%，到2027年该比重提高到12%。').map((g) => g[0])).toEqual([
      '数字经济核心产业增加值占GDP比重',
      '数字经济核心产业增加值占GDP比重',
    ]);
  });

  it('should read the words one by one', () => {
    expect(yearListRestAt('2023年、2024年、2025年分别新增', 5)).toBe(12);
    expect(yearListRestAt('2023年全市新增', 5)).toBe(0);
    expect(boundAt('20家以上、省级', 3)).toBe(2);
    expect(boundAt('20家、省级', 3)).toBe(0);
    expect(partYearAt('、2024年新增')).toEqual({ year: 2024, length: 6 });
    expect(partYearAt('新增')).toBeNull();
    expect(isGradeBeforeNoun('亿级', '企业10家')).toBe(true);
    expect(isGradeBeforeNoun('亿级', '以上')).toBe(false);
    expect(isGradeBeforeNoun('亿级', '')).toBe(false);
    expect(isGradeBeforeNoun('家', '企业')).toBe(false);
    expect(isAnaphora('这一比例')).toBe(true);
    expect(isAnaphora('比例')).toBe(false);
  });
});

describe('a part by year of a whole with its scope', () => {
  it('should give the part what the whole counts from its verb on', () => {
    expect(goals('到2025年，全县累计新增高新技术企业1500家，其中2024年新增500家。')).toEqual([
      ['全县新增高新技术企业', 1500, '家', '累计', 2025, null],
      ['新增高新技术企业', 500, '家', '', 2024, '全县新增高新技术企业'],
    ]);
  });

  it('should name what a verb of creation alone makes by the level before it, less scope, verb and measure', () => {
    const verbs = ['新建', '建成', '新增'];
    expect(createdThing('建成', '高标准农田面积', verbs)).toBe('建成高标准农田');
    expect(createdThing('建成', '全县累计新建充电桩数量', verbs)).toBe('建成充电桩');
    expect(createdThing('新增', '全区面积', verbs)).toBeNull();
  });
});

describe('内 after a figure\'s unit', () => {
  it('should be the qualifier of a ceiling, as 以内 is', () => {
    expect(goalsIn('2025年，企业开办时间压缩至0.5天内，一般不动产登记办理时间达到1个工作日内。').map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.comparison])).toEqual([
      ['企业开办时间', 0.5, '天', '内', 'at-most'],
      ['一般不动产登记办理时间', 1, '个工作日', '内', 'at-most'],
    ]);
  });

  it('should stay out of a word it opens, and hold before a bracket', () => {
    expect(goalsIn('到2025年，新增培训课程50项内容，审批时间压缩至3天内（含节假日）。').map((g) => [g.indicator, g.qualifier ?? ''])).toEqual([
      ['新增培训课程', ''],
      ['审批时间', '内'],
    ]);
  });
});

describe('an object joined on after a target of 改造', () => {
  it('should share the verb, unless it opens with a verb of reach of its own', () => {
    expect(goalsIn('到2027年，改造老旧小区32个、老旧管网60公里。').map((g) => [g.indicator, g.value, g.unit])).toEqual([
      ['改造老旧小区', 32, '个'],
      ['改造老旧管网', 60, '公里'],
    ]);
    expect(goalsIn('2023—2025年，全市累计改造城镇老旧小区300个、惠及居民6万户以上。').map((g) => g.indicator)).toEqual(['全市改造城镇老旧小区', '惠及居民']);
  });
});
