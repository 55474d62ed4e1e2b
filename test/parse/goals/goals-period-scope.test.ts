import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { sharedSubject } from '../../../src/parse/goals/implied-subjects.js';
import { extractGoals } from '../../../src/parse/goals/extract-goals.js';
import { fold } from '../../../src/text/fold.js';
import { parseFile } from '../../../src/parse/parse-notice.js';
import { pairGoalsWithAnnex } from '../../../src/validate/goal-annex-pairs.js';

const goals = (text: string, periodEnd?: number) =>
  goalsIn(text, periodEnd).map((g) => [
    g.indicator,
    g.value,
    g.unit,
    g.qualifier ?? '',
    g.comparison,
    g.year ?? null,
  ]);

describe('goals over the plan period, without a year, with a shared subject or without a unit', () => {
  it('should read a sentence opening with the period as targets for its last year', () => {
    expect(goals('2023—2025年，全县累计新建高标准农田8万亩，改造提升中低产田3万亩。')).toEqual([
      ['全县新建高标准农田', 8, '万亩', '累计', 'equal', 2025],
      ['改造提升中低产田', 3, '万亩', '', 'equal', 2025],
    ]);
    // Without a comma after the period, and with a hyphen and 期间.
    expect(goals('2023—2025年全县新建高标准农田8万亩。')).toEqual([['全县新建高标准农田', 8, '万亩', '', 'equal', 2025]]);
    expect(goals('2024-2026年期间，全区高标准农田面积达到80万亩。')).toEqual([['全区高标准农田面积', 80, '万亩', '', 'equal', 2026]]);
  });

  it('should give a later clause opening with a period its last year', () => {
    expect(goals('到2024年，全区新建充电桩500个，2024—2026年累计新建充电桩2000个。')).toEqual([
      ['全区新建充电桩', 500, '个', '', 'equal', 2024],
      // 累计 opening the clause after the period is its qualifier, as in 累计新建….
      ['新建充电桩', 2000, '个', '累计', 'equal', 2026],
    ]);
  });

  it('should read a creation after the scope, the years it spans or 累计 with no year', () => {
    expect(goals('全县新建高标准农田8万亩。')).toEqual([['全县新建高标准农田', 8, '万亩', '', 'equal', null]]);
    expect(goals('全县累计新增家庭农场120家。')).toEqual([['全县新增家庭农场', 120, '家', '累计', 'equal', null]]);
    expect(goals('三年累计培育新型职业农民2000人。')).toEqual([['三年培育新型职业农民', 2000, '人', '累计', 'equal', null]]);
    // A subject that is more than a scope is no verb-first target without a year or a verb.
    expect(goals('全县农业龙头企业新建基地3万亩。')).toEqual([]);
    // A review (三年来) or what is already done (已建成) states no target.
    expect(goals('三年来新建高标准农田8万亩。')).toEqual([]);
    expect(goals('全县已建成高标准农田8万亩。')).toEqual([]);
  });

  it('should give a measure named alone the subject of the target in the clause before it', () => {
    expect(goals('到2027年，全省新能源汽车产量达到100万辆，产业规模突破5000亿元。')).toEqual([
      ['全省新能源汽车产量', 100, '万辆', '', 'equal', 2027],
      ['新能源汽车产业规模', 5000, '亿元', '突破', 'at-least', 2027],
    ]);
    // 产业 already ends the subject: said once.
    expect(goals('到2025年，全区数字经济核心产业增加值达到120亿元，产业规模达到300亿元。')).toEqual([
      ['全区数字经济核心产业增加值', 120, '亿元', '', 'equal', 2025],
      ['数字经济核心产业规模', 300, '亿元', '', 'equal', 2025],
    ]);
    // A target two clauses back, or one whose measure is not known, gives no subject.
    expect(goals('到2027年，全省新能源汽车产量达到100万辆，配套更加完善，产业规模突破5000亿元。').map((g) => g[0])).toEqual(['全省新能源汽车产量', '产业规模']);
    expect(goals('到2027年，全省新能源汽车达到100万辆，产值突破5000亿元。').map((g) => g[0])).toEqual(['全省新能源汽车', '产值']);
  });

  it('should find the shared subject less the scope and the measure', () => {
    expect(sharedSubject('全省新能源汽车产量', '产业规模')).toEqual({ from: 2, to: 7 });
    // 产业增加值 is the measure, so 产业 is said once.
    expect(sharedSubject('数字经济核心产业增加值', '产业规模')).toEqual({ from: 0, to: 6 });
    expect(sharedSubject('全省新能源汽车产量', '新能源汽车产业规模')).toBeNull();
    expect(sharedSubject('全省产量', '产值')).toBeNull();
  });

  it('should read a coefficient or an index without a unit', () => {
    expect(goals('到2025年，农田灌溉水有效利用系数达到0.58以上。')).toEqual([['农田灌溉水有效利用系数', 0.58, '', '以上', 'at-least', 2025]]);
    expect(goals('到2025年，空气质量综合指数控制在4.0以内，数据中心PUE值降至1.3以下。')).toEqual([
      ['空气质量综合指数', 4, '', '以内', 'at-most', 2025],
      ['数据中心PUE值', 1.3, '', '以下', 'at-most', 2025],
    ]);
    // A ratio of incomes (倍差) and a grade (耕地质量等级) are measures without a unit too.
    expect(goals('到2026年，城乡居民收入倍差缩小到1.9以内，全县耕地质量平均等级达到4.2以上。')).toEqual([
      ['城乡居民收入倍差', 1.9, '', '以内', 'at-most', 2026],
      ['全县耕地质量平均等级', 4.2, '', '以上', 'at-least', 2026],
    ]);
    // Any other name with a figure and no unit is no target here (it is reported as unread).
    expect(goals('到2025年，全区企业数量达到500。')).toEqual([]);
    expect(goals('到2025年，综合指数达到0.8万户。')).toEqual([['综合指数', 0.8, '万户', '', 'equal', 2025]]);
  });
});

