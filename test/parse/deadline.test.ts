import { describe, expect, it } from 'vitest';
import { deadlineSentence, findDeadline } from '../../src/parse/deadline.js';
import { parseClause } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';

const read = (clause: string) => {
  const r = parseClause(clause, fold(clause), false);
  return r && { lead: r.lead, participants: r.participants, deadline: r.deadline ?? null };
};

describe('deadlines in responsibility clauses', () => {
  it.each([
    // Labelled, after the units, before them, between them, apart by spaces only.
    ['责任单位：市经信局，配合单位：市发改委、市科技局；完成时限：2024年底', ['市经信局'], ['市发改委', '市科技局'], '2024年底'],
    ['完成时限：2023年12月底前；牵头单位：区政务服务中心；配合单位：各街道', ['区政务服务中心'], ['各街道'], '2023年12月底前'],
    ['牵头单位：区发改委；完成时间：2024年6月；配合单位：区财政局', ['区发改委'], ['区财政局'], '2024年6月'],
    ['牵头单位：区发展改革委　时间节点：2023年底前', ['区发展改革委'], [], '2023年底前'],
    ['责任部门：区金融办、区财政局，时间节点：持续推进', ['区金融办', '区财政局'], [], '持续推进'],
    ['牵头单位:市科技局;时限要求:2025年6月底前', ['市科技局'], [], '2025年6月底前'],
    ['责任单位：区商务局；实施时间：2023年', ['区商务局'], [], '2023年'],
    ['牵头单位：区科技局，进度安排：2024年启动、2025年完成', ['区科技局'], [], '2024年启动、2025年完成'],
    // Bare, after the units of a labelled clause: a date is no unit.
    ['牵头单位：区政务服务局；配合单位：区发展改革委；2023年12月底前完成', ['区政务服务局'], ['区发展改革委'], '2023年12月底前完成'],
    ['牵头单位：区商务局，参与单位：区财政局。2023年底前完成', ['区商务局'], ['区财政局'], '2023年底前完成'],
    // Labelled, in a sentence of its own after the units'.
    ['牵头单位：市司法局；配合单位：市市场监管局、市生态环境局。完成时限：2025年底前', ['市司法局'], ['市市场监管局', '市生态环境局'], '2025年底前'],
    // Labels in brackets of their own.
    ['【责任单位】区交通运输局【完成时限】2024年底前', ['区交通运输局'], [], '2024年底前'],
    // Bare, around the units of a verbal clause.
    ['2023年6月底前完成，区规划资源局负责', ['区规划资源局'], [], '2023年6月底前完成'],
    ['区税务局负责，持续推进', ['区税务局'], [], '持续推进'],
    ['市委编办牵头，市司法局等部门配合，长期坚持', ['市委编办'], ['市司法局'], '长期坚持'],
    // Full-width digits and traditional labels read through the matching copy; the text stays as written.
    ['牵头单位：区科技局；完成时限：２０２３年底', ['区科技局'], [], '２０２３年底'],
    // 完成时限 or 完成时间 right after the last unit, nothing between (two lines of a PDF run together).
    ['责任单位：县住建局，各乡镇人民政府完成时限：2025年12月底前', ['县住建局', '各乡镇人民政府'], [], '2025年12月底前'],
    ['牵头单位：县生态环境局（县环保督察办）完成时间：2026年底前', ['县生态环境局（县环保督察办）'], [], '2026年底前'],
    // No deadline.
    ['牵头单位：区科技局，参与单位：区财政局', ['区科技局'], ['区财政局'], null],
    ['责任领导：张三；责任单位：区发改局', ['区发改局'], [], null],
  ])('should read (%s)', (clause, lead, participants, deadline) => {
    expect(read(clause)).toEqual({ lead, participants, deadline });
  });

  it('should give the span the deadline takes, separator included, so the units read cleanly', () => {
    const clause = '牵头单位:A局;完成时限:2024年底;配合单位:B局';
    const found = findDeadline(clause, clause);
    expect(found?.text).toBe('2024年底');
    expect(clause.slice(0, found!.from) + clause.slice(found!.to)).toBe('牵头单位:A局;配合单位:B局');
  });

  it('should find none in a clause without one', () => {
    expect(findDeadline('牵头单位:A局', '牵头单位:A局')).toBeNull();
  });

  it.each([
    ['2024年6月底前完成', '2024年6月底前完成'],
    ['2025年前完成', '2025年前完成'],
    ['2024年12月底前', '2024年12月底前'],
    ['2024年12月31日前全面完成', '2024年12月31日前全面完成'],
    ['2024—2025年', '2024—2025年'],
    ['长期坚持', '长期坚持'],
    ['持续推进。', '持续推进'],
    ['(2024年6月底前完成)', '2024年6月底前完成'],
    ['完成时限:2024年6月底前', '2024年6月底前'],
    ['(完成时限:2024年6月底前)', '2024年6月底前'],
  ])('should read %s as a sentence that only says when the task is due', (sentence, value) => {
    const found = deadlineSentence(sentence);
    expect(found && sentence.slice(found.from, found.to)).toBe(value);
  });

  it.each([
    ['2024年全市民间投资完成300亿元', 'a sentence that goes on after its year'],
    ['到2025年,建成示范园区10个', 'a target'],
    ['市发改委负责,2024年底前完成', 'units before the date'],
    ['区政府负责统筹', 'no date'],
    ['(区卫生健康委,2024年底前)', 'a bracket with a unit in it'],
  ])('should not read %s as a deadline sentence (%s)', (sentence) => {
    expect(deadlineSentence(sentence)).toBeNull();
  });
});

