import { describe, expect, it } from 'vitest';
import { parseClause, plausibleUnits } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

const read = (clause: string, match = fold(clause)) => {
  const r = parseClause(clause, match, false);
  return r && { lead: r.lead, participants: r.participants, labels: r.roles.map((x) => x.label) };
};

describe('clauses naming the role of each unit with 均', () => {
  it.each([
    ['各街道办事处、区财政局均为责任单位', ['各街道办事处', '区财政局'], [], ['责任单位']],
    ['区财政局均为牵头单位', ['区财政局'], [], ['牵头单位']],
    ['区财政局、区税务局都是配合单位', [], ['区财政局', '区税务局'], ['配合单位']],
    ['均由区财政局负责', ['区财政局'], [], ['负责']],
    // Another part names the lead: the units named responsible in the blanket wording take part.
    ['各街道办事处均为责任单位，区财政局牵头', ['区财政局'], ['各街道办事处'], ['责任单位', '牵头']],
    ['牵头单位：区科技局，各街道办事处均为责任单位', ['区科技局'], ['各街道办事处'], ['牵头单位', '责任单位']],
    ['牵头单位：区科技局，区财政局、区税务局均为配合单位', ['区科技局'], ['区财政局', '区税务局'], ['牵头单位', '配合单位']],
    ['各街道辦事處均為責任單位', ['各街道辦事處'], [], ['責任單位']],
  ])('should read the label as each unit\'s role (%s)', (clause, lead, participants, labels) => {
    const match = clause === '各街道辦事處均為責任單位' ? '各街道办事处均为责任单位' : fold(clause);
    expect(read(clause, match)).toEqual({ lead, participants, labels });
  });

  it.each([['各街道办事处均为责任单位'], ['区财政局是牵头单位'], ['区财政局为配合单位']])('should never take units named to a role for one name (%s)', (name) => {
    expect(plausibleUnits(name)).toBe(false);
  });

  it('should read the items of a plan whose clauses say 均为责任单位, without a task-units error', async () => {
    const doc = await parseNotice(['某某区科技创新三年行动计划（2024—2026年）', '一、重点任务', '1.强化金融。设立基金。（各街道办事处、区财政局均为责任单位）', '2.推进开放。举办论坛。（各街道办事处均为责任单位，区财政局牵头）'].join('\n'));
    expect(doc.plan?.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['各街道办事处', '区财政局'], []],
      [['区财政局'], ['各街道办事处']],
    ]);
  });
});
