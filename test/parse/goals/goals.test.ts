import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { targetStatementStart } from '../../../src/parse/goals/headings.js';
import { fold } from '../../../src/text/fold.js';

const goals = (text: string) =>
  goalsIn(text).map(
    (g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.comparison, g.year ?? null],
  );

/** A goal with what says whether it is relative: its figure as written, base year and kind. */
const relative = (text: string) =>
  goalsIn(text).map(
    (g) => [g.indicator, g.value, g.raw, g.unit, g.comparison, g.year ?? null, g.baseYear ?? null, g.relative ?? null],
  );

describe('numeric goals', () => {
  it('should read a target with a verb, qualifiers and a year', () => {
    expect(goals('到2022年末,研发支出与地区生产总值之比力争达到2.59%以上;全区有效发明专利达到1170件。')).toEqual([
      ['研发支出与地区生产总值之比', 2.59, '%', '力争、以上', 'at-least', 2022],
      ['全区有效发明专利', 1170, '件', '', 'equal', 2022],
    ]);
  });

  it('should distribute 分别达到 over the listed subjects', () => {
    expect(goals('到2025年，“雏鹰”企业、“瞪羚”企业、科技领军(培育)企业分别达到80家、12家和2家。')).toEqual([
      ['“雏鹰”企业', 80, '家', '', 'equal', 2025],
      ['“瞪羚”企业', 12, '家', '', 'equal', 2025],
      ['科技领军(培育)企业', 2, '家', '', 'equal', 2025],
    ]);
  });

  it('should give each figure of a 分别 list the year of its place in a list of years', () => {
    expect(goals('到2025年、2027年，全区新能源汽车保有量分别达到5万辆、10万辆，公共充电桩分别达到3000个和6000个。')).toEqual([
      ['全区新能源汽车保有量', 5, '万辆', '', 'equal', 2025],
      ['全区新能源汽车保有量', 10, '万辆', '', 'equal', 2027],
      ['公共充电桩', 3000, '个', '', 'equal', 2025],
      ['公共充电桩', 6000, '个', '', 'equal', 2027],
    ]);
    expect(goals('新能源公交车占比2025年和2027年分别突破80%、95%以上。')).toEqual([
      ['新能源公交车占比', 80, '%', '突破', 'at-least', 2025],
      ['新能源公交车占比', 95, '%', '突破、以上', 'at-least', 2027],
    ]);
    // Without 分别, a list as long as the years'.
    expect(goals('到2025年和2030年，全区新能源汽车保有量达到5万辆、20万辆。')).toEqual([
      ['全区新能源汽车保有量', 5, '万辆', '', 'equal', 2025],
      ['全区新能源汽车保有量', 20, '万辆', '', 'equal', 2030],
    ]);
  });

  it('should pair the figures of several subjects and years by their units', () => {
    expect(goals('到2025年、2027年，全区新能源汽车保有量和公共充电桩分别达到5万辆、3000个和10万辆、6000个。')).toEqual([
      // The scope before the first subject is the list's (全区公共充电桩).
      ['全区新能源汽车保有量', 5, '万辆', '', 'equal', 2025],
      ['全区公共充电桩', 3000, '个', '', 'equal', 2025],
      ['全区新能源汽车保有量', 10, '万辆', '', 'equal', 2027],
      ['全区公共充电桩', 6000, '个', '', 'equal', 2027],
    ]);
  });

  it('should keep a bound verb of a 分别 list of subjects as their qualifier', () => {
    expect(goals('到2025年，换电站、加氢站分别突破30座、5座。')).toEqual([
      ['换电站', 30, '座', '突破', 'at-least', 2025],
      ['加氢站', 5, '座', '突破', 'at-least', 2025],
    ]);
  });

  it('should give each stage of a paragraph its own year, a stage without a subject that of the stage before', () => {
    expect(goals('到2025年，全区氢能产业产值达到100亿元；到2027年，达到300亿元；到2035年，全区氢能产业产值突破1000亿元，加氢站达到50座。')).toEqual([
      ['全区氢能产业产值', 100, '亿元', '', 'equal', 2025],
      ['全区氢能产业产值', 300, '亿元', '', 'equal', 2027],
      ['全区氢能产业产值', 1000, '亿元', '突破', 'at-least', 2035],
      ['加氢站', 50, '座', '', 'equal', 2035],
    ]);
  });

  it('should read verb-first targets and targets without a verb', () => {
    expect(goals('到2022年末,技术合同成交额达到50亿元,力争新建2家市级重点实验室,各类产业技术创新战略联盟入盟企业20家。')).toEqual([
      ['技术合同成交额', 50, '亿元', '', 'equal', 2022],
      ['新建市级重点实验室', 2, '家', '力争', 'equal', 2022],
      ['各类产业技术创新战略联盟入盟企业', 20, '家', '', 'equal', 2022],
    ]);
  });

  it('should keep a figure followed by 的 in the subject it describes', () => {
    expect(goals('到2026年，培育年营业收入超10亿元的零部件企业10家，引进投资5000万元以上的项目不少于30个。')).toEqual([
      ['培育年营业收入超10亿元的零部件企业', 10, '家', '', 'equal', 2026],
      ['引进投资5000万元以上的项目', 30, '个', '不少于', 'at-least', 2026],
    ]);
  });

  it('should keep a figure that bounds a place or a time in the indicator after it', () => {
    expect(goals('到2025年，校园周边200米范围内无证经营摊点清理率达到100%，15分钟生活圈内配套设施达标率≥80%，政务服务事项30天内办结率达到95%以上。')).toEqual([
      ['校园周边200米范围内无证经营摊点清理率', 100, '%', '', 'equal', 2025],
      ['15分钟生活圈内配套设施达标率', 80, '%', '≥', 'at-least', 2025],
      ['政务服务事项30天内办结率', 95, '%', '以上', 'at-least', 2025],
    ]);
    // A bound that ends its clause, or has no target after it, is the target.
    expect(goals('到2025年，事故起数控制在10起以内，审批时间压缩至3个工作日内办结。')).toEqual([
      ['事故起数', 10, '起', '以内', 'at-most', 2025],
      ['审批时间', 3, '个工作日', '', 'at-most', 2025],
    ]);
  });

  it('should keep a span of time run into a rate\'s name in the indicator (火灾24小时扑灭率达到95%)', () => {
    expect(goals('到2025年，火灾24小时扑灭率达到95%以上，政务服务事项3个工作日办结率≥98%。')).toEqual([
      ['火灾24小时扑灭率', 95, '%', '以上', 'at-least', 2025],
      ['政务服务事项3个工作日办结率', 98, '%', '≥', 'at-least', 2025],
    ]);
    // A span that is itself the target, or not followed by a rate and its figure, stays one.
    expect(goals('到2025年，应急响应时间缩短至2小时，每日锻炼时间达到1小时以上。')).toEqual([
      ['应急响应时间', 2, '小时', '', 'at-most', 2025],
      ['每日锻炼时间', 1, '小时', '以上', 'at-least', 2025],
    ]);
  });

  it('should write 年均 once, in the indicator with its change, whether the subject stands before it or in the clause before', () => {
    expect(goals('到2026年，研发经费投入年均增长10%以上；全区数字经济核心产业增加值突破300亿元，年均增长15%以上；全市社会消费品零售总额达到1050亿元，年均增长6%左右；旅游总收入确保增长8%、力争年均增长10%。')).toEqual([
      ['研发经费投入年均增长', 10, '%', '以上', 'at-least', 2026],
      ['全区数字经济核心产业增加值', 300, '亿元', '突破', 'at-least', 2026],
      ['全区数字经济核心产业增加值年均增长', 15, '%', '以上', 'at-least', 2026],
      ['全市社会消费品零售总额', 1050, '亿元', '', 'equal', 2026],
      ['全市社会消费品零售总额年均增长', 6, '%', '左右', 'about', 2026],
      ['旅游总收入增长', 8, '%', '确保', 'equal', 2026],
      ['旅游总收入年均增长', 10, '%', '力争', 'equal', 2026],
    ]);
  });

  it('should keep a distance run into a name in the indicator (公交站点500米覆盖率实现100%)', () => {
    expect(goals('到2026年，中心城区公共交通机动化出行分担率达到35%，公交站点500米覆盖率实现100%；公园绿地500米服务半径覆盖率达到90%以上，3公里应急救援圈覆盖率力争达到95%，全市300米见绿率≥85%。')).toEqual([
      ['中心城区公共交通机动化出行分担率', 35, '%', '', 'equal', 2026],
      ['公交站点500米覆盖率', 100, '%', '', 'equal', 2026],
      ['公园绿地500米服务半径覆盖率', 90, '%', '以上', 'at-least', 2026],
      ['3公里应急救援圈覆盖率', 95, '%', '力争', 'equal', 2026],
      ['全市300米见绿率', 85, '%', '≥', 'at-least', 2026],
    ]);
    // A distance that is itself the target, or before a bound or a separator, stays one.
    expect(goals('到2026年，新建公交专用道50公里，建成绿道120公里以上，新建城市道路30公里。')).toEqual([
      ['新建公交专用道', 50, '公里', '', 'equal', 2026],
      ['建成绿道', 120, '公里', '以上', 'at-least', 2026],
      ['新建城市道路', 30, '公里', '', 'equal', 2026],
    ]);
    // Other measures inside a name stay so: a span of time, a Latin letter, a place bounded by 内.
    expect(goals('到2026年，15分钟生活圈覆盖率达到90%，建成5G基站3000个，城区1公里范围内公交站点覆盖率达到95%，30分钟通勤比例达到80%以上。')).toEqual([
      ['15分钟生活圈覆盖率', 90, '%', '', 'equal', 2026],
      ['建成5G基站', 3000, '个', '', 'equal', 2026],
      ['城区1公里范围内公交站点覆盖率', 95, '%', '', 'equal', 2026],
      ['30分钟通勤比例', 80, '%', '以上', 'at-least', 2026],
    ]);
  });

  it('should give a share and a joined-on object the subject or verb of the target before them', () => {
    expect(goals('到2026年，全市数字经济核心产业增加值达到1200亿元，占地区生产总值比重提高到12%；新增国家级专精特新“小巨人”企业5家、省级专精特新中小企业80家。')).toEqual([
      ['全市数字经济核心产业增加值', 1200, '亿元', '', 'equal', 2026],
      ['全市数字经济核心产业增加值占地区生产总值比重', 12, '%', '', 'equal', 2026],
      ['新增国家级专精特新“小巨人”企业', 5, '家', '', 'equal', 2026],
      ['新增省级专精特新中小企业', 80, '家', '', 'equal', 2026],
    ]);
    // An object with a verb of its own keeps it.
    expect(goals('到2025年，新增就业3万人，城镇调查失业率控制在5.5%以内。')).toEqual([
      ['新增就业', 3, '万人', '', 'equal', 2025],
      ['城镇调查失业率', 5.5, '%', '以内', 'at-most', 2025],
    ]);
  });

  it('should know the units of air quality, port and energy targets', () => {
    expect(goals('到2025年，PM2.5平均浓度控制在30微克/立方米，集装箱吞吐量达到500万标箱，光伏装机容量达到2吉瓦。')).toEqual([
      ['PM2.5平均浓度', 30, '微克/立方米', '', 'at-most', 2025],
      ['集装箱吞吐量', 500, '万标箱', '', 'equal', 2025],
      ['光伏装机容量', 2, '吉瓦', '', 'equal', 2025],
    ]);
    expect(goals('到2025年，全省数字经济规模突破3万亿元。')).toEqual([['全省数字经济规模', 3, '万亿元', '突破', 'at-least', 2025]]);
  });

  it('should read a unit whole: a magnitude before a unit word, a ratio, Latin letters', () => {
    expect(
      goals('到2025年，全社会用电量达到85亿千瓦时，能源综合生产能力达到1.2亿吨标准煤，亩均税收达到30万元/亩，食品抽检量达到6批次/千人，供电煤耗降至300克标准煤/千瓦时。'),
    ).toEqual([
      ['全社会用电量', 85, '亿千瓦时', '', 'equal', 2025],
      ['能源综合生产能力', 1.2, '亿吨标准煤', '', 'equal', 2025],
      ['亩均税收', 30, '万元/亩', '', 'equal', 2025],
      ['食品抽检量', 6, '批次/千人', '', 'equal', 2025],
      ['供电煤耗', 300, '克标准煤/千瓦时', '', 'at-most', 2025],
    ]);
    expect(goals('到2025年，生产安全事故起数控制在10起以内，涉校治安案件发案率控制在0.5起/万人以内。')).toEqual([
      ['生产安全事故起数', 10, '起', '以内', 'at-most', 2025],
      ['涉校治安案件发案率', 0.5, '起/万人', '以内', 'at-most', 2025],
    ]);
    expect(goals('到2025年，光伏发电装机容量达到30GW，数据中心算力达到5EFLOPS，出口带宽达到100Gbps以上，存储容量达到50PB。')).toEqual([
      ['光伏发电装机容量', 30, 'GW', '', 'equal', 2025],
      ['数据中心算力', 5, 'EFLOPS', '', 'equal', 2025],
      ['出口带宽', 100, 'Gbps', '以上', 'at-least', 2025],
      ['存储容量', 50, 'PB', '', 'equal', 2025],
    ]);
  });

  it('should not read a lone letter or a counter that opens a noun as part of the unit', () => {
    expect(goals('到2025年，5G基站达到1.2万个，4K超高清用户达到100万户，新建10个项目，企业开办时间压缩至1个工作日以内，森林覆盖率提高2个百分点。')).toEqual([
      ['5G基站', 1.2, '万个', '', 'equal', 2025],
      ['4K超高清用户', 100, '万户', '', 'equal', 2025],
      ['新建项目', 10, '个', '', 'equal', 2025],
      ['企业开办时间', 1, '个工作日', '以内', 'at-most', 2025],
      ['森林覆盖率提高', 2, '个百分点', '', 'equal', 2025],
    ]);
  });

  // 个 before a noun that measures (等级, 位次, 批次 …) is one unit with it; before the thing counted it is not.
  it.each([
    ['到2026年，耕地质量等级提升0.5个等级以上。', ['耕地质量等级提升', 0.5, '个等级', '以上', 'at-least', 2026]],
    ['到2025年，营商环境评价排名前移3个位次。', ['营商环境评价排名前移', 3, '个位次', '', 'equal', 2025]],
    ['到2025年，食品抽检量达到2000个批次以上。', ['食品抽检量', 2000, '个批次', '以上', 'at-least', 2025]],
    ['到2025年，服务质量提升2个档次。', ['服务质量提升', 2, '个档次', '', 'equal', 2025]],
    ['到2025年，审批时限压缩至5个工作日以内。', ['审批时限', 5, '个工作日', '以内', 'at-most', 2025]],
    ['到2025年，新建10个等级公路养护站。', ['新建等级公路养护站', 10, '个', '', 'equal', 2025]],
  ])('should keep 个 and a measuring noun together as the unit in %s', (text, expected) => {
    expect(goals(text)).toEqual([expected]);
  });

  // A marker numbering the clause (一是, 其二) is not part of the subject.
  it.each([
    ['到2025年，一是全区规上工业增加值增长8%，二是固定资产投资达到500亿元。', [['全区规上工业增加值增长', 8, '%', '', 'equal', 2025], ['固定资产投资', 500, '亿元', '', 'equal', 2025]]],
    ['到2025年，三是力争新建5家市级重点实验室。', [['新建市级重点实验室', 5, '家', '力争', 'equal', 2025]]],
    ['到2025年，其一是研发投入强度达到3%，其二、技术合同成交额突破50亿元。', [['研发投入强度', 3, '%', '', 'equal', 2025], ['技术合同成交额', 50, '亿元', '突破', 'at-least', 2025]]],
    ['到2025年，一网通办事项达到1000项。', [['一网通办事项', 1000, '项', '', 'equal', 2025]]],
  ])('should leave the enumeration marker out of the indicator in %s', (text, expected) => {
    expect(goals(text)).toEqual(expected);
  });

  it('should read a target given as a range as one goal with its upper end', () => {
    const read = (text: string) =>
      goalsIn(text).map(
        (g) => [g.indicator, g.value, g.upTo ?? null, g.unit, g.comparison],
      );
    expect(read('到2026年，全市软件业务收入年均增长10%—15%，软件从业人员达到8万—10万人，新能源汽车渗透率达到25%～30%。')).toEqual([
      ['全市软件业务收入年均增长', 10, 15, '%', 'at-least'],
      ['软件从业人员', 8, 10, '万人', 'at-least'],
      ['新能源汽车渗透率', 25, 30, '%', 'at-least'],
    ]);
    expect(read('到2025年，农村生活污水治理率提高10—15个百分点，培育企业5至8家。')).toEqual([
      ['农村生活污水治理率提高', 10, 15, '个百分点', 'at-least'],
      ['培育企业', 5, 8, '家', 'at-least'],
    ]);
    // A period is no range of targets.
    expect(read('2020—2022年，建成基站300个。')).toEqual([['建成基站', 300, null, '个', 'equal']]);
  });

  it('should give a target without a subject of its own the subject of the one before it', () => {
    expect(goals('到2025年，数字经济核心产业增加值年均增长12%以上，力争突破400亿元。')).toEqual([
      ['数字经济核心产业增加值年均增长', 12, '%', '以上', 'at-least', 2025],
      ['数字经济核心产业增加值', 400, '亿元', '力争、突破', 'at-least', 2025],
    ]);
    // Nothing before it to share: no goal.
    expect(goals('到2025年，突破400亿元。')).toEqual([]);
  });

  it('should read 至少 as a floor and 最多 as a ceiling', () => {
    expect(goals('到2025年，新增就业至少2万人，培育龙头企业至少达到10家，新增用地最多50亩。')).toEqual([
      ['新增就业', 2, '万人', '至少', 'at-least', 2025],
      ['培育龙头企业', 10, '家', '至少', 'at-least', 2025],
      ['新增用地', 50, '亩', '最多', 'at-most', 2025],
    ]);
  });

  it('should know intensity units per unit of output', () => {
    expect(goals('到2025年，单位地区生产总值能耗控制在0.35吨标准煤/万元以内。')).toEqual([['单位地区生产总值能耗', 0.35, '吨标准煤/万元', '以内', 'at-most', 2025]]);
  });

  it('should read 不低于 as a floor and 低于 as a ceiling', () => {
    expect(goals('到2025年，公共机构屋顶光伏覆盖率不低于50%，单位产值能耗低于0.5吨标准煤。')).toEqual([
      ['公共机构屋顶光伏覆盖率', 50, '%', '不低于', 'at-least', 2025],
      ['单位产值能耗', 0.5, '吨标准煤', '', 'at-most', 2025],
    ]);
  });

  it('should read 不超过, 不高于, 不大于, 不超 and 最高不超过 as ceilings, kept whole as the qualifier', () => {
    expect(goals('到2025年，城镇登记失业率不超过3.5%，万元地区生产总值能耗不高于0.35吨标准煤，用水量不大于12立方米，新增建设用地不超50亩，细颗粒物浓度最高不超过30微克/立方米。')).toEqual([
      ['城镇登记失业率', 3.5, '%', '不超过', 'at-most', 2025],
      ['万元地区生产总值能耗', 0.35, '吨标准煤', '不高于', 'at-most', 2025],
      ['用水量', 12, '立方米', '不大于', 'at-most', 2025],
      ['新增建设用地', 50, '亩', '不超', 'at-most', 2025],
      ['细颗粒物浓度', 30, '微克/立方米', '最高不超过', 'at-most', 2025],
    ]);
    // A verb of holding before the bound is no part of the subject.
    expect(goals('到2025年，城镇登记失业率控制在不超过3.5%，优良天数比例保持在不低于90%。')).toEqual([
      ['城镇登记失业率', 3.5, '%', '不超过', 'at-most', 2025],
      ['优良天数比例', 90, '%', '不低于', 'at-least', 2025],
    ]);
  });

  it('should read 保持 and 实现 before a figure as target verbs, not words of the subject', () => {
    expect(goals('到2025年，城市生活垃圾无害化处理率保持100%，森林覆盖率保持不低于40%，技术合同成交额实现50亿元。')).toEqual([
      ['城市生活垃圾无害化处理率', 100, '%', '', 'equal', 2025],
      ['森林覆盖率', 40, '%', '不低于', 'at-least', 2025],
      ['技术合同成交额', 50, '亿元', '', 'equal', 2025],
    ]);
  });

  it('should read a range after 控制在 or 降至 as a range, and one written with 以内 as a ceiling at its upper end', () => {
    const read = (text: string) =>
      goalsIn(text).map(
        (g) => [g.indicator, g.value, g.upTo ?? null, g.qualifier ?? '', g.comparison],
      );
    expect(read('到2025年，城镇调查失业率控制在4.5%—5%，能耗降至0.3—0.35吨标准煤，赤字率控制在2%—3%以内。')).toEqual([
      ['城镇调查失业率', 4.5, 5, '', 'at-least'],
      ['能耗', 0.3, 0.35, '', 'at-least'],
      ['赤字率', 2, 3, '以内', 'at-most'],
    ]);
  });

  it('should read a revision\'s new level (由…调整为…, 上调至) as the target, and a note of the former one (（原目标为…）) as none', () => {
    expect(goals('到2025年，全区数字经济核心产业增加值由180亿元调整为200亿元，高新技术企业数量上调至300家。')).toEqual([
      ['全区数字经济核心产业增加值', 200, '亿元', '', 'equal', 2025],
      ['高新技术企业数量', 300, '家', '', 'equal', 2025],
    ]);
    expect(goals('到2025年，全区数字经济核心产业增加值达到200亿元（原目标为180亿元），建成5G基站2000个（原计划1500个）。')).toEqual([
      ['全区数字经济核心产业增加值', 200, '亿元', '', 'equal', 2025],
      ['建成5G基站', 2000, '个', '', 'equal', 2025],
    ]);
  });

  it('should read the level a target is raised or lowered from (由…提高到…, 从…降至…) as no target and no part of its subject', () => {
    expect(goals('到2025年，全区森林覆盖率由2022年的38.5%提高到40%，城市生活垃圾回收利用率从35%提高到45%以上，重污染天数由12天降至5天以内。')).toEqual([
      ['全区森林覆盖率', 40, '%', '', 'equal', 2025],
      ['城市生活垃圾回收利用率', 45, '%', '以上', 'at-least', 2025],
      ['重污染天数', 5, '天', '以内', 'at-most', 2025],
    ]);
    // The year after the verb is the target's own (and, as a year in a sentence does, goes on to
    // the clauses after it); a year before the starting level is not.
    expect(goals('失业率由2022年的4.1%降至2024年的3.8%，高新技术企业由2022年底的50家增加到80家。')).toEqual([
      ['失业率', 3.8, '%', '', 'at-most', 2024],
      ['高新技术企业', 80, '家', '', 'equal', 2024],
    ]);
    // Several in a sentence, in other units.
    expect(goals('到2025年，营业额从5亿元增加到8亿元，专利从100件增加到200件。')).toEqual([
      ['营业额', 8, '亿元', '', 'equal', 2025],
      ['专利', 200, '件', '', 'equal', 2025],
    ]);
  });

  it('should take a year that opens the sentence as its target year, without 到', () => {
    expect(goals('2024年完成老旧小区改造30个，惠及居民5000户。')).toEqual([
      ['完成老旧小区改造', 30, '个', '', 'equal', 2024],
      ['惠及居民', 5000, '户', '', 'equal', 2024],
    ]);
    expect(goals('2025年底前，建成5G基站1200个。')).toEqual([['建成5G基站', 1200, '个', '', 'equal', 2025]]);
    // 2023年度 names a reporting year, not a target.
    expect(goals('2023年度全区完成投资50亿元。')).toEqual([]);
  });

  it('should take the last year of a five-year plan named by its number (十四五) as the target year', () => {
    expect(goals('“十四五”期间，新增城镇就业10万人以上。')).toEqual([['新增城镇就业', 10, '万人', '以上', 'at-least', 2025]]);
    expect(goals('十五五末，全区常住人口达到80万人。')).toEqual([['全区常住人口', 80, '万人', '', 'equal', 2030]]);
  });

  // probe84 r7: 开局之年 is the plan's first year, not its last.
  it('should take the year a sentence names within a five-year plan (开局之年, 收官之年, 第三年, 中期) as the target year', () => {
    expect(goals('“十五五”开局之年，城区集中供热普及率达到98%。')).toEqual([['城区集中供热普及率', 98, '%', '', 'equal', 2026]]);
    expect(goals('“十五五”时期首年，新建供热管网60公里。')).toEqual([['新建供热管网', 60, '公里', '', 'equal', 2026]]);
    expect(goals('“十四五”收官之年，全区常住人口达到80万人。')).toEqual([['全区常住人口', 80, '万人', '', 'equal', 2025]]);
    expect(goals('“十五五”中期，全区常住人口达到80万人。')).toEqual([['全区常住人口', 80, '万人', '', 'equal', 2028]]);
    expect(goals('“十五五”规划第二年，全区常住人口达到80万人。')).toEqual([['全区常住人口', 80, '万人', '', 'equal', 2027]]);
  });

  it('should let 力争 before the target year qualify every target of the sentence', () => {
    expect(goals('力争到2026年，培育专精特新企业100家、单项冠军企业5家。')).toEqual([
      ['培育专精特新企业', 100, '家', '力争', 'equal', 2026],
      ['培育单项冠军企业', 5, '家', '力争', 'equal', 2026],
    ]);
  });

  it('should read 万 or 亿 with the counter after it as one unit', () => {
    expect(goals('到2025年，全区5G基站达到2万座，建成智慧路灯3000盏，年接待游客达到1.2亿人次，家庭宽带用户达到50万户。')).toEqual([
      ['全区5G基站', 2, '万座', '', 'equal', 2025],
      ['建成智慧路灯', 3000, '盏', '', 'equal', 2025],
      ['年接待游客', 1.2, '亿人次', '', 'equal', 2025],
      ['家庭宽带用户', 50, '万户', '', 'equal', 2025],
    ]);
  });

  it('should let two figures share a verb that comes before them', () => {
    expect(goals('建设50所高水平高等职业学校和150个骨干专业(群)。')).toEqual([
      ['建设高水平高等职业学校', 50, '所', '', 'equal', null],
      ['建设骨干专业(群)', 150, '个', '', 'equal', null],
    ]);
  });

  it('should keep the subject before a verb whose object follows the figure, and a qualifier between them', () => {
    expect(goals('到2025年，每个街道至少建成1个综合为老服务中心和2个社区食堂，全区新增5家上市企业。')).toEqual([
      ['每个街道建成综合为老服务中心', 1, '个', '至少', 'at-least', 2025],
      ['每个街道建成社区食堂', 2, '个', '', 'equal', 2025],
      ['全区新增上市企业', 5, '家', '', 'equal', 2025],
    ]);
  });

  it('should give each target the year written before its verb, and a 其中 target the subject before it', () => {
    expect(goals('全区规模以上工业总产值2024年达到1400亿元、2025年达到1500亿元。到2025年，规模以上工业企业达到30家，其中2024年达到26家。')).toEqual([
      ['全区规模以上工业总产值', 1400, '亿元', '', 'equal', 2024],
      ['全区规模以上工业总产值', 1500, '亿元', '', 'equal', 2025],
      ['规模以上工业企业', 30, '家', '', 'equal', 2025],
      ['规模以上工业企业', 26, '家', '', 'equal', 2024],
    ]);
  });

  describe('a part of the target before it, after 其中', () => {
    /** Each goal as indicator, value, unit and the indicator it is a part of. */
    const parts = (text: string) =>
      goalsIn(text).map(
        (g) => [g.indicator, g.value, g.unit, g.partOf ?? null],
      );

    it.each([
      ['到2024年底，全区高新技术企业达到300家，其中国家级专精特新企业达到20家。', [['全区高新技术企业', 300, '家', null], ['国家级专精特新企业', 20, '家', '全区高新技术企业']]],
      ['到2025年，省级以上孵化器达到10家（其中国家级3家）。', [['省级以上孵化器', 10, '家', null], ['国家级孵化器', 3, '家', '省级以上孵化器']]],
      [
        '到2025年，市场主体达到10万户，其中：企业3万户、个体工商户7万户。',
        [['市场主体', 10, '万户', null], ['企业', 3, '万户', '市场主体'], ['个体工商户', 7, '万户', '市场主体']],
      ],
      ['到2025年，培育专精特新企业50家，其中，国家级小巨人企业达到10家。', [['培育专精特新企业', 50, '家', null], ['国家级小巨人企业', 10, '家', '培育专精特新企业']]],
      ['到2025年，星级民宿数量不少于300家（含省级白金宿10家）。', [['星级民宿数量', 300, '家', null], ['省级白金宿', 10, '家', '星级民宿数量']]],
      [
        '到2026年，全区规上工业企业达到500家，其中国家级专精特新企业达到20家（含单项冠军企业3家）。',
        [['全区规上工业企业', 500, '家', null], ['国家级专精特新企业', 20, '家', '全区规上工业企业'], ['单项冠军企业', 3, '家', '国家级专精特新企业']],
      ],
      ['到2025年，A级景区达到50个（其中含5A级景区2个、4A级景区8个）。', [['A级景区', 50, '个', null], ['5A级景区', 2, '个', 'A级景区'], ['4A级景区', 8, '个', 'A级景区']]],
      ['到2025年，新建养老床位500张（包括护理型床位300张）。', [['新建养老床位', 500, '张', null], ['护理型床位', 300, '张', '新建养老床位']]],
    ])('should read the part without 其中 and say what it is part of in %s', (text, expected) => {
      expect(parts(text)).toEqual(expected);
    });

    it.each([
      ['到2025年，粮食总产量稳定在50万吨左右，其中大豆种植面积达到8万亩。', [['粮食总产量', 50, '万吨', null], ['大豆种植面积', 8, '万亩', null]]],
      ['到2025年，全区研发投入达到30亿元，其中企业研发投入占比达到80%。', [['全区研发投入', 30, '亿元', null], ['企业研发投入占比', 80, '%', null]]],
      ['到2025年，农业龙头企业达到120家，其中省级龙头企业达到30个。', [['农业龙头企业', 120, '家', null], ['省级龙头企业', 30, '个', '农业龙头企业']]],
      ['到2025年，粮食总产量达到50万吨，其中稻谷产量达到300万千克。', [['粮食总产量', 50, '万吨', null], ['稻谷产量', 300, '万千克', '粮食总产量']]],
    ])('should say a part is of the whole only when both measure one kind of quantity, in %s', (text, expected) => {
      expect(parts(text)).toEqual(expected);
    });

    it('should end the parts at the next clause that does not open with 其中', () => {
      expect(parts('到2025年，新增上市企业5家，其中科创板上市企业2家，研发投入强度达到3%。')).toEqual([
        ['新增上市企业', 5, '家', null],
        ['科创板上市企业', 2, '家', '新增上市企业'],
        ['研发投入强度', 3, '%', null],
      ]);
    });

    it('should make no part of a figure of the same indicator for another year, nor of a 其中 with no target before it', () => {
      expect(parts('到2025年，规模以上工业企业达到30家，其中2024年达到26家。')).toEqual([
        ['规模以上工业企业', 30, '家', null],
        ['规模以上工业企业', 26, '家', null],
      ]);
      expect(parts('到2025年，其中国家级企业达到20家。')).toEqual([['国家级企业', 20, '家', null]]);
    });
  });

  it('should give a target the year that opens its clause or its bracket, the subject being the one before', () => {
    expect(goals('到2025年，全区规模以上工业总产值达到1500亿元，2024年达到1450亿元，专精特新企业达到30家。')).toEqual([
      ['全区规模以上工业总产值', 1500, '亿元', '', 'equal', 2025],
      ['全区规模以上工业总产值', 1450, '亿元', '', 'equal', 2024],
      ['专精特新企业', 30, '家', '', 'equal', 2025],
    ]);
    expect(goals('到2025年，全区规模以上工业总产值达到1500亿元（2024年达到1400亿元）。')).toEqual([
      ['全区规模以上工业总产值', 1500, '亿元', '', 'equal', 2025],
      ['全区规模以上工业总产值', 1400, '亿元', '', 'equal', 2024],
    ]);
  });

  it('should leave a base year out of the subject, and give a subject-less target the subject of the clause right before', () => {
    expect(relative('到2026年，累计完成老旧小区改造300个，比2023年增长150%，城市更新投资较2020年翻一番，达到200亿元。')).toEqual([
      ['完成老旧小区改造', 300, '300', '个', 'equal', 2026, null, null],
      ['完成老旧小区改造增长', 150, '150', '%', 'equal', 2026, 2023, 'change'],
      ['城市更新投资', 2, '翻一番', '倍', 'equal', 2026, 2020, 'multiple'],
      ['城市更新投资', 200, '200', '亿元', 'equal', 2026, null, null],
    ]);
  });

  it('should give a subject-less target no subject from two clauses back', () => {
    expect(goals('到2026年，累计完成老旧小区改造300个，城市面貌明显改善，达到200亿元。')).toEqual([['完成老旧小区改造', 300, '个', '累计', 'equal', 2026]]);
  });

  it('should read a target with spaces around its figure', () => {
    expect(goals('到2025年，生活垃圾回收利用率达到 40% 以上。')).toEqual([['生活垃圾回收利用率', 40, '%', '以上', 'at-least', 2025]]);
  });

  it('should not take a figure without a target verb or year for a target', () => {
    expect(goals('选择北京、天津等11个城市开展试点。')).toEqual([]);
  });

  it('should read upper bounds and approximations', () => {
    expect(goals('单位产值能耗控制在0.5吨标准煤以内，新增就业3万人左右。')).toEqual([
      ['单位产值能耗', 0.5, '吨标准煤', '以内', 'at-most', null],
      ['新增就业', 3, '万人', '左右', 'about', null],
    ]);
  });

  it('should not take years or sentences without figures for targets', () => {
    expect(goals('科技创新能力明显增强。到2022年末,全面完成。')).toEqual([]);
  });
});

