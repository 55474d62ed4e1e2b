import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { bareListedBefore } from '../../../src/parse/goals/shared-unit-list.js';
import { bothSubjects, stretchBeforeChange } from '../../../src/parse/goals/listed-targets.js';
import { subjectNames } from '../../../src/parse/goals/respective-subjects.js';
import { parseNotice } from '../../../src/parse/parse-notice.js';

const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null, g.relative ?? null]);

describe('分别 lists whose unit is written once, after the last figure', () => {
  it('should give each bare figure the unit and the bound written after the last, and each its year of the list', () => {
    expect(goals('到2024年、2025年、2026年，全市PM2.5年均浓度分别控制在36、34和32微克/立方米以内，优良天数比例分别达到80、82、85%。')).toEqual([
      ['全市PM2.5年均浓度', 36, '微克/立方米', '以内', 2024, null],
      ['全市PM2.5年均浓度', 34, '微克/立方米', '以内', 2025, null],
      ['全市PM2.5年均浓度', 32, '微克/立方米', '以内', 2026, null],
      ['优良天数比例', 80, '%', '', 2024, null],
      ['优良天数比例', 82, '%', '', 2025, null],
      ['优良天数比例', 85, '%', '', 2026, null],
    ]);
  });

  it('should give each subject of a list its bare figure', () => {
    expect(goals('到2025年，化学需氧量、氨氮排放总量分别下降8、10%。')).toEqual([
      ['化学需氧量排放总量下降', 8, '%', '', 2025, 'change'],
      ['氨氮排放总量下降', 10, '%', '', 2025, 'change'],
    ]);
  });

  it('should find the bare figures only after 分别 and its verb', () => {
    expect(bareListedBefore('优良天数比例分别达到80、82、85%', 16).map((b) => b.raw)).toEqual(['80', '82']);
    expect(bareListedBefore('第1、2批示范区达到5个', 3)).toEqual([]);
    expect(bareListedBefore('两类站点达到3、4个', 8)).toEqual([]);
  });
});