describe('deadlines whose year is written in numerals', () => {
  it.each([
    ['牵头单位：区金融服务中心；参与单位：区财政局；二〇二四年底前完成', ['区金融服务中心'], ['区财政局'], '二〇二四年底前完成'],
    ['区经信局牵头，各街道办事处配合，二〇二五年六月底前完成', ['区经信局'], ['各街道办事处'], '二〇二五年六月底前完成'],
    ['牵头单位：区经信局；参与单位：区人社局（二〇三〇年底前完成）', ['区经信局'], ['区人社局'], '二〇三〇年底前完成'],
    ['二〇二四年十二月底前完成，区规划资源局负责', ['区规划资源局'], [], '二〇二四年十二月底前完成'],
    ['责任单位：区商务局；完成时限：二零二五年底前', ['区商务局'], [], '二零二五年底前'],
  ])('should read the deadline of %s as a deadline, never as a unit', (clause, lead, participants, deadline) => {
    expect(read(clause)).toEqual({ lead, participants, deadline });
  });

  it.each([
    ['二〇二四年六月底前完成', '二〇二四年六月底前完成'],
    ['（二〇二五年十二月三十一日前完成）', '二〇二五年十二月三十一日前完成'],
    ['每年十二月底前', '每年十二月底前'],
  ])('should read %s, its date in numerals, as a sentence that only says when the task is due', (sentence, value) => {
    const folded = fold(sentence);
    const found = deadlineSentence(folded);
    expect(found && folded.slice(found.from, found.to)).toBe(fold(value));
  });
});

describe('schedules of a few steps, as a bracket after a clause writes them', () => {
  it.each([
    ['2024年起持续推进', '2024年起持续推进'],
    ['2024年启动,持续推进', '2024年启动,持续推进'],
    ['2024年6月底前启动', '2024年6月底前启动'],
    ['(2024年开始实施)', '2024年开始实施'],
    ['2024年底前启动,2025年底前完成', '2024年底前启动,2025年底前完成'],
  ])('should read %s as a sentence that only says when the task is due', (sentence, value) => {
    const found = deadlineSentence(sentence);
    expect(found && sentence.slice(found.from, found.to)).toBe(value);
  });

  it.each([
    ['2024年起全面推行新机制', 'a sentence that goes on after its start'],
    ['2024年启动,省民政厅负责', 'a unit after the date'],
  ])('should not read %s as a deadline sentence (%s)', (sentence) => {
    expect(deadlineSentence(sentence)).toBeNull();
  });
});

describe('deadlines that end in rolling the work out (全面推开, 全面推行, 全面铺开)', () => {
  it.each([
    ['区大数据局牵头，区政务服务办配合，年底前全面铺开', ['区大数据局'], ['区政务服务办'], '年底前全面铺开'],
    ['区政务服务办牵头，9月底前全面推开', ['区政务服务办'], [], '9月底前全面推开'],
    ['区政务服务办牵头，2024年3月底前试点，6月底前全面推开', ['区政务服务办'], [], '2024年3月底前试点，6月底前全面推开'],
    ['2024年6月底前全面推行，区政务服务办负责', ['区政务服务办'], [], '2024年6月底前全面推行'],
    ['牵头单位：区司法局；配合单位：各街道办事处（年内全面推开）', ['区司法局'], ['各街道办事处'], '年内全面推开'],
    ['牵头单位：区司法局，上半年推开', ['区司法局'], [], '上半年推开'],
  ])('should read the deadline of %s, as 完成 would be read', (clause, lead, participants, deadline) => {
    expect(read(clause)).toEqual({ lead, participants, deadline });
  });

  it.each([
    ['2024年底前全面推开', '2024年底前全面推开'],
    ['2025年6月底前全面推行。', '2025年6月底前全面推行'],
    ['（2024年9月底前全面铺开）', '2024年9月底前全面铺开'],
  ])('should read %s as a sentence that only says when the task is due', (sentence, value) => {
    const folded = fold(sentence);
    const found = deadlineSentence(folded);
    expect(found && sentence.slice(found.from, found.to)).toBe(value);
  });

  it.each([
    ['2024年底前全面推开家庭医生签约服务', 'a sentence that goes on after the word: what the task does'],
    ['全面推行河长制', 'no date'],
  ])('should not read %s as a deadline sentence (%s)', (sentence) => {
    expect(deadlineSentence(fold(sentence))).toBeNull();
  });

  it('should keep a yearless step that goes on after the word in the task, not in its deadline', () => {
    expect(read('区政务服务办牵头，年底前全面推开试点工作')?.deadline ?? null).toBeNull();
  });
});
