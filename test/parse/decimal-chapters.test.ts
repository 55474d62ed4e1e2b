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
