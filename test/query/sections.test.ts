import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/model/types.js';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';
import { queryTasks } from '../../src/query/select-tasks.js';
import { fixture } from './seed.js';

/**
 * fixtures/query/nested-sections.txt: 一、重点任务 › （一）发展乡村产业 › 1．/2． › （1）（2）, the
 * three tasks 建设高标准农田, 发展设施农业, 扶持农民合作社; and （二）建设宜居乡村 › 3． › ①② and
 * 4．, the three tasks 推进垃圾分类, 治理农村污水, 推进农村道路建设.
 */
const NESTED = 'fixtures/query/nested-sections.txt';

const parse = (text: string): Promise<PlanDocument> => parseNotice(Buffer.from(text), { name: 'inline.txt' });
const titles = (rows: ReadonlyArray<{ title: string }>): string[] => rows.map((r) => r.title);

describe('sections of an outline three levels deep', () => {
  it('should be the （一）/（二） groups, not the 1．/2． subgroups', async () => {
    const doc = await fixture(NESTED);
    expect(doc.plan?.sections.map((s) => [s.label, s.title])).toEqual([
      ['（一）', '发展乡村产业'],
      ['（二）', '建设宜居乡村'],
    ]);
  });

  it('should give --section （一） every task under （一）, however deep', async () => {
    expect(titles(await queryTasks(await fixture(NESTED), { section: '（一）' }))).toEqual(['建设高标准农田', '发展设施农业', '扶持农民合作社']);
  });

  it('should give --section 一 every task of the part 一、, both its groups', async () => {
    expect(titles(await queryTasks(await fixture(NESTED), { section: '一' }))).toEqual(['建设高标准农田', '发展设施农业', '扶持农民合作社', '推进垃圾分类', '治理农村污水', '推进农村道路建设']);
  });

  it('should give --section 二 the tasks of （二） only, the ① ② items among them', async () => {
    expect(titles(await queryTasks(await fixture(NESTED), { section: '二' }))).toEqual(['推进垃圾分类', '治理农村污水', '推进农村道路建设']);
  });

  // --section 一 is the part 一、 (its tasks stand under it), so the groups are offered as written: （二）, not the 二 of a part.
  it('should have no section 三, and name the part, the two groups and the 1． 2． 3． items holding tasks, each as --section reads it', async () => {
    await expect(queryTasks(await fixture(NESTED), { section: '三' })).rejects.toMatchObject({ code: 'no-such-section', suggestions: ['一', '（一）', '（二）', '1', '2', '3'] });
  });

  it('should name the sections of a batch by kind and in order, whatever order the notices come in', async () => {
    const second = await parse('某区方案\n\n一、重点任务\n\n（二）乙组\n\n1．任务乙。（牵头单位：区财政局）\n\n（一）甲组\n\n2．任务甲。（牵头单位：区科技局）\n');
    const third = await parse('某区方案\n\n2 重点任务\n\n2.2 乙组\n\n2.2.1 任务丙。（牵头单位：区商务局）\n\n2.1 甲组\n\n2.1.1 任务丁。（牵头单位：区民政局）\n');
    await expect(queryTasks([third, second, await fixture(NESTED)], { section: '九' })).rejects.toMatchObject({
      code: 'no-such-section',
      // The decimal chapter 2 and NESTED's 1． 2． 3． holding tasks are reached by their numbers too.
      suggestions: ['1', '2', '2.1', '2.2', '3', '一', '（一）', '（二）'],
    });
  });

  it('should name no section of a task table that has no numbered ones, rather than an empty number', async () => {
    const doc = await parse('某区方案\n\n附件\n\n某区重点任务分解表\n\n序号\t重点任务\t牵头单位\n1\t建设养老服务综合体\t区民政局\n2\t培训养老护理员\t区人社局\n');
    expect(doc.plan?.tasks.map((t) => t.title)).toEqual(['建设养老服务综合体', '培训养老护理员']);
    await expect(queryTasks(doc, { section: '一' })).rejects.toMatchObject({ code: 'no-such-section', suggestions: [] });
  });

  it('should take the top level for the groups of an outline without parts', async () => {
    const doc = await parse('某方案\n\n（一）甲组\n\n1．子组\n\n（1）任务甲。（牵头单位：区科技局）\n\n（二）乙组\n\n2．任务乙。（牵头单位：区财政局）\n');
    expect(doc.plan?.tasks.map((t) => [t.title, t.section?.title])).toEqual([
      ['任务甲', '甲组'],
      ['任务乙', '乙组'],
    ]);
  });

  it('should take the part for the group of tasks that sit right under it', async () => {
    const doc = await parse('某方案\n\n一、重点任务\n\n1．任务甲。（牵头单位：区科技局）\n\n2．任务乙。（牵头单位：区财政局）\n\n二、保障措施\n\n加强领导。\n');
    expect(doc.plan?.tasks.map((t) => [t.title, t.section?.number, t.section?.title])).toEqual([
      ['任务甲', '一', '重点任务'],
      ['任务乙', '一', '重点任务'],
    ]);
  });

  it('should make a task at the group level of a part with groups a group of its own', async () => {
    const doc = await parse(
      '某方案\n\n一、重点任务\n\n（一）甲组\n\n1．任务甲。（牵头单位：区科技局）\n\n（二）任务乙。推进某事。（牵头单位：区财政局）\n',
    );
    expect(doc.plan?.tasks.map((t) => [t.title, t.section?.number])).toEqual([
      ['任务甲', '一'],
      ['任务乙', '二'],
    ]);
  });
});

