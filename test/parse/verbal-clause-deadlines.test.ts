import { describe, expect, it } from 'vitest';
import { deadlineSentence } from '../../src/parse/deadline.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { looksVerbal, parseClause } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';

const read = (clause: string) => {
  const r = parseClause(clause, fold(clause), false);
  return r && { lead: r.lead, participants: r.participants, deadline: r.deadline ?? null };
};

const HEAD = '某区工作方案\n\n一、重点任务\n（一）推进改革\n';
const tasksOf = async (body: string) => {
  const doc = await parseNotice(HEAD + body);
  return {
    tasks: doc.plan!.tasks.map((t) => [t.label, t.lead.join('、'), t.participants.join('、'), t.deadline ?? '', t.text]),
    unread: doc.diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => d.line),
  };
};

describe('recurring and standing deadlines (probe45 #2)', () => {
  it.each([
    ['区商务局牵头，区财政局配合，每年底前完成', ['区商务局'], ['区财政局'], '每年底前完成'],
    ['区发改委牵头，区商务局配合，每年12月底前完成', ['区发改委'], ['区商务局'], '每年12月底前完成'],
    ['区统计局负责，每季度末', ['区统计局'], [], '每季度末'],
    ['区卫健委牵头，区医保局配合，常态化推进', ['区卫健委'], ['区医保局'], '常态化推进'],
    ['责任单位：区文旅局，逐年推进', ['区文旅局'], [], '逐年推进'],
    ['区工信局负责，2023—2025年', ['区工信局'], [], '2023—2025年'],
  ])('should read %s with its deadline apart from the units', (clause, lead, participants, deadline) => {
    expect(read(clause)).toEqual({ lead, participants, deadline });
  });

  it('should not read 每年 that opens what the units do as a deadline', () => {
    // The units are read (probe49 #1); the words stay the clause's, no deadline.
    expect(read('区商务局牵头，每年开展两次')).toEqual({ lead: ['区商务局'], participants: [], deadline: null });
  });

  it.each(['每年底前完成', '每年6月底前', '常态化推进', '逐年推进'])('should read %s as a sentence that only says when the task is due', (s) => {
    expect(deadlineSentence(s)).toEqual({ from: 0, to: s.length });
  });

  it('should keep tasks whose clause, in brackets, as the last sentence or on a line of its own, ends with a recurring deadline', async () => {
    const { tasks, unread } = await tasksOf(
      '1.发展家政服务。（区商务局牵头，区财政局配合，每年底前完成）\n2.发展绿色消费。区发改委牵头，区商务局配合，每年12月底前完成。\n3.发展健康消费。\n区卫健委牵头，区医保局配合，常态化推进\n',
    );
    expect(tasks).toEqual([
      ['1.', '区商务局', '区财政局', '每年底前完成', '发展家政服务。'],
      ['2.', '区发改委', '区商务局', '每年12月底前完成', '发展绿色消费。'],
      ['3.', '区卫健委', '区医保局', '常态化推进', '发展健康消费。'],
    ]);
    expect(unread).toEqual([]);
  });
});

describe('a verbal lead before labelled helpers (probe45 #4)', () => {
  it('should read the verbal part as the lead and the label\'s units as participants', () => {
    expect(read('区科技局牵头；配合单位：区教育局、区卫健委')).toEqual({ lead: ['区科技局'], participants: ['区教育局', '区卫健委'], deadline: null });
  });

  it('should not take words of the task before a label for a verbal part', () => {
    expect(read('推进成果转化；配合单位：区教育局')).toBeNull();
  });

  it('should read the clause in brackets and as the item\'s last sentence', async () => {
    const { tasks } = await tasksOf('1.开展科技成果转化。（区科技局牵头；配合单位：区教育局、区卫健委）\n2.建设孵化载体。区科技局牵头，配合单位：区商务局、各街道。\n');
    expect(tasks).toEqual([
      ['1.', '区科技局', '区教育局、区卫健委', '', '开展科技成果转化。'],
      ['2.', '区科技局', '区商务局、各街道', '', '建设孵化载体。'],
    ]);
  });
});

describe('a verbal clause whose last part gives units a duty of their own (probe45 #5)', () => {
  it.each([
    ['区税务局牵头，区科技局配合，各街道做好政策宣传', ['区税务局'], ['区科技局', '各街道']],
    ['区科技局牵头，各街道负责企业摸排', ['区科技局'], ['各街道']],
    // A name holding a duty's verb (组织) is cut where the duty starts, not inside it.
    ['区人社局负责，区委组织部抓好人才引进', ['区人社局'], ['区委组织部']],
  ])('should read %s, the units given the duty taking part', (clause, lead, participants) => {
    expect(read(clause)).toEqual({ lead, participants, deadline: null });
  });

  it('should keep the duty as the role\'s label', () => {
    const r = parseClause('区税务局牵头，各街道做好政策宣传', fold('区税务局牵头，各街道做好政策宣传'), false);
    expect(r?.roles.map((x) => [x.label, x.units])).toEqual([['牵头', ['区税务局']], ['做好政策宣传', ['各街道']]]);
  });

  it('should not read a duty with no units before it as a part', () => {
    expect(read('区工信局负责，做好宣传')?.participants).toEqual([]);
  });

  it('should report such a bracket that is not read, rather than drop its task silently', async () => {
    expect(looksVerbal(fold('区税务局牵头，青岛，烟台市政府配合，各街道做好政策宣传'))).toBe(true);
    const { tasks, unread } = await tasksOf('1.落实加计扣除政策。（区税务局牵头，青岛，烟台市政府配合，各街道做好政策宣传）\n2.实施高企倍增计划。（区科技局牵头，区财政局配合）\n');
    expect(tasks.map((t) => t[0])).toEqual(['2.']);
    expect(unread).toEqual([5]);
  });
});

