import { describe, expect, it } from 'vitest';
import { framedTargetsStart, goalIntroduction, isOneYearWorkPlan, openingTargetSentences } from '../../../src/parse/goals/statements.js';
import { parseNotice } from '../../../src/parse/parse-notice.js';

/** Each goal as indicator, value, unit, year. */
const goalsOf = async (text: string) => ((await parseNotice(text)).plan?.goals ?? []).map((g) => [g.indicator, g.value, g.unit, g.year ?? null]);
const unreadOf = async (text: string) => (await parseNotice(text)).diagnostics.filter((d) => d.ruleId === 'goal-figure-unread').map((d) => d.message);

/** A plan whose opening paragraph is `opening`, before its first part. */
const opened = (title: string, opening: string): string =>
  `${title}\n\n　　${opening}\n一、重点任务\n1.扩大有效投资。细化工作举措。（区发展改革委）\n2.促进消费提质扩容。办好消费季活动。（区商务局）\n`;

describe('a sentence that introduces targets under a label (goalIntroduction)', () => {
  it.each([
    ['2024年全区经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。', 0, false],
    ['2024年主要预期目标：地区生产总值增长5.5%左右。', 0, false],
    ['今年全区经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。', 0, true],
    ['全区主要目标为：城镇新增就业1万人。', 0, false],
    ['以习近平新时代中国特色社会主义思想为指导。今年工作目标是：城镇新增就业1万人。', 21, true],
  ])('should find the introduction in %s', (text, start, thisYear) => {
    expect(goalIntroduction(text)).toEqual({ start, thisYear });
  });

  it.each([
    ['围绕年度目标任务，细化工作举措。'],
    ['确保完成全年目标任务，为实现“十四五”规划目标打下基础。'],
    ['各街道、各部门要对照本要点确定的主要目标，细化工作举措，确保取得实效，按时报送进展：每月5日前。'],
  ])('should find none in %s', (text) => {
    expect(goalIntroduction(text)).toBeNull();
  });
});

describe('targets framed by the plan year in an opening paragraph (framedTargetsStart)', () => {
  it.each([
    ['2024年，全区一般工业固体废物综合利用率达到92%。', 0],
    ['2023年，综合利用率达到90%。2024年，综合利用率达到92%。', 17],
    ['力争到2024年底，城镇调查失业率控制在5.5%以内。', 0],
    ['今年，全区生活垃圾回收利用率提高到40%。', 0],
    // The year in a sentence of its own before the aims frames them.
    ['2024年是关键之年。全区工作的总体要求是：综合利用率达到92%。', 11],
  ])('should find them in %s', (text, start) => {
    expect(framedTargetsStart(text, 2024)).toBe(start);
  });

  it.each([
    ['2023年，全区一般工业固体废物综合利用率达到90%。'],
    ['今年以来，全区生活垃圾回收利用率达到38%。'],
    ['2024年是“十四五”规划的关键之年，要推动经济持续回升向好。'],
    ['2024年，要推动综合利用水平达到全市领先。'],
    ['全区一般工业固体废物综合利用率达到92%。'],
    // A sentence about another time after the year's own ends its frame.
    ['2024年是关键之年。去年全区综合利用率达到90%。'],
    ['2024年是关键之年。2023年，综合利用率达到90%。'],
    ['2025年是收官之年。全区综合利用率达到92%。'],
  ])('should find none in %s', (text) => {
    expect(framedTargetsStart(text, 2024)).toBe(-1);
  });
});

describe('a one-year work plan, by its title (isOneYearWorkPlan)', () => {
  it.each([
    ['临江区2024年“无废城市”建设工作方案', 2024, true],
    ['东湖区2024年政府工作要点', 2024, true],
    ['某市优化营商环境实施方案（2024年）', 2024, true],
    ['临江区“无废城市”建设工作方案（2023—2025年）', undefined, false],
    // The genre's other one-year titles (fixer slash2): a plan of one year states that year's targets as a 工作方案 does.
    ['临江区2024年“无废城市”建设行动计划', 2024, true],
    ['柳州市2024年稳就业促增收若干措施', 2024, true],
    ['某县2024年农村人居环境整治行动方案', 2024, true],
    ['某区2024年安全生产工作计划', 2024, true],
    ['关于2024年促进消费的实施意见', 2024, true],
    ['某市2024年稳经济政策措施', 2024, true],
    ['某市2024年经济社会发展规划', 2024, false],
    ['某市稳就业若干措施', undefined, false],
    // The notice's title, for a plan printed under no title of its own: the plan it publishes.
    ['关于印发《云岗区2024年数字经济发展工作要点》的通知', 2024, true],
    ['关于印发《云岗区数字经济发展行动计划》的通知', undefined, false],
    ['关于印发《云岗区2024年数字经济发展工作要点》的报告', 2024, false],
  ])('should tell %s', (title, year, expected) => {
    expect(isOneYearWorkPlan(title, year)).toBe(expected);
  });
});

