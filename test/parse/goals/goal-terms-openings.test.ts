import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { hasChangeOrCreationTarget } from '../../../src/parse/goals/framed-figure.js';
import { framedTargetsStart } from '../../../src/parse/goals/statements.js';
import { parseNotice } from '../../../src/parse/parse-notice.js';
import { policyTermSpans } from '../../../src/parse/goals/policy-terms.js';
import { figureMeasureAt } from '../../../src/text/measure-units.js';
import { fold } from '../../../src/text/fold.js';

const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null]);

/** The goals of a one-year plan whose opening paragraph is `opening`. */
const openingGoals = async (title: string, opening: string) =>
  (await parseNotice(`${title}\n\n　　${opening}\n\n一、重点任务\n\n　　（一）扩大有效投资。（牵头单位：区发展改革委）\n`)).plan!.goals.map((g) => [
    g.indicator,
    g.value,
    g.unit,
    g.qualifier ?? '',
    g.year ?? null,
  ]);

describe('a one-year plan\'s opening targets without a verb of level (framedTargetsStart)', () => {
  it.each([
    ['2024年，全区地区生产总值增长6%左右，城镇新增就业1.2万人。'],
    ['今年，全区地区生产总值增长6%以上。'],
    ['2024年，全区地区生产总值同比增长6%以上。'],
    ['2024年，新增市场主体1万户。'],
  ])('should find them in %s', (text) => {
    expect(framedTargetsStart(fold(text), 2024)).toBe(0);
  });

  it.each([
    ['2023年，全区地区生产总值增长5.5%，城镇新增就业1.1万人。'],
    ['2024年是“十四五”规划的关键之年，要推动经济持续回升向好。'],
    ['今年以来，全区地区生产总值增长5%。'],
  ])('should find none in %s', (text) => {
    expect(framedTargetsStart(fold(text), 2024)).toBe(-1);
  });

  it('should tell a change or a count made from a figure of no target', () => {
    expect(hasChangeOrCreationTarget('全区地区生产总值增长6%左右')).toBe(true);
    expect(hasChangeOrCreationTarget('新增市场主体1万户')).toBe(true);
    expect(hasChangeOrCreationTarget('新建学校3所')).toBe(true);
    expect(hasChangeOrCreationTarget('增长潜力持续释放')).toBe(false);
    expect(hasChangeOrCreationTarget('新增2024年度项目')).toBe(false);
  });

  it('should read every target of the opening paragraph for the plan\'s year', async () => {
    expect(await openingGoals('南湖区2024年经济工作要点', '2024年，全区地区生产总值增长6%左右，城镇新增就业1.2万人，新增市场主体1万户。')).toEqual([
      ['全区地区生产总值增长', 6, '%', '左右', 2024],
      ['城镇新增就业', 1.2, '万人', '', 2024],
      ['新增市场主体', 1, '万户', '', 2024],
    ]);
  });

  it('should leave 今年 out of the indicator it opens', async () => {
    expect(await openingGoals('南湖区2024年经济工作要点', '今年全区地区生产总值增长6%以上。')).toEqual([['全区地区生产总值增长', 6, '%', '以上', 2024]]);
  });
});

describe('the terms of a policy beside its targets (policy-terms)', () => {
  it('should read no subsidy granted, rate or cap as a target', () => {
    expect(goals('到2026年，全区高新技术企业达到600家。对首次认定的高新技术企业给予20万元奖励，对企业研发设备投资按实际投资额的10%给予补助，最高不超过100万元。')).toEqual([
      ['全区高新技术企业', 600, '家', '', 2026],
    ]);
    expect(goals('2024年，全区城镇新增就业1.2万人，城镇调查失业率控制在5.5%以内。对吸纳高校毕业生就业的小微企业，按每人1500元给予一次性扩岗补助。')).toEqual([
      ['全区城镇新增就业', 1.2, '万人', '', 2024],
      ['城镇调查失业率', 5.5, '%', '以内', 2024],
    ]);
  });

  it('should keep a target that shares its sentence with a grant', () => {
    expect(goals('2024年，全区新增就业1.2万人，对吸纳就业的企业给予补贴。')).toEqual([['全区新增就业', 1.2, '万人', '', 2024]]);
  });

  it('should read no score as a target, and keep a score a target reaches', () => {
    expect(goals('2024年，各街道完成招商引资到位资金10亿元。完成目标任务的得满分20分，每少1亿元扣2分，最高加5分。')).toEqual([
      ['各街道完成招商引资到位资金', 10, '亿元', '', 2024],
    ]);
    expect(goals('到2025年，群众满意度测评得分达到90分以上。')).toEqual([['群众满意度测评得分', 90, '分', '以上', 2025]]);
  });

  it('should keep a target worded like a term: 按期 in a granting sentence, a score raised', () => {
    expect(goals('2024年，全区按期办结问题30个，对办结的单位给予通报表扬。')).toEqual([['全区按期办结问题', 30, '个', '', 2024]]);
    expect(goals('到2025年，群众满意度增加5分。')).toEqual([['群众满意度增加', 5, '分', '', 2025]]);
  });

  it('should give the spans of the term clauses only', () => {
    const text = fold('全区新增就业1.2万人，按每人1500元给予补助，最高不超过10万元。每少1项，扣2分。');
    expect(policyTermSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['按每人1500元给予补助', '最高不超过10万元', '每少1项', '扣2分']);
  });

  it('should report no subsidy or score as an unread target', async () => {
    const doc = await parseNotice('某区企业培育行动方案\n\n一、工作目标\n\n到2026年，全区高新技术企业达到600家。对首次认定的企业给予20万元奖励，最高不超过100万元。未完成的扣2分。\n\n二、重点任务\n\n1.建立培育库。（区科技局负责）\n');
    expect(doc.diagnostics.filter((d) => d.ruleId === 'goal-figure-unread')).toEqual([]);
    expect(doc.plan!.goals.map((g) => g.indicator)).toEqual(['全区高新技术企业']);
  });
});

describe('a sentence opening with the month its targets are due by', () => {
  it.each([
    ['2024年9月底前，全区反馈问题整改完成率达到100%，建章立制不少于5项。', 2024],
    ['2025年6月30日前，建章立制不少于5项。', 2025],
    ['2024年10月底前全区新增整改台账20个。', 2024],
  ])('should give the targets of %s that year', (text, year) => {
    const read = goalsIn(text);
    expect(read.length).toBeGreaterThan(0);
    expect(read.map((g) => g.year)).toEqual(read.map(() => year));
    expect(read.every((g) => !/\d/.test(g.indicator))).toBe(true);
  });
});

describe('counting units ending in 次', () => {
  it.each([
    ['家次，', '家次'],
    ['场次以上', '场次'],
    ['件次', '件次'],
    ['台次', '台次'],
    ['项次', '项次'],
    ['万家次', '万家次'],
    ['家企业', '家'],
  ])('should read the unit of %s whole', (after, unit) => {
    expect(figureMeasureAt(`500${after}`, 3)?.unit).toBe(unit);
  });
});