describe('deadlines never read as units (probe45 #6, #10)', () => {
  it.each([
    ['责任单位：区商务局（2023年底前完成）', ['区商务局'], '2023年底前完成'],
    ['责任单位：区民政局、区卫健委（2023年12月底前）', ['区民政局', '区卫健委'], '2023年12月底前'],
    ['责任单位：区体育局，每年6月底前', ['区体育局'], '每年6月底前'],
    ['区科技局牵头（2024年底前）', ['区科技局'], '2024年底前'],
  ])('should read %s with the deadline in `deadline`', (clause, lead, deadline) => {
    expect(read(clause)).toEqual({ lead, participants: [], deadline });
  });

  it('should keep a bracket after the last unit that is not a deadline with the name', () => {
    expect(read('责任单位：区委组织部（区委人才办）')?.lead).toEqual(['区委组织部（区委人才办）']);
  });

  it('should take a bare deadline line under a clause line as the clause\'s deadline, not the task\'s text', async () => {
    const { tasks } = await tasksOf('1.实施高企倍增计划。\n责任单位：区科技局\n2023年6月底前完成\n2.建设研发机构。\n区工信局负责\n持续推进\n3.培育创新平台。（区工信局负责，2023—2025年）\n');
    expect(tasks).toEqual([
      ['1.', '区科技局', '', '2023年6月底前完成', '实施高企倍增计划。'],
      ['2.', '区工信局', '', '持续推进', '建设研发机构。'],
      ['3.', '区工信局', '', '2023—2025年', '培育创新平台。'],
    ]);
  });
});

describe('deadlines within the year, its year unsaid (probe66 #2, #3)', () => {
  it.each([
    ['区科技局牵头，区财政局配合，年底前完成', ['区科技局'], ['区财政局'], '年底前完成'],
    ['区科技局负责，区财政局配合，年内完成', ['区科技局'], ['区财政局'], '年内完成'],
    ['区科技局负责，区财政局配合，今年底前完成', ['区科技局'], ['区财政局'], '今年底前完成'],
    ['区科技局负责，区财政局配合，本年度内完成', ['区科技局'], ['区财政局'], '本年度内完成'],
    ['区科技局负责，区财政局配合，全年推进', ['区科技局'], ['区财政局'], '全年推进'],
    ['区科技局负责，区财政局配合，6月底前完成', ['区科技局'], ['区财政局'], '6月底前完成'],
    ['县卫健局牵头，县医保局配合，六月底前完成', ['县卫健局'], ['县医保局'], '六月底前完成'],
    ['区科技局负责，区财政局配合，上半年完成', ['区科技局'], ['区财政局'], '上半年完成'],
    ['区科技局负责，区财政局配合，三季度末前完成', ['区科技局'], ['区财政局'], '三季度末前完成'],
    ['市商务局牵头，市財政局配合，９月３０日前完成', ['市商务局'], ['市財政局'], '９月３０日前完成'],
    ['区科技局负责，6月底前完成', ['区科技局'], [], '6月底前完成'],
    ['年底前完成，区科技局负责', ['区科技局'], [], '年底前完成'],
    ['牵头单位：区科技局；完成时限：6月底前', ['区科技局'], [], '6月底前'],
  ])('should read %s, the deadline as written', (clause, lead, participants, deadline) => {
    expect(read(clause)).toEqual({ lead, participants, deadline });
  });

  it('should not take words of the task that open with such a date for a deadline', () => {
    // 年内完成改造 says what is done: no part of a deadline, and the clause reads as before.
    expect(read('年内完成改造，区科技局负责')).toBeNull();
    expect(deadlineSentence('年内完成老旧小区改造')).toBeNull();
  });

  it.each(['年底前完成', '6月底前完成', '上半年完成', '今年底前', '三季度末前完成'])('should read %s as a sentence that only says when the task is due', (s) => {
    expect(deadlineSentence(s)).toEqual({ from: 0, to: s.length });
  });

  it('should keep tasks whose clause ends with such a deadline, in brackets, as the last sentence or after it', async () => {
    const { tasks, unread } = await tasksOf(
      '1.开展工作一。区科技局牵头，区财政局配合，年底前完成。\n2.开展工作二。区科技局负责，6月底前完成。\n3.开展工作三。（区科技局负责，区财政局配合，上半年完成）\n4.开展工作四。区科技局牵头。年内完成。\n5.开展工作五。（责任单位：区科技局）（年底前完成）\n',
    );
    expect(tasks).toEqual([
      ['1.', '区科技局', '区财政局', '年底前完成', '开展工作一。'],
      ['2.', '区科技局', '', '6月底前完成', '开展工作二。'],
      ['3.', '区科技局', '区财政局', '上半年完成', '开展工作三。'],
      ['4.', '区科技局', '', '年内完成', '开展工作四。'],
      ['5.', '区科技局', '', '年底前完成', '开展工作五。'],
    ]);
    expect(unread).toEqual([]);
  });
});