/**
 * fixtures/styles/decimal-chapters.txt: 1 总体要求; 2 重点任务 › 2.1 推进老旧小区改造 › 2.1.1, 2.1.2 and
 * 2.2 完善城市功能 › 2.2.1; 3 保障措施. Chapters without a dot, as GB/T 1.1 numbers them.
 */
const DECIMAL = 'fixtures/styles/decimal-chapters.txt';

describe('sections of a decimal outline', () => {
  it('should be the 2.1/2.2 groups of chapter 2, each task in its group', async () => {
    const doc = await fixture(DECIMAL);
    expect(doc.plan?.sections.map((s) => [s.label, s.title])).toEqual([
      ['2.1', '推进老旧小区改造'],
      ['2.2', '完善城市功能'],
    ]);
    expect(doc.plan?.tasks.map((t) => [t.number, t.section?.number])).toEqual([
      ['2.1.1', '2.1'],
      ['2.1.2', '2.1'],
      ['2.2.1', '2.2'],
    ]);
  });

  it.each([
    ['2.1', ['完善基础设施', '加装电梯']],
    ['（2.2）', ['建设口袋公园']],
    ['2', ['完善基础设施', '加装电梯', '建设口袋公园']],
  ])('should give --section %s its tasks', async (section, expected) => {
    expect(titles(await queryTasks(await fixture(DECIMAL), { section }))).toEqual(expected);
  });

  it('should have no section 2.3 or 3, and name the groups there are and the chapter 2 that --section 2 reaches', async () => {
    for (const section of ['2.3', '3']) {
      await expect(queryTasks(await fixture(DECIMAL), { section })).rejects.toMatchObject({ code: 'no-such-section', suggestions: ['2', '2.1', '2.2'] });
    }
  });

  it('should group the tasks of chapters written 2. the same way', async () => {
    const doc = await parse('某方案\n\n1. 总体目标\n\n到2027年，完成改造120个。\n\n2. 重点任务\n\n2.1 推进改造\n\n2.1.1 完善设施。改造管线。（牵头单位：区住房城乡建设委）\n');
    expect(doc.plan?.tasks.map((t) => [t.path, t.section?.number])).toEqual([[['2.', '2.1', '2.1.1'], '2.1']]);
    expect(titles(await queryTasks(doc, { section: '2.1' }))).toEqual(['完善设施']);
  });
});

/**
 * A task table with group rows spanning it (一、… 二、…) over 重点任务 cells spanning their measures:
 * 一 › 改造提升县城商业设施 › 1, 2 and 二 › 整合快递物流资源 › 5, 6; the 重点任务 cells over one measure
 * (建设乡镇商贸中心 over 3, 推进客货邮融合发展 over 4) title their rows, in their group row's section.
 */
