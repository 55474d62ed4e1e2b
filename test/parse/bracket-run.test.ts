import { describe, expect, it } from 'vitest';
import { bracketRun, joinParts } from '../../src/parse/bracket-run.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { fold } from '../../src/text/fold.js';

/** The run at the end of `text`, as the parts it reads joined, or null. */
const read = (text: string): { clause: string; from: string } | null => {
  const match = fold(text);
  const run = bracketRun(match, 0);
  if (!run) return null;
  return { clause: run.parts ? joinParts(text, match, run.parts).text : text.slice(...run.inner), from: text.slice(run.open) };
};

const plan = (...items: string[]) => ['某区行动方案', '', '一、重点任务', '', ...items.flatMap((t) => [t, ''])].join('\n');

describe('bracketRun', () => {
  it.each([
    ['推进覆盖。（牵头单位：区经信局）（参与单位：区住建局）', '牵头单位：区经信局；参与单位：区住建局', '（牵头单位：区经信局）（参与单位：区住建局）'],
    ['推进覆盖。（牵头单位：区经信局，参与单位：区住建局）（完成时限：2025年底）', '牵头单位：区经信局，参与单位：区住建局；完成时限：2025年底', '（牵头单位：区经信局，参与单位：区住建局）（完成时限：2025年底）'],
    ['推进覆盖。（责任单位：区经信局）（2024年6月底前完成）。', '责任单位：区经信局；2024年6月底前完成', '（责任单位：区经信局）（2024年6月底前完成）。'],
    ['推进覆盖。（牵头单位：区经信局）。完成时限：2025年底。', '牵头单位：区经信局；完成时限：2025年底', '（牵头单位：区经信局）。完成时限：2025年底。'],
    ['推进覆盖。（牵头单位：区经信局）★', '牵头单位：区经信局', '（牵头单位：区经信局）★'],
    // A contact's bracket goes after the units as if written beside them; a deadline is read last.
    ['推进覆盖。（牵头单位：区经信局）（2025年底前完成）（责任人：刘强，13812345678）', '牵头单位：区经信局（责任人：刘强，13812345678）；2025年底前完成', '（牵头单位：区经信局）（2025年底前完成）（责任人：刘强，13812345678）'],
    // A bracket before the clause is the text's own, even one that reads as a date.
    ['实施三年行动（2023—2025年）（牵头单位：区经信局）（参与单位：区住建局）', '牵头单位：区经信局；参与单位：区住建局', '（牵头单位：区经信局）（参与单位：区住建局）'],
  ])('should read the brackets that end "%s" as one clause', (text, clause, from) => {
    expect(read(text)).toEqual({ clause, from });
  });

  it.each([
    // One bracket alone is read as it always was, by the caller.
    ['推进覆盖。（牵头单位：区经信局）'],
    // A bracket after the clause that is no part of one: the brackets make no clause.
    ['推进覆盖。（牵头单位：区经信局）（市级试点）'],
    // Brackets without a clause, or a deadline before it only.
    ['实施三年行动（2023—2025年）（2025年底前完成）'],
    ['推进覆盖（含各开发区）★'],
    // A deadline sentence after a bracket of the text's own.
    ['建设数据中心（一期）。完成时限：2025年底。'],
  ])('should find no clause over brackets in "%s"', (text) => {
    expect(read(text)).toBeNull();
  });

  it.each([
    ['推进覆盖。完成时限：2025年底。（牵头单位：区经信局，配合单位：区住建局）', '牵头单位：区经信局，配合单位：区住建局；完成时限：2025年底', '完成时限：2025年底。（牵头单位：区经信局，配合单位：区住建局）'],
    // No stop before the bracket; over two brackets.
    ['推进覆盖。完成时限：2025年底（牵头单位：区经信局）（参与单位：区住建局）', '牵头单位：区经信局；参与单位：区住建局；完成时限：2025年底', '完成时限：2025年底（牵头单位：区经信局）（参与单位：区住建局）'],
    // Half-width stops and colons; another label of when the task is due, its year in numerals.
    ['推进覆盖.完成时间:2025年底.(牵头单位:区经信局)', '牵头单位:区经信局；完成时间:2025年底', '完成时间:2025年底.(牵头单位:区经信局)'],
    ['推进覆盖。进度安排：二〇二五年底前完成。（牵头单位：区经信局）', '牵头单位：区经信局；进度安排：二〇二五年底前完成', '进度安排：二〇二五年底前完成。（牵头单位：区经信局）'],
  ])('should read a labelled deadline sentence before the clause\'s bracket as its deadline: "%s"', (text, clause, from) => {
    expect(read(text)).toEqual({ clause, from });
  });

  it.each([
    // A date in the item's own words, no label: what the task says.
    ['建设一批。到2026年底完成改造。（牵头单位：区住建局）'],
    // A label of a time that is no deadline.
    ['开放服务。服务时间：每日8时至20时。（牵头单位：区住建局）'],
    // The clause gives its own deadline: the sentence before stays the text's.
    ['推进覆盖。完成时限：2025年底。（牵头单位：区经信局，完成时限：2024年底）'],
    // Not a sentence of its own: after a comma, or opening the item with nothing before it.
    ['推进覆盖，完成时限：2025年底。（牵头单位：区经信局）'],
    ['完成时限：2025年底。（牵头单位：区经信局）'],
  ])('should not take a sentence before the clause\'s bracket as its deadline: "%s"', (text) => {
    expect(read(text)).toBeNull();
  });

  it('should not go on a clause with a bracket of bare names after a labelled one: the bare list is read alone', () => {
    expect(read('推进覆盖。（牵头单位：区经信局）（区住建局、区财政局）')).toEqual({ clause: '区住建局、区财政局', from: '（区住建局、区财政局）' });
  });
});