describe('goals a plan states before its first part', () => {
  it('should read the targets a labelled introduction gives, with the year it names', async () => {
    expect(await goalsOf(opened('东湖区2024年政府工作要点', '2024年全区经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长4%，城镇调查失业率控制在5.5%以内。'))).toEqual([
      ['地区生产总值增长', 5.5, '%', 2024],
      ['一般公共预算收入增长', 4, '%', 2024],
      ['城镇调查失业率', 5.5, '%', 2024],
    ]);
    expect(await goalsOf(opened('东湖区2024年政府工作要点', '2024年主要预期目标：地区生产总值增长5.5%左右。'))).toEqual([['地区生产总值增长', 5.5, '%', 2024]]);
  });

  it('should take 今年 as the year of a one-year plan', async () => {
    expect(await goalsOf(opened('东湖区2025年政府工作要点', '今年全区主要预期目标是：地区生产总值增长5%左右。'))).toEqual([['地区生产总值增长', 5, '%', 2025]]);
  });

  it('should read the targets of a one-year work plan framed by its year, not those of the year before', async () => {
    expect(await goalsOf(opened('临江区2024年“无废城市”建设工作方案', '2023年，综合利用率达到90%。2024年，全区一般工业固体废物综合利用率达到92%，新建“无废细胞”60个以上。'))).toEqual([
      ['全区一般工业固体废物综合利用率', 92, '%', 2024],
      ['新建“无废细胞”', 60, '个', 2024],
    ]);
  });

  it('should report, not read, such targets in a plan of another kind', async () => {
    const text = opened('临江区2024年“无废城市”建设十条', '2024年，全区一般工业固体废物综合利用率达到92%。');
    expect(await goalsOf(text)).toEqual([]);
    expect(await unreadOf(text)).toEqual(['a target in "全区一般工业固体废物综合利用率达到92%" was not read as a goal: the figure 92% after "达到" was not taken by the goal reader, though its unit is known']);
  });

  it('should neither read nor report figures of a multi-year plan or of an earlier year', async () => {
    for (const text of [
      opened('临江区“无废城市”建设工作方案（2023—2025年）', '2024年，全区一般工业固体废物综合利用率达到92%。'),
      opened('临江区2024年“无废城市”建设工作方案', '2023年，全区一般工业固体废物综合利用率达到90%，今年以来回收利用率达到38%。'),
    ]) {
      expect(await goalsOf(text)).toEqual([]);
      expect(await unreadOf(text)).toEqual([]);
    }
  });

  it('should read the targets of a purpose sentence from its year on, without the clause that makes the plan', async () => {
    const doc = await parseNotice(opened('河东区2024年数字经济发展工作方案', '为加快推进数字经济发展，到2024年底，全区数字经济核心产业增加值达到120亿元，新增规模以上软件企业15家，特制定本方案。'));
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.unit, g.year, g.sentence, g.position.start.line, g.position.start.column])).toEqual([
      ['全区数字经济核心产业增加值', 120, '亿元', 2024, '到2024年底，全区数字经济核心产业增加值达到120亿元，新增规模以上软件企业15家', 3, 23],
      ['新增规模以上软件企业', 15, '家', 2024, '到2024年底，全区数字经济核心产业增加值达到120亿元，新增规模以上软件企业15家', 3, 44],
    ]);
  });

  it('should read the targets of the sentences after the year\'s in an opening paragraph for that year', async () => {
    const doc = await parseNotice(
      opened('河东区促进数字经济发展若干措施', '为加快数字经济发展，到2025年，全区数字经济核心产业增加值达到120亿元。培育规模以上软件企业30家，建成5G基站3000个。结合我区实际，制定以下措施。'),
    );
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([
      ['全区数字经济核心产业增加值', 120, '亿元', 2025],
      ['培育规模以上软件企业', 30, '家', 2025],
      ['建成5G基站', 3000, '个', 2025],
    ]);
  });

  it('should read opening targets beside a goal section, once where the section states them again', async () => {
    const withSection = (opening: string, section: string): string =>
      `河东区2024年数字经济发展工作方案\n\n　　${opening}\n一、工作目标\n${section}\n二、重点任务\n1.扩大有效投资。细化工作举措。（区发展改革委）\n`;
    const opening = '为加快推进数字经济发展，到2024年底，全区数字经济核心产业增加值达到120亿元，新增规模以上软件企业15家，特制定本方案。';
    expect(await goalsOf(withSection(opening, '到2024年底，数字经济核心产业增加值达到120亿元，5G基站总数达到1500个。'))).toEqual([
      ['新增规模以上软件企业', 15, '家', 2024],
      ['数字经济核心产业增加值', 120, '亿元', 2024],
      ['5G基站总数', 1500, '个', 2024],
    ]);
    // A different figure for it is no restatement: both stay, for validate to compare.
    expect(await goalsOf(withSection(opening, '到2024年底，全区数字经济核心产业增加值达到125亿元。'))).toEqual([
      ['全区数字经济核心产业增加值', 120, '亿元', 2024],
      ['新增规模以上软件企业', 15, '家', 2024],
      ['全区数字经济核心产业增加值', 125, '亿元', 2024],
    ]);
  });

  it('should read a one-year work plan\'s opening paragraph on from its sentence framed by the year, as one without 到', async () => {
    expect(await goalsOf(opened('临江区2024年充电设施建设工作方案', '为推进充电设施建设，制定本方案。到2024年底，全区充电桩总数达到1500个。全区公共充电站达到40座。'))).toEqual([
      ['全区充电桩总数', 1500, '个', 2024],
      ['全区公共充电站', 40, '座', 2024],
    ]);
  });

  it('should not read targets in the body of the notice that issues the plan', async () => {
    const notice =
      '临江区人民政府关于印发临江区2024年“无废城市”建设工作方案的通知\n\n各街道办事处：\n　　2024年，全区一般工业固体废物综合利用率达到92%。现将《临江区2024年“无废城市”建设工作方案》印发给你们，请认真贯彻执行。\n\n临江区人民政府\n2024年2月6日\n\n';
    expect(await goalsOf(`${notice}${opened('临江区2024年“无废城市”建设工作方案', '为推进“无废城市”建设，制定本方案。')}`)).toEqual([]);
  });
});