describe('sections of a task table with group rows over 重点任务 cells', () => {
  const TABLE =
    '<html><body><h1>某县人民政府办公室关于印发某县商业体系建设方案的通知</h1><p>各乡镇人民政府：</p><p>现印发给你们，请认真落实。</p>' +
    '<p align="right">某县人民政府办公室</p><p align="right">2024年9月2日</p><p align="center">某县商业体系建设方案</p><table border="1">' +
    '<tr><th>序号</th><th>重点任务</th><th>具体措施</th><th>牵头单位</th><th>配合单位</th></tr>' +
    '<tr><td colspan="5">一、完善县域商业网络</td></tr>' +
    '<tr><td>1</td><td rowspan="2">改造提升县城商业设施</td><td>改造综合商贸服务中心</td><td rowspan="2">县商务局</td><td>县住建局</td></tr>' +
    '<tr><td>2</td><td>建设物流配送中心</td><td>县交通运输局</td></tr>' +
    '<tr><td>3</td><td>建设乡镇商贸中心</td><td>新建乡镇商贸中心</td><td>县商务局</td><td>各乡镇人民政府</td></tr>' +
    '<tr><td colspan="5">二、健全农村物流体系</td></tr>' +
    '<tr><td>4</td><td>推进客货邮融合发展</td><td>开通客货邮线路</td><td>县交通运输局</td><td>县邮政分公司</td></tr>' +
    '<tr><td>5</td><td rowspan="2">整合快递物流资源</td><td>推动共同配送</td><td>县邮政管理局</td><td>县商务局</td></tr>' +
    '<tr><td>6</td><td>建设村级服务站</td><td>县邮政管理局</td><td>各乡镇人民政府</td></tr>' +
    '</table></body></html>';
  const doc = (): Promise<PlanDocument> => parseNotice(TABLE, { format: 'html', name: 'inline.html' });

  it('should number each spanning 重点任务 within its group row and put both in the tasks\' paths', async () => {
    const plan = (await doc()).plan!;
    expect(plan.tasks.map((t) => [t.number, t.path, t.title, t.section?.number, t.section?.title])).toEqual([
      ['1', ['一、', '1', '1'], '改造综合商贸服务中心', '1.1', '改造提升县城商业设施'],
      ['2', ['一、', '1', '2'], '建设物流配送中心', '1.1', '改造提升县城商业设施'],
      ['3', ['一、', '3'], '建设乡镇商贸中心', '一', '完善县域商业网络'],
      ['4', ['二、', '4'], '推进客货邮融合发展', '二', '健全农村物流体系'],
      ['5', ['二、', '1', '5'], '推动共同配送', '2.1', '整合快递物流资源'],
      ['6', ['二、', '1', '6'], '建设村级服务站', '2.1', '整合快递物流资源'],
    ]);
    expect(plan.sections.map((s) => [s.number, s.label, s.title])).toEqual([
      ['一', '一、', '完善县域商业网络'],
      ['1.1', '', '改造提升县城商业设施'],
      ['二', '二、', '健全农村物流体系'],
      ['2.1', '', '整合快递物流资源'],
    ]);
  });

  it.each([
    ['二', ['推进客货邮融合发展', '推动共同配送', '建设村级服务站']],
    ['一', ['改造综合商贸服务中心', '建设物流配送中心', '建设乡镇商贸中心']],
    ['(一)', ['改造综合商贸服务中心', '建设物流配送中心', '建设乡镇商贸中心']],
    ['1.1', ['改造综合商贸服务中心', '建设物流配送中心']],
    ['2.1', ['推动共同配送', '建设村级服务站']],
    // A digit is the 重点任务 groups numbered 1 in each group row, not the row 一、 …
    ['1', ['改造综合商贸服务中心', '建设物流配送中心', '推动共同配送', '建设村级服务站']],
    // … and where no group is numbered 2, it reads at any level: the row 二、.
    ['2', ['推进客货邮融合发展', '推动共同配送', '建设村级服务站']],
  ])('should give --section %s the tasks under that group row or 重点任务', async (section, expected) => {
    expect(titles(await queryTasks(await doc(), { section }))).toEqual(expected);
  });
});

