import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

/** A covering line after the safeguards part, the plan's last (probe82). */
const tasks = ['某区科技创新2024年工作要点', '一、重点任务', '1.建设创新联合体。年内新增创新联合体3家。（牵头单位：区科技局）', '2.开展科普活动。每年举办科技活动周。'];
const safeguards = ['二、保障措施', '（一）加强组织领导。区科技局要加强统筹协调。', '（二）强化督查考核。区政府督查室负责督查。'];

const read = async (lines: string[]) => {
  const doc = await parseNotice([...lines, ''].join('\n'));
  return {
    tasks: doc.plan!.tasks.map((t) => [t.path.join(''), t.title, t.lead.join('、'), t.participants.join('、')]),
    safeguards: doc.plan!.safeguards.map((s) => [s.title, s.text]),
    unread: doc.diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => d.message),
  };
};

const safeguardsRead = [
  ['加强组织领导', '区科技局要加强统筹协调。'],
  ['强化督查考核', '区政府督查室负责督查。'],
];

describe('a blanket line after the safeguards part', () => {
  it('should give its units to the task items above the safeguards, the safeguards part staying no task', async () => {
    expect(await read([...tasks, ...safeguards, '以上任务各街道均为责任单位，不再一一列出。'])).toEqual({
      tasks: [
        ['一、1.', '建设创新联合体', '区科技局', ''],
        ['一、2.', '开展科普活动', '各街道', ''],
      ],
      safeguards: safeguardsRead,
      unread: [],
    });
  });

  it('should read as the same line standing right after the task items', async () => {
    const after = await read([...tasks, ...safeguards, '以上任务各街道均为责任单位，不再一一列出。']);
    const before = await read([...tasks, '以上任务各街道均为责任单位，不再一一列出。', ...safeguards]);
    expect(after.tasks).toEqual(before.tasks);
  });

  it('should cover the last group of items above a safeguards part named otherwise, in brackets, as the group\'s clause where none names units', async () => {
    const lines = [
      '某县乡村振兴2024年工作要点',
      '一、总体要求',
      '坚持农业农村优先发展。',
      '二、重点任务',
      '（一）发展特色产业',
      '1.壮大茶叶产业。新建茶园2000亩。',
      '2.发展乡村旅游。培育精品线路3条。',
      '三、组织实施',
      '（一）压实工作责任。县委农办统筹推进。',
      '（各乡镇人民政府为以上各项任务的责任单位，不再逐一列出）',
    ];
    const got = await read(lines);
    expect(got.tasks).toEqual([['二、（一）', '发展特色产业', '各乡镇人民政府', '']]);
    expect(got.safeguards).toEqual([['压实工作责任', '县委农办统筹推进。']]);
    expect(got.unread).toEqual([]);
  });
});

describe('a blanket sentence ending the last item of the safeguards part', () => {
  it('should cover the task items above, neither that safeguard nor the part becoming a task', async () => {
    const lines = [...safeguards];
    lines[2] = '（二）强化督查考核。区政府督查室负责督查。以上任务各街道均为责任单位，不再一一列出。';
    const got = await read([...tasks, ...lines]);
    expect(got.tasks).toEqual([
      ['一、1.', '建设创新联合体', '区科技局', ''],
      ['一、2.', '开展科普活动', '各街道', ''],
    ]);
    expect(got.safeguards.map((s) => s[0])).toEqual(['加强组织领导', '强化督查考核']);
    expect(got.unread).toEqual([]);
  });

  it('should do so where it ends the part\'s only safeguard', async () => {
    const got = await read([...tasks, '二、保障措施', '（一）加强组织领导。区科技局要加强统筹协调。以上任务各街道均为责任单位。']);
    expect(got.tasks).toEqual([
      ['一、1.', '建设创新联合体', '区科技局', ''],
      ['一、2.', '开展科普活动', '各街道', ''],
    ]);
  });
});

describe('a covering line other than a blanket one after the safeguards part', () => {
  it('should give nothing, the safeguards part staying no task, and a clause-unread warning say so', async () => {
    const got = await read([...tasks, ...safeguards, '以上任务由区科技局牵头，各街道配合。']);
    expect(got.tasks).toEqual([['一、1.', '建设创新联合体', '区科技局', '']]);
    expect(got.safeguards).toEqual(safeguardsRead);
    expect(got.unread).toEqual(['the responsibility clause "以上任务由区科技局牵头，各街道配合" stands in the safeguards part (二、保障措施), whose items are no tasks: it gives its units to no task']);
  });
});