describe('分别 lists whose subjects share words', () => {
  it('should give a list with no subjects of its own the subjects of the list before it', () => {
    expect(goals('到2026年，城镇居民人均可支配收入和农村居民人均可支配收入分别达到7.5万元、4.6万元，年均分别增长6%、7.5%。')).toEqual([
      ['城镇居民人均可支配收入', 7.5, '万元', '', 2026, null],
      ['农村居民人均可支配收入', 4.6, '万元', '', 2026, null],
      ['城镇居民人均可支配收入年均增长', 6, '%', '', 2026, 'change'],
      ['农村居民人均可支配收入年均增长', 7.5, '%', '', 2026, 'change'],
    ]);
  });

  it('should give a peer word alone (城镇, 国控) the rest of the last subject', () => {
    expect(goals('到2026年，城镇和农村居民人均可支配收入分别增长5.5%和7%。')).toEqual([
      ['城镇居民人均可支配收入增长', 5.5, '%', '', 2026, 'change'],
      ['农村居民人均可支配收入增长', 7, '%', '', 2026, 'change'],
    ]);
  });

  it('should read 城乡 before two figures as 城镇 and 农村', () => {
    expect(goals('到2026年，城乡居民人均消费支出分别增长5%和6.5%。')).toEqual([
      ['城镇居民人均消费支出增长', 5, '%', '', 2026, 'change'],
      ['农村居民人均消费支出增长', 6.5, '%', '', 2026, 'change'],
    ]);
  });

  it('should give the subjects after the first the per-unit measure it opens with, and products their shared output', () => {
    expect(goals('到2026年，单位地区生产总值能耗和二氧化碳排放分别降低14%和18%，肉类、禽蛋总产量分别达到12万吨、3.5万吨。')).toEqual([
      ['单位地区生产总值能耗降低', 14, '%', '', 2026, 'change'],
      ['单位地区生产总值二氧化碳排放降低', 18, '%', '', 2026, 'change'],
      ['肉类总产量', 12, '万吨', '', 2026, null],
      ['禽蛋总产量', 3.5, '万吨', '', 2026, null],
    ]);
  });

  it('should give the per-unit measure with the scope written before it to the subjects after the first', () => {
    expect(goals('到2025年，全县单位地区生产总值能耗和二氧化碳排放分别比2020年下降15%和18%。')).toEqual([
      ['全县单位地区生产总值能耗下降', 15, '%', '', 2025, 'change'],
      ['全县单位地区生产总值二氧化碳排放下降', 18, '%', '', 2025, 'change'],
    ]);
    expect(goals('到2025年，全市万元GDP能耗和水耗分别下降13%、15%。').map((g) => g[0])).toEqual(['全市万元GDP能耗下降', '全市万元GDP水耗下降']);
  });

  // fixer goals4: the words before the first subject are every subject's only where they are the
  // list's scope, or a per-unit base that makes a quantity used or given off a rate.
  it('should give the scope to every subject but a per-unit base only to the quantities it makes rates', () => {
    expect(goals('到2026年，全区单位地区生产总值能耗和二氧化碳排放分别下降15%和18%。')).toEqual([
      ['全区单位地区生产总值能耗下降', 15, '%', '', 2026, 'change'],
      ['全区单位地区生产总值二氧化碳排放下降', 18, '%', '', 2026, 'change'],
    ]);
    expect(goals('到2026年，全市地区生产总值和一般公共预算收入分别增长6%和5%。')).toEqual([
      ['全市地区生产总值增长', 6, '%', '', 2026, 'change'],
      ['全市一般公共预算收入增长', 5, '%', '', 2026, 'change'],
    ]);
    expect(goals('到2026年，全市规模以上工业增加值和固定资产投资分别增长8%和10%。').map((g) => g[0])).toEqual(['全市规模以上工业增加值增长', '全市固定资产投资增长']);
  });

  it('should not give a per-unit base to a subject that is an indicator of its own', () => {
    expect(goals('到2026年，单位地区生产总值能耗和森林覆盖率分别为0.5吨标准煤和45%。')).toEqual([
      ['单位地区生产总值能耗', 0.5, '吨标准煤', '', 2026, null],
      ['森林覆盖率', 45, '%', '', 2026, null],
    ]);
    // 碳排放强度 is per unit of output already: neither takes the other's words.
    expect(goals('到2026年，单位地区生产总值能耗和碳排放强度分别下降14%和18%。').map((g) => g[0])).toEqual(['单位地区生产总值能耗下降', '碳排放强度下降']);
  });

  it('should read a per-unit base written 单位生产总值 or 每万元', () => {
    expect(goals('到2026年，单位生产总值能耗和二氧化碳排放分别下降15%和18%。').map((g) => g[0])).toEqual(['单位生产总值能耗下降', '单位生产总值二氧化碳排放下降']);
    expect(goals('到2026年，每万元地区生产总值能耗和水耗分别下降15%和18%。').map((g) => g[0])).toEqual(['每万元地区生产总值能耗下降', '每万元地区生产总值水耗下降']);
  });

  it('should not give a measure of output to a subject that is a measure already', () => {
    expect(subjectNames(['地区生产总值', '粮食产量'], 2)).toEqual([[{ subject: 0, from: 0, to: 6 }], [{ subject: 1, from: 0, to: 4 }]]);
  });
});

describe('stretch targets', () => {
  it('should read 力争 and a figure alone after a target as that target set higher', () => {
    expect(goals('2024年，地区生产总值增长6%左右，力争7%；规模以上工业增加值确保增长8%、力争增长10%。')).toEqual([
      ['地区生产总值增长', 6, '%', '左右', 2024, 'change'],
      ['地区生产总值增长', 7, '%', '力争', 2024, 'change'],
      ['规模以上工业增加值增长', 8, '%', '确保', 2024, 'change'],
      ['规模以上工业增加值增长', 10, '%', '力争', 2024, 'change'],
    ]);
  });

  it('should read 力争 and its verb after the 、 that joins them on as the target before set higher, as after a comma', () => {
    const expected = [
      ['养老机构护理型床位占比', 58, '%', '以上', 2025, null],
      ['养老机构护理型床位占比', 60, '%', '力争', 2025, null],
      ['每万名老年人拥有持证养老护理员', 25, '人', '', 2025, null],
    ];
    expect(goals('到2025年，养老机构护理型床位占比达到58%以上、力争达到60%，每万名老年人拥有持证养老护理员达到25人。')).toEqual(expected);
    expect(goals('到2025年，养老机构护理型床位占比达到58%以上，力争达到60%，每万名老年人拥有持证养老护理员达到25人。')).toEqual(expected);
    expect(goals('到2025年，养老机构护理型床位占比达到58%以上、力争60%，每万名老年人拥有持证养老护理员达到25人。')).toEqual(expected);
    expect(goals('到2025年，森林覆盖率达到40%、争取达到42%。')).toEqual([
      ['森林覆盖率', 40, '%', '', 2025, null],
      ['森林覆盖率', 42, '%', '争取', 2025, null],
    ]);
  });

  it('should find the stretch word or 分别 between a subject and its change', () => {
    expect(stretchBeforeChange('规模以上工业增加值确保增长')).toEqual({ word: '确保', at: 9 });
    expect(stretchBeforeChange('固定资产投资年均分别增长')).toEqual({ word: '分别', at: 8 });
    expect(stretchBeforeChange('力争增长')).toBeNull();
  });
});