describe('goals relative to a base year', () => {
  it('should read 翻一番 as a multiple of 2 of the base year, and 翻两番 as 4', () => {
    expect(relative('到2025年，全区地区生产总值较2020年翻一番。')).toEqual([['全区地区生产总值', 2, '翻一番', '倍', 'equal', 2025, 2020, 'multiple']]);
    expect(relative('到2025年，全市地区生产总值比2020年翻两番。')).toEqual([['全市地区生产总值', 4, '翻两番', '倍', 'equal', 2025, 2020, 'multiple']]);
  });

  it('should give the target after a doubling the doubled subject', () => {
    expect(relative('到2025年，城市更新投资较2020年翻一番，达到200亿元。')).toEqual([
      ['城市更新投资', 2, '翻一番', '倍', 'equal', 2025, 2020, 'multiple'],
      ['城市更新投资', 200, '200', '亿元', 'equal', 2025, null, null],
    ]);
  });

  it('should take the subject of a relative target from a clause before it that only names it', () => {
    expect(relative('数字经济核心产业增加值，到2025年比2020年翻一番。')).toEqual([['数字经济核心产业增加值', 2, '翻一番', '倍', 'equal', 2025, 2020, 'multiple']]);
    expect(relative('到2025年，森林覆盖率，比2020年提高2个百分点。')).toEqual([['森林覆盖率提高', 2, '2', '个百分点', 'equal', 2025, 2020, 'change']]);
    // A clause that says something of its own is no subject.
    expect(relative('到2025年，全区经济实力显著增强，比2020年翻一番。')).toEqual([]);
  });

  it('should read 提高N个百分点, 下降N% and 降低N% from a base year as changes of the subject', () => {
    expect(relative('到2025年，森林覆盖率比2020年提高2个百分点，单位地区生产总值能耗比2020年下降13.5%，万元GDP用水量较2020年降低16%以上。')).toEqual([
      ['森林覆盖率提高', 2, '2', '个百分点', 'equal', 2025, 2020, 'change'],
      ['单位地区生产总值能耗下降', 13.5, '13.5', '%', 'equal', 2025, 2020, 'change'],
      ['万元GDP用水量降低', 16, '16', '%', 'at-least', 2025, 2020, 'change'],
    ]);
    // Outside a sentence framed by a target year the base year alone makes it a target.
    expect(relative('设备投资规模较2023年增长25%以上。')).toEqual([['设备投资规模增长', 25, '25', '%', 'at-least', null, 2023, 'change']]);
  });

  it('should read ceilings and levels reached as levels, not changes', () => {
    expect(relative('到2025年，城镇调查失业率控制在5.5%以内，常住人口城镇化率提高到70%。')).toEqual([
      ['城镇调查失业率', 5.5, '5.5', '%', 'at-most', 2025, null, null],
      ['常住人口城镇化率', 70, '70', '%', 'equal', 2025, null, null],
    ]);
  });

  it('should read a base year written as the end of a five-year plan or as 在…基础上, and 实现 before a doubling as its verb', () => {
    expect(relative('到2025年，地区生产总值比“十三五”末翻一番，居民人均可支配收入在2020年基础上力争实现翻番。')).toEqual([
      ['地区生产总值', 2, '翻一番', '倍', 'equal', 2025, 2020, 'multiple'],
      ['居民人均可支配收入', 2, '翻番', '倍', 'equal', 2025, 2020, 'multiple'],
    ]);
  });

  it('should take the target year between the subject and the base year, and keep the 比 of 之比 in the subject', () => {
    expect(relative('单位地区生产总值能耗到2025年比2020年下降13.5%。')).toEqual([['单位地区生产总值能耗下降', 13.5, '13.5', '%', 'equal', 2025, 2020, 'change']]);
    expect(relative('研发支出与地区生产总值之比2024年达到2.6%。')).toEqual([['研发支出与地区生产总值之比', 2.6, '2.6', '%', 'equal', 2024, null, null]]);
  });

  it('should give the changes after a clause 与2020年相比 that base year, and a level none', () => {
    expect(relative('到2025年，与2020年相比，单位GDP能耗下降13.5%，森林覆盖率提高2个百分点，城镇化率达到70%。')).toEqual([
      ['单位GDP能耗下降', 13.5, '13.5', '%', 'equal', 2025, 2020, 'change'],
      ['森林覆盖率提高', 2, '2', '个百分点', 'equal', 2025, 2020, 'change'],
      ['城镇化率', 70, '70', '%', 'equal', 2025, null, null],
    ]);
  });

  it('should mark a growth without a base year as a change too', () => {
    expect(relative('到2025年，数字经济核心产业增加值突破300亿元，年均增长15%以上。')).toEqual([
      ['数字经济核心产业增加值', 300, '300', '亿元', 'at-least', 2025, null, null],
      ['数字经济核心产业增加值年均增长', 15, '15', '%', 'at-least', 2025, null, 'change'],
    ]);
  });
});