/** Task tables grouped by a 类别 column: the categories are sections, asked for by title as well as by count. */
describe('sections of a 重点任务 group numbered within a table\'s group row standing in a part', () => {
  // 二、 over a table whose row （一） spans it; 建设5G网络 spans two measures, each with its own 序号.
  const TEXT =
    '某区数字经济行动方案\n\n一、发展目标\n\n到2025年，数字经济增加值达到100亿元。\n\n二、重点任务\n\n| 序号 | 重点任务 | 具体措施 | 牵头单位 |\n| --- | --- | --- | --- |\n' +
    '| （一）夯实数字基础设施 | | | |\n| 1 | 建设5G网络 | 新建5G基站100个 | 区工信局 |\n| 2 | 建设5G网络 | 推进千兆光网 | 区工信局 |\n| 3 | 建设算力中心 | 建设算力中心一座 | 区发改局 |\n' +
    '| （二）发展数字产业 | | | |\n| 4 | 培育软件企业 | 新增软件企业10家 | 区科技局 |\n\n三、保障措施\n\n（一）加强组织领导。\n';
  const doc = () => parseNotice(Buffer.from(TEXT), { name: 'inline.md' });

  // A 重点任务 cell over one measure titles its row (建设算力中心, 培育软件企业).
  it('should give --section 二（一） the measures of its 重点任务 group (1.1) with the row\'s other tasks', async () => {
    expect(titles(await queryTasks(await doc(), { section: '二（一）' }))).toEqual(['新建5G基站100个', '推进千兆光网', '建设算力中心']);
    expect(titles(await queryTasks(await doc(), { section: '二（二）' }))).toEqual(['培育软件企业']);
  });

  it('should not give them to another part\'s （一）', async () => {
    await expect(queryTasks(await doc(), { section: '一（一）' })).rejects.toMatchObject({ code: 'no-such-section' });
  });
});

