import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { parseClause } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';

const read = (clause: string) => {
  const r = parseClause(clause, fold(clause), false);
  return r && { lead: r.lead, participants: r.participants, unread: r.unreadParts ?? [] };
};

const HEAD = '某区2024年工作要点\n\n一、重点任务\n';
const tasksOf = async (items: string) => (await parseNotice(HEAD + items)).plan?.tasks.map((t) => [t.number, t.lead, t.participants]);
const unread = async (items: string) => (await parseNotice(HEAD + items)).diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => d.message);

describe('a verbal clause of two parts that each say 负责', () => {
  it.each([
    ['区科技局负责，区财政局负责', ['区科技局'], ['区财政局']],
    ['区科技局负责,区财政局负责', ['区科技局'], ['区财政局']],
    // A list with a comma typed for its 、 goes on into the next part's verb.
    ['区住建局负责，区委组织部、区人社局，各街道负责', ['区住建局'], ['区委组织部', '区人社局', '各街道']],
    ['区科技局负责，区财政局负责实施', ['区科技局'], ['区财政局']],
    // As after 牵头, and as three parts read.
    ['区科技局负责，区财政局、区商务局按职责分工负责', ['区科技局'], ['区财政局', '区商务局']],
  ])('should read the first part of %s as the lead and the later one as taking part', (clause, lead, participants) => {
    expect(read(clause)).toEqual({ lead, participants, unread: [] });
  });

  it('should give the tasks their units, bracketed or as the item\'s last sentence', async () => {
    expect(await tasksOf('（一）加快科技创新。建设研发平台。（区科技局负责，区财政局负责）\n（二）完善人才政策。引进人才。（区住建局负责，区委组织部、区人社局，各街道负责）\n（三）推进数字化。区科技局负责，区财政局负责。\n')).toEqual([
      ['一', ['区科技局'], ['区财政局']],
      ['二', ['区住建局'], ['区委组织部', '区人社局', '各街道']],
      ['三', ['区科技局'], ['区财政局']],
    ]);
    expect(await unread('（一）加快科技创新。（区科技局负责，区财政局负责）\n')).toEqual([]);
  });
});

describe('words naming no unit in a later part of a verbal clause', () => {
  it.each([
    // A name of the helpers' list that is none: the others are read, it is reported.
    ['区科技局牵头，农贸市场、区商务局配合', ['区科技局'], ['区商务局'], ['农贸市场']],
    ['区科技局牵头,区商务局、农贸市场配合', ['区科技局'], ['区商务局'], ['农贸市场']],
    // A part whose subject names no body at all.
    ['区商务局牵头，县城配合', ['区商务局'], [], ['县城配合']],
    ['区商务局牵头，县城配合，区财政局参与', ['区商务局'], ['区财政局'], ['县城配合']],
  ])('should read %s without the words that name no unit, and report them', (clause, lead, participants, parts) => {
    expect(read(clause)).toEqual({ lead, participants, unread: parts });
  });

  it('should leave a part in words of a sentence as it was (社会各界广泛参与)', () => {
    expect(read('区科技局牵头，社会各界广泛参与')?.participants).toEqual([]);
  });

  it('should read such a clause after a comma in a heading, and report what names no unit', async () => {
    const items = '（一）发展县域商业，区商务局牵头，县城配合。\n（二）發展縣域商業，區商務局牽頭，縣城配合。\n（三）发展县域商业,区商务局牵头,县城配合.\n';
    expect(await tasksOf(items)).toEqual([
      ['一', ['区商务局'], []],
      ['二', ['區商務局'], []],
      ['三', ['区商务局'], []],
    ]);
    expect(await unread(items)).toEqual([
      'the part "县城配合" of a responsibility clause was not read: its units are in no role of the task',
      'the part "縣城配合" of a responsibility clause was not read: its units are in no role of the task',
      'the part "县城配合" of a responsibility clause was not read: its units are in no role of the task',
    ]);
  });

  it('should report the name left out of a bracketed clause\'s helpers', async () => {
    const items = '（一）建设农贸市场。改造一批市场。（区科技局牵头，农贸市场、区商务局配合）\n';
    expect(await tasksOf(items)).toEqual([['一', ['区科技局'], ['区商务局']]]);
    expect(await unread(items)).toEqual(['the part "农贸市场" of a responsibility clause was not read: its units are in no role of the task']);
  });
});

