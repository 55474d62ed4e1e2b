import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../src/model/types.js';
import { parseFile, parseNotice } from '../../../src/parse/parse-notice.js';

/** Each goal as indicator, value, unit, comparison, year, relative, base year. */
const goalsOf = async (text: string) =>
  ((await parseNotice(text)).plan?.goals ?? []).map((g) => [g.indicator, g.value, g.unit, g.comparison, g.year ?? null, g.relative ?? null, g.baseYear ?? null]);

const plan = (title: string, heading: string, body: string): string =>
  `${title}\n\n一、${heading}\n\n${body}\n\n二、重点任务\n\n1.扩大投资。实施项目30个。（市发展改革委负责）\n`;

describe('targets under a goal heading whose sentences name no year', () => {
  it('should take the year of the goal heading', async () => {
    expect(await goalsOf(plan('某市2024年工作方案', '2024年主要预期目标', '地区生产总值增长5.5%左右，城镇新增就业11万人以上。'))).toEqual([
      ['地区生产总值增长', 5.5, '%', 'about', 2024, 'change', null],
      ['城镇新增就业', 11, '万人', 'at-least', 2024, null, null],
    ]);
  });

  it('should give the dashed lines after a paragraph that names its year that year, unless one names its own for itself', async () => {
    const body = '到2025年，城市建成区绿地率达到40%以上。\n\n——公共服务更加均衡。农村生活污水治理率保持100%。\n\n——到2027年，森林覆盖率达到45%。\n\n——生态更优。空气优良天数比例达到90%。';
    expect(await goalsOf(plan('某市城乡环境提升实施方案', '发展目标', body))).toEqual([
      ['城市建成区绿地率', 40, '%', 'at-least', 2025, null, null],
      ['农村生活污水治理率', 100, '%', 'equal', 2025, null, null],
      ['森林覆盖率', 45, '%', 'equal', 2027, null, null],
      ['空气优良天数比例', 90, '%', 'equal', 2025, null, null],
    ]);
  });

  it('should give the later paragraphs of a goal section the one target year an earlier paragraph names', async () => {
    // 到2025年 frames the section of a 2023—2025 plan; the paragraphs after it name no year of their own.
    const body = '到2025年，全县数字经济核心产业增加值达到45亿元以上；数字经济核心产业增加值占GDP比重比2022年提高2个百分点。\n\n累计新增上云企业1200家。\n\n5G基站数量不低于1500个。';
    expect(await goalsOf(plan('某县数字经济三年行动计划（2023—2025年）', '工作目标', body))).toEqual([
      ['全县数字经济核心产业增加值', 45, '亿元', 'at-least', 2025, null, null],
      ['数字经济核心产业增加值占GDP比重提高', 2, '个百分点', 'equal', 2025, 'change', 2022],
      ['新增上云企业', 1200, '家', 'equal', 2025, null, null],
      ['5G基站数量', 1500, '个', 'at-least', 2025, null, null],
    ]);
    expect(await goalsOf(plan('某市城乡环境提升实施方案', '发展目标', '到2025年，城市建成区绿地率达到40%。\n\n农村生活污水治理率保持100%。'))).toEqual([
      ['城市建成区绿地率', 40, '%', 'equal', 2025, null, null],
      ['农村生活污水治理率', 100, '%', 'equal', 2025, null, null],
    ]);
  });

  it('should give no year to a later paragraph after one that names two target years, or reviews', async () => {
    // Two years (a list, or stages) leave open which one the next paragraph is for.
    expect(await goalsOf(plan('某区新能源汽车三年行动方案（2024—2026年）', '工作目标', '到2025年、2026年，全区新能源汽车保有量分别达到5万辆、8万辆。\n\n公共充电桩达到6000个。'))).toEqual([
      ['全区新能源汽车保有量', 5, '万辆', 'equal', 2025, null, null],
      ['全区新能源汽车保有量', 8, '万辆', 'equal', 2026, null, null],
      ['公共充电桩', 6000, '个', 'equal', null, null, null],
    ]);
    expect(await goalsOf(plan('某区新能源汽车三年行动方案（2024—2026年）', '工作目标', '到2025年，全区公共充电桩达到3000个；到2026年，达到6000个。\n\n换电站达到30座。'))).toEqual([
      ['全区公共充电桩', 3000, '个', 'equal', 2025, null, null],
      ['全区公共充电桩', 6000, '个', 'equal', 2026, null, null],
      ['换电站', 30, '座', 'equal', null, null, null],
    ]);
  });

  it('should take the year of a one-year plan when the heading has none', async () => {
    expect(await goalsOf(plan('某市2024年工作方案', '主要目标', '地区生产总值增长5.5%左右，城镇新增就业11万人以上。'))).toEqual([
      ['地区生产总值增长', 5.5, '%', 'about', 2024, 'change', null],
      ['城镇新增就业', 11, '万人', 'at-least', 2024, null, null],
    ]);
  });

  it('should read a plan year and a target year written in Chinese numerals', async () => {
    expect(await goalsOf(plan('某县二〇二五年工作要点', '主要预期目标', '地区生产总值增长6%左右。'))).toEqual([['地区生产总值增长', 6, '%', 'about', 2025, 'change', null]]);
    expect(await goalsOf(plan('某县二〇二五年工作要点', '二〇二六年主要目标', '城镇新增就业12万人。'))).toEqual([['城镇新增就业', 12, '万人', 'equal', 2026, null, null]]);
    expect(await goalsOf(plan('某市科技型中小企业培育办法', '培育目标', '到二〇二七年，全市科技型中小企业达到1500家，到二零二五年底，高新技术企业达到600家以上。'))).toEqual([
      ['全市科技型中小企业', 1500, '家', 'equal', 2027, null, null],
      ['高新技术企业', 600, '家', 'at-least', 2025, null, null],
    ]);
  });

  it('should prefer the year of the heading to that of the plan', async () => {
    expect(await goalsOf(plan('某市2024年工作方案', '2025年主要目标', '城镇新增就业12万人。'))).toEqual([['城镇新增就业', 12, '万人', 'equal', 2025, null, null]]);
  });

  it('should not read figures without a verb when neither the heading nor the plan gives one year', async () => {
    expect(await goalsOf(plan('某市工作方案（2023—2025年）', '目标任务', '选择北京、天津、上海等11个城市开展试点。'))).toEqual([]);
  });

  it.each([
    ['（一）近期目标（2024—2025年）。旅游总收入达到120亿元。', 2025],
    ['（二）中期目标（2026—2027年）', 2027],
    ['（三）远期目标（到2035年）', 2035],
    ['（一）近期目标(2025年底前)', 2025],
    ['（一）2024—2025年目标', 2025],
  ])('should take the end of the period a stage heading names (%s)', async (stage, year) => {
    const [heading, sentence] = stage.split('。');
    const body = `${heading}\n${sentence || '旅游总收入达到120亿元'}，旅游总收入年均增长10%以上。`;
    expect(await goalsOf(plan('某区全域旅游发展实施方案', '发展目标', body))).toEqual([
      ['旅游总收入', 120, '亿元', 'equal', year, null, null],
      ['旅游总收入年均增长', 10, '%', 'at-least', year, 'change', null],
    ]);
  });

  it('should take no year from a heading whose bracket names no period, nor from a base year', async () => {
    expect(await goalsOf(plan('某区全域旅游发展实施方案', '发展目标', '（一）主要指标（以2023年为基数）\n旅游总收入达到120亿元。'))).toEqual([['旅游总收入', 120, '亿元', 'equal', null, null, null]]);
  });

  it('should read an average annual change that names no year as a target to the end of the plan\'s period', async () => {
    expect(await goalsOf(plan('某区文旅产业三年行动方案（2024—2026年）', '发展目标', '旅游总收入年均增长10%以上，旅游从业人员达到5万人。'))).toEqual([
      ['旅游总收入年均增长', 10, '%', 'at-least', 2026, 'change', null],
      ['旅游从业人员', 5, '万人', 'equal', null, null, null],
    ]);
    // Without a period it is still a target, of no year.
    expect(await goalsOf(plan('某区文旅产业行动方案', '发展目标', '旅游总收入突破120亿元，年均增长10%以上。'))).toEqual([
      ['旅游总收入', 120, '亿元', 'at-least', null, null, null],
      ['旅游总收入年均增长', 10, '%', 'at-least', null, 'change', null],
    ]);
  });

  it('should report a change that names no year rather than drop it', async () => {
    const doc = await parseNotice(plan('某区文旅产业三年行动方案（2024—2026年）', '发展目标', '游客人数比上年增长8%，旅游从业人员达到5万人。'));
    expect(doc.plan!.goals.map((g) => g.indicator)).toEqual(['旅游从业人员']);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'goal-figure-unread').map((d) => [d.message, d.line, d.column])).toEqual([
      ['a target in "游客人数比上年增长8%" was not read as a goal: the change 增长8% names no year it is for', 5, 8],
    ]);
  });

  it('should not read the task prose of a one-year plan as goals', async () => {
    expect(await goalsOf(plan('某市2024年工作方案', '主要目标', '城镇新增就业11万人以上。'))).toEqual([['城镇新增就业', 11, '万人', 'at-least', 2024, null, null]]);
  });

  it('should read the goals of a one-year plan notice (fixtures/goals/one-year-plan.txt)', async () => {
    const doc = await parseFile('fixtures/goals/one-year-plan.txt');
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.comparison, g.year ?? null, g.position.start.line])).toEqual([
      ['全县地区生产总值增长', 6, '%', '左右', 'about', 2024, 16],
      ['社会消费品零售总额增长', 7, '%', '', 'equal', 2024, 16],
      ['城镇新增就业', 3500, '人', '以上', 'at-least', 2024, 16],
      ['城镇调查失业率', 5.5, '%', '以内', 'at-most', 2024, 16],
    ]);
  });
});