describe('sections of a task table with a 类别 column', () => {
  const numbers = (rows: ReadonlyArray<{ number: string }>): string[] => rows.map((r) => r.number);
  const html = (): Promise<PlanDocument> => parseFile('fixtures/styles/task-table-category-column.html');
  const tab = (): Promise<PlanDocument> => parseFile('fixtures/styles/task-table-category-tab.txt');

  it('should make each category of a spanning cell the section of its rows', async () => {
    const plan = (await html()).plan!;
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      ['', '隐患排查'],
      ['', '应急准备'],
      ['', '物资保障'],
    ]);
    expect(plan.tasks.map((t) => [t.number, t.section?.title])).toEqual([
      ['1', '隐患排查'],
      ['2', '隐患排查'],
      ['3', '隐患排查'],
      ['4', '应急准备'],
      ['5', '物资保障'],
      ['6', '物资保障'],
    ]);
  });

  it('should fill the empty cells under a category written once with it', async () => {
    const plan = (await tab()).plan!;
    expect(plan.tasks.map((t) => [t.number, t.section?.number, t.section?.title])).toEqual([
      ['1', '', '污水治理'],
      ['2', '', '污水治理'],
      ['3', '', '村庄清洁'],
      ['4', '', '村庄清洁'],
      ['5', '', '村庄清洁'],
    ]);
  });

  it.each([
    ['物资保障', ['5', '6']],
    ['物资 保障', ['5', '6']],
    ['物資保障', ['5', '6']],
    ['应急准备', ['4']],
  ])('should give --section %s the tasks of that category', async (section, expected) => {
    expect(numbers(await queryTasks(await html(), { section }))).toEqual(expected);
  });

  it('should give a section by its title in a document whose categories are lines of their own', async () => {
    const doc = await parseNotice(
      '某区2025年安全生产重点任务清单\n类别\n序号\n任务内容\n牵头单位\n配合单位\n完成时限\n风险防控\n1\n开展燃气安全专项整治。\n区城市管理委\n区应急局\n2025年10月底前\n' +
        '2\n排查自建房安全隐患。\n区住房城乡建设委\n区规划资源局\n2025年12月底前\n执法检查\n3\n检查危险化学品企业。\n区应急局\n区消防救援支队\n全年\n',
      { format: 'text', name: 'inline.txt' },
    );
    expect(numbers(await queryTasks(doc, { section: '执法检查' }))).toEqual(['3']);
  });

  const page = (rows: string): Promise<PlanDocument> =>
    parseNotice(
      `<html><head><meta charset="utf-8"><title>某区2024年乡村振兴重点任务分工方案</title></head><body><h2>某区2024年乡村振兴重点任务分工方案</h2><table border="1"><tr><th>类别</th><th>序号</th><th>重点任务</th><th>牵头单位</th><th>责任单位</th></tr>${rows}</table></body></html>`,
      { format: 'html', name: 'category.html' },
    );
  const cells = (...rows: string[][]): string => rows.map((r) => `<tr>${r.map((c) => (c.startsWith('<') ? c : `<td>${c}</td>`)).join('')}</tr>`).join('');

  it('should number and title a category written with a part\'s number (一、粮食安全) by it', async () => {
    const doc = await page(cells(['一、粮食安全', '1', '稳定粮食播种面积', '区农业农村局', '各街道'], ['二、乡村建设', '2', '推进四好农村路建设', '区交通运输局', '区财政局']));
    expect(doc.plan!.tasks.map((t) => [t.number, t.section?.number, t.section?.title, t.path])).toEqual([
      ['1', '一', '粮食安全', ['一、', '1']],
      ['2', '二', '乡村建设', ['二、', '2']],
    ]);
    expect(numbers(await queryTasks(doc, { section: '粮食安全' }))).toEqual(['1']);
    expect(numbers(await queryTasks(doc, { section: '二' }))).toEqual(['2']);
  });

  it('should number a category spanning its rows (rowspan) by the number it is written with', async () => {
    const doc = await page(
      cells(
        ['<td rowspan="2">一、粮食安全</td>', '1', '稳定粮食播种面积', '区农业农村局', '各街道'],
        ['2', '新建高标准农田', '区农业农村局', '区财政局'],
        ['<td rowspan="2">二、乡村建设</td>', '3', '推进农村人居环境整治', '区城管执法局', '区农业农村局'],
        ['4', '推进四好农村路建设', '区交通运输局', '区财政局'],
      ),
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.section?.number, t.section?.title])).toEqual([
      ['1', '一', '粮食安全'],
      ['2', '一', '粮食安全'],
      ['3', '二', '乡村建设'],
      ['4', '二', '乡村建设'],
    ]);
    expect(numbers(await queryTasks(doc, { section: '一' }))).toEqual(['1', '2']);
  });

  it('should know measures numbered again in each numbered category by the category\'s value and theirs', async () => {
    const doc = await page(
      cells(
        ['<td rowspan="2">一、粮食安全</td>', '1', '稳定粮食播种面积', '区农业农村局', '各街道'],
        ['2', '新建高标准农田', '区农业农村局', '区财政局'],
        ['<td rowspan="2">二、乡村建设</td>', '1', '推进农村人居环境整治', '区城管执法局', '区农业农村局'],
        ['2', '推进四好农村路建设', '区交通运输局', '区财政局'],
      ),
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.section?.number, t.path])).toEqual([
      ['1.1', '一', ['一、', '1']],
      ['1.2', '一', ['一、', '2']],
      ['2.1', '二', ['二、', '1']],
      ['2.2', '二', ['二、', '2']],
    ]);
  });

  it('should reject a title no section has, listing the sections by title', async () => {
    await expect(queryTasks(await html(), { section: '宣传培训' })).rejects.toMatchObject({ code: 'no-such-section', suggestions: ['隐患排查', '应急准备', '物资保障'] });
  });

  it('should reject a number no category is written with (the table counts none)', async () => {
    await expect(queryTasks(await html(), { section: '2' })).rejects.toMatchObject({ code: 'no-such-section' });
  });

  // The same table as HTML (rowspan), tab-separated (the cell written once over empty cells) and
  // flattened one cell per line (the category on a line of its own): one reading.
  const FORMS: Array<[string, () => Promise<PlanDocument>]> = [
    ['HTML', () => page(cells(['<td rowspan="2">粮食安全</td>', '1', '稳定粮食播种面积', '区农业农村局', '各街道'], ['2', '新建高标准农田', '区农业农村局', '区财政局'], ['乡村建设', '3', '推进四好农村路建设', '区交通运输局', '区财政局']))],
    ['tab', () => parseNotice('某区2024年乡村振兴重点任务分工方案\n\n类别\t序号\t重点任务\t牵头单位\t责任单位\n粮食安全\t1\t稳定粮食播种面积\t区农业农村局\t各街道\n\t2\t新建高标准农田\t区农业农村局\t区财政局\n乡村建设\t3\t推进四好农村路建设\t区交通运输局\t区财政局\n', { format: 'text', name: 'tab.txt' })],
    ['flat', () => parseNotice('某区2024年乡村振兴重点任务分工方案\n\n类别\n序号\n重点任务\n牵头单位\n责任单位\n粮食安全\n1\n稳定粮食播种面积\n区农业农村局\n各街道\n2\n新建高标准农田\n区农业农村局\n区财政局\n乡村建设\n3\n推进四好农村路建设\n区交通运输局\n区财政局\n', { format: 'text', name: 'flat.txt' })],
  ];

  it.each(FORMS)('should give unnumbered categories of a %s table sections without a number, as the table gives none', async (_form, load) => {
    const doc = await load();
    expect(doc.plan!.sections.map((s) => [s.number, s.title])).toEqual([
      ['', '粮食安全'],
      ['', '乡村建设'],
    ]);
    expect(doc.plan!.tasks.map((t) => [t.number, t.path, t.section?.number, t.section?.title])).toEqual([
      ['1', ['1'], '', '粮食安全'],
      ['2', ['2'], '', '粮食安全'],
      ['3', ['3'], '', '乡村建设'],
    ]);
    expect(numbers(await queryTasks(doc, { section: '粮食安全' }))).toEqual(['1', '2']);
  });

  it.each([
    ['HTML', '<html><head><meta charset="utf-8"><title>分工表</title></head><body><h2>分工表</h2><table border="1"><tr><th>类别</th><th>序号</th><th>重点任务</th><th>牵头单位</th></tr><tr><td rowspan="2">粮食安全</td><td>1</td><td>稳定粮食播种面积</td><td>区农业农村局</td></tr><tr><td>2</td><td>新建高标准农田</td><td>区农业农村局</td></tr><tr><td rowspan="2">乡村建设</td><td>1</td><td>推进四好农村路建设</td><td>区交通运输局</td></tr><tr><td>2</td><td>整治人居环境</td><td>区城管执法局</td></tr></table></body></html>', 'html'],
    ['tab', '分工表\n\n类别\t序号\t重点任务\t牵头单位\n粮食安全\t1\t稳定粮食播种面积\t区农业农村局\n\t2\t新建高标准农田\t区农业农村局\n乡村建设\t1\t推进四好农村路建设\t区交通运输局\n\t2\t整治人居环境\t区城管执法局\n', 'text'],
    ['flat', '分工表\n\n类别\n序号\n重点任务\n牵头单位\n粮食安全\n1\n稳定粮食播种面积\n区农业农村局\n2\n新建高标准农田\n区农业农村局\n乡村建设\n1\n推进四好农村路建设\n区交通运输局\n2\n整治人居环境\n区城管执法局\n', 'text'],
  ] as const)('should keep the 序号 of a %s table numbering again under each unnumbered category as written', async (_form, text, format) => {
    const doc = await parseNotice(text, { format, name: `restart.${format === 'html' ? 'html' : 'txt'}` });
    expect(doc.plan!.tasks.map((t) => [t.number, t.section?.number, t.section?.title])).toEqual([
      ['1', '', '粮食安全'],
      ['2', '', '粮食安全'],
      ['1', '', '乡村建设'],
      ['2', '', '乡村建设'],
    ]);
  });
});