describe('the goals of goals-period-scope-shared-subject.txt against its annex', () => {
  it('should find each goal met by its annex row: the period total summed, the coefficient and the shared subject matched', async () => {
    const doc = await parseFile('fixtures/styles/goals-period-scope-shared-subject.txt');
    const pairs = pairGoalsWithAnnex(doc).pairs.map((p) => [p.goal.indicator, p.row.indicator, p.sum?.value ?? p.annexValue, p.agrees]);
    expect(pairs).toEqual([
      ['全县新建高标准农田', '新建高标准农田', 6, true],
      ['农田灌溉水有效利用系数', '农田灌溉水有效利用系数', 0.6, true],
      ['农产品加工业产业规模', '农产品加工业产业规模', 150, true],
    ]);
  });
});

// probe99 r3: 三年累计… in a plan of 2024—2026 names the plan's span in words.
describe('a sentence opening with a span in words as long as the plan', () => {
  const nowhere = () => ({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } });
  const inPlan = (text: string, periodStart: number, periodEnd: number) =>
    extractGoals({ text, match: fold(text), position: nowhere, periodStart, periodEnd }).map((g) => [g.indicator, g.value, g.unit, g.year ?? null, g.partOf ?? null]);
  const sentence = '三年累计引进内资450亿元以上，实际使用外资1.5亿美元；新引进亿元以上项目120个，其中10亿元以上项目15个。';

  it('should give every target after 三年累计 the plan\'s last year, and lose none', () => {
    expect(inPlan(sentence, 2024, 2026)).toEqual([
      ['引进内资', 450, '亿元', 2026, null],
      ['实际使用外资', 1.5, '亿美元', 2026, null],
      ['新引进亿元以上项目', 120, '个', 2026, null],
      ['10亿元以上项目', 15, '个', 2026, '新引进亿元以上项目'],
    ]);
    expect(inPlan('今后五年，全市新建公园20个。', 2021, 2025)).toEqual([['全市新建公园', 20, '个', 2025, null]]);
  });

  it('should give no year for a span of another length, or one that looks back (三年来)', () => {
    // 三年来 looks back: what was done, no target at all (probe100).
    expect(inPlan('三年来，累计引进内资450亿元。', 2024, 2026)).toEqual([]);
  });

  // probe100 p12/p13: a look-back under 工作目标, after or before the target year's sentence.
  it('should read no goal from a sentence that opens looking back over the years gone', () => {
    expect(inPlan('到2026年，全县建成乡镇商贸中心10个。三年来，全县累计建成农村物流网点80个，为县域商业发展奠定了基础。', 2024, 2026)).toEqual([
      ['全县建成乡镇商贸中心', 10, '个', 2026, null],
    ]);
    expect(inPlan('三年来，全县累计建成农村物流网点80个。到2026年，全县建成乡镇商贸中心10个。', 2024, 2026)).toEqual([
      ['全县建成乡镇商贸中心', 10, '个', 2026, null],
    ]);
    for (const back of ['五年来，', '近三年来，', '近年来，', '多年来，', '2021年以来，', '自2021年以来，', '2022年底以来，']) {
      expect(inPlan(`${back}全市累计新建公园20个。`, 2024, 2026)).toEqual([]);
    }
    // The plan's own span, ahead: still targets.
    expect(inPlan('三年内，全市新建公园20个。', 2024, 2026)).toEqual([['全市新建公园', 20, '个', 2026, null]]);
  });

  // probe101 min-cumulative2: the span opening a later clause, not only a sentence.
  it('should give a later clause opening with a span in words the year the span gives', () => {
    expect(inPlan('2024年新增上云企业200家，三年累计新增上云企业1000家。', 2024, 2026)).toEqual([
      ['新增上云企业', 200, '家', 2024, null],
      ['新增上云企业', 1000, '家', 2026, null],
    ]);
    // A span of another length: no year for it, and the sentence after goes on with the year before.
    expect(inPlan('2024年新增上云企业200家，三年累计新增上云企业1000家。新增数据中心3个。', 2021, 2025).map((g) => [g[0], g[3]])).toEqual([
      ['新增上云企业', 2024],
      ['三年新增上云企业', null],
      ['新增数据中心', 2024],
    ]);
  });

  // probe goals6 #1: a span of three years in a plan of five says no year, but its targets are still targets.
  it('should read every target of a span of another length, past its ；, with no year', () => {
    expect(inPlan(sentence, 2021, 2025)).toEqual([
      ['三年引进内资', 450, '亿元', null, null],
      ['实际使用外资', 1.5, '亿美元', null, null],
      ['新引进亿元以上项目', 120, '个', null, null],
      ['10亿元以上项目', 15, '个', null, '新引进亿元以上项目'],
    ]);
  });

  it('should not give such a span the year of the sentence before, which goes on after it', () => {
    expect(inPlan(`到2025年，全市实际利用外资达到10亿美元。${sentence}新增外资企业30家。`, 2021, 2025).map((g) => [g[0], g[3]])).toEqual([
      ['全市实际利用外资', 2025],
      ['三年引进内资', null],
      ['实际使用外资', null],
      ['新引进亿元以上项目', null],
      ['10亿元以上项目', null],
      ['新增外资企业', 2025],
    ]);
  });
});

