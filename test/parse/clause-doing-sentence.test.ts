import { describe, expect, it } from 'vitest';
import { parseClause } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

const notice = (item: string) => ['某县推进乡村振兴工作方案', '一、重点任务', '（一）产业振兴', '1.发展特色农业。建设高标准农田2万亩。（县农业农村局负责）', item].join('\n');

const lastTask = async (item: string) => {
  const doc = await parseNotice(notice(item));
  const t = doc.plan?.tasks.find((x) => x.number !== '1');
  return t ? { text: t.text, lead: t.lead, participants: t.participants, labels: t.roles.map((r) => r.label) } : null;
};

describe('an item ending with a sentence that says who carries the work out', () => {
  it.each([
    ['2.推进电商进村。完善农村物流网络。由县商务局会同县供销社推进。', ['县商务局'], ['县供销社'], ['推进', '会同']],
    ['4.推进电商进村。完善农村物流网络。县商务局会同县供销社、县邮政公司共同推进。', ['县商务局'], ['县供销社', '县邮政公司'], ['共同推进', '会同']],
    ['9.推进电商进村。完善农村物流网络。责成县商务局会同县供销社落实。', ['县商务局'], ['县供销社'], ['落实', '会同']],
    ['10.推进电商进村。完善农村物流网络。县商务局会同县供销社组织实施。', ['县商务局'], ['县供销社'], ['组织实施', '会同']],
  ])('should read A会同B and a verb of carrying out as the unbracketed clause (%s)', async (item, lead, participants, labels) => {
    expect(await lastTask(item)).toEqual({ text: '推进电商进村。完善农村物流网络。', lead, participants, labels });
  });

  it.each([
    ['2.推进电商进村。完善农村物流网络。县商务局会同县供销社，县交通运输局配合。', ['县商务局'], ['县供销社', '县交通运输局'], ['', '会同', '配合']],
    ['2.推进电商进村。完善农村物流网络。县商务局会同县供销社，县交通运输局、县邮政公司配合。', ['县商务局'], ['县供销社', '县交通运输局', '县邮政公司'], ['', '会同', '配合']],
    ['2.推进电商进村。完善农村物流网络。责任单位：县商务局，会同县供销社。', ['县商务局'], ['县供销社'], ['责任单位', '会同']],
  ])('should read A会同B and its helpers, or a comma before 会同, as the item\'s last sentence (%s)', async (item, lead, participants, labels) => {
    expect(await lastTask(item)).toEqual({ text: '推进电商进村。完善农村物流网络。', lead, participants, labels });
  });

  it.each([
    ['2.县商务局会同县供销社，县交通运输局配合，完善农村物流网络。', '完善农村物流网络。', ['县商务局'], ['县供销社', '县交通运输局']],
    ['2.县商务局会同县供销社，完善农村物流网络。', '完善农村物流网络。', ['县商务局'], ['县供销社']],
    // Only helpers go on after A会同B: a part that leads is no helper's, and stays the item's words.
    ['2.县商务局会同县供销社，县财政局负责，完善农村物流网络。', '县财政局负责，完善农村物流网络。', ['县商务局'], ['县供销社']],
  ])('should read A会同B and its helpers opening the item (%s)', async (item, text, lead, participants) => {
    expect(await lastTask(item)).toMatchObject({ text, lead, participants });
  });

  it.each([
    ['2.推进电商进村。县财政局要会同县商务局，县交通运输局配合。'],
    ['2.推进电商进村。会同县供销社，县交通运输局配合。'],
  ])('should not read a sentence whose subject is no body before 会同 as A会同B (%s)', async (item) => {
    expect((await lastTask(item))?.participants ?? []).not.toContain('县交通运输局');
  });

  it.each([
    ['2.推进电商进村。完善农村物流网络。县商务局负责推进。', ['县商务局'], ['负责推进']],
    ['2.推进电商进村。完善农村物流网络。由县商务局推进。', ['县商务局'], ['推进']],
    ['2.推进电商进村。完善农村物流网络。县商务局、县供销社共同推进。', ['县商务局', '县供销社'], ['共同推进']],
  ])('should read such a sentence without 会同 when all its subject names units (%s)', async (item, lead, labels) => {
    expect(await lastTask(item)).toMatchObject({ lead, participants: [], labels });
  });

  it.each([
    ['2.推进电商进村。完善农村物流网络。由县商务局会同县审计局研究制定办法。'],
    ['2.推进电商进村。完善农村物流网络。各方共同推进。'],
    ['2.推进电商进村。完善农村物流网络。县里统一推进。'],
  ])('should leave a sentence of the task, or one naming no unit, unread (%s)', async (item) => {
    expect(await lastTask(item)).toBeNull();
  });
});

describe('bracketed one-part clauses of carrying out, and 均', () => {
  const read = (clause: string) => {
    const r = parseClause(clause, fold(clause), false);
    return r && { lead: r.lead, participants: r.participants, labels: r.roles.map((x) => x.label) };
  };
  it.each([
    ['区人社局落实', ['区人社局'], ['落实']],
    ['区人社局负责', ['区人社局'], ['负责']],
    ['区人社局、区财政局均负责', ['区人社局', '区财政局'], ['均负责']],
    ['区人社局、区财政局均落实', ['区人社局', '区财政局'], ['均落实']],
  ])('should read the units of a bracket of one part (%s)', (clause, lead, labels) => {
    expect(read(clause)).toEqual({ lead, participants: [], labels });
  });

  it.each([
    ['2.推进电商进村。完善农村物流网络。（县供销社落实）', ['县供销社'], ['落实']],
    ['2.推进电商进村。完善农村物流网络。（县供销合作社推进）', ['县供销合作社'], ['推进']],
    ['2.发展普惠金融。扩大涉农信贷。（县联社落实）', ['县联社'], ['落实']],
    ['2.化解矛盾纠纷。推进诉源治理。（县人民法院落实）', ['县人民法院'], ['落实']],
  ])('should read a county body that ends otherwise than a bureau as the only unit of such a bracket (%s)', async (item, lead, labels) => {
    expect(await lastTask(item)).toMatchObject({ lead, participants: [], labels });
  });

  it('should read A、B均负责 as an item\'s last sentence', async () => {
    expect(await lastTask('2.稳定就业岗位。开展职业技能培训。区人社局、区财政局均负责。')).toMatchObject({ lead: ['区人社局', '区财政局'], labels: ['均负责'] });
  });
});