describe('a labelled list whose content is a verbal clause', () => {
  it.each([
    ['责任单位：区科技局牵头，区财政局配合', ['区科技局'], ['区财政局'], []],
    ['责任单位：区农业农村局牵头，县城配合', ['区农业农村局'], [], ['县城配合']],
  ])('should read %s by its verbs, no verb left in a unit\'s name', (clause, lead, participants, parts) => {
    expect(read(clause)).toEqual({ lead, participants, unread: parts });
  });

  it('should give the task of a label line its lead, not 区农业农村局牵头', async () => {
    expect(await tasksOf('（一）发展现代农业。建设高标准农田。责任单位：区农业农村局牵头，县城配合\n')).toEqual([['一', ['区农业农村局'], []]]);
  });
});

describe('the same clauses in traditional characters and half-width stops', () => {
  it('should read them as the simplified ones', async () => {
    const items =
      '（一）加快科技創新。建設研發平臺。(區科技局負責,區財政局負責)\n' +
      '（二）建設農貿市場。改造市場。(區科技局牽頭,農貿市場、區商務局配合)\n' +
      '（三）推動科技金融。設立基金。責任單位:區科技局牽頭,區財政局配合\n' +
      '（四）發展現代農業。建設農田。責任單位:區農業農村局牽頭,縣城配合\n';
    expect(await tasksOf(items)).toEqual([
      ['一', ['區科技局'], ['區財政局']],
      ['二', ['區科技局'], ['區商務局']],
      ['三', ['區科技局'], ['區財政局']],
      ['四', ['區農業農村局'], []],
    ]);
    expect(await unread(items)).toEqual([
      'the part "農貿市場" of a responsibility clause was not read: its units are in no role of the task',
      'the part "縣城配合" of a responsibility clause was not read: its units are in no role of the task',
    ]);
  });
});

describe('a task\'s words before an office\'s name in a labelled list (依托区创建办)', () => {
  it('should not read the name as a unit, and report why, as for the verbal form', async () => {
    const items = '（一）创建文明城区。开展创建活动。（责任单位：依托区创建办）\n（二）推进示范。开展活动。（責任單位：依託區創建辦）\n';
    expect(await tasksOf(items)).toEqual([]);
    expect(await unread(items)).toEqual([
      'the responsibility clause "（责任单位：依托区创建办）" was not read: "依托区创建办" opens with a task\'s words, not a unit\'s name, so its units are in no task',
      'the responsibility clause "（責任單位：依託區創建辦）" was not read: "依托区创建办" opens with a task\'s words, not a unit\'s name, so its units are in no task',
    ]);
  });

  it('should read the other units of the list, and report the one left out', async () => {
    const items = '（一）推进示范。开展活动。（责任单位：区科技局、依托区创建办）\n';
    expect(await tasksOf(items)).toEqual([['一', ['区科技局'], []]]);
    expect(await unread(items)).toEqual(['the name "依托区创建办" in a responsibility clause was not read: it opens with a task\'s words, not a unit\'s name, so it is in no role of the task']);
  });

  it('should say why a labelled clause without brackets was not read', async () => {
    expect(await unread('（一）创建文明城区。开展创建活动，责任单位：依托区创建办\n')).toEqual([
      'the responsibility clause "责任单位：依托区创建办" was not read: "依托区创建办" opens with a task\'s words, not a unit\'s name, so its units are in no task',
    ]);
  });

  it('should keep an office named for its work (区创建办, 建设局)', async () => {
    expect(await tasksOf('（一）推进示范。开展活动。（责任单位：区创建办、建设局）\n')).toEqual([['一', ['区创建办', '建设局'], []]]);
  });
});

describe('a list in 【】 labels marking its lead', () => {
  it('should read 【责任单位】A（牵头），B、C with no unread part', async () => {
    const { parseNotice } = await import('../../src/parse/parse-notice.js');
    const doc = await parseNotice('某省示例行动方案（2024—2027年）\n一、重点任务\n1.加强人才队伍建设。实施人才工程。【责任单位】省民政厅（牵头），省人力资源社会保障厅、省教育厅\n2.推进医养结合。开展试点。【责任单位】省卫生健康委（牵头）、省民政厅\n');
    expect(doc.plan?.tasks.map((t) => [t.number, t.lead, t.participants])).toEqual([
      ['1', ['省民政厅'], ['省人力资源社会保障厅', '省教育厅']],
      ['2', ['省卫生健康委'], ['省民政厅']],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'clause-unread')).toEqual([]);
  });
});