describe('targets given as a table in the goal section', () => {
  it('should read one target a row from a tab-separated table after its caption, under the lead-in year', async () => {
    const text = [
      '某市设备更新行动方案',
      '',
      '一、主要目标',
      '',
      '到2027年，全市设备更新取得明显成效，主要指标如下表。',
      '',
      '表1　主要目标',
      '序号\t指标\t单位\t2024年\t2025年\t2027年',
      '1\t工业领域设备投资\t亿元\t120\t135\t160',
      '2\t新能源公交车占比\t%\t70\t80\t95',
      '',
      '二、重点任务',
      '',
      '（一）实施设备更新行动。推动生产设备更新改造。（市工业和信息化局负责）',
      '',
    ].join('\n');
    const doc = await parseNotice(text);
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.comparison, g.year, g.position.start.line, g.position.start.column])).toEqual([
      ['工业领域设备投资', 160, '亿元', 'equal', 2027, 9, 23],
      ['新能源公交车占比', 95, '%', 'equal', 2027, 10, 20],
    ]);
  });

  it('should take the column of the lead-in year over a later one', async () => {
    const text = '某市行动方案\n\n一、主要目标\n\n到2025年，主要指标如下：\n\n表1　主要指标\n序号\t指标\t单位\t2025年\t2030年\n1\t森林覆盖率\t%\t42\t45\n\n二、重点任务\n\n（一）植树造林。（市林业局负责）\n';
    expect(await goalsOf(text)).toEqual([['森林覆盖率', 42, '%', 'equal', 2025, null, null]]);
  });

  it('should not read a table of figures outside a goal section as goals', async () => {
    const text = '某市行动方案\n\n一、重点任务\n\n表1　项目清单\n序号\t项目\t单位\t2025年\n1\t改造燃气管网\t公里\t200\n\n二、保障措施\n\n（一）加强领导。\n';
    expect(await goalsOf(text)).toEqual([]);
  });

  it('should not repeat as a goal a row whose target a sentence above already states', async () => {
    const text = '某区行动计划（2024—2026年）\n\n一、发展目标\n\n到2026年，全区数字经济核心产业增加值达到120亿元，各年度目标见表1。\n\n表1　年度目标\n序号\t指标\t2024年\t2026年\n1\t数字经济核心产业增加值（亿元）\t90\t120\n2\t5G基站数量（个）\t1500\t2100\n\n二、重点任务\n\n（一）建设产业园。（区科委负责）\n';
    expect(await goalsOf(text)).toEqual([
      ['全区数字经济核心产业增加值', 120, '亿元', 'equal', 2026, null, null],
      ['5G基站数量', 2100, '个', 'equal', 2026, null, null],
    ]);
  });

  it('should read a unit holding a counter in brackets of its own from the indicator cell, and not repeat a row a sentence states', async () => {
    const text =
      '某省制造业数字化转型行动方案（2024—2025年）\n\n一、工作目标\n\n到2025年，工业互联网平台连接设备数达到2000万台（套）。主要指标如下：\n\n' +
      '| 序号 | 指标 | 2024年 | 2025年 |\n| --- | --- | --- | --- |\n| 1 | 工业互联网平台连接设备数（万台（套）） | 1600 | 2000 |\n| 2 | 工业机器人装机量（台(套)） | 800 | 1000 |\n\n' +
      '二、重点任务\n\n1.建设工业互联网平台体系。培育平台2个以上。（牵头单位：省工业和信息化厅）\n';
    expect(await goalsOf(text)).toEqual([
      ['工业互联网平台连接设备数', 2000, '万台（套）', 'equal', 2025, null, null],
      ['工业机器人装机量', 1000, '台(套)', 'equal', 2025, null, null],
    ]);
  });

  it('should read an HTML goal table with its cell positions, a ≥ cell and a change (fixtures/goals/goals-table.html)', async () => {
    const doc = await parseFile('fixtures/goals/goals-table.html');
    expect(
      doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.comparison, g.year, g.relative ?? null, g.position.start.line, g.position.start.column]),
    ).toEqual([
      ['单位地区生产总值二氧化碳排放下降', 18, '%', '', 'equal', 2025, 'change', 16, 64],
      ['空气质量优良天数比率', 88, '%', '≥', 'at-least', 2025, null, 17, 61],
      ['森林覆盖率', 42, '%', '', 'equal', 2025, null, 18, 56],
    ]);
    // The — under 2020年 is "no figure", no unreadable value; ≥88 is the row's value for 2025, as its goal reads.
    expect(doc.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.ruleId, d.line])).toEqual([]);
    expect(doc.tables![0]!.table.rows[1]!.values['2025']).toBe(88);
  });
});

