import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';

/** A goal as [indicator, value, raw, unit, qualifier, comparison, relative]. */
const goals = (text: string) =>
  goalsIn(text).map(
    (g) => [g.indicator, g.value, g.raw, g.unit, g.qualifier ?? '', g.comparison, g.relative ?? null],
  );

describe('targets in Chinese numerals', () => {
  it.each([
    ['到2025年，全市高新技术企业达到五十家。', ['全市高新技术企业', 50, '五十', '家', '', 'equal', null]],
    ['到2025年，力争新增三个省级平台。', ['新增省级平台', 3, '三', '个', '力争', 'equal', null]],
    ['到2025年，培育专精特新企业十五家以上。', ['培育专精特新企业', 15, '十五', '家', '以上', 'at-least', null]],
    ['到2025年，研发投入年均增长百分之十。', ['研发投入年均增长', 10, '百分之十', '%', '', 'equal', 'change']],
    ['到2025年，森林覆盖率提高两个百分点。', ['森林覆盖率提高', 2, '两', '个百分点', '', 'equal', 'change']],
    ['到2025年，建成一百二十个社区食堂。', ['建成社区食堂', 120, '一百二十', '个', '', 'equal', null]],
    ['到2025年，新建学校不少于二十所。', ['新建学校', 20, '二十', '所', '不少于', 'at-least', null]],
    ['到2025年，数字经济核心产业增加值力争达到三千亿元。', ['数字经济核心产业增加值', 3000, '三千', '亿元', '力争', 'equal', null]],
    ['到2025年，农村电商从业人员超过一万人。', ['农村电商从业人员', 1, '一', '万人', '超过', 'at-least', null]],
    ['到2025年，地区生产总值年均增长百分之六点五。', ['地区生产总值年均增长', 6.5, '百分之六点五', '%', '', 'equal', 'change']],
    ['到2025年，新增就业三万人。', ['新增就业', 3, '三', '万人', '', 'equal', null]],
    ['到2025年，新增市场主体一万二千户。', ['新增市场主体', 12000, '一万二千', '户', '', 'equal', null]],
    ['到2025年，审批时限压缩至十个工作日以内。', ['审批时限', 10, '十', '个工作日', '以内', 'at-most', null]],
    ['到2025年，群众满意度达到百分之九十五以上。', ['群众满意度', 95, '百分之九十五', '%', '以上', 'at-least', null]],
    ['到2025年，建成三级医院两家。', ['建成三级医院', 2, '两', '家', '', 'equal', null]],
    ['到2025年，一百零三个行政村通达率达到百分之百。', ['一百零三个行政村通达率', 100, '百分之百', '%', '', 'equal', null]],
  ])('should read the target in %s', (text, expected) => {
    expect(goals(text)).toEqual([expected]);
  });

  // As a figure in digits is: after the scope and 累计 before the verb of creation, and, where a
  // target year frames the clause, at the clause's end after any subject.
  it.each([
    ['到2026年，全区新增城镇就业一万二千人。', ['全区新增城镇就业', 12000, '一万二千', '人', '', 'equal', null]],
    ['到2026年，全区累计新建公园三个。', ['全区新建公园', 3, '三', '个', '累计', 'equal', null]],
    ['到2026年，改造老旧小区一万二千户。', ['改造老旧小区', 12000, '一万二千', '户', '', 'equal', null]],
    ['到2026年，全区城镇新增就业三万人以上。', ['全区城镇新增就业', 3, '三', '万人', '以上', 'at-least', null]],
  ])('should read the figure that closes the clause in %s', (text, expected) => {
    expect(goals(text)).toEqual([expected]);
  });

  it('should read the figures of every sentence a target year carries on to', () => {
    expect(goals('到2026年，全区新增就业12000人。全区新增公园三个，改造老旧小区一万二千户。').map((g) => [g[0], g[1]])).toEqual([
      ['全区新增就业', 12000],
      ['全区新增公园', 3],
      ['改造老旧小区', 12000],
    ]);
  });

  it('should read no count of things listed or named elsewhere (以下五项, 这5项) as a target', () => {
    expect(goals('到2026年，重点实施以下五项：一是加强领导。')).toEqual([]);
    expect(goals('到2026年，全面完成上述5项，推进这三个。')).toEqual([]);
  });

  it('should read no grade that closes a clause under a target year as a target', () => {
    expect(goals('到2026年，形成市、区、街道三级。')).toEqual([]);
  });

  it('should read a list of figures after one verb of creation', () => {
    expect(goals('到2025年，培育智能工厂四十家、数字化车间一百个。').map((g) => [g[0], g[1], g[3]])).toEqual([
      ['培育智能工厂', 40, '家'],
      ['培育数字化车间', 100, '个'],
    ]);
  });

  it('should spread 分别达到 over figures in Chinese numerals', () => {
    expect(goals('到2025年，“雏鹰”企业、“瞪羚”企业分别达到八十家、十二家。').map((g) => [g[0], g[1]])).toEqual([
      ['“雏鹰”企业', 80],
      ['“瞪羚”企业', 12],
    ]);
  });

  it.each([
    // Numerals of ordinary prose: enumerations, "a", names of plans and slogans.
    ['到2025年，一是形成一批示范项目，二是建设一系列平台。'],
    ['到2025年，推进一体化发展，完成“十四五”规划目标，实施三年行动。'],
    ['到2025年，推行一网通办，落实两新政策，服务双碳目标，打造四个一工程。'],
    ['到2025年，建立一个统一的平台，培育一批龙头企业，新增一家。'],
    // Estimates and numerals that are no count: 数十, 上百, 两三, 千家万户.
    ['到2025年，新增数十家企业，培育上百家企业，覆盖千家万户，达到两三个。'],
    // A number that goes on past the numeral read (三亿五千万元), read in speech (一万二), a grade or a
    // phase (三级医院, 三期).
    // A fraction (三分之二), a phase (二期).
    ['到2025年，居民同意率达到三分之二以上，建设生物医药产业园二期。'],
    ['到2025年，投资达到三亿五千万元，新增就业一万二，县级医院达到三级医院水平，建设三期工程。'],
    // A figure without a verb right before it, not ending a clause opened by one.
    ['到2025年，全市三个区县全部达标，五十家企业完成改造。'],
    // Figures that describe the subject (的) rather than state a target.
    ['到2025年，培育超过五十亿元的企业。'],
  ])('should read no target in %s', (text) => {
    expect(goals(text)).toEqual([]);
  });

  // 三成 is three tenths: read as the share it is (30 %), raw as written, as 百分之三十 is.
  it.each([
    ['到2025年，农村电商覆盖率提高三成。', ['农村电商覆盖率提高', 30, '三成', '%', '', 'equal', 'change']],
    ['到2025年，生活垃圾分类覆盖率达到九成以上。', ['生活垃圾分类覆盖率', 90, '九成', '%', '以上', 'at-least', null]],
    ['到2025年，秸秆综合利用率超过八成，', ['秸秆综合利用率', 80, '八成', '%', '超过', 'at-least', null]],
    ['到2025年，农户参保率力争达到两成左右。', ['农户参保率', 20, '两成', '%', '力争、左右', 'about', null]],
  ])('should read the share in tenths in %s', (text, expected) => {
    expect(goals(text)).toEqual([expected]);
  });

  it.each([
    // 成 that begins a word, a share that runs on (八成五), one without a verb before it, and one
    // that describes the subject (的).
    ['到2025年，服务标准达到一成不变，联盟达到三成员单位。'],
    ['到2025年，覆盖率达到八成五。'],
    ['到2025年，八成以上村庄达到美丽乡村标准。'],
    ['到2025年，超过三成的企业完成数字化改造。'],
  ])('should read no share in tenths in %s', (text) => {
    expect(goals(text)).toEqual([]);
  });

  it('should leave 翻一番 a doubling, not a figure of one', () => {
    expect(goals('到2025年，城市更新投资比2020年翻一番。')).toEqual([['城市更新投资', 2, '翻一番', '倍', '', 'equal', 'multiple']]);
  });

  it.each([
    ['到2025年，培育三至五家年销售额超十亿元的商贸龙头企业。', ['培育年销售额超十亿元的商贸龙头企业', 3, '三', '家', '', 'at-least', null]],
    ['到2025年，全区地区生产总值突破千亿元。', ['全区地区生产总值', 1000, '千', '亿元', '突破', 'at-least', null]],
  ])('should read a range in numerals and a place without its digit before 亿 in %s', (text, expected) => {
    expect(goals(text)).toEqual([expected]);
  });

  it('should read no count from 千 or 百 that stands before no magnitude', () => {
    expect(goals('到2025年，服务惠及千家万户，达到百家争鸣。')).toEqual([]);
  });
});

