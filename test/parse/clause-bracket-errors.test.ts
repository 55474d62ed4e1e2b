import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { splitUnits } from '../../src/parse/responsibility.js';

const HEAD = '某区推进数字经济发展实施方案\n\n一、重点任务\n';

const parse = async (body: string) => {
  const doc = await parseNotice(HEAD + body);
  return {
    tasks: doc.plan!.tasks.map((t) => [t.label, t.lead.join('、'), t.participants.join('、'), t.text]),
    warnings: doc.diagnostics.filter((d) => d.ruleId.startsWith('clause')).map((d) => [d.ruleId, d.position?.start.line]),
  };
};

describe('a clause whose brackets were typed amiss (probe71 #7, #14)', () => {
  it('should read a clause whose bracket is never closed, with a warning, though the input goes on', async () => {
    expect(
      await parse(
        [
          '1.推进数据资源共享。完善数据共享交换平台。（牵头单位：区大数据中心；参与单位：区经信局、区政务服务中心',
          '2.建设智慧园区。推进园区数字化。（牵头单位：区投促局；参与单位：区经信局。',
          '3.发展数字贸易。支持跨境电商发展。（牵头单位：区商务局；参与单位：区税务局）',
          '',
        ].join('\n'),
      ),
    ).toEqual({
      tasks: [
        ['1.', '区大数据中心', '区经信局、区政务服务中心', '推进数据资源共享。完善数据共享交换平台。'],
        ['2.', '区投促局', '区经信局', '建设智慧园区。推进园区数字化。'],
        ['3.', '区商务局', '区税务局', '发展数字贸易。支持跨境电商发展。'],
      ],
      warnings: [
        ['clause-unclosed', 4],
        ['clause-unclosed', 5],
      ],
    });
  });

  it('should read a clause with a closing bracket too many, none in a unit name', async () => {
    expect(
      (
        await parse(
          [
            '1.培育数字文创产业。打造集聚区。（牵头单位：区委宣传部；参与单位：区文旅局、区商务局））',
            '2.发展数字贸易。支持跨境电商发展。（牵头单位：区商务局）参与单位：区经信局、区税务局）',
            '3.推进数字政府建设。深化一网通办。牵头单位：区政务服务中心；参与单位：区大数据中心）',
            '',
          ].join('\n'),
        )
      ).tasks.map((t) => t.slice(0, 3)),
    ).toEqual([
      ['1.', '区委宣传部', '区文旅局、区商务局'],
      ['2.', '区商务局', '区经信局、区税务局'],
      ['3.', '区政务服务中心', '区大数据中心'],
    ]);
  });

  it.each([
    ['区大数据中心）', ['区大数据中心']],
    ['区财政局、（区大数据中心', ['区财政局', '区大数据中心']],
    ['各镇（街道）、区委组织部〔区委人才办〕', ['各镇（街道）', '区委组织部〔区委人才办〕']],
  ])('should take a stray bracket off the names of %s, keeping brackets that pair', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });
});

describe('an unclosed bracket among others left open', () => {
  it('should read no clause when another bracket before it is left open too', async () => {
    const doc = await parseNotice(`一、重点任务\n1.推进改造（一期（为牵头单位：区科技局，参与单位：区财政局\n`);
    expect(doc.plan?.tasks.flatMap((t) => t.lead)).toEqual([]);
  });
});
