import { describe, expect, it } from 'vitest';
import { headingDeadline } from '../../src/parse/heading-deadline.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { fold } from '../../src/text/fold.js';

const read = (heading: string) => {
  const found = headingDeadline(heading, fold(heading));
  return found && [heading.slice(0, found.open), found.deadline];
};

describe('headingDeadline', () => {
  it.each([
    ['推动产业数字化（本部分任务2024年底前完成）', ['推动产业数字化', '2024年底前完成']],
    ['推动产业数字化（本部分任务完成时限：2024年底前）', ['推动产业数字化', '2024年底前']],
    ['推动产业数字化（本部分任务均于2025年6月底前完成）', ['推动产业数字化', '2025年6月底前完成']],
    ['推动产业数字化（以下任务2024年底前完成）', ['推动产业数字化', '2024年底前完成']],
    ['推动产业数字化（本部分任务持续推进）', ['推动产业数字化', '持续推进']],
  ])('should read the deadline bracket of %s', (heading, expected) => {
    expect(read(heading)).toEqual(expected);
  });

  it.each([
    ['推动产业数字化（2024年底前完成）'],
    ['推动产业数字化（本部分任务由区工信局牵头）'],
    ['推动产业数字化（本部分任务2024年底前完成）。推动100家企业改造。'],
    ['实施《数字经济促进条例（2024年修订）》'],
    ['推动产业数字化'],
  ])('should find no group deadline in %s', (heading) => {
    expect(read(heading)).toBeNull();
  });
});

describe('a group deadline in a heading', () => {
  const tasks = async (groups: string) => {
    const doc = await parseNotice(`某区数字经济行动方案\n一、重点任务\n${groups}\n二、保障措施\n加强组织领导。\n`);
    return doc.plan!.tasks.map((t) => [t.number, t.section?.title, t.lead.join('、'), t.deadline ?? null]);
  };

  it('should give the deadline to the group\'s tasks that say none, and leave it out of the group\'s title', async () => {
    expect(
      await tasks(`（一）推动产业数字化（本部分任务2024年底前完成）
1.实施智能化改造。推动100家企业实施智能化改造。（牵头单位：区工信局）
2.培育工业互联网平台。培育平台5个。（牵头单位：区科技局；完成时限：2024年6月底前）
（二）推动数字产业化
1.引进数字企业。引进企业20家。（牵头单位：区投促局）`),
    ).toEqual([
      ['1', '推动产业数字化', '区工信局', '2024年底前完成'],
      ['2', '推动产业数字化', '区科技局', '2024年6月底前'],
      ['1', '推动数字产业化', '区投促局', null],
    ]);
  });

  it('should give it to a group that is a task of its own, with its clause on the line under it', async () => {
    expect(await tasks(`（一）推动产业数字化（本部分任务2024年底前完成）\n牵头单位：区工信局\n1.实施智能化改造。\n2.培育工业互联网平台。`)).toEqual([
      ['一', '重点任务', '区工信局', '2024年底前完成'],
    ]);
  });

  it('should give the deadline of a group\'s unit clause to items that keep their own lead', async () => {
    expect(
      await tasks(`（一）建设数字基础设施（本部分任务由区经信局牵头，2025年底前完成）
1.建设5G基站。新建5G基站500个。（牵头单位：区发展改革委）
2.建设千兆光网。实现千兆光网小区全覆盖。（配合单位：区住建委）`),
    ).toEqual([
      ['1', '建设数字基础设施', '区发展改革委', '2025年底前完成'],
      ['2', '建设数字基础设施', '区经信局', '2025年底前完成'],
    ]);
  });

  it('should leave a task the deadline it states in its own words, wherever it stands in its text', async () => {
    expect(
      await tasks(`（一）完善基础设施（本部分任务2025年底前完成）
1.改造雨污管网20公里。（牵头单位：区水务局）
2.新建停车位500个，2024年6月底前完成。（牵头单位：区交通局）
3.新建口袋公园5个，力争2024年底前完成。（牵头单位：区园林局）
4.改造老旧小区。2024年底前，完成改造10个。（牵头单位：区住建局）
5.建设公厕。2025年，新建公厕30座。（牵头单位：区城管局）
6.推行垃圾分类，2024年全面推开。（牵头单位：区城管局）`),
    ).toEqual([
      ['1', '完善基础设施', '区水务局', '2025年底前完成'],
      ['2', '完善基础设施', '区交通局', '2024年6月底前完成'],
      ['3', '完善基础设施', '区园林局', '2024年底前完成'],
      ['4', '完善基础设施', '区住建局', '2024年底前'],
      ['5', '完善基础设施', '区城管局', '2025年底前完成'],
      ['6', '完善基础设施', '区城管局', '2024年全面推开'],
    ]);
  });
});