describe('A和B均达到', () => {
  it('should give each whole name before 均 the figure, and keep one name of two words as one target', () => {
    expect(goals('到2025年，孕产妇系统管理率和3岁以下儿童系统管理率均达到90%以上，适龄妇女宫颈癌和乳腺癌筛查覆盖率均达到80%。')).toEqual([
      ['孕产妇系统管理率', 90, '%', '以上', 2025, null],
      ['3岁以下儿童系统管理率', 90, '%', '以上', 2025, null],
      ['适龄妇女宫颈癌和乳腺癌筛查覆盖率', 80, '%', '', 2025, null],
    ]);
  });

  it('should share a peer\'s words and a change after 均', () => {
    expect(goals('到2025年，国控、省控断面水质优良比例均达到100%，化学需氧量和氨氮排放量均下降10%，各区优良天数比例均达到85%。')).toEqual([
      ['国控断面水质优良比例', 100, '%', '', 2025, null],
      ['省控断面水质优良比例', 100, '%', '', 2025, null],
      ['化学需氧量排放量下降', 10, '%', '', 2025, 'change'],
      ['氨氮排放量下降', 10, '%', '', 2025, 'change'],
      ['各区优良天数比例', 85, '%', '', 2025, null],
    ]);
  });

  // probe76 r12, probe79 p7: 均 or 分别 after the base year, or 分别 before one figure, says the same.
  const each = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.qualifier ?? '', g.year ?? null, g.relative ?? null, g.baseYear ?? null]);

  it('should give each subject the figure where 均 stands after the base year (较2023年均下降)', () => {
    expect(each('到2026年，全区生产安全事故起数和死亡人数较2023年均下降20%以上。')).toEqual([
      ['全区生产安全事故起数下降', 20, '以上', 2026, 'change', 2023],
      ['全区生产安全事故死亡人数下降', 20, '以上', 2026, 'change', 2023],
    ]);
  });

  it.each([
    ['到2026年，全区生产安全事故起数和死亡人数较2023年分别下降20%以上。'],
    ['到2026年，全区生产安全事故起数和死亡人数分别比2023年下降20%以上。'],
  ])('should give each subject the one figure of a 分别 list, as 均 does: %s', (text) => {
    expect(each(text)).toEqual([
      ['全区生产安全事故起数下降', 20, '以上', 2026, 'change', 2023],
      ['全区生产安全事故死亡人数下降', 20, '以上', 2026, 'change', 2023],
    ]);
  });

  it('should give each subject the one figure after 同比分别下降, the base the year before', () => {
    expect(each('2024年，全市生产安全事故起数和死亡人数同比分别下降10%以上，坚决遏制较大及以上生产安全事故。')).toEqual([
      ['全市生产安全事故起数下降', 10, '以上', 2024, 'change', 2023],
      ['全市生产安全事故死亡人数下降', 10, '以上', 2024, 'change', 2023],
    ]);
  });

  it('should give each subject the one figure of 分别 before a change or a verb, without a base', () => {
    expect(each('到2026年，全区生产安全事故起数和死亡人数分别下降20%以上，孕产妇系统管理率和3岁以下儿童系统管理率分别达到95%以上。')).toEqual([
      ['全区生产安全事故起数下降', 20, '以上', 2026, 'change', null],
      ['全区生产安全事故死亡人数下降', 20, '以上', 2026, 'change', null],
      ['孕产妇系统管理率', 95, '以上', 2026, null, null],
      ['3岁以下儿童系统管理率', 95, '以上', 2026, null, null],
    ]);
  });

  it('should keep one subject of 分别 with one figure as one target, and one name of two words as one', () => {
    expect(each('到2026年，全区规上工业增加值分别增长8%，适龄妇女宫颈癌和乳腺癌筛查覆盖率分别达到80%。')).toEqual([
      ['全区规上工业增加值增长', 8, '', 2026, 'change', null],
      ['适龄妇女宫颈癌和乳腺癌筛查覆盖率', 80, '', 2026, null, null],
    ]);
  });

  it('should not give the figures of a 分别 list that found no subject for each to one subject each, but every figure to the subjects together', () => {
    expect(each('到2026年，全区新能源汽车和充电桩保有量分别达到5万辆、10万辆、15万辆。')).toEqual([
      ['全区新能源汽车和充电桩保有量', 5, '', 2026, null, null],
      ['全区新能源汽车和充电桩保有量', 10, '', 2026, null, null],
      ['全区新能源汽车和充电桩保有量', 15, '', 2026, null, null],
    ]);
  });

  it('should give each subject sharing a per-unit base the figure after 均', () => {
    expect(goals('到2026年，单位地区生产总值能耗和二氧化碳排放均下降15%。')).toEqual([
      ['单位地区生产总值能耗下降', 15, '%', '', 2026, 'change'],
      ['单位地区生产总值二氧化碳排放下降', 15, '%', '', 2026, 'change'],
    ]);
  });

  // fixer goals4: 都 before the verb or the change says what 均 says.
  it('should read 都 before a change or 达到 as 均, and leave it out of the indicator', () => {
    expect(each('到2026年，全区生产安全事故起数和死亡人数都下降20%以上。')).toEqual([
      ['全区生产安全事故起数下降', 20, '以上', 2026, 'change', null],
      ['全区生产安全事故死亡人数下降', 20, '以上', 2026, 'change', null],
    ]);
    expect(each('到2026年，全区生产安全事故起数和死亡人数较2023年都下降20%以上。')).toEqual([
      ['全区生产安全事故起数下降', 20, '以上', 2026, 'change', 2023],
      ['全区生产安全事故死亡人数下降', 20, '以上', 2026, 'change', 2023],
    ]);
    expect(each('到2026年，孕产妇系统管理率和3岁以下儿童系统管理率都达到95%以上，宫颈癌和乳腺癌筛查覆盖率都达到80%。')).toEqual([
      ['孕产妇系统管理率', 95, '以上', 2026, null, null],
      ['3岁以下儿童系统管理率', 95, '以上', 2026, null, null],
      ['宫颈癌和乳腺癌筛查覆盖率', 80, '', 2026, null, null],
    ]);
  });

  it('should keep the 都 that ends a place\'s name', () => {
    expect(goals('到2026年，首都功能核心区常住人口控制在170万人以内，京都旅游人数达到100万人，新都区地区生产总值达到1000亿元。').map((g) => g[0])).toEqual([
      '首都功能核心区常住人口',
      '京都旅游人数',
      '新都区地区生产总值',
    ]);
    expect(bothSubjects('服务首都')).toBeNull();
    expect(bothSubjects('成都')).toBeNull();
    expect(bothSubjects('甲和乙都')).toEqual({ length: 3, rest: 4, names: null });
  });

  it('should not take the 均 of 年均 or 人均 for one of each', () => {
    expect(bothSubjects('旅游收入年均增长')).toBeNull();
    expect(bothSubjects('城乡居民人均')).toBeNull();
    expect(bothSubjects('甲和乙均')).toEqual({ length: 3, rest: 4, names: null });
  });
});

