import { describe, expect, it } from 'vitest';
import { parseClause } from '../../src/parse/responsibility.js';
import { roleLabelOf } from '../../src/parse/verb-label.js';
import { fold } from '../../src/text/fold.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

const read = (clause: string, match = fold(clause)) => {
  const r = parseClause(clause, match, false);
  return r && { lead: r.lead, participants: r.participants, roles: r.roles.map((x) => `${x.role}:${x.label}`) };
};

describe('the role label of a verb written with its duty after it', () => {
  it.each([
    ['牵头组织实施', '牵头'],
    ['牵头抓总', '牵头'],
    ['牵头负责', '牵头'],
    ['牵头推进', '牵头'],
    ['牵头落实', '牵头'],
    ['牵头统筹', '牵头'],
    ['共同牵头负责', '共同牵头'],
    ['按职责分工牵头负责', '按职责分工牵头'],
    ['统筹推进', '统筹'],
    ['配合实施', '配合'],
    ['积极配合落实', '积极配合'],
    ['协助推进', '协助'],
    ['参与实施', '参与'],
    ['协同推进', '协同'],
    // No role's verb before the duty: the verb is its label whole.
    ['牵头', '牵头'],
    ['负责实施', '负责实施'],
    ['负责组织实施', '负责组织实施'],
    ['共同推进', '共同推进'],
    ['具体落实', '具体落实'],
  ])('should label %s as %s', (verb, label) => {
    expect(roleLabelOf(verb)).toBe(label);
  });
});

describe('verbal clauses whose role verb goes on into a duty', () => {
  it.each([
    ['县商务局牵头组织实施', ['县商务局'], [], ['lead:牵头']],
    ['县商务局牵头抓总，县财政局协同推进', ['县商务局'], ['县财政局'], ['lead:牵头', 'participant:协同']],
    ['县商务局牵头负责，县财政局配合落实', ['县商务局'], ['县财政局'], ['lead:牵头', 'participant:配合']],
    ['县商务局牵头推进，县财政局配合', ['县商务局'], ['县财政局'], ['lead:牵头', 'participant:配合']],
    ['县商务局牵头落实', ['县商务局'], [], ['lead:牵头']],
    ['县商务局牵头，县财政局配合实施', ['县商务局'], ['县财政局'], ['lead:牵头', 'participant:配合']],
    ['县商务局牵头，县财政局协助推进', ['县商务局'], ['县财政局'], ['lead:牵头', 'participant:协助']],
    ['县商务局、县供销社共同牵头负责，县财政局配合', ['县商务局', '县供销社'], ['县财政局'], ['lead:共同牵头', 'participant:配合']],
    ['县财政局、县农业农村局配合实施', [], ['县财政局', '县农业农村局'], ['participant:配合']],
  ])('should label the units by the role verb, not the duty after it (%s)', (clause, lead, participants, roles) => {
    expect(read(clause)).toEqual({ lead, participants, roles });
  });

  it.each([
    // The lead's verb and its duty before the helpers' part: read whole, not reported unread.
    ['县商务局牵头组织实施，县财政局配合', ['县商务局'], ['县财政局'], ['lead:牵头', 'participant:配合']],
    ['县商务局牵头组织落实，县财政局配合', ['县商务局'], ['县财政局'], ['lead:牵头', 'participant:配合']],
    // A helper's verb and its duty after a list: every unit of the list takes part.
    ['县商务局牵头，县财政局、县农业农村局参与实施', ['县商务局'], ['县财政局', '县农业农村局'], ['lead:牵头', 'participant:参与']],
    ['责任单位：县商务局，县财政局、县农业农村局配合实施', ['县商务局'], ['县财政局', '县农业农村局'], ['responsible:责任单位', 'participant:配合']],
  ])('should read the clause whole (%s)', (clause, lead, participants, roles) => {
    expect(read(clause)).toEqual({ lead, participants, roles });
  });

  it('should cut the label from the text as written in traditional characters', () => {
    expect(read('縣商務局牽頭組織實施，縣財政局配合實施', '县商务局牵头组织实施，县财政局配合实施')).toEqual({ lead: ['縣商務局'], participants: ['縣財政局'], roles: ['lead:牽頭', 'participant:配合'] });
  });

  it('should label an item\'s last sentence 县商务局牵头组织实施。 as 牵头 (the duty stays in no role)', async () => {
    const doc = await parseNotice(['某县推进乡村振兴工作方案', '', '一、重点任务', '', '（一）产业振兴', '', '1.发展特色农业。建设高标准农田2万亩。（县农业农村局负责）', '', '25.推进电商进村。完善农村物流网络。县商务局牵头组织实施。'].join('\n'));
    const task = doc.plan?.tasks.find((t) => t.number === '25');
    expect(task && { lead: task.lead, roles: task.roles }).toEqual({ lead: ['县商务局'], roles: [{ role: 'lead', label: '牵头', units: ['县商务局'] }] });
  });
});