describe('targets reduced to a ceiling', () => {
  it('should read 压缩至1个工作日以内 as a ceiling in working days, the verb left out of the indicator', () => {
    expect(goals('到2024年底，企业开办时间压缩至1个工作日以内。')).toEqual([['企业开办时间', 1, '个工作日', '以内', 'at-most', 2024]]);
  });

  it('should read 缩短至, 缩减到, 减少到, 降到 and 压缩到 as ceilings', () => {
    expect(goals('到2025年，审批时限缩短至3个工作日，办理环节缩减到4个，排队时间减少到2小时，物流成本降到5万元，响应时间压缩到30分钟。')).toEqual([
      ['审批时限', 3, '个工作日', '', 'at-most', 2025],
      ['办理环节', 4, '个', '', 'at-most', 2025],
      ['排队时间', 2, '小时', '', 'at-most', 2025],
      ['物流成本', 5, '万元', '', 'at-most', 2025],
      ['响应时间', 30, '分钟', '', 'at-most', 2025],
    ]);
  });

  it('should keep 控制在 and 降至 as ceilings and 提升至 and 提高到 as levels', () => {
    expect(goals('到2025年，用水总量控制在1.2亿立方米以内，综合能耗降至0.5吨标准煤/万元，覆盖率提升至90%，城镇化率提高到60%。')).toEqual([
      ['用水总量', 1.2, '亿立方米', '以内', 'at-most', 2025],
      ['综合能耗', 0.5, '吨标准煤/万元', '', 'at-most', 2025],
      ['覆盖率', 90, '%', '', 'equal', 2025],
      ['城镇化率', 60, '%', '', 'equal', 2025],
    ]);
  });
});

