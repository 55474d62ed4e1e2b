import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { isClauseNote } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';

const plan = (items: string) => `某区养老服务体系建设三年行动计划（2024—2026年）
一、重点任务
${items}
（二）提升居家社区养老服务能力。开展家庭养老床位建设。（责任单位：区民政局、区卫生健康局）
`;

describe('a note on how to read a clause, in brackets of its own', () => {
  it.each([
    ['after the last name of a labelled sentence', '（一）完善养老服务设施网络。推进区域养老服务中心建设。责任单位：区民政局、区发改局（列第一位者为牵头单位，下同）。'],
    ['after a bracketed clause', '（一）完善养老服务设施网络。推进区域养老服务中心建设。（责任单位：区民政局、区发改局）（列第一位者为牵头单位，下同）'],
  ])('should read the clause before it and leave the note out of the task (%s)', async (_, item) => {
    const doc = await parseNotice(plan(item));
    expect(doc.plan!.tasks.map((t) => [t.number, t.text, t.lead, t.participants])).toEqual([
      ['一', '完善养老服务设施网络。推进区域养老服务中心建设。', ['区民政局'], ['区发改局']],
      ['二', '提升居家社区养老服务能力。开展家庭养老床位建设。', ['区民政局'], ['区卫生健康局']],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'clause-unread')).toEqual([]);
  });

  it.each([
    ['列第一位者为牵头单位，下同', true],
    ['排在第一位的为牵头单位', true],
    ['下同', true],
    ['区粮食和物资储备局', false],
    ['2024年底前完成', false],
    ['第一阶段由区民政局牵头', false],
  ])('should tell a note (%s) from any other bracket', (inside, note) => {
    expect(isClauseNote(fold(inside))).toBe(note);
  });
});
