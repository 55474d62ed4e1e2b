import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

/**
 * A covering line after the last group's items (以上任务由A牵头，B配合。) reaches the groups above it
 * when the items are numbered on across the groups, or when it ends the part with the numbers
 * restarting; a group heading never becomes a task by it over items numbered on.
 */
const read = async (text: string) => {
  const doc = await parseNotice(text);
  return {
    tasks: (doc.plan?.tasks ?? []).map((t) => [t.number, t.title, t.lead.join('、'), t.participants.join('、')]),
    unread: doc.diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => d.line),
  };
};

const HEAD = '某区2024年科技工作要点\n\n';
const GROUP_ONE = '一、强化创新主体\n1.培育高新技术企业。新增高企30家。\n2.壮大科技型中小企业。入库企业200家。\n';
const GROUP_TWO_ON = '二、优化创新生态\n3.建设孵化载体。新增众创空间2家。\n4.引育科技人才。引进人才50名。\n';
const GROUP_TWO_AGAIN = '二、优化创新生态\n1.建设孵化载体。新增众创空间2家。\n2.引育科技人才。引进人才50名。\n';
const SAFEGUARDS = '三、保障措施\n加强组织领导。\n';
const LINE = '以上任务由区科技局牵头，各街道配合。\n';
const ALL_FOUR = [
  ['1', '培育高新技术企业', '区科技局', '各街道'],
  ['2', '壮大科技型中小企业', '区科技局', '各街道'],
  ['3', '建设孵化载体', '区科技局', '各街道'],
  ['4', '引育科技人才', '区科技局', '各街道'],
];

describe('a covering line after the last group, the items numbered on across the groups', () => {
  it('should give every item of every group its units, and make no group a task', async () => {
    expect(await read(HEAD + GROUP_ONE + GROUP_TWO_ON + LINE + SAFEGUARDS)).toEqual({ tasks: ALL_FOUR, unread: [] });
  });

  it('should read no task without the line (items naming no units)', async () => {
    expect((await read(HEAD + GROUP_ONE + GROUP_TWO_ON + SAFEGUARDS)).tasks).toEqual([]);
  });

  it('should read the sentence ending the last item as the line, leaving that item its own text', async () => {
    const doc = await parseNotice(HEAD + GROUP_ONE + '二、优化创新生态\n3.建设孵化载体。新增众创空间2家。\n4.引育科技人才。引进人才50名。以上任务由区科技局牵头，各街道配合。\n' + SAFEGUARDS);
    expect(doc.plan!.tasks.map((t) => [t.number, t.lead.join('、'), t.participants.join('、'), t.text])).toEqual([
      ['1', '区科技局', '各街道', '培育高新技术企业。新增高企30家。'],
      ['2', '区科技局', '各街道', '壮大科技型中小企业。入库企业200家。'],
      ['3', '区科技局', '各街道', '建设孵化载体。新增众创空间2家。'],
      ['4', '区科技局', '各街道', '引育科技人才。引进人才50名。'],
    ]);
  });

  it('should read the sentence in brackets ending the last item as the line', async () => {
    const text = HEAD + GROUP_ONE + '二、优化创新生态\n3.建设孵化载体。新增众创空间2家。\n4.引育科技人才。引进人才50名。（以上任务由区科技局牵头，各街道配合）\n' + SAFEGUARDS;
    expect((await read(text)).tasks).toEqual(ALL_FOUR);
  });

  it('should read the line in traditional characters', async () => {
    const text =
      '某區2024年科技工作要點\n\n一、強化創新主體\n1.培育高新技術企業。新增高企30家。\n2.壯大科技型中小企業。入庫企業200家。\n' +
      '二、優化創新生態\n3.建設孵化載體。新增眾創空間2家。\n4.引育科技人才。引進人才50名。\n以上任務由區科技局牽頭，各街道配合。\n三、保障措施\n加強組織領導。\n';
    expect((await read(text)).tasks.map((t) => [t[0], t[2], t[3]])).toEqual([
      ['1', '區科技局', '各街道'],
      ['2', '區科技局', '各街道'],
      ['3', '區科技局', '各街道'],
      ['4', '區科技局', '各街道'],
    ]);
  });

  it('should read 以上工作由A负责 at the end of the text as the line', async () => {
    expect((await read(HEAD + GROUP_ONE + GROUP_TWO_ON + '以上工作由区科技局负责。\n')).tasks).toEqual(ALL_FOUR.map(([n, t]) => [n, t, '区科技局', '']));
  });

  it('should give the units to the items above naming none, when the last group\'s items all name their own, and report nothing', async () => {
    const text = HEAD + GROUP_ONE + '二、优化创新生态\n3.建设孵化载体。（责任单位：区发改委）\n4.引育科技人才。（责任单位：区人社局）\n' + LINE + SAFEGUARDS;
    expect(await read(text)).toEqual({
      tasks: [
        ['1', '培育高新技术企业', '区科技局', '各街道'],
        ['2', '壮大科技型中小企业', '区科技局', '各街道'],
        ['3', '建设孵化载体', '区发改委', ''],
        ['4', '引育科技人才', '区人社局', ''],
      ],
      unread: [],
    });
  });

  it('should still report a line whose items above all name their own units', async () => {
    const text =
      HEAD +
      '一、强化创新主体\n1.培育高新技术企业。（责任单位：区经信局）\n2.壮大科技型中小企业。（责任单位：区经信局）\n' +
      '二、优化创新生态\n3.建设孵化载体。（责任单位：区发改委）\n4.引育科技人才。（责任单位：区人社局）\n' +
      LINE +
      SAFEGUARDS;
    expect((await read(text)).unread).toEqual([9]);
  });

  it('should keep the units of items naming their own, and give its lead to an item naming only helpers', async () => {
    const text =
      HEAD +
      '一、强化创新主体\n1.培育高新技术企业。（责任单位：区发改委）\n2.壮大科技型中小企业。入库企业200家。\n' +
      '二、优化创新生态\n3.建设孵化载体。新增众创空间2家。\n4.引育科技人才。（配合单位：区人社局）\n' +
      LINE +
      SAFEGUARDS;
    expect((await read(text)).tasks).toEqual([
      ['1', '培育高新技术企业', '区发改委', ''],
      ['2', '壮大科技型中小企业', '区科技局', '各街道'],
      ['3', '建设孵化载体', '区科技局', '各街道'],
      ['4', '引育科技人才', '区科技局', '各街道、区人社局'],
    ]);
  });

  it('should give each group\'s line to that group\'s items (one line after each group)', async () => {
    const text = HEAD + GROUP_ONE + '以上任务由区住房城乡建设局牵头，区财政局配合。\n' + GROUP_TWO_ON + '以上任务由区城市管理局牵头，区交通局配合。\n';
    expect((await read(text)).tasks).toEqual([
      ['1', '培育高新技术企业', '区住房城乡建设局', '区财政局'],
      ['2', '壮大科技型中小企业', '区住房城乡建设局', '区财政局'],
      ['3', '建设孵化载体', '区城市管理局', '区交通局'],
      ['4', '引育科技人才', '区城市管理局', '区交通局'],
    ]);
  });

  it('should give a line inside the first group to its items alone, not to the group after it', async () => {
    expect((await read(HEAD + GROUP_ONE + LINE + GROUP_TWO_ON + SAFEGUARDS)).tasks).toEqual(ALL_FOUR.slice(0, 2));
  });

  it('should not reach a part stating aims (一、总体要求) above the groups', async () => {
    const text = HEAD + '一、总体要求\n1.指导思想。坚持创新驱动。\n2.发展目标。高企总数达到300家。\n' +
      '二、强化创新主体\n3.培育高新技术企业。新增高企30家。\n三、优化创新生态\n4.建设孵化载体。新增众创空间2家。\n' + LINE + '四、保障措施\n加强组织领导。\n';
    expect((await read(text)).tasks).toEqual([
      ['3', '培育高新技术企业', '区科技局', '各街道'],
      ['4', '建设孵化载体', '区科技局', '各街道'],
    ]);
  });
});