describe('figures that are part of the indicator', () => {
  it('should keep an age before a noun in the indicator (3岁以下婴幼儿, 65岁以上老年人, 0-3岁婴幼儿)', () => {
    expect(goals('到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个，65岁以上老年人健康管理率达到70%，0-3岁婴幼儿家庭科学育儿指导覆盖率达到90%。')).toEqual([
      ['每千人口拥有3岁以下婴幼儿托位数', 4.5, '个', '', 'equal', 2025],
      ['65岁以上老年人健康管理率', 70, '%', '', 'equal', 2025],
      ['0-3岁婴幼儿家庭科学育儿指导覆盖率', 90, '%', '', 'equal', 2025],
    ]);
  });

  it('should still read an age that ends its phrase as a target', () => {
    expect(goals('到2025年，人均预期寿命达到79岁。到2030年，人均预期寿命再提高1岁左右。')).toEqual([
      ['人均预期寿命', 79, '岁', '', 'equal', 2025],
      ['人均预期寿命再提高', 1, '岁', '左右', 'about', 2030],
    ]);
  });

  it('should keep 5000万元以上项目 in the indicator of the figure after it', () => {
    expect(goals('到2025年，5000万元以上项目达到10个，新增亿元以上项目8个。')).toEqual([
      ['5000万元以上项目', 10, '个', '', 'equal', 2025],
      ['新增亿元以上项目', 8, '个', '', 'equal', 2025],
    ]);
  });

  it('should keep a threshold without 的 (过10亿元项目, 超10亿元企业) in the indicator of the figure after it', () => {
    expect(goals('到2026年，引进过亿元项目50个，其中过10亿元项目5个；培育年营收超10亿元企业5家，年营收超过50亿元企业达到3家。')).toEqual([
      ['引进过亿元项目', 50, '个', '', 'equal', 2026],
      ['过10亿元项目', 5, '个', '', 'equal', 2026],
      ['培育年营收超10亿元企业', 5, '家', '', 'equal', 2026],
      ['年营收超过50亿元企业', 3, '家', '', 'equal', 2026],
    ]);
  });

  it('should read a figure after 超过 or 不超过 before a comma as the target', () => {
    expect(goals('到2026年，营业收入超过10亿元，综合能耗不超过5万吨标准煤。')).toEqual([
      ['营业收入', 10, '亿元', '超过', 'at-least', 2026],
      ['综合能耗', 5, '万吨标准煤', '不超过', 'at-most', 2026],
    ]);
  });

  it('should read 培育100家以上企业 as a target of at least 100 企业, 以上 no part of the object', () => {
    expect(goals('到2025年，培育100家以上企业和50个项目。')).toEqual([
      ['培育企业', 100, '家', '以上', 'at-least', 2025],
      ['培育项目', 50, '个', '', 'equal', 2025],
    ]);
  });
});

