import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { parseNotice } from '../../../src/parse/parse-notice.js';

const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null]);

/** The goals of a whole notice in traditional characters, read (as `plan parse` does) in its simplified copy. */
async function traditionalGoals(sentence: string) {
  const doc = await parseNotice(`某市供暖保障三年行動計劃（2025—2027年）\n\n一、主要目標\n\n${sentence}\n`, { name: 'goals.txt' });
  return (doc.plan?.goals ?? []).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null]);
}

// probe84 r6: words shared across a list are every subject's also after a verb before the list.
describe('分别 lists after a verb, of grades, and of verbs', () => {
  it('should give every verb of a list of verbs the thing the last one works on', () => {
    expect(goals('到2027年，新建和改造供热管网分别达到60公里和90公里。')).toEqual([
      ['新建供热管网', 60, '公里', '', 2027],
      ['改造供热管网', 90, '公里', '', 2027],
    ]);
    expect(goals('到2027年，全市新建、改扩建学校分别达到4所、6所。')).toEqual([
      ['全市新建学校', 4, '所', '', 2027],
      ['全市改扩建学校', 6, '所', '', 2027],
    ]);
  });

  it('should give a verb before a list of peers or grades to every peer, with the rest of the last', () => {
    expect(goals('到2027年，培育甲级、乙级民宿分别达到10家、30家。')).toEqual([
      ['培育甲级民宿', 10, '家', '', 2027],
      ['培育乙级民宿', 30, '家', '', 2027],
    ]);
    expect(goals('到2027年，新增公办、民办幼儿园分别达到10所、30所；培育省级、市级龙头企业分别达到5家、20家；创建国家级、省级示范村分别达到3个、12个。')).toEqual([
      ['新增公办幼儿园', 10, '所', '', 2027],
      ['新增民办幼儿园', 30, '所', '', 2027],
      ['培育省级龙头企业', 5, '家', '', 2027],
      ['培育市级龙头企业', 20, '家', '', 2027],
      ['创建国家级示范村', 3, '个', '', 2027],
      ['创建省级示范村', 12, '个', '', 2027],
    ]);
  });

  it('should read grades of every form as peers, with or without a verb', () => {
    expect(goals('到2027年，甲级、乙级民宿分别达到8家、20家；一级、二级医院分别达到3家、9家；创建3A级、4A级景区分别达到5家、2家；培育四星级、五星级饭店分别达到6家、2家。')).toEqual([
      ['甲级民宿', 8, '家', '', 2027],
      ['乙级民宿', 20, '家', '', 2027],
      ['一级医院', 3, '家', '', 2027],
      ['二级医院', 9, '家', '', 2027],
      ['创建3A级景区', 5, '家', '', 2027],
      ['创建4A级景区', 2, '家', '', 2027],
      ['培育四星级饭店', 6, '家', '', 2027],
      ['培育五星级饭店', 2, '家', '', 2027],
    ]);
  });

  it('should read a list in traditional characters as in simplified, names as written', async () => {
    expect(await traditionalGoals('到2027年，培育甲級、乙級民宿分別達到10家、30家；新建和改造供熱管網分別達到60公里和90公里。')).toEqual([
      ['培育甲級民宿', 10, '家', '', 2027],
      ['培育乙級民宿', 30, '家', '', 2027],
      ['新建供熱管網', 60, '公里', '', 2027],
      ['改造供熱管網', 90, '公里', '', 2027],
    ]);
  });

  it('should take 累计 after the list’s scope as every target’s qualifier, no part of a name', () => {
    expect(goals('到2025年，全市累计创建国家级、省级示范村分别达到3个、12个。')).toEqual([
      ['全市创建国家级示范村', 3, '个', '累计', 2025],
      ['全市创建省级示范村', 12, '个', '累计', 2025],
    ]);
  });

  it('should leave a list whose first subject is no peer or verb alone as written', () => {
    expect(goals('到2025年，新增就业和城镇登记失业率分别达到3万人、4%。')).toEqual([
      ['新增就业', 3, '万人', '', 2025],
      ['城镇登记失业率', 4, '%', '', 2025],
    ]);
  });
});

// probe84 s3-wuqi, probe86 min_punct: one verb of creation over several counts.
describe('one verb of creation over several counts', () => {
  it('should give a count joined on with 、 the scope and 累计 of the verb it shares', () => {
    expect(goals('到2027年，全旗累计创建自治区级民族团结进步示范单位15个、市级示范单位40个。')).toEqual([
      ['全旗创建自治区级民族团结进步示范单位', 15, '个', '累计', 2027],
      ['全旗创建市级示范单位', 40, '个', '累计', 2027],
    ]);
  });

  it('should read a count after ， with no verb of its own as one after 、', () => {
    const joined = goals('到2025年，新建数字化车间30个、智能工厂8家。');
    expect(joined).toEqual([
      ['新建数字化车间', 30, '个', '', 2025],
      ['新建智能工厂', 8, '家', '', 2025],
    ]);
    expect(goals('到2025年，新建数字化车间30个，智能工厂8家。')).toEqual(joined);
    expect(goals('到2025年，全区累计新建数字化车间30个，智能工厂8家、绿色工厂5家。')).toEqual([
      ['全区新建数字化车间', 30, '个', '累计', 2025],
      ['全区新建智能工厂', 8, '家', '累计', 2025],
      ['全区新建绿色工厂', 5, '家', '累计', 2025],
    ]);
  });

  it('should read a count after ， in traditional characters as in simplified', async () => {
    expect(await traditionalGoals('到2027年，全旗累計新建數字化車間30個，智能工廠8家。')).toEqual([
      ['全旗新建數字化車間', 30, '個', '累計', 2027],
      ['全旗新建智能工廠', 8, '家', '累計', 2027],
    ]);
  });

  it('should keep a count after ， that has a deed, a scope, years, a measure or a rate of its own as written', () => {
    expect(goals('到2025年，新建数字化车间30个，带动就业2000人，走访服务企业300家次，总投资20亿元，数字化转型率达到60%。').map((g) => g[0])).toEqual([
      '新建数字化车间',
      '带动就业',
      '走访服务企业',
      '总投资',
      '数字化转型率',
    ]);
    expect(goals('到2025年，全县新增家庭农场120家，三年累计培育新型职业农民2000人，全市示范园5个。').map((g) => g[0])).toEqual(['全县新增家庭农场', '三年培育新型职业农民', '全市示范园']);
  });
});

// probe96 m10: 建设改造 is one verb; a peer after 、 shares it whole, not its first half.
describe('a pair of verbs of creation shared by a peer after 、', () => {
  it('should give the peer the whole pair (建设改造, 新建改造, 改造提升)', () => {
    expect(goals('到2027年，全县建设改造县级物流配送中心2个、乡镇商贸中心10个。').map((g) => g[0])).toEqual(['全县建设改造县级物流配送中心', '全县建设改造乡镇商贸中心']);
    expect(goals('到2025年，新建改造农贸市场5个、社区菜店20个。').map((g) => g[0])).toEqual(['新建改造农贸市场', '新建改造社区菜店']);
    expect(goals('到2025年，改造提升老旧商业街区3条、便民市场12个。').map((g) => g[0])).toEqual(['改造提升老旧商业街区', '改造提升便民市场']);
  });

  it('should keep a single verb to itself', () => {
    expect(goals('到2025年，新建农贸市场5个、社区菜店20个。').map((g) => g[0])).toEqual(['新建农贸市场', '新建社区菜店']);
  });
});