describe('goal table cells written as sentences write their targets', () => {
  const table = [
    '某市养老服务体系建设规划（2026—2030年）', '', '一、发展目标', '', '到2030年，主要指标如下：', '',
    '| 序号 | 指标名称 | 2025年 | 2030年 |', '| --- | --- | --- | --- |',
    '| 1 | 养老机构护理型床位占比（%） | 60 | ≥70 |',
    '| 2 | 每千名老年人拥有社会工作者（人） | 0.5 | 1—1.5 |',
    '| 3 | 老年助餐服务年服务量（万人次） | 300 | 不低于500 |',
    '| 4 | 养老服务满意度（%） | 85 | 90%以上 |',
    '| 5 | 老年人口失能率（%） | 12 | ＜10 |',
    '| 6 | 养老护理员持证上岗率（%） | 80 | 待定 |',
    '', '二、主要任务', '', '1．建设街道综合养老服务中心。（市民政局负责）',
  ].join('\n');

  it('should read a sign, a range and a bound in a cell as a sentence reads them', async () => {
    const doc = await parseNotice(table, { format: 'markdown' });
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.upTo ?? null, g.unit, g.qualifier ?? '', g.comparison, g.year])).toEqual([
      ['养老机构护理型床位占比', 70, null, '%', '≥', 'at-least', 2030],
      ['每千名老年人拥有社会工作者', 1, 1.5, '人', '', 'at-least', 2030],
      ['老年助餐服务年服务量', 500, null, '万人次', '不低于', 'at-least', 2030],
      ['养老服务满意度', 90, null, '%', '以上', 'at-least', 2030],
      ['老年人口失能率', 10, null, '%', '<', 'at-most', 2030],
    ]);
  });

  it('should name a table of the text as a table, not an annex, where its value is not a number', async () => {
    const doc = await parseNotice(table, { format: 'markdown' });
    const unreadable = doc.diagnostics.filter((d) => d.ruleId === 'annex-value-unreadable').map((d) => d.message);
    expect(unreadable).toContain('table value "待定" under 2030年 is not a number');
    expect(unreadable.some((m) => m.startsWith('annex'))).toBe(false);
  });
});