describe('sentences ended with a half-width full stop', () => {
  it('should split at a . that is not a decimal point', () => {
    expect(goals('到2025年,“雏鹰”企业、“瞪羚”企业分别达到80家、12家.每万家企业法人中高新技术企业数达到0.64%.')).toEqual([
      ['“雏鹰”企业', 80, '家', '', 'equal', 2025],
      ['“瞪羚”企业', 12, '家', '', 'equal', 2025],
      ['每万家企业法人中高新技术企业数', 0.64, '%', '', 'equal', 2025],
    ]);
  });
});

describe('a target year opening a later clause', () => {
  it('should hold for the clauses after it, not only its own', () => {
    expect(goals('到2021年末,全区高新技术企业总量突破116家,到2022年末突破128家,“雏鹰”企业、“瞪羚”企业分别达到80家、12家,技术合同成交额达到50亿元。')).toEqual([
      ['全区高新技术企业总量', 116, '家', '突破', 'at-least', 2021],
      ['全区高新技术企业总量', 128, '家', '突破', 'at-least', 2022],
      ['“雏鹰”企业', 80, '家', '', 'equal', 2022],
      ['“瞪羚”企业', 12, '家', '', 'equal', 2022],
      ['技术合同成交额', 50, '亿元', '', 'equal', 2022],
    ]);
  });

  it('should keep a bare year before a verb for its own target only', () => {
    expect(goals('到2025年，地区生产总值达到100亿元，2024年完成投资50亿元，规上企业达到20家。')).toEqual([
      ['地区生产总值', 100, '亿元', '', 'equal', 2025],
      ['完成投资', 50, '亿元', '', 'equal', 2024],
      ['规上企业', 20, '家', '', 'equal', 2025],
    ]);
  });
});

