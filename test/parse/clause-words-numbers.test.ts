import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { findDeadline } from '../../src/parse/deadline.js';
import { parseClause } from '../../src/parse/responsibility.js';
import { groupOpening, shareParts } from '../../src/parse/group-units.js';
import { validateDocument } from '../../src/validate/validate.js';
import { fold } from '../../src/text/fold.js';

const HEAD = '北湖区数字生活提升行动方案\n\n一、重点任务\n';
const tasksOf = async (text: string) => (await parseNotice(HEAD + text)).plan?.tasks.map((t) => [t.number, t.lead, t.participants, t.deadline ?? '']);
const read = (clause: string) => {
  const r = parseClause(clause, fold(clause), false);
  return r && [r.lead, r.participants, r.deadline ?? ''];
};

describe('verbal bracket clauses ending in words that name no units', () => {
  it.each([
    ['区商务局牵头，区文旅局配合，做好政策宣传', ['区商务局'], ['区文旅局'], ''],
    ['区文旅局牵头，区体育局配合，力争2024年底前完成', ['区文旅局'], ['区体育局'], '2024年底前完成'],
    ['区商务局牵头，区文旅局配合，确保2024年底前全覆盖', ['区商务局'], ['区文旅局'], '2024年底前全覆盖'],
    ['区商务局牵头，区文旅局配合，每年开展一次', ['区商务局'], ['区文旅局'], ''],
    ['区商务局牵头，区文旅局配合，逐年提高补贴标准', ['区商务局'], ['区文旅局'], ''],
    ['区商务局牵头，区文旅局配合，每季度底前报送进展', ['区商务局'], ['区文旅局'], ''],
    ['区市场监管局牵头，常态化开展检查', ['区市场监管局'], [], ''],
  ])('should read the units of （%s） and keep its last words', (clause, lead, participants, deadline) => {
    expect(read(clause)).toEqual([lead, participants, deadline]);
  });

  it('should not read prose naming no office as a clause (企业牵头，高校参与，共建实验室)', () => {
    expect(read('企业牵头，高校参与，共建实验室')).toBeNull();
  });

  it('should take a deadline after 力争 or 确保 without the word of resolve', () => {
    const text = '区文旅局牵头，力争2024年底前完成';
    expect(findDeadline(text, fold(text))?.text).toBe('2024年底前完成');
  });

  it('should keep every task whose bracket ends so, in the plan', async () => {
    expect(await tasksOf('（一）发展数字服务业\n1.发展电子商务。（区商务局牵头，区文旅局配合，做好政策宣传）\n2.发展数字文旅。（区文旅局牵头，区体育局配合，力争2024年底前完成）\n3.发展智慧物流。（牵头单位：区交通局）\n')).toEqual([
      ['1', ['区商务局'], ['区文旅局'], ''],
      ['2', ['区文旅局'], ['区体育局'], '2024年底前完成'],
      ['3', ['区交通局'], [], ''],
    ]);
  });
});

describe('clauses led by 负责 or labelled, ending in words that name no units', () => {
  it.each([
    ['区商务局负责，区财政局配合，抓紧推进', ['区商务局'], ['区财政局'], ''],
    ['区商务局负责，区财政局配合，年底前完成', ['区商务局'], ['区财政局'], '年底前完成'],
    ['区商务局负责，区财政局参与，抓紧推进', ['区商务局'], ['区财政局'], ''],
    ['区商务局、区发改局负责，区财政局、区人社局配合，抓紧推进', ['区商务局', '区发改局'], ['区财政局', '区人社局'], ''],
    ['区商务局负责，区财政局参与，区人社局配合，稳步推进', ['区商务局'], ['区财政局', '区人社局'], ''],
    ['区商务局负责，各街道配合，做好政策宣传', ['区商务局'], ['各街道'], ''],
    ['区工业和信息化局负责，区商务局配合，每年开展一次', ['区工业和信息化局'], ['区商务局'], ''],
    ['区商务局牵头，区财政局配合，抓紧推进', ['区商务局'], ['区财政局'], ''],
    ['区商务局、区发改局牵头，区财政局、区人社局配合，抓紧推进', ['区商务局', '区发改局'], ['区财政局', '区人社局'], ''],
    ['牵头：区商务局，配合：区财政局，抓紧推进', ['区商务局'], ['区财政局'], ''],
    ['牵头单位：区商务局；配合单位：区财政局、区人社局；做好政策宣传', ['区商务局'], ['区财政局', '区人社局'], ''],
    ['牵头单位：区商务局，配合单位：区财政局，分步实施，确保完成', ['区商务局'], ['区财政局'], ''],
  ])('should read the units of （%s） and no unit of its last words', (clause, lead, participants, deadline) => {
    expect(read(clause)).toEqual([lead, participants, deadline]);
  });

  it.each([
    ['a name with no verb of doing after a comma', '配合单位：区科技局，天津大学', [[], ['区科技局', '天津大学'], '']],
    ['units given their duty after a comma', '责任单位：区商务局，各相关部门按职责分工落实', [['区商务局'], ['各相关部门'], '']],
  ])('should keep reading the units of a labelled list with %s', (_what, clause, expected) => {
    expect(read(clause)).toEqual(expected);
  });

  it('should read the task with its helpers and report no part unread', async () => {
    const text = `${HEAD}（一）开展促消费活动。组织开展系列促消费活动（区商务局负责，区财政局配合，抓紧推进）。\n（二）培育夜间经济。打造夜间消费街区（区商务局负责，区文旅局参与，年底前完成）。\n`;
    const doc = await parseNotice(text);
    expect(doc.plan?.tasks.map((t) => [t.number, t.lead, t.participants, t.deadline ?? ''])).toEqual([
      ['一', ['区商务局'], ['区财政局'], ''],
      ['二', ['区商务局'], ['区文旅局'], '年底前完成'],
    ]);
    expect(doc.plan?.tasks[0]?.text).toBe('开展促消费活动。组织开展系列促消费活动。');
    expect(validateDocument(doc, text).filter((d) => d.ruleId === 'clause-unread')).toEqual([]);
  });
});