describe('clauses over several brackets at the end of a task', () => {
  it('should read lead and participants written in brackets of their own, and leave both brackets out of the text', async () => {
    const doc = await parseNotice(
      plan('1.加快5G网络建设。推进深度覆盖。（牵头单位：区经信局）（参与单位：区住建局、区城管局）', '2.建设算力中心。谋划建设。（牵头单位：区发改局）（责任单位：区财政局）'),
    );
    expect(doc.plan?.tasks.map((t) => [t.text, t.lead, t.participants, t.roles.map((r) => r.label)])).toEqual([
      ['加快5G网络建设。推进深度覆盖。', ['区经信局'], ['区住建局', '区城管局'], ['牵头单位', '参与单位']],
      ['建设算力中心。谋划建设。', ['区发改局'], ['区财政局'], ['牵头单位', '责任单位']],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('should keep a task whose clause bracket is followed by a deadline, in brackets or as a sentence, with the deadline', async () => {
    const doc = await parseNotice(
      plan(
        '1.加快5G网络建设。推进深度覆盖。（牵头单位：区经信局，参与单位：区住建局）（完成时限：2025年底）',
        '2.建设算力中心。谋划建设。（牵头单位：区发改局）（时间节点：持续推进）',
        '3.推进光网升级。实施改造。（牵头单位：区经信局）。完成时限：2024年底。',
        '4.壮大软件产业。支持做大做强。（责任单位：区科技局）（2024年6月底前完成）',
      ),
    );
    expect(doc.plan?.tasks.map((t) => [t.text, t.lead, t.participants, t.deadline])).toEqual([
      ['加快5G网络建设。推进深度覆盖。', ['区经信局'], ['区住建局'], '2025年底'],
      ['建设算力中心。谋划建设。', ['区发改局'], [], '持续推进'],
      ['推进光网升级。实施改造。', ['区经信局'], [], '2024年底'],
      ['壮大软件产业。支持做大做强。', ['区科技局'], [], '2024年6月底前完成'],
    ]);
    // The clause's text is as written, from inside its first bracket to the end of its last part.
    expect(doc.plan?.tasks[0]?.roles.map((r) => r.units)).toEqual([['区经信局'], ['区住建局']]);
  });

  it('should keep a mark after the clause (★) in what the task says', async () => {
    const doc = await parseNotice(plan('1.壮大软件产业。支持做大做强。（牵头单位：区科技局，参与单位：区财政局）★'));
    expect(doc.plan?.tasks.map((t) => [t.text, t.lead, t.participants])).toEqual([['壮大软件产业。支持做大做强。★', ['区科技局'], ['区财政局']]]);
  });

  it('should read a paragraph of clause brackets after a group as the group clause', async () => {
    const doc = await parseNotice(
      ['某区行动方案', '', '一、重点任务', '', '（一）推进改造', '', '1.实施整治。', '', '2.加装电梯。', '', '（牵头单位：区住建局）（参与单位：区财政局）', ''].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.lead, t.participants])).toEqual([['（一）', ['区住建局'], ['区财政局']]]);
  });

  it('should report a clause bracket that no clause takes in, and not one that is read', async () => {
    const doc = await parseNotice(plan('1.推进管网改造。改造燃气管网。（牵头单位：区住建局）（市级试点）', '2.建设口袋公园。新建20个。（牵头单位：区园林中心）'));
    expect(doc.plan?.tasks.map((t) => t.lead)).toEqual([['区园林中心']]);
    expect(doc.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.column, d.message])).toEqual([
      ['clause-unread', 'warning', 5, 17, 'the responsibility clause "（牵头单位：区住建局）" was not read: its units are in no task'],
    ]);
  });
});