describe('changes from the year before', () => {
  it('should take 比上年, 同比 and 较上年 out of the indicator, measured from the year before the target', () => {
    expect(relative('2024年，地区生产总值比上年增长8%，社会消费品零售总额同比增长6%，生产安全事故起数较上年下降10%以上。')).toEqual([
      ['地区生产总值增长', 8, '8', '%', 'equal', 2024, 2023, 'change'],
      ['社会消费品零售总额增长', 6, '6', '%', 'equal', 2024, 2023, 'change'],
      ['生产安全事故起数下降', 10, '10', '%', 'at-least', 2024, 2023, 'change'],
    ]);
  });

  it('should read 较去年, 比上一年度 and 比去年同期 the same way', () => {
    expect(relative('到2024年，固定资产投资较去年增长5%，税收收入比上一年度增长3%，外贸出口比去年同期增长4%。')).toEqual([
      ['固定资产投资增长', 5, '5', '%', 'equal', 2024, 2023, 'change'],
      ['税收收入增长', 3, '3', '%', 'equal', 2024, 2023, 'change'],
      ['外贸出口增长', 4, '4', '%', 'equal', 2024, 2023, 'change'],
    ]);
  });

  it('should leave the base year out when the target has no year', () => {
    expect(relative('全区税收收入比上年增长达到8%。')).toEqual([['全区税收收入增长', 8, '8', '%', 'equal', null, null, 'change']]);
  });

  it('should not read 比上年增长8% without a year or verb to frame it', () => {
    expect(relative('地区生产总值比上年增长8%。')).toEqual([]);
  });
});

describe('targets with a comparison sign', () => {
  it.each([
    ['到2026年，规模以上工业企业数字化改造覆盖率≥85%。', ['规模以上工业企业数字化改造覆盖率', 85, '%', '≥', 'at-least', 2026]],
    ['到2026年，重点企业关键工序数控化率≤90%。', ['重点企业关键工序数控化率', 90, '%', '≤', 'at-most', 2026]],
    // Full-width signs read as their half-width forms.
    ['到2026年，5G基站数＞3000个。', ['5G基站数', 3000, '个', '>', 'at-least', 2026]],
    ['到2026年，PM2.5平均浓度＜30微克/立方米。', ['PM2.5平均浓度', 30, '微克/立方米', '<', 'at-most', 2026]],
    ['到2026年，城市绿化覆盖率≧40%，工业用水重复利用率≦95%。', ['城市绿化覆盖率', 40, '%', '≧', 'at-least', 2026]],
    // A sign after a verb: the verb is not part of the indicator.
    ['到2026年，光纤入户率达到 ≥ 95%。', ['光纤入户率', 95, '%', '≥', 'at-least', 2026]],
  ])('should read %s with the sign as its comparison, not its indicator', (text, first) => {
    expect(goals(text)[0]).toEqual(first);
  });
});

describe('a rate between the verb and the figure', () => {
  it('should keep 每年 as the qualifier, not in the indicator', () => {
    expect(goals('到2026年，公共交通运量达到每年1.2亿人次。')).toEqual([['公共交通运量', 1.2, '亿人次', '每年', 'equal', 2026]]);
  });

  it('should keep what a figure is counted per (每千人) as its qualifier', () => {
    expect(goals('到2025年，食品抽检量达到每千人6批次，执业医师数达到每千人口3.2名。')).toEqual([
      ['食品抽检量', 6, '批次', '每千人', 'equal', 2025],
      ['执业医师数', 3.2, '名', '每千人口', 'equal', 2025],
    ]);
    // 每千人口 opening the indicator stays in it.
    expect(goals('到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。')[0]?.[0]).toBe('每千人口拥有3岁以下婴幼儿托位数');
  });
});