describe('sections under Roman-numbered parts and of measures run on in a line', () => {
  it('should give --section Ⅱ（一） or II(一) the tasks of the （一） in part Ⅱ', async () => {
    const doc = await parseFile('fixtures/styles/roman-numeral-parts.txt');
    for (const section of ['Ⅱ（一）', 'II(一)', '2（一）']) {
      expect(titles(await queryTasks(doc, { section }))).toEqual(['落实施工工地扬尘防治措施', '推进渣土车辆密闭化运输']);
    }
  });

  it('should give --section 一 the measures run on in a （1） and the （2） after it, under 第一章 › 第一节', async () => {
    const doc = await parseFile('fixtures/styles/run-in-measures-under-sections.txt');
    expect(titles(await queryTasks(doc, { section: '一' }))).toEqual(['新增既有住宅加装电梯100部', '健全电梯维护保养机制', '改造地下管网', '拆除违法建设']);
  });
});

describe('sections of tasks at the group level beside groups that hold tasks', () => {
  const FILE = 'fixtures/styles/enumeration-clause-first-diyi-sections.txt';

  it('should give a （一） that carries its own clause under 三、 its own section, as the （一） of 一、 and 二、 are', async () => {
    const doc = await parseFile(FILE);
    expect(doc.plan!.tasks.filter((t) => t.path[0] === '三、').map((t) => [t.label, t.section?.number, t.section?.title])).toEqual([
      ['（一）', '一', '繁荣乡村文化'],
      ['（二）', '二', '加强移风易俗'],
    ]);
  });

  it('should find it by its part and number (三（一）) and by its title', async () => {
    const doc = await parseFile(FILE);
    expect(titles(await queryTasks(doc, { section: '三（一）' }))).toEqual(['繁荣乡村文化']);
    expect(titles(await queryTasks(doc, { section: '加强移风易俗' }))).toEqual(['加强移风易俗']);
  });

  it('should still make the part the section of group-level tasks where no part holds groups of tasks', async () => {
    const doc = await parse('某区方案\n\n一、重点任务\n（一）繁荣乡村文化。建设文化广场30个（区文旅局负责）。\n（二）加强移风易俗。开展文明创建（区委宣传部负责）。\n');
    expect(doc.plan!.tasks.map((t) => [t.label, t.section?.number, t.section?.title])).toEqual([
      ['（一）', '一', '重点任务'],
      ['（二）', '一', '重点任务'],
    ]);
  });
});