// probe106 d3, probe70: one figure after 分别 and a verb of reaching, the subjects places or peers listed
// before what each counts; a count of places without their names stays one target.
describe('分别 with one figure after a verb of reaching', () => {
  it.each([
    ['到2026年，高新区和经开区规上工业企业分别达到50家。', [['高新区规上工业企业', 50, '家', '', 2026, null], ['经开区规上工业企业', 50, '家', '', 2026, null]]],
    ['到2026年，城区和农村学校分别达到95%。', [['城区学校', 95, '%', '', 2026, null], ['农村学校', 95, '%', '', 2026, null]]],
    ['到2026年，临泉县、沛县粮食产量分别保持在100万吨以上。', [['临泉县粮食产量', 100, '万吨', '以上', 2026, null], ['沛县粮食产量', 100, '万吨', '以上', 2026, null]]],
    ['到2026年，东城街道、南湖镇规上企业分别超过30家。', [['东城街道规上企业', 30, '家', '超过', 2026, null], ['南湖镇规上企业', 30, '家', '超过', 2026, null]]],
    ['到2026年，高新区和经开区研发投入强度分别不低于3%。', [['高新区研发投入强度', 3, '%', '不低于', 2026, null], ['经开区研发投入强度', 3, '%', '不低于', 2026, null]]],
    ['到2026年，甲县、乙县森林覆盖率分别稳定在60%以上。', [['甲县森林覆盖率', 60, '%', '以上', 2026, null], ['乙县森林覆盖率', 60, '%', '以上', 2026, null]]],
    ['到2026年，开发区和工业园区企业营业收入分别突破100亿元。', [['开发区企业营业收入', 100, '亿元', '突破', 2026, null], ['工业园区企业营业收入', 100, '亿元', '突破', 2026, null]]],
  ])('should give each listed subject the figure: %s', (text, expected) => {
    expect(goals(text)).toEqual(expected);
  });

  it('should read places and 分別 written in traditional characters', async () => {
    const doc = await parseNotice('某市製造業數字化轉型行動方案（2024—2026年）\n\n一、主要目標\n\n到2026年，高新區和經開區規上工業企業分別達到50家。\n', { name: 'goals.txt' });
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([
      ['高新區規上工業企業', 50, '家', 2026],
      ['經開區規上工業企業', 50, '家', 2026],
    ]);
  });

  it('should keep one target where the subjects are a count of places without their names', () => {
    expect(goals('到2026年，两个园区分别达到100亿元。')).toEqual([['两个园区', 100, '亿元', '', 2026, null]]);
  });

  it('should give the places before the last what it writes after its own place, also with a figure each and after 均', () => {
    expect(goals('到2026年，高新区和经开区规上工业企业分别达到50家、30家，主城区和新城区学校均达到30所。')).toEqual([
      ['高新区规上工业企业', 50, '家', '', 2026, null],
      ['经开区规上工业企业', 30, '家', '', 2026, null],
      ['主城区学校', 30, '所', '', 2026, null],
      ['新城区学校', 30, '所', '', 2026, null],
    ]);
  });

  it('should take no common noun of one character and a level word for a place', () => {
    expect(goals('到2026年，超市和农贸市场数量分别达到20个、10个。').map((g) => g[0])).toEqual(['超市数量', '农贸市场数量']);
    expect(subjectNames(['景区', '园区游客量'], 1, true)).toBeNull();
  });
});