describe('an inline enumeration item whose 负责 runs on into the work', () => {
  it('should read every item of 一是A牵头，…；二是B负责开展…', async () => {
    expect(await tasksOf('（一）加强数据安全\n一是区网信办牵头，建立数据安全监测平台；二是区公安分局负责开展数据安全专项执法检查。\n')).toEqual([
      ['一', ['区网信办'], [], ''],
      ['二', ['区公安分局'], [], ''],
    ]);
  });
});

describe('sentences sharing units out by number', () => {
  it('should read numbers listed without 第 (以上1、2项由A牵头) but not 以上3项 alone', () => {
    expect(shareParts(fold('以上1、2项由区工信局牵头，第3项由区农业农村委牵头'))?.map((p) => p.ordinals)).toEqual([[1, 2], [3]]);
    expect(shareParts(fold('以上3项由区工信局牵头'))).toBeNull();
  });

  it('should read one opening with 其中', () => {
    expect(shareParts(fold('其中，第1、2项由区工信局牵头，第3项由区农业农村委牵头'))?.map((p) => p.ordinals)).toEqual([[1, 2], [3]]);
  });

  it('should take a sentence that names no role for no clause (以上第1、2项为约束性指标)', async () => {
    expect(shareParts(fold('以上第1、2项为年度重点督办事项，第3项纳入区政府民生实事'))).toBeNull();
    const text = `${HEAD}（一）深化大气污染防治\n1.推进企业深度治理。（牵头单位：区生态环境分局）\n2.加强扬尘管控。（牵头单位：区住建委）\n以上第1、2项为年度重点督办事项。\n`;
    const doc = await parseNotice(text);
    expect(validateDocument(doc, text).filter((d) => d.ruleId === 'clause-unread')).toEqual([]);
  });

  it('should give the items their units from 以上1、2项由A牵头，第3项由B牵头', async () => {
    expect(await tasksOf('（一）推动产业数字化\n1.实施智能化改造。\n2.培育工业互联网平台。\n3.发展数字农业。\n以上1、2项由区工信局牵头，第3项由区农业农村委牵头。\n')).toEqual([
      ['1', ['区工信局'], [], ''],
      ['2', ['区工信局'], [], ''],
      ['3', ['区农业农村委'], [], ''],
    ]);
  });
});

describe('a part\'s clause written with its labels after 本部分', () => {
  it('should take 本部分牵头单位： as the opening of a part\'s clause', () => {
    expect(groupOpening(fold('本部分牵头单位：区工信局；配合单位：区财政局'))?.points).toBe('part');
    expect(groupOpening(fold('本部分所称企业是指'))).toBeNull();
  });

  it('should give the part\'s units to its items, in the heading or on a line of its own', async () => {
    const heading = await tasksOf('（一）推动产业数字化（本部分牵头单位：区工信局；配合单位：区财政局）\n1.实施智能化改造。\n2.培育工业互联网平台。（配合单位：区科技局）\n');
    const line = await tasksOf('（一）推动产业数字化\n本部分牵头单位：区工信局；配合单位：区财政局。\n1.实施智能化改造。\n2.培育工业互联网平台。（配合单位：区科技局）\n');
    for (const tasks of [heading, line]) {
      expect(tasks).toEqual([
        ['1', ['区工信局'], ['区财政局'], ''],
        ['2', ['区工信局'], ['区财政局', '区科技局'], ''],
      ]);
    }
  });
});

describe('本项工作由A负责 after an item\'s sub-items', () => {
  it('should give the clause to the item over the sub-items, not the last of them', async () => {
    expect(await tasksOf('（一）推进城市更新\n1.实施老旧小区改造。\n（1）完成加装电梯50部；\n（2）新增停车位1000个。\n本项工作由区住建委负责，各街道配合。\n2.推进城中村改造。（牵头单位：区住建委）\n')).toEqual([
      ['1', ['区住建委'], ['各街道'], ''],
      ['2', ['区住建委'], [], ''],
    ]);
  });
});