/**
 * The seed (fixtures/hedong-2022.txt): 一、总体要求 (no tasks); 二、重点任务 › （一）…（六） › 1.…20.
 * The level a number is written at says which section it means, where the notice has one there.
 */
describe('sections asked for at the outline level they are written at', () => {
  const SEED = 'fixtures/hedong-2022.txt';
  const numbers = (rows: ReadonlyArray<{ number: string }>): string[] => rows.map((r) => r.number);
  const all = Array.from({ length: 20 }, (_, i) => String(i + 1));

  it.each([
    ['二', all],
    ['二、', all],
    ['Ⅱ', all],
    ['（二）', ['4', '5', '6']],
    ['(二)', ['4', '5', '6']],
  ])('should give --section %s of the seed the part or group written so', async (section, expected) => {
    expect(numbers(await queryTasks(await fixture(SEED), { section }))).toEqual(expected);
  });

  it.each([
    // No part 一、 and no group in digits holds tasks: the number is read at any level, the group （一）.
    ['一', ['1', '2', '3']],
    ['1', ['1', '2', '3']],
    ['6', ['18', '19', '20']],
  ])('should read --section %s at any level where no section of its own level holds tasks', async (section, expected) => {
    expect(numbers(await queryTasks(await fixture(SEED), { section }))).toEqual(expected);
  });

  it('should reach a 2. holding （1）（2） tasks beside measures with their own clauses by --section 2, and offer it when no section fits', async () => {
    const doc = await parse('某区方案\n\n一、工作目标\n\n到2025年，营商环境明显改善。\n\n二、重点任务\n\n1．优化政务服务。（牵头单位：区政务服务局）\n\n2．强化要素保障。\n\n（1）保障用地需求。（牵头单位：区自然资源局）\n\n（2）降低融资成本。（牵头单位：区金融办）\n\n3．加强宣传引导。（牵头单位：区委宣传部）\n');
    // 1． 2． 3． are measures of part 二 (two carry their own clause): 二 is the section, 2． a subgroup.
    expect(doc.plan?.sections.map((s) => s.number)).toEqual(['二']);
    expect(titles(await queryTasks(doc, { section: '2' }))).toEqual(['保障用地需求', '降低融资成本']);
    expect(titles(await queryTasks(doc, { section: '二' }))).toEqual(['优化政务服务', '保障用地需求', '降低融资成本', '加强宣传引导']);
    // 3． is a task, no section; the sections offered are the ones --section reaches.
    await expect(queryTasks(doc, { section: '3' })).rejects.toMatchObject({ code: 'no-such-section', suggestions: ['二', '2'] });
  });

  it('should give a 2. subgroup for --section 2 and the part for 二 where both hold tasks', async () => {
    const doc = await parse('某区方案\n\n一、重点任务\n\n1．做强农业\n\n（1）任务甲。（牵头单位：区农业农村局）\n\n2．发展工业\n\n（1）任务乙。（牵头单位：区工业和信息化局）\n\n二、民生保障\n\n（一）任务丙。推进某事。（牵头单位：区民政局）\n');
    expect(titles(await queryTasks(doc, { section: '2' }))).toEqual(['任务乙']);
    expect(titles(await queryTasks(doc, { section: '二' }))).toEqual(['任务丙']);
  });
});

