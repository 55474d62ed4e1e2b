import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/model/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

const parse = (text: string): Promise<PlanDocument> => parseNotice(Buffer.from(text), { name: 'inline.txt' });
const TITLE = '某区城市更新行动实施方案（2025—2027年）';
const TASK = '推进老旧小区改造\n\n2.1.1 完善基础设施。对小区管线进行改造。（牵头单位：区住房城乡建设委）';

/** The outline's top items, as label and title. */
const tops = (doc: PlanDocument): string[] => doc.outline.map((n) => `${n.label} ${n.title}`);

describe('chapters of a decimal outline numbered without a dot', () => {
  it('should read 1 总体目标 / 2 重点任务 / 3 保障措施 over 2.1 and 3.1 as the chapters, the title alone as the title', async () => {
    const doc = await parse(`${TITLE}\n\n1 总体目标\n\n到2027年，完成老旧小区改造120个。\n\n2 重点任务\n\n2.1 ${TASK}\n\n3 保障措施\n\n3.1 加强组织领导。区领导小组统筹推进。\n\n3.2 强化资金保障。区财政统筹安排资金。\n`);
    expect(doc.plan?.title).toBe(TITLE);
    expect(tops(doc)).toEqual(['1 总体目标', '2 重点任务', '3 保障措施']);
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.year])).toEqual([['完成老旧小区改造', 120, 2027]]);
    expect(doc.plan?.safeguards.map((s) => s.label)).toEqual(['3.1', '3.2']);
    expect(doc.plan?.tasks.map((t) => [t.path, t.section?.number])).toEqual([[['2', '2.1', '2.1.1'], '2.1']]);
    expect(doc.unparsed).toEqual([]);
  });

  it.each([
    ['a decimal item under another chapter', `1 总体目标\n\n到2027年，完成老旧小区改造120个。\n\n2 重点任务\n\n1.1 ${TASK}`],
    ['one chapter only', `1 重点任务\n\n1.1 ${TASK}`],
    ['no decimal item', '1 总体目标\n\n到2027年，完成老旧小区改造120个。\n\n2 重点任务\n\n推进老旧小区改造。（牵头单位：区住房城乡建设委）'],
    ['lines side by side, as the rows of a table', `1 地区生产总值\n\n2 一般公共预算收入\n\n3 固定资产投资\n\n3.1 ${TASK}`],
  ])('should leave numbered lines as they are with %s', async (_, body) => {
    const doc = await parse(`${TITLE}\n\n${body}\n`);
    expect(doc.outline.filter((n) => n.kind === 'decimal' && !n.number.includes('.'))).toEqual([]);
  });
});

describe('chapters numbered without a dot in a text of one paragraph a line', () => {
  const AIR = '某市2026年大气污染防治工作实施方案';
  /** A short plan whose two unit clauses and title are about as wide as each other, with no blank line anywhere. */
  const lines = (participants: string): string =>
    [
      AIR,
      '1 工作目标',
      '2026年，全市空气质量优良天数比率达到92%以上。',
      '2 重点任务',
      '2.1 推进重点行业超低排放改造。完成5家企业超低排放改造。',
      '牵头单位：市生态环境局',
      `配合单位：${participants}`,
      '2.2 加快老旧车辆淘汰。淘汰柴油货车3000辆。',
      '牵头单位：市公安局',
      '3 保障措施',
      '3.1 加强组织领导。各区要落实主体责任。',
    ].join('\n') + '\n';

  it.each([['one unit', '市工业和信息化局'], ['two units', '市工业和信息化局、各区人民政府'], ['two units after a comma', '市工业和信息化局,各区人民政府']])(
    'should read the chapters whether the clause line lists %s',
    async (_, participants) => {
      const doc = await parse(lines(participants));
      expect(doc.plan?.title).toBe(AIR);
      expect(tops(doc)).toEqual(['1 工作目标', '2 重点任务', '3 保障措施']);
      expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([['全市空气质量优良天数比率', 92, '%', 2026]]);
      expect(doc.plan?.tasks.map((t) => [t.number, t.text, t.lead])).toEqual([
        ['2.1', '推进重点行业超低排放改造。完成5家企业超低排放改造。', ['市生态环境局']],
        ['2.2', '加快老旧车辆淘汰。淘汰柴油货车3000辆。', ['市公安局']],
      ]);
      expect(doc.plan?.safeguards.map((s) => s.label)).toEqual(['3.1']);
      expect(doc.diagnostics.map((d) => d.ruleId)).toEqual([]);
    },
  );

  it('should keep a title as wide as a hard wrap apart from the chapter heading under it', async () => {
    // Wrapped at 20 characters a line, as a script cuts them; the title is 20 characters too.
    const text = [
      '某市2026年度大气污染防治工作实施方案',
      '1 工作目标',
      '2026年，全市空气质量优良天数比率达到',
      '92%以上，重污染天数比例控制在1%以内',
      '，PM2.5年均浓度控制在25微克/立方',
      '米以内。',
      '2 重点任务',
      '2.1 推进重点行业超低排放改造。全市完',
      '成5家钢铁、水泥企业超低排放改造，推动燃',
      '煤锅炉全部完成清洁能源替代。',
      '牵头单位：市生态环境局',
      '2.2 加快老旧车辆淘汰。淘汰国三及以下',
      '排放标准柴油货车3000辆，新增推广新能',
      '源汽车15万辆。',
      '牵头单位：市公安局',
      '3 保障措施',
      '3.1 加强组织领导。各区、各部门要落实',
      '大气污染防治主体责任，建立健全工作机制。',
    ].join('\n');
    const doc = await parse(`${text}\n`);
    expect(doc.plan?.title).toBe('某市2026年度大气污染防治工作实施方案');
    expect(tops(doc)).toEqual(['1 工作目标', '2 重点任务', '3 保障措施']);
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.unit])).toEqual([
      ['全市空气质量优良天数比率', 92, '%'],
      ['重污染天数比例', 1, '%'],
      ['PM2.5年均浓度', 25, '微克/立方米'],
    ]);
    expect(doc.plan?.tasks.map((t) => [t.number, t.text])).toEqual([
      ['2.1', '推进重点行业超低排放改造。全市完成5家钢铁、水泥企业超低排放改造，推动燃煤锅炉全部完成清洁能源替代。'],
      ['2.2', '加快老旧车辆淘汰。淘汰国三及以下排放标准柴油货车3000辆，新增推广新能源汽车15万辆。'],
    ]);
  });
});