describe('分别 lists of industries that share the measure the last ends with', () => {
  it('should give each industry the group and measure of the last, without the count word of the list', () => {
    expect(goals('到2026年，轨道交通装备、航空动力、先进硬质材料三大产业集群产值分别达到2000亿元、800亿元、600亿元。')).toEqual([
      ['轨道交通装备产业集群产值', 2000, '亿元', '', 2026, null],
      ['航空动力产业集群产值', 800, '亿元', '', 2026, null],
      ['先进硬质材料产业集群产值', 600, '亿元', '', 2026, null],
    ]);
    expect(goals('到2027年，家电、机械装备两大产业集群数字化转型率分别达到90%、85%。')).toEqual([
      ['家电产业集群数字化转型率', 90, '%', '', 2027, null],
      ['机械装备产业集群数字化转型率', 85, '%', '', 2027, null],
    ]);
  });

  it('should share the group with a name and only the measure with a trade or a kind of facility', () => {
    expect(goals('到2026年，电子信息、新材料产业产值分别达到500亿元、300亿元。')).toEqual([
      ['电子信息产业产值', 500, '亿元', '', 2026, null],
      ['新材料产业产值', 300, '亿元', '', 2026, null],
    ]);
    expect(goals('到2026年，软件业、电子信息制造业营业收入分别达到200亿元、500亿元。')).toEqual([
      ['软件业营业收入', 200, '亿元', '', 2026, null],
      ['电子信息制造业营业收入', 500, '亿元', '', 2026, null],
    ]);
    expect(goals('到2026年，绿色工厂、智能工厂数量分别达到50家、30家。')).toEqual([
      ['绿色工厂数量', 50, '家', '', 2026, null],
      ['智能工厂数量', 30, '家', '', 2026, null],
    ]);
    expect(goals('到2026年，一产、二产增加值分别增长3%、6%。')).toEqual([
      ['一产增加值增长', 3, '%', '', 2026, 'change'],
      ['二产增加值增长', 6, '%', '', 2026, 'change'],
    ]);
  });

  it('should share no measure with a subject that is an indicator of its own', () => {
    expect(goals('到2026年，固定资产投资、规上工业增加值分别增长10%、8%。')).toEqual([
      ['固定资产投资增长', 10, '%', '', 2026, 'change'],
      ['规上工业增加值增长', 8, '%', '', 2026, 'change'],
    ]);
    expect(goals('到2026年，地区生产总值、工业增加值分别增长6%、7%。').map((g) => g[0])).toEqual(['地区生产总值增长', '工业增加值增长']);
  });
});