/** A goal as [indicator, value, raw, unit, upTo, comparison, qualifier, year, relative, baseYear]. */
const full = (text: string) =>
  goalsIn(text).map((g) => [g.indicator, g.value, g.raw, g.unit, g.upTo ?? null, g.comparison, g.qualifier ?? '', g.year ?? null, g.relative ?? null, g.baseYear ?? null]);

describe('targets in Chinese numerals read as the same in digits are', () => {
  it.each([
    ['到2026年，企业综合融资成本下降百分之十五至百分之二十。', [['企业综合融资成本下降', 15, '百分之十五', '%', 20, 'at-least', '', 2026, 'change', null]]],
    ['到2026年，规上企业研发投入增长百分之十至十五。', [['规上企业研发投入增长', 10, '百分之十', '%', 15, 'at-least', '', 2026, 'change', null]]],
    ['到2026年，新增专精特新中小企业三家至五家。', [['新增专精特新中小企业', 3, '三', '家', 5, 'at-least', '', 2026, null, null]]],
    ['到2026年，每个街道建成一至两个中小企业服务站。', [['每个街道建成中小企业服务站', 1, '一', '个', 2, 'at-least', '', 2026, null, null]]],
  ])('should read one range in %s', (text, expected) => {
    expect(full(text)).toEqual(expected);
  });

  it.each([
    ['到2026年，营商环境评价进入全国前十名。', [['营商环境评价', 10, '十', '名', null, 'at-most', '全国前', 2026, null, null]]],
    ['到2026年，中小企业发展环境评价稳居全省前五位。', [['中小企业发展环境评价', 5, '五', '位', null, 'at-most', '全省前', 2026, null, null]]],
  ])('should read a rank in %s', (text, expected) => {
    expect(full(text)).toEqual(expected);
  });

  it.each([
    ['到2026年，全区中小企业营业收入是2023年的一点五倍。', [['全区中小企业营业收入', 1.5, '一点五', '倍', null, 'equal', '', 2026, 'multiple', 2023]]],
    ['到2026年，数字经济核心产业增加值达到2023年的两倍。', [['数字经济核心产业增加值', 2, '两', '倍', null, 'equal', '', 2026, 'multiple', 2023]]],
  ])('should read a multiple of a year\'s level in %s', (text, expected) => {
    expect(full(text)).toEqual(expected);
  });

  it('should leave a starting level in numerals out of the indicator', () => {
    expect(full('到2026年，全区高新技术企业由二百家增加到三百家，规上工业企业研发机构覆盖率由百分之三十八点五提高到百分之四十五。')).toEqual([
      ['全区高新技术企业', 300, '三百', '家', null, 'equal', '', 2026, null, null],
      ['规上工业企业研发机构覆盖率', 45, '百分之四十五', '%', null, 'equal', '', 2026, null, null],
    ]);
  });

  it('should read a change from a base year and a stretch figure after a target', () => {
    expect(full('到2026年，全区高新技术企业达到三百家，较2023年净增一百家；规上工业增加值年均增长百分之六左右，力争百分之七。')).toEqual([
      ['全区高新技术企业', 300, '三百', '家', null, 'equal', '', 2026, null, null],
      ['全区高新技术企业净增', 100, '一百', '家', null, 'equal', '', 2026, 'change', 2023],
      ['规上工业增加值年均增长', 6, '百分之六', '%', null, 'about', '左右', 2026, 'change', null],
      ['规上工业增加值年均增长', 7, '百分之七', '%', null, 'equal', '力争', 2026, 'change', null],
    ]);
  });

  it('should give each year of a list and each year in brackets its figure', () => {
    expect(full('2024年、2025年、2026年分别新增上云企业三百家、四百家、五百家。到2026年，全区高新技术企业达到三百家（2024年二百四十家、2025年二百七十家）。').map((g) => [g[0], g[1], g[7]])).toEqual([
      ['新增上云企业', 300, 2024],
      ['新增上云企业', 400, 2025],
      ['新增上云企业', 500, 2026],
      ['全区高新技术企业', 300, 2026],
      ['全区高新技术企业', 240, 2024],
      ['全区高新技术企业', 270, 2025],
    ]);
  });

  it.each([
    ['到2026年，由三家单位组成工作专班。'],
    ['到2026年，力争三年见效。'],
    ['到2026年，全区三家龙头企业的两倍规模。'],
    ['到2026年，前三名企业给予奖励。'],
  ])('should read no target from the numerals of prose in %s', (text) => {
    expect(goals(text)).toEqual([]);
  });
});
