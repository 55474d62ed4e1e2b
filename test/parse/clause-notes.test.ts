import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { isClauseNote, parseClause } from '../../src/parse/responsibility.js';
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

describe('a note after a labelled list set off by ； or ， (以下均需…落实，不再列出)', () => {
  const read = (clause: string) => {
    const r = parseClause(clause, fold(clause), false);
    return r && { lead: r.lead, participants: r.participants };
  };

  it.each([
    ['责任单位：省工业和信息化厅、省发展改革委，各市州人民政府；以下均需各市州人民政府落实，不再列出', ['省工业和信息化厅', '省发展改革委', '各市州人民政府'], []],
    ['责任单位：省工业和信息化厅、省发展改革委，各市州人民政府，以下均需各市州人民政府落实，不再列出', ['省工业和信息化厅', '省发展改革委', '各市州人民政府'], []],
    ['责任单位：省工信厅，各市州人民政府，不再一一列出', ['省工信厅', '各市州人民政府'], []],
    ['牵头单位：省工信厅；配合单位：省财政厅；以下各项均由省财政厅保障', ['省工信厅'], ['省财政厅']],
  ])('should read only the units of %s', (clause, lead, participants) => {
    expect(read(clause)).toEqual({ lead, participants });
  });
});