describe('a deadline sentence before the clause bracket', () => {
  it('should read the deadline of each task, leave it out of the text, and keep a date of the task\'s own words in it', async () => {
    const doc = await parseNotice(
      plan(
        '1.发展社区老年食堂。新建社区老年食堂一批。完成时限：2026年13月。（牵头单位：区民政局，配合单位：区财政局）',
        '2.推进助餐配送。完善配送网络。完成时限：2028年12月底。（牵头单位：区民政局）',
        '3.推進助餐補貼。落實補貼政策。時間節點：2025年6月底前；（牽頭單位：區民政局）',
        '4.建设老年食堂。到2026年底完成改造。（牵头单位：区住建局）',
      ),
    );
    expect(doc.plan?.tasks.map((t) => [t.text, t.lead, t.participants, t.deadline ?? null])).toEqual([
      ['发展社区老年食堂。新建社区老年食堂一批。', ['区民政局'], ['区财政局'], '2026年13月'],
      ['推进助餐配送。完善配送网络。', ['区民政局'], [], '2028年12月底'],
      ['推進助餐補貼。落實補貼政策。', ['區民政局'], [], '2025年6月底前'],
      ['建设老年食堂。到2026年底完成改造。', ['区住建局'], [], null],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('leader fields in a clause bracket', () => {
  it('should report a clause bracket opening with the leader in charge that no clause takes in', async () => {
    const doc = await parseNotice(plan('1.推进管网改造。改造燃气管网。（责任领导：王芳　牵头单位：区住建局）（市级试点）'));
    expect(doc.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      ['clause-unread', 'the responsibility clause "（责任领导：王芳　牵头单位：区住建局）" was not read: its units are in no task'],
    ]);
  });
});

describe('stops after a bracketed clause', () => {
  it('should not add the stop after the clause to a text that ended its sentence before it', async () => {
    const doc = await parseNotice(
      plan(
        '1.加快5G网络建设。推进深度覆盖。（牵头单位：区经信局）；',
        '2.建设算力中心。谋划建设。（牵头单位：区发改局）。',
        '3.推进光网升级。实施改造（牵头单位：区经信局）。',
        '4.壮大软件产业。支持做大做强（牵头单位：区科技局）；',
      ),
    );
    expect(doc.plan?.tasks.map((t) => t.text)).toEqual(['加快5G网络建设。推进深度覆盖。', '建设算力中心。谋划建设。', '推进光网升级。实施改造。', '壮大软件产业。支持做大做强；']);
  });

  it.each([['，'], ['、'], ['：'], [',']])('should read the clause of a task whose line ends with %s left after it, and keep the task', async (stray) => {
    const doc = await parseNotice(plan(`1.加快5G网络建设。推进深度覆盖。（牵头单位：区经信局，参与单位：区住建局）${stray}`, '2.建设算力中心。谋划建设。（牵头单位：区发改局）。'));
    expect(doc.plan?.tasks.map((t) => [t.number, t.text, t.lead, t.participants])).toEqual([
      ['1', '加快5G网络建设。推进深度覆盖。', ['区经信局'], ['区住建局']],
      ['2', '建设算力中心。谋划建设。', ['区发改局'], []],
    ]);
  });
});