describe('a notice whose targets name ages and reduce times (fixtures/goals/service-targets.txt)', () => {
  it('should keep ages in the indicators and read 压缩至/缩短至 as ceilings in working days', async () => {
    const doc = await parseFile('fixtures/goals/service-targets.txt');
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.comparison, g.year ?? null])).toEqual([
      ['每千人口拥有3岁以下婴幼儿托位数', 4.5, '个', '', 'equal', 2025],
      ['65岁以上老年人健康管理率', 70, '%', '', 'equal', 2025],
      ['人均预期寿命', 80, '岁', '', 'equal', 2025],
      ['企业开办时间', 1, '个工作日', '以内', 'at-most', 2025],
      ['工程建设项目审批时间', 60, '个工作日', '', 'at-most', 2025],
    ]);
  });
});

describe('the bundled notice set in half-width punctuation', () => {
  it('should read the same goals when its 。 are written .', async () => {
    const text = await readFile('fixtures/hedong-2022.txt', 'utf8');
    const key = (doc: PlanDocument) => doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.year ?? null]);
    const halfWidth = await parseNotice(text.replaceAll('。', '.'));
    expect(key(halfWidth)).toEqual(key(await parseNotice(text)));
    expect(key(halfWidth)).toHaveLength(14);
  });
});

