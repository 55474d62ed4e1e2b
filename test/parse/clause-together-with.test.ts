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

  it.each([
    ['责任单位：区发展改革委，会同区财政局', ['区发展改革委'], ['区财政局'], ['责任单位', '会同']],
    ['责任单位：区发展改革委, 会同区财政局、区商务局', ['区发展改革委'], ['区财政局', '区商务局'], ['责任单位', '会同']],
    ['区发展改革委，会同区财政局', ['区发展改革委'], ['区财政局'], ['', '会同']],
    ['责任单位：区发展改革委；会同区财政局', ['区发展改革委'], ['区财政局'], ['责任单位', '会同']],
    ['责任单位：区发展改革委，会同区财政局等部门', ['区发展改革委'], ['区财政局'], ['责任单位', '会同']],
    ['县商务局会同县供销社，县交通运输局配合', ['县商务局'], ['县供销社', '县交通运输局'], ['', '会同', '配合']],
    ['县商务局会同县供销社，县交通运输局、县邮政公司配合', ['县商务局'], ['县供销社', '县交通运输局', '县邮政公司'], ['', '会同', '配合']],
  ])('should read 会同 after a comma, and A会同B before helpers, as A leading and B taking part (%s)', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it.each([
    ['牵头单位：区发展改革委，会同区财政局', ['区发展改革委', '区财政局'], []],
    ['责任单位：区发展改革委，会同县人民政府', ['区发展改革委', '会同县人民政府'], []],
    ['责任单位：区发展改革委，区财政局', ['区发展改革委', '区财政局'], []],
  ])('should not split a lead\'s list at a comma, nor at the county 会同县 (%s)', (clause, lead, participants) => {
    expect(read(clause)).toMatchObject({ lead, participants });
  });

  it.each([
    ['责任单位：区发展改革委，联合区财政局', ['区发展改革委'], ['区财政局'], ['责任单位', '联合']],
    ['责任单位：区民政局；联合区卫生健康局、区医保局', ['区民政局'], ['区卫生健康局', '区医保局'], ['责任单位', '联合']],
  ])('should read 联合 after a comma as 会同 is read: A leads, B takes part under 联合 (%s)', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it.each([
    ['牵头单位：区发展改革委，联合区财政局', ['区发展改革委', '区财政局'], []],
    ['责任单位：县民政局，联合镇人民政府', ['县民政局', '联合镇人民政府'], []],
    ['责任单位：区民政局，区残疾人联合会', ['区民政局', '区残疾人联合会'], []],
  ])('should not read 联合 as a joint under a label of leading, in a place\'s name or a body\'s (%s)', (clause, lead, participants) => {
    expect(read(clause)).toMatchObject({ lead, participants });
  });

  it('should read a traditional comma-parted 會同 as the simplified one', () => {
    expect(read('責任單位：區發展改革委，會同區財政局', fold('责任单位：区发展改革委，会同区财政局'))).toEqual({ lead: ['區發展改革委'], participants: ['區財政局'], labels: ['責任單位', '會同'] });
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

  it.each([
    ['县发改局牵头，会同县财政局、县商务局组织实施', ['县发改局'], ['县财政局', '县商务局']],
    ['县商务局牵头，会同县供销社、县邮政公司推进', ['县商务局'], ['县供销社', '县邮政公司']],
    ['由县商务局牵头，县财政局配合，会同县供销社落实', ['县商务局'], ['县财政局', '县供销社']],
    ['县商务局牵头，会同县各乡镇落实', ['县商务局'], ['县各乡镇']],
  ])('should read 会同 before a county\'s body as the verb, not as Hunan\'s 会同县 (%s)', (clause, lead, participants) => {
    expect(read(clause)).toMatchObject({ lead, participants });
  });

  it('should read a traditional 會同縣 before a county\'s body as the verb too', () => {
    expect(read('縣商務局牽頭，會同縣供銷社推進', fold('县商务局牵头，会同县供销社推进'))).toMatchObject({ lead: ['縣商務局'], participants: ['縣供銷社'] });
  });

  it.each([
    ['县商务局牵头，会同县人民政府配合', ['会同县人民政府']],
    ['县商务局牵头，会同县委配合', ['会同县委']],
  ])('should keep 会同县 the county where its own organs follow (%s)', (clause, participants) => {
    expect(read(clause)).toMatchObject({ participants });
  });

  it('should keep 会同县 the county where its organs are named, and read its notice\'s bodies as its own', async () => {
    const doc = await parseNotice(
      [
        '会同县人民政府关于印发会同县推进乡村振兴工作方案的通知',
        '各乡镇人民政府，县直各单位：',
        '现印发给你们，请认真贯彻执行。',
        '会同县人民政府',
        '2025年3月1日',
        '会同县推进乡村振兴工作方案',
        '一、重点任务',
        '1.发展特色农业。建设高标准农田2万亩。（会同县人民政府负责）',
        '2.推进电商进村。完善农村物流网络。（责任单位：会同县人民政府、县商务局）',
        '3.完善物流体系。（县发改局牵头，会同县财政局、县供销社组织实施）',
        '4.强化要素保障。由县商务局会同县供销社推进。',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['会同县人民政府'], []],
      [['会同县人民政府', '县商务局'], []],
      [['县发改局'], ['县财政局', '县供销社']],
      [['县商务局'], ['县供销社']],
    ]);
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