// probe101 min-cumulative: the span that gave the year names nothing, and a verb left alone takes the object before it.
describe('a span in words that gives the plan’s last year, in the indicator', () => {
  const nowhere = () => ({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } });
  const inPlan = (text: string, periodStart: number, periodEnd: number) =>
    extractGoals({ text, match: fold(text), position: nowhere, periodStart, periodEnd }).map((g) => [g.indicator, g.value, g.qualifier ?? '', g.year ?? null]);

  it('should leave the span out of the indicator, as it leaves 累计 out', () => {
    expect(inPlan('2024年、2025年、2026年分别新增上云企业200家、300家、500家，三年累计新增上云企业1000家。', 2024, 2026)).toEqual([
      ['新增上云企业', 200, '', 2024],
      ['新增上云企业', 300, '', 2025],
      ['新增上云企业', 500, '', 2026],
      ['新增上云企业', 1000, '累计', 2026],
    ]);
    expect(inPlan('全区五年累计建成绿色工厂30家。', 2021, 2025)).toEqual([['全区建成绿色工厂', 30, '累计', 2025]]);
  });

  it('should give a verb of creation left alone after the span the object of the target before it', () => {
    expect(inPlan('每年新增国家高新技术企业50家以上，三年累计新增150家以上。', 2024, 2026)).toEqual([
      ['新增国家高新技术企业', 50, '每年、以上', null],
      ['新增国家高新技术企业', 150, '累计、以上', 2026],
    ]);
  });

  it('should leave out a span as long as the plan where a target year gives the plan\'s last year', () => {
    expect(inPlan('到2025年三年累计新增上云企业800家。', 2023, 2025)).toEqual([['新增上云企业', 800, '累计', 2025]]);
    expect(inPlan('到2025年底全区三年内培育专精特新企业200家。', 2023, 2025)).toEqual([['全区培育专精特新企业', 200, '', 2025]]);
    // A span of another length, or a year not the plan's last, says more than the year: it stays.
    expect(inPlan('到2025年五年累计新增数据中心5个。', 2023, 2025).map((g) => g[0])).toEqual(['五年新增数据中心']);
    expect(inPlan('到2024年三年累计新增上云企业800家。', 2022, 2025).map((g) => g[0])).toEqual(['三年新增上云企业']);
  });

  it('should keep a span that gives no year, or a grade of school, in the indicator', () => {
    expect(inPlan('三年累计新增上云企业1000家。', 2021, 2025).map((g) => g[0])).toEqual(['三年新增上云企业']);
    expect(inPlan('到2026年，三年级学生近视率下降到30%。', 2024, 2026).map((g) => g[0])).toEqual(['三年级学生近视率']);
  });
});