describe('targets in the opening paragraph of a plan (openingTargetSentences)', () => {
  it.each([
    ['为激发夜间消费活力，制定以下措施。到2025年，全区培育夜间经济集聚区5个以上，夜间消费额占比达到35%。', [[17, 53]]],
    ['力争到2025年底，新建充电桩500个。到2027年，全区充电桩达到1000个。', [[0, 20], [20, 40]]],
    ['通过三年努力，到2026年，建成高标准农田42万亩。', [[0, 26]]],
    // A purpose clause before the year; the clause that says the plan is made after the targets.
    ['为加快推进数字经济发展，到2024年底，全区数字经济核心产业增加值达到120亿元，新增规模以上软件企业15家，特制定本方案。', [[12, 54]]],
    ['为贯彻落实市委部署，推动制造业高质量发展，力争到2025年，建成智能工厂10家，结合我区实际，制定以下措施。', [[21, 39]]],
    ['为推进充电设施建设，到2025年，全区充电桩达到1000个。', [[10, 30]]],
    // 制定 with a figure is a target, not the clause that makes the plan.
    ['为完善标准体系，到2025年，制定地方标准5项。', [[8, 24]]],
    // 力争 before the year without 到, as 力争到 (fixer goals12).
    ['为加快推进数字经济发展，力争2025年，全区数字经济核心产业增加值达到120亿元，特制定本方案。', [[12, 40]]],
    // Targets going on in the sentences after the year's, up to one that sets none, reviews, or makes the plan.
    ['为加快数字经济发展，到2025年，全区数字经济核心产业增加值达到120亿元。培育规模以上软件企业30家，建成5G基站3000个。结合我区实际，制定以下措施。', [[10, 64]]],
    ['到2025年，全区充电桩达到1000个。目前已建成600个。', [[0, 20]]],
    ['到2025年，全区充电桩达到1000个。新建换电站20座，特制定本方案。', [[0, 28]]],
  ])('should find them in %s', (text, spans) => {
    expect(openingTargetSentences(text, 2024)).toEqual(spans);
  });

  it.each([
    // A review of an earlier year, a year without a figure in a unit, targets not opened by their year.
    ['到2023年底，全区已建成充电桩800个。'],
    ['力争2023年底，全区已建成充电桩800个。'],
    // 力争 before no year, or before a period's first year, opens no target year.
    ['力争全区充电桩达到1000个。'],
    ['力争2024—2026年，全区充电桩达到1000个。'],
    ['到2025年，夜间经济发展水平显著提升。'],
    ['全区培育夜间经济集聚区5个以上。'],
    // Ordinary prose with numbers: a document number, a meeting, a five-year plan.
    ['根据《某市人民政府关于促进消费的意见》（某政发〔2024〕12号），经区政府第35次常务会议研究同意，制定本措施。'],
    ['到“十四五”末，全区培育夜间经济集聚区5个以上。'],
    // A target year inside the purpose (…的目标), a purpose followed by no year, a review.
    ['为确保到2025年全区充电桩达到1000个的目标，制定本方案。'],
    ['为加快推进数字经济发展，全区数字经济核心产业增加值达到120亿元，特制定本方案。'],
    ['为巩固建设成效，到2023年底，全区已建成充电桩800个，制定本方案。'],
  ])('should find none in %s', (text) => {
    expect(openingTargetSentences(text, 2024)).toEqual([]);
  });
});