describe('a covering line after the last group, the numbers restarting in each group', () => {
  it('should cover every group of the part when it stands before the safeguards: each group naming none is the task', async () => {
    expect(await read(HEAD + GROUP_ONE + GROUP_TWO_AGAIN + LINE + SAFEGUARDS)).toEqual({
      tasks: [
        ['一', '强化创新主体', '区科技局', '各街道'],
        ['二', '优化创新生态', '区科技局', '各街道'],
      ],
      unread: [],
    });
  });

  it('should cover the groups of the part it ends (二、重点任务 / （一） / （二）), not the part of aims before it', async () => {
    const text =
      HEAD +
      '一、总体要求\n到2025年，高企总数达到300家。\n二、重点任务\n' +
      '（一）强化创新主体\n1.培育高新技术企业。新增高企30家。\n2.壮大科技型中小企业。入库企业200家。\n' +
      '（二）优化创新生态\n1.建设孵化载体。新增众创空间2家。\n2.引育科技人才。引进人才50名。\n' +
      LINE +
      SAFEGUARDS;
    expect((await read(text)).tasks).toEqual([
      ['一', '强化创新主体', '区科技局', '各街道'],
      ['二', '优化创新生态', '区科技局', '各街道'],
    ]);
  });

  it('should cover its own group alone when another part of tasks follows it', async () => {
    const text = HEAD + GROUP_ONE + GROUP_TWO_AGAIN + LINE + '三、推进重点项目\n1.建设科创园。（责任单位：区发改委）\n';
    expect((await read(text)).tasks).toEqual([
      ['二', '优化创新生态', '区科技局', '各街道'],
      ['1', '建设科创园', '区发改委', ''],
    ]);
  });

  it('should give a line inside the first group to that group alone', async () => {
    expect((await read(HEAD + GROUP_ONE + LINE + GROUP_TWO_AGAIN + SAFEGUARDS)).tasks).toEqual([['一', '强化创新主体', '区科技局', '各街道']]);
  });

  it('should keep 本部分任务由A牵头 after the last group to that group', async () => {
    expect((await read(HEAD + GROUP_ONE + GROUP_TWO_AGAIN + '本部分任务由区科技局牵头，各街道配合。\n' + SAFEGUARDS)).tasks).toEqual([['二', '优化创新生态', '区科技局', '各街道']]);
  });
});