/**
 * A part named by its title: 二、重点任务 over its groups （一）稳岗位 and （二）强服务, and 三、保障措施,
 * a part of no tasks (its （一） is a safeguard).
 */
describe('a part asked for by its title', () => {
  const TEXT = '某区工作要点\n\n一、工作目标\n\n到2024年，新增就业1万人。\n\n二、重点任务\n\n（一）稳岗位\n\n1.落实稳岗返还。（牵头单位：区人社局）\n\n（二）强服务\n\n2.建设零工市场。（牵头单位：区人社局）\n\n三、保障措施\n\n（一）加强组织领导。\n';

  it('should give --section 重点任务 the tasks of every group of the part, as --section 二 does', async () => {
    const doc = await parse(TEXT);
    expect(titles(await queryTasks(doc, { section: '重点任务' }))).toEqual(['落实稳岗返还', '建设零工市场']);
    expect(titles(await queryTasks(doc, { section: '二' }))).toEqual(['落实稳岗返还', '建设零工市场']);
    // Traditional and spaced as a notice may write it.
    expect(titles(await queryTasks(doc, { section: '重點 任務' }))).toEqual(['落实稳岗返还', '建设零工市场']);
    expect(titles(await queryTasks(doc, { section: '强服务' }))).toEqual(['建设零工市场']);
  });

  it('should give the seed\'s 20 tasks for --section 重点任务', async () => {
    expect(await queryTasks(await fixture('fixtures/hedong-2022.txt'), { section: '重点任务' })).toHaveLength(20);
  });

  it('should give no tasks, and no error, for a part there is that holds none (保障措施, 工作目标)', async () => {
    const doc = await parse(TEXT);
    for (const section of ['保障措施', '工作目标']) expect(await queryTasks(doc, { section })).toEqual([]);
    expect(await queryTasks(await fixture('fixtures/hedong-2022.txt'), { section: '总体要求' })).toEqual([]);
  });

  it('should still reject a title neither a part nor a section has, naming the part 二 and the groups as --section reads them', async () => {
    await expect(queryTasks(await parse(TEXT), { section: '加强宣传' })).rejects.toMatchObject({ code: 'no-such-section', suggestions: ['二', '（一）', '（二）'] });
  });

  it('should read each section it offers as the section offered', async () => {
    const doc = await parse(TEXT);
    expect(titles(await queryTasks(doc, { section: '（一）' }))).toEqual(['落实稳岗返还']);
    expect(titles(await queryTasks(doc, { section: '（二）' }))).toEqual(['建设零工市场']);
  });
});