describe('units of measure read whole', () => {
  it('should keep the currency in the unit', () => {
    expect(goals('全年实际使用外资1.2亿美元，出口额达到35亿美元，进出口总额突破80亿元人民币，引进港资5000万港元。').map((g) => [g[0], g[1], g[2]])).toEqual([
      ['出口额', 35, '亿美元'],
      ['进出口总额', 80, '亿元人民币'],
      // Without a year, a figure counts after a verb (突破) or a verb of creation (引进).
      ['引进港资', 5000, '万港元'],
    ]);
    expect(goals('到2025年，实际使用外资1.2亿美元，对外投资5000万欧元。').map((g) => [g[0], g[1], g[2]])).toEqual([
      ['实际使用外资', 1.2, '亿美元'],
      ['对外投资', 5000, '万欧元'],
    ]);
  });

  it('should keep a bracketed alternative counter with its unit, not a bracketed remark', () => {
    expect(goals('到2025年，推广应用工业机器人50万台（套），培育专精特新企业100个（家）。').map((g) => [g[0], g[1], g[2]])).toEqual([
      ['推广应用工业机器人', 50, '万台（套）'],
      ['培育专精特新企业', 100, '个（家）'],
    ]);
    expect(goals('到2025年，省级以上孵化器达到10家（其中国家级3家）。').map((g) => [g[0], g[1], g[2]])[0]).toEqual(['省级以上孵化器', 10, '家']);
  });

  it('should keep any counter in brackets after a unit, as 万台（套） is kept: 辆（标台）, 个（根）, 台（辆）', () => {
    expect(goals('到2025年，全市新增公交车辆200辆（标台），公共充电桩达到5000个（根），推广新能源汽车1万台（辆）。').map((g) => [g[0], g[1], g[2]])).toEqual([
      ['全市新增公交车辆', 200, '辆（标台）'],
      ['公共充电桩', 5000, '个（根）'],
      ['推广新能源汽车', 1, '万台（辆）'],
    ]);
  });
});

describe('where a paragraph of aims begins to state targets', () => {
  it.each([
    ['以习近平新时代中国特色社会主义思想为指导，坚持高质量发展。到2027年，制造业增加值占比稳定在30%左右。', true, '到2027年'],
    ['坚持稳中求进。通过三年努力，到2027年，建成智能工厂100家。', true, '通过三年努力'],
    ['坚持问题导向。力争到“十四五”末，森林覆盖率达到45%。', true, '力争到“十四五”末'],
    ['到二〇二七年，全市建成示范园区10个。', true, '到二〇二七年'],
    ['2025年全市食品安全工作的总体要求是：坚持最严谨的标准，抽检合格率保持在98.5%以上。', false, '2025年全市'],
    ['坚持从严监管。2024年工作目标为：完成抽检1万批次。', false, '2024年工作'],
  ])('should find the sentence of targets in %s', (text, yearOpening, from) => {
    expect(text.slice(targetStatementStart(fold(text), yearOpening))).toMatch(new RegExp(`^${from}`));
  });

  it.each([
    // A target year inside a sentence, not opening it, is no statement of targets.
    ['坚持把握好到2027年的阶段性要求，推动设备更新2000台。', true],
    // A target year alone counts only where the caller asks for it (a part of aims).
    ['坚持稳中求进。到2027年，设备投资规模增长25%以上。', false],
    // The labelled aims of a year name the label: 2025年重点工作如下 is a list of tasks.
    ['2025年重点工作如下：开展抽检1万批次。', false],
    ['以习近平新时代中国特色社会主义思想为指导，全面落实各项要求。', true],
  ])('should find no sentence of targets in %s', (text, yearOpening) => {
    expect(targetStatementStart(fold(text), yearOpening)).toBe(-1);
  });
});

describe('figures and units as written', () => {
  it('should read thousands separators, the figure raw as written', () => {
    expect(relative('到2025年，全区地区生产总值达到1,200亿元，新增城镇就业12,000人，新增企业1,000—1,500家。').map((g) => [g[0], g[1], g[2], g[3], g[4]])).toEqual([
      ['全区地区生产总值', 1200, '1,200', '亿元', 'equal'],
      ['新增城镇就业', 12000, '12,000', '人', 'equal'],
      ['新增企业', 1000, '1,000', '家', 'at-least'],
    ]);
  });

  it('should read no thousands separator in a full-width comma', () => {
    expect(goals('到2025年，新建基站达到1，500个。')).toEqual([]);
  });

  it('should read 余 and 多 in the unit as a floor, qualified by the word', () => {
    expect(goals('到2026年，新增城镇就业3.6万余人，开展培训5000余人次，引进项目20多个，完成投资800余万元以上。')).toEqual([
      ['新增城镇就业', 3.6, '万人', '余', 'at-least', 2026],
      ['开展培训', 5000, '人次', '余', 'at-least', 2026],
      ['引进项目', 20, '个', '多', 'at-least', 2026],
      ['完成投资', 800, '万元', '余、以上', 'at-least', 2026],
    ]);
  });

  it('should read a counter after 万 or 亿 as part of the unit', () => {
    expect(goals('到2025年，粮食产量稳定在1.6亿斤以上，生猪出栏量稳定在30万头以上，蔬菜产量达到8000万斤。')).toEqual([
      ['粮食产量', 1.6, '亿斤', '以上', 'at-least', 2025],
      ['生猪出栏量', 30, '万头', '以上', 'at-least', 2025],
      ['蔬菜产量', 8000, '万斤', '', 'equal', 2025],
    ]);
  });

  it('should read a rate per 10万 as the unit, and no target in the 每10万人口 it is per', () => {
    expect(goals('到2025年，孕产妇死亡率控制在10/10万以下，每10万人口肺结核发病率降至35/10万。')).toEqual([
      ['孕产妇死亡率', 10, '/10万', '以下', 'at-most', 2025],
      ['每10万人口肺结核发病率', 35, '/10万', '', 'at-most', 2025],
    ]);
  });

  it('should keep an area or a volume whole, as written', () => {
    expect(goals('到2027年，新增绿地面积120万㎡，改造面积达到800万m2，污水处理能力达到60万m³/日。').map((g) => [g[0], g[1], g[2]])).toEqual([
      ['新增绿地面积', 120, '万㎡'],
      ['改造面积', 800, '万m2'],
      ['污水处理能力', 60, '万m³/日'],
    ]);
  });
});