describe('a goal heading run into a sentence that names the target year and sets no target', () => {
  it('should give that year to the numbered goal lines under it', async () => {
    const text =
      '某县养老服务提升行动方案（2024—2026年）\n\n一、总体要求\n\n（一）工作目标。到2026年，基本建成覆盖城乡的居家社区养老服务网络。\n\n1.设施网络更加完善。社区养老服务设施覆盖率达到100%。\n\n2.服务质量明显提升。失能老年人健康服务率达到75%。\n\n二、重点任务\n\n（一）完善养老服务设施。新建区域性养老服务中心8个。（县民政局牵头）\n';
    expect(await goalsOf(text)).toEqual([
      ['社区养老服务设施覆盖率', 100, '%', 'equal', 2026, null, null],
      ['失能老年人健康服务率', 75, '%', 'equal', 2026, null, null],
    ]);
  });
});

describe('targets on the dashed lines of a list', () => {
  it('should leave the dash that marks each line out of its indicator and its sentence', async () => {
    const body = '到2025年，数字政府基础支撑能力显著增强。具体目标：\n——政务服务事项“全程网办”率达到90%以上，“掌上办”事项不少于1500项；\n——政务信息系统上云率达到100%；\n－－公共数据开放数据集达到800个。';
    const doc = await parseNotice(plan('某市数字政府建设实施方案（2023—2025年）', '工作目标', body));
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.year ?? null, g.sentence])).toEqual([
      ['政务服务事项“全程网办”率', 90, '%', 2025, '政务服务事项“全程网办”率达到90%以上，“掌上办”事项不少于1500项'],
      ['“掌上办”事项', 1500, '项', 2025, '政务服务事项“全程网办”率达到90%以上，“掌上办”事项不少于1500项'],
      ['政务信息系统上云率', 100, '%', 2025, '政务信息系统上云率达到100%'],
      ['公共数据开放数据集', 800, '个', 2025, '公共数据开放数据集达到800个'],
    ]);
  });
});
