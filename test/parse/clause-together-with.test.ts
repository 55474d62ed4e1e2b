import { describe, expect, it } from 'vitest';
import { parseClause } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

const read = (clause: string, match = fold(clause)) => {
  const r = parseClause(clause, match, false);
  return r && { lead: r.lead, participants: r.participants, labels: r.roles.map((x) => x.label) };
};

describe('clauses joining units by 会同', () => {
  it.each([
    ['责成区人社局会同区教育局落实', ['区人社局'], ['区教育局'], ['落实', '会同']],
    ['区人社局会同区教育局落实', ['区人社局'], ['区教育局'], ['落实', '会同']],
    ['区人社局会同区教育局、区财政局落实', ['区人社局'], ['区教育局', '区财政局'], ['落实', '会同']],
    ['由区人社局会同区教育局负责', ['区人社局'], ['区教育局'], ['负责', '会同']],
    ['区人社局会同区教育局、区财政局共同推进', ['区人社局'], ['区教育局', '区财政局'], ['共同推进', '会同']],
    ['由市发展改革委会同市财政局组织实施', ['市发展改革委'], ['市财政局'], ['组织实施', '会同']],
    ['区人社局、区民政局会同区教育局落实', ['区人社局', '区民政局'], ['区教育局'], ['落实', '会同']],
    ['县人社局会同县教育局', ['县人社局'], ['县教育局'], ['', '会同']],
    ['责任单位：区交通局会同区公安分局', ['区交通局'], ['区公安分局'], ['责任单位', '会同']],
  ])('should make the unit before 会同 lead and those after it take part (%s)', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it('should read a traditional 會同 and keep the words as written', () => {
    expect(read('責成區人社局會同區教育局落實', '责成区人社局会同区教育局落实')).toEqual({ lead: ['區人社局'], participants: ['區教育局'], labels: ['落實', '會同'] });
  });

  it.each([
    ['牵头单位：区发展改革委会同区财政局', ['区发展改革委', '区财政局'], []],
    ['区教育局会同区大数据中心牵头，区财政局配合', ['区教育局', '区大数据中心'], ['区财政局']],
  ])('should keep both units leading where the label or verb says they lead (%s)', (clause, lead, participants) => {
    expect(read(clause)).toMatchObject({ lead, participants });
  });

  it.each([
    ['由区科技局会同区财政局研究制定细则'],
    ['区财政局要会同区科技局落实'],
    ['会同县科技局落实'],
  ])('should not read a sentence or a place named 会同 as such a clause (%s)', (clause) => {
    expect(read(clause)).toBeNull();
  });

  it('should read the clause of an item in brackets, without a clause-unread warning', async () => {
    const doc = await parseNotice(['某某区科技创新三年行动计划（2024—2026年）', '一、重点任务', '1.加强人才。引进人才。（责成区人社局会同区教育局落实）', '2.建设平台。建设孵化器。（牵头单位：区科技局）'].join('\n'));
    expect(doc.plan?.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['区人社局'], ['区教育局']],
      [['区科技局'], []],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'clause-unread')).toEqual([]);
  });
});