describe('approximate figures', () => {
  it('should read 约 or 近 after the verb as the qualifier of an approximate figure, not part of the indicator', () => {
    expect(goals('到2025年，全区企业数量达到约500家，常住人口达到近30万人，新增约200个岗位。')).toEqual([
      ['全区企业数量', 500, '家', '约', 'about', 2025],
      ['常住人口', 30, '万人', '近', 'about', 2025],
      ['新增岗位', 200, '个', '约', 'about', 2025],
    ]);
  });

  it('should read 约 or 近 after a verb of creation and its object as the qualifier, not part of the indicator', () => {
    expect(goals('到2026年，全区城镇新增就业近3万人，新建口袋公园约20个。')).toEqual([
      ['全区城镇新增就业', 3, '万人', '近', 'about', 2026],
      ['新建口袋公园', 20, '个', '约', 'about', 2026],
    ]);
  });

  it('should read 约 after a verb of saving and its object as the qualifier, not part of the indicator', () => {
    expect(goals('到2025年，全区减少二氧化碳排放约13万吨，节约标准煤约5万吨。')).toEqual([
      ['全区减少二氧化碳排放', 13, '万吨', '约', 'about', 2025],
      ['节约标准煤', 5, '万吨', '约', 'about', 2025],
    ]);
  });

  it('should read 约 right after a measure that takes its figure with no verb (总投资约) as the qualifier', () => {
    expect(goals('2024—2026年，全县实施城市更新项目45个，总投资约32亿元，建筑面积约120万平方米。')).toEqual([
      ['全县实施城市更新项目', 45, '个', '', 'equal', 2026],
      ['总投资', 32, '亿元', '约', 'about', 2026],
      ['建筑面积', 120, '万平方米', '约', 'about', 2026],
    ]);
  });

  it('should leave 约 that ends a word after the object (签约) in the indicator', () => {
    expect(goals('到2026年，新增项目签约20个。')).toEqual([['新增项目签约', 20, '个', '', 'equal', 2026]]);
  });

  it('should leave 约 that ends another word (签约) in the indicator', () => {
    expect(goals('到2025年，全年签约项目30个。')).toEqual([['全年签约项目', 30, '个', '', 'equal', 2025]]);
  });

  it('should read an amount saved or cut as a target without a year, not a change of a rate', () => {
    expect(goals('全区光伏装机容量达到50兆瓦，累计节约能源5万吨标准煤，减少二氧化碳排放12万吨，减少碳排放强度18%。')).toEqual([
      ['全区光伏装机容量', 50, '兆瓦', '', 'equal', null],
      ['节约能源', 5, '万吨标准煤', '累计', 'equal', null],
      ['减少二氧化碳排放', 12, '万吨', '', 'equal', null],
    ]);
  });

  it('should read amounts cut before their figure (淘汰, 降低, 压缩) as targets without a year, and leave changes of a rate to a year', () => {
    expect(goals('淘汰落后产能3家，降低企业用能成本2000万元，压缩燃煤消费量8万吨，降低单位产值能耗8%，提高城镇化率5个百分点。')).toEqual([
      ['淘汰落后产能', 3, '家', '', 'equal', null],
      ['降低企业用能成本', 2000, '万元', '', 'equal', null],
      ['压缩燃煤消费量', 8, '万吨', '', 'equal', null],
    ]);
    expect(goals('到2025年，降低单位产值能耗8%，提高城镇化率5个百分点。')).toEqual([
      ['降低单位产值能耗', 8, '%', '', 'equal', 2025],
      ['提高城镇化率', 5, '个百分点', '', 'equal', 2025],
    ]);
  });

  it.each([
    ['到2025年，水源地水质达标率稳定保持100%。', '水源地水质达标率', 100, '', 'equal'],
    ['到2025年，森林覆盖率持续保持在40%以上。', '森林覆盖率', 40, '以上', 'at-least'],
    ['到2025年，优良天数比率始终保持在不低于90%。', '优良天数比率', 90, '不低于', 'at-least'],
    ['到2025年，失业率继续控制在5%以内。', '失业率', 5, '以内', 'at-most'],
  ])('should leave the adverb of holding out of the indicator in %s', (text, indicator, value, qualifier, comparison) => {
    expect(goals(text).map(([i, v, , q, c]) => [i, v, q, c])).toEqual([[indicator, value, qualifier, comparison]]);
  });

  it('should give the figures of years in brackets after a target that target\'s indicator and their own years', () => {
    expect(goals('到2025年，全区高新技术企业数量达到300家（2023年240家、2024年270家），技术合同成交额达到60亿元。')).toEqual([
      ['全区高新技术企业数量', 300, '家', '', 'equal', 2025],
      ['全区高新技术企业数量', 240, '家', '', 'equal', 2023],
      ['全区高新技术企业数量', 270, '家', '', 'equal', 2024],
      ['技术合同成交额', 60, '亿元', '', 'equal', 2025],
    ]);
  });

  it('should read the year of a line of yearly targets opened by a dash', () => {
    expect(goals('——2023年：全区社会消费品零售总额达到500亿元，新增限上商贸单位60家。')).toEqual([
      ['全区社会消费品零售总额', 500, '亿元', '', 'equal', 2023],
      ['新增限上商贸单位', 60, '家', '', 'equal', 2023],
    ]);
  });

  it('should read a figure in 倍 of a year\'s level as a multiple measured from that year', () => {
    expect(relative('到2025年，夜间经济营业额达到2020年的2倍。')).toEqual([['夜间经济营业额', 2, '2', '倍', 'equal', 2025, 2020, 'multiple']]);
  });

  it('should keep a figure that describes the object of a verb-first target in the indicator', () => {
    expect(goals('到2025年，培育3至5家年销售额超10亿元的连锁企业。')).toEqual([['培育年销售额超10亿元的连锁企业', 3, '家', '', 'at-least', 2025]]);
  });
});

describe('the year a sentence gives the sentences after it', () => {
  const years = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.year ?? null, g.baseYear ?? null]);
  const before = '到2026年，全区森林覆盖率达到40%。';
  const after = '全区规上工业企业达到1200家。';

  it('should not take a base year for the target year, nor pass it on (比“十三五”末, 达到2020年的2倍)', () => {
    expect(years(`${before}全区单位GDP能耗比“十三五”末下降14%。${after}`)).toEqual([
      ['全区森林覆盖率', 40, 2026, null],
      ['全区单位GDP能耗下降', 14, 2026, 2020],
      ['全区规上工业企业', 1200, 2026, null],
    ]);
    expect(years(`${before}全区出口额达到2020年的2倍。${after}`)).toEqual([
      ['全区森林覆盖率', 40, 2026, null],
      ['全区出口额', 2, 2026, 2020],
      ['全区规上工业企业', 1200, 2026, null],
    ]);
  });

  it('should keep the years of a list to its own figures, the sentences after it going on with the year before', () => {
    expect(years(`${before}2024年、2025年、2026年分别新增上云企业3000家、4000家、5000家。${after}`)).toEqual([
      ['全区森林覆盖率', 40, 2026, null],
      ['新增上云企业', 3000, 2024, null],
      ['新增上云企业', 4000, 2025, null],
      ['新增上云企业', 5000, 2026, null],
      ['全区规上工业企业', 1200, 2026, null],
    ]);
  });

  it('should keep a year a verb reaches (降至2025年的5天) to its own sentence', () => {
    expect(years(`${before}企业开办时间由12天降至2025年的5天以内。${after}`)).toEqual([
      ['全区森林覆盖率', 40, 2026, null],
      ['企业开办时间', 5, 2025, null],
      ['全区规上工业企业', 1200, 2026, null],
    ]);
  });
});

describe('figures that are no targets', () => {
  it('should not read a span of time run into a noun (15分钟健康服务圈) as a target', () => {
    expect(goals('到2026年，全县建成15分钟健康服务圈，1小时通勤圈基本形成，新建24小时自助服务点20个，急救平均反应时间缩短至12分钟以内。')).toEqual([
      ['新建24小时自助服务点', 20, '个', '', 'equal', 2026],
      ['急救平均反应时间', 12, '分钟', '以内', 'at-most', 2026],
    ]);
  });

  it('should not read the count of what a whole place has (全镇23个行政村全部…) as a target', () => {
    expect(goals('2024年，全镇23个行政村全部完成村庄规划编制，实现全镇3个社区、18个行政村应急广播全覆盖，确保全镇1.2万名脱贫人口不发生规模性返贫。')).toEqual([]);
  });

  it('should still read a count after a whole place where the clause says nothing of all of them', () => {
    expect(goals('到2025年，全市5G基站达到8000个，全区1000家企业上云。').map((g) => g[1])).toEqual([8000, 1000]);
  });
});

describe('同比 beside 分别', () => {
  it('should read 同比 before or after 分别 as a change from the year before, for every figure of the list', () => {
    expect(relative('2024年，全镇生产安全事故起数、死亡人数同比分别下降10%、15%；较大事故起数、受伤人数分别同比下降20%、25%。')).toEqual([
      ['全镇生产安全事故起数下降', 10, '10', '%', 'equal', 2024, 2023, 'change'],
      ['全镇生产安全事故死亡人数下降', 15, '15', '%', 'equal', 2024, 2023, 'change'],
      ['较大事故起数下降', 20, '20', '%', 'equal', 2024, 2023, 'change'],
      ['较大事故受伤人数下降', 25, '25', '%', 'equal', 2024, 2023, 'change'],
    ]);
  });
});

describe('超 before a figure', () => {
  it('should read 超 alone before a figure as a floor, and a threshold run into the kind of object it sorts as no target', () => {
    expect(goals('到2025年，全区规上工业总产值力争超1000亿元，营收超10亿元企业数量明显增加，年产值过亿元项目明显增多，培育年营收超5亿元企业10家。')).toEqual([
      ['全区规上工业总产值', 1000, '亿元', '力争、超', 'at-least', 2025],
      ['培育年营收超5亿元企业', 10, '家', '', 'equal', 2025],
    ]);
  });
});