describe('a 总体要求 paragraph whose targets open with a bare year (2024年，…)', () => {
  /** A plan titled `title` whose 总体要求 part is the paragraph `aims`. */
  const withAims = (title: string, aims: string): string =>
    `${title}\n\n一、总体要求\n\n坚持以习近平新时代中国特色社会主义思想为指导，全面落实省市部署。${aims}\n\n二、重点任务\n\n（一）深化改革。推进高频事项集成办理。（责任单位：县政务服务中心）\n`;

  it('should read a one-year plan\'s targets from the sentence that opens with its year without 到', async () => {
    const text = withAims('某县2024年优化营商环境工作要点', '2024年，全县企业开办时间压缩至0.5个工作日以内，政务服务事项网上可办率达到95%以上。');
    expect(await goalsOf(text)).toEqual([
      ['全县企业开办时间', 0.5, '个工作日', 2024],
      ['政务服务事项网上可办率', 95, '%', 2024],
    ]);
  });

  it('should read a year of a multi-year plan\'s period, not a sentence on the year before it', async () => {
    const text = withAims(
      '某县优化营商环境三年行动方案（2024—2026年）',
      '2023年，全县企业开办时间压缩至1个工作日以内。2025年，全县企业开办时间压缩至0.5个工作日以内。',
    );
    expect(await goalsOf(text)).toEqual([['全县企业开办时间', 0.5, '个工作日', 2025]]);
  });

  it('should read no targets from a sentence on a year before a one-year plan\'s', async () => {
    const text = withAims('某县2024年优化营商环境工作要点', '2023年，全县企业开办时间压缩至1个工作日。');
    expect(await goalsOf(text)).toEqual([]);
  });
});

describe('the targets of a one-year 若干措施 or 行动方案 in its opening paragraph (fixer slash2)', () => {
  const sentence = '为全面落实就业优先政策，确保全市就业局势总体稳定，特制定以下措施。2024年，全市城镇新增就业5.5万人以上，城镇调查失业率控制在5.5%以内。';
  it('should read them in a 若干措施 as in a 工作方案', async () => {
    const expected = [
      ['全市城镇新增就业', 5.5, '万人', 2024],
      ['城镇调查失业率', 5.5, '%', 2024],
    ];
    expect(await goalsOf(opened('柳州市2024年稳就业促增收若干措施', sentence))).toEqual(expected);
    expect(await goalsOf(opened('柳州市2024年稳就业行动方案', sentence))).toEqual(expected);
    expect(await goalsOf(opened('柳州市2024年稳就业工作方案', sentence))).toEqual(expected);
  });

  it('should read a year opening a clause after the purpose, without 到, up to the clause that says the plan is made', async () => {
    const text = opened('柳州市2024年稳就业促增收若干措施', '为全面落实就业优先政策，确保全市就业局势总体稳定，2024年全市城镇新增就业5.5万人以上，城镇调查失业率控制在5.5%以内，农村劳动力转移就业人数稳定在150万人左右，特制定以下措施。');
    expect(await goalsOf(text)).toEqual([
      ['全市城镇新增就业', 5.5, '万人', 2024],
      ['城镇调查失业率', 5.5, '%', 2024],
      ['农村劳动力转移就业人数', 150, '万人', 2024],
    ]);
    expect((await parseNotice(text)).plan?.goals[0]?.sentence).toBe('2024年全市城镇新增就业5.5万人以上，城镇调查失业率控制在5.5%以内，农村劳动力转移就业人数稳定在150万人左右');
    expect(framedTargetsStart('为全面落实就业优先政策，确保全市就业局势总体稳定，2024年全市城镇新增就业5.5万人以上。', 2024)).toBe(25);
  });

  it('should report every figure of such an opening in a plan of one year it does not read, counts without a verb too', async () => {
    expect(await unreadOf(opened('柳州市2024年稳就业促增收十条', sentence))).toEqual([
      'a target in "全市城镇新增就业5.5万人以上" was not read as a goal: the figure 5.5万人 after "新增" was not taken by the goal reader, though its unit is known',
      'a target in "城镇调查失业率控制在5.5%以内" was not read as a goal: the figure 5.5% after "控制在" was not taken by the goal reader, though its unit is known',
    ]);
  });
});