// fixer goals5: a later peer takes the first's leading words up to where its own head word begins.
describe('peers that share the first subject\'s leading words', () => {
  const each = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.year ?? null, g.baseYear ?? null]);

  it.each([
    ['到2025年，全市火灾起数和亡人数较2022年均下降10%。', '全市火灾起数下降', '全市火灾亡人数下降'],
    ['到2025年，全县道路交通事故起数和伤亡人数分别下降10%和10%。', '全县道路交通事故起数下降', '全县道路交通事故伤亡人数下降'],
    ['到2025年，全区火灾起数和伤人数均下降10%。', '全区火灾起数下降', '全区火灾伤人数下降'],
    ['到2025年，全省生产安全事故起数和遇难人数均下降10%。', '全省生产安全事故起数下降', '全省生产安全事故遇难人数下降'],
  ])('should give a count of the dead or hurt the domain of the count before it: %s', (text, first, second) => {
    expect(each(text).map((g) => g[0])).toEqual([first, second]);
  });

  it('should read the shared words of peers written in traditional characters', async () => {
    const text = '某市安全生產三年行動計劃（2023—2025年）\n\n一、工作目標\n\n到2025年，全市火災起數和亡人數較2022年均下降10%，農村居民人均可支配收入和消費支出分別增長7%和6%。\n';
    const doc = await parseNotice(text, { name: 'goals.txt' });
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.unit, g.year ?? null, g.baseYear ?? null])).toEqual([
      ['全市火災起數下降', 10, '%', 2025, 2022],
      ['全市火災亡人數下降', 10, '%', 2025, 2022],
      ['農村居民人均可支配收入增長', 7, '%', 2025, null],
      ['農村居民人均消費支出增長', 6, '%', 2025, null],
    ]);
  });

  it('should give a household measure the people and the per-capita word of the first subject', () => {
    expect(each('到2025年，城镇居民人均可支配收入和消费支出分别增长6%和5%。')).toEqual([
      ['城镇居民人均可支配收入增长', 6, '%', 2025, null],
      ['城镇居民人均消费支出增长', 5, '%', 2025, null],
    ]);
    expect(each('到2025年，全县农村常住居民人均可支配收入和生活消费支出分别达到2.5万元、1.8万元。')).toEqual([
      ['全县农村常住居民人均可支配收入', 2.5, '万元', 2025, null],
      ['全县农村常住居民人均生活消费支出', 1.8, '万元', 2025, null],
    ]);
    expect(each('到2025年，居民人均可支配收入和消费支出均增长6%。').map((g) => g[0])).toEqual(['居民人均可支配收入增长', '居民人均消费支出增长']);
  });

  it('should give a household measure with its own per-capita word only the people', () => {
    expect(each('到2025年，城镇居民人均可支配收入和人均消费支出分别增长6%和5%。').map((g) => g[0])).toEqual(['城镇居民人均可支配收入增长', '城镇居民人均消费支出增长']);
  });

  it('should give a household area the people, not the measure of the first (可支配收入面积)', () => {
    expect(each('到2025年，全省城镇居民人均可支配收入和住房面积分别达到5万元和40平方米。').map((g) => g[0])).toEqual(['全省城镇居民人均可支配收入', '全省城镇居民人均住房面积']);
  });

  it('should keep as written a later subject that is an indicator of its own or has its own people', () => {
    expect(each('到2025年，人均地区生产总值和一般公共预算收入分别增长6%和5%，城镇居民人均可支配收入和城镇化率分别达到5万元和70%。').map((g) => g[0])).toEqual([
      '人均地区生产总值增长',
      '一般公共预算收入增长',
      '城镇居民人均可支配收入',
      '城镇化率',
    ]);
    expect(each('到2025年，城镇居民人均可支配收入和农村居民人均可支配收入分别增长6%和7%，全市规模以上工业增加值和固定资产投资分别增长8%和10%。').map((g) => g[0])).toEqual([
      '城镇居民人均可支配收入增长',
      '农村居民人均可支配收入增长',
      '全市规模以上工业增加值增长',
      '全市固定资产投资增长',
    ]);
  });
});

