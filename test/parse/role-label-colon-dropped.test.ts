import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { parseClause } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';
import { loadSimplifier } from '../../src/text/simplify.js';

const toSimplified = await loadSimplifier();

const read = (clause: string) => {
  const r = parseClause(clause, toSimplified(fold(clause)), false);
  return r && [r.lead, r.participants, r.roles.map((x) => x.label)];
};

describe('a role label whose colon was dropped (probe71 #5)', () => {
  it.each([
    ['牵头单位区发改局', ['区发改局'], [], ['牵头单位']],
    ['责任单位区住建局、各街道', ['区住建局', '各街道'], [], ['责任单位']],
    ['牵头单位区科技局,参与单位区经信局、区投促局', ['区科技局'], ['区经信局', '区投促局'], ['牵头单位', '参与单位']],
    ['牵头单位区委宣传部；参与单位区文旅局、区商务局', ['区委宣传部'], ['区文旅局', '区商务局'], ['牵头单位', '参与单位']],
    ['牵头单位：区科技局，参与单位区经信局、区投促局', ['区科技局'], ['区经信局', '区投促局'], ['牵头单位', '参与单位']],
    ['牵头单位区委宣传部；参与单位：区文旅局、区商务局', ['区委宣传部'], ['区文旅局', '区商务局'], ['牵头单位', '参与单位']],
    ['牵头单位：区商务局，参与单位 区经信局、区税务局', ['区商务局'], ['区经信局', '区税务局'], ['牵头单位', '参与单位']],
    ['牵头单位：区科技局 配合单位 区财政局', ['区科技局'], ['区财政局'], ['牵头单位', '配合单位']],
    ['牵头单位;区政务服务中心;参与单位;区大数据中心', ['区政务服务中心'], ['区大数据中心'], ['牵头单位', '参与单位']],
    ['牵头单位。区民政局，参与单位。各街道办事处', ['区民政局'], ['各街道办事处'], ['牵头单位', '参与单位']],
    ['牵头单位：区科技局；其他配合单位区财政局', ['区科技局'], ['区财政局'], ['牵头单位', '其他配合单位']],
    ['区科技局牵头，配合单位区财政局', ['区科技局'], ['区财政局'], ['牵头', '配合单位']],
    ['牽頭單位區發改局；參與單位區財政局、各鎮（街道）', ['區發改局'], ['區財政局', '各鎮（街道）'], ['牽頭單位', '參與單位']],
  ])('should read the label of %s', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual([lead, participants, labels]);
  });

  it.each([
    // A label word before words that are no unit's name is no label.
    ['责任单位：区教育局，相关单位按职责分工负责', ['区教育局'], ['相关单位'], ['责任单位', '按职责分工负责']],
    // The role named after 为 is parseNamedAs's.
    ['牵头单位为区人社局，配合单位为区财政局', ['区人社局'], ['区财政局'], ['牵头单位', '配合单位']],
    // 各责任单位 and 相关单位 are collective names in a list, not labels.
    ['责任单位：区教育局、各责任单位', ['区教育局', '各责任单位'], [], ['责任单位']],
  ])('should read %s as before', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual([lead, participants, labels]);
  });

  it('should not read words after a label-like word as units', () => {
    expect(read('实施单位要严格落实安全责任')).toBeNull();
  });

  it('should keep every task of a notice whose labels lack their colon, with no warning', async () => {
    const doc = await parseNotice(
      [
        '某区推进数字经济发展实施方案',
        '',
        '一、重点任务',
        '1.发展人工智能产业。建设人工智能产业园。（牵头单位区科技局，参与单位区经信局、区投促局）',
        '2.培育数字文创产业。打造数字文创产业集聚区。（牵头单位区委宣传部；参与单位：区文旅局、区商务局）',
        '3.建设智慧社区。推进社区数字化。（牵头单位。区民政局，参与单位。各街道办事处）',
        '',
      ].join('\n'),
    );
    expect(doc.plan!.tasks.map((t) => [t.label, t.lead, t.participants])).toEqual([
      ['1.', ['区科技局'], ['区经信局', '区投促局']],
      ['2.', ['区委宣传部'], ['区文旅局', '区商务局']],
      ['3.', ['区民政局'], ['各街道办事处']],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId.startsWith('clause'))).toEqual([]);
  });
});

describe('the label of the units sharing the work out, in traditional characters (probe71 #13)', () => {
  it.each([
    ['責任單位：縣政務服務中心、縣大數據局，各鎮（街）按職責分工負責', ['縣政務服務中心', '縣大數據局'], ['各鎮（街）'], ['責任單位', '按職責分工負責']],
    ['責任單位：縣市場監管局，各鎮（街道）按屬地負責', ['縣市場監管局'], ['各鎮（街道）'], ['責任單位', '按屬地負責']],
  ])('should keep the labels of %s as written', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual([lead, participants, labels]);
  });
});