describe('分别 lists of products sharing the rate written after the last', () => {
  it('should give each bare product the rate the last ends with (果蔬、肉类、水产品冷链流通率)', () => {
    expect(goals('到2025年，果蔬、肉类、水产品冷链流通率分别达到35%、85%、90%。')).toEqual([
      ['果蔬冷链流通率', 35, '%', '', 2025, null],
      ['肉类冷链流通率', 85, '%', '', 2025, null],
      ['水产品冷链流通率', 90, '%', '', 2025, null],
    ]);
  });

  it('should give the list\'s scope to every product, the first\'s name less it sharing the rate too', () => {
    expect(goals('到2025年，全市果蔬、肉类、水产品冷链流通率分别达到35%、85%、90%。').map((g) => g[0])).toEqual(['全市果蔬冷链流通率', '全市肉类冷链流通率', '全市水产品冷链流通率']);
  });

  it('should read the subjects as written where the text does not tell where the last product ends', () => {
    expect(goals('到2025年，农作物秸秆、畜禽粪污综合利用率分别达到92%、80%。').map((g) => g[0])).toEqual(['农作物秸秆', '畜禽粪污综合利用率']);
  });

  it('should leave a list of rates each with its own measure as written', () => {
    expect(goals('到2025年，森林覆盖率、农产品抽检合格率分别达到45%、98%。').map((g) => g[0])).toEqual(['森林覆盖率', '农产品抽检合格率']);
  });
});

describe('kinds of venue listed before the rate they share (公共图书馆、文化馆、美术馆免费开放率)', () => {
  it('should give each venue kind the rate with one figure, no 均 or 分别 needed, and no stray 馆 in a name', () => {
    expect(goals('到2025年，公共图书馆、文化馆、美术馆免费开放率达到100%。')).toEqual([
      ['公共图书馆免费开放率', 100, '%', '', 2025, null],
      ['文化馆免费开放率', 100, '%', '', 2025, null],
      ['美术馆免费开放率', 100, '%', '', 2025, null],
    ]);
    expect(goals('到2025年，公共图书馆、文化馆和美术馆免费开放率保持100%。').map((g) => g[0])).toEqual(['公共图书馆免费开放率', '文化馆免费开放率', '美术馆免费开放率']);
    // 博物馆 holds 物, which ends a product's name (水产品, 农作物), not a venue's before its 馆.
    expect(goals('到2025年，公共图书馆、文化馆、美术馆、博物馆免费开放率均达到100%。').map((g) => g[0])).toEqual([
      '公共图书馆免费开放率',
      '文化馆免费开放率',
      '美术馆免费开放率',
      '博物馆免费开放率',
    ]);
    expect(goals('到2025年，公共图书馆、文化馆、美术馆免费开放率分别达到100%、95%、90%。').map((g) => [g[0], g[1]])).toEqual([
      ['公共图书馆免费开放率', 100],
      ['文化馆免费开放率', 95],
      ['美术馆免费开放率', 90],
    ]);
    // The list's scope is every venue's.
    expect(goals('到2025年，全市公共图书馆、文化馆、美术馆免费开放率达到100%。').map((g) => g[0])).toEqual(['全市公共图书馆免费开放率', '全市文化馆免费开放率', '全市美术馆免费开放率']);
  });

  it('should leave as one goal a list whose names end in different kinds, or in no venue kind, with one figure', () => {
    expect(goals('到2025年，乡镇卫生院、村卫生室标准化建设达标率达到100%。').map((g) => g[0])).toEqual(['乡镇卫生院、村卫生室标准化建设达标率']);
    expect(goals('到2025年，乡镇、行政村5G基站覆盖率达到100%。').map((g) => g[0])).toEqual(['乡镇、行政村5G基站覆盖率']);
    expect(goals('到2025年，宫颈癌和乳腺癌筛查覆盖率达到90%。').map((g) => g[0])).toEqual(['宫颈癌和乳腺癌筛查覆盖率']);
    // Venues counted, not a rate of them: a 分别 list of counts, each its own.
    expect(goals('到2025年，图书馆、文化馆、博物馆分别达到10个、8个、5个。').map((g) => g[0])).toEqual(['图书馆', '文化馆', '博物馆']);
  });
});
