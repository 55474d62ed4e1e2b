import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, htmlFindings, messages, ruleTable, TASK_ANNEX_ROWS, TASK_TABLE_HTML, withLines, withTaskAnnex, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'outline-sequence';
const TASK_2 = '2.推进基站覆盖。加快基站建设。(牵头单位:区工信局,参与单位:区财政局)';
const TASK_3 = '3.培育数字企业。引进数字经济企业。(牵头单位:区商务局,参与单位:区科技局)';
const renumber = (task: string, n: number): string => task.replace(/^\d+/, String(n));

/** A regulation whose articles run on through its chapters and sections (第三条 under 第一节). */
const REGULATION = [
  '某区政府投资项目管理办法',
  '',
  '第一章　总则',
  '第一条　为规范政府投资行为，制定本办法。',
  '第二条　本办法适用于本区政府投资项目。',
  '第二章　项目决策',
  '第一节　项目储备',
  '第三条　区发展改革委负责建立项目储备库。',
  '第四条　项目单位应当做好前期工作。',
  '第二节　项目审批',
  '第五条　政府投资项目实行审批制。',
  '第三章　附则',
  '第六条　本办法自2023年10月1日起施行。',
].join('\n');
const regulation = (changes: Record<number, string>): string => withLines(changes, REGULATION);

/** A plan whose boxes are numbered on through its chapters and sections (专栏3 under 第二章). */
const BOXED = [
  '某省科技创新规划',
  '',
  '第一章　打造创新平台',
  '第一节　建设重大科研平台',
  '1.建设省实验室。（省科技厅负责）',
  '专栏1　重大科研平台',
  '——争创1家国家实验室。',
  '第二节　建设新型研发机构',
  '1.支持企业与高校共建研发机构。（省科技厅负责）',
  '专栏2　新型研发机构',
  '——培育100家新型研发机构。',
  '第二章　强化企业创新主体地位',
  '1.实施高企倍增计划。（省科技厅负责）',
  '专栏3　科技企业培育工程',
  '——新增高新技术企业1万家。',
].join('\n');
const boxed = (changes: Record<number, string>): string => withLines(changes, BOXED);

/** The group heading written 1. and its tasks (一) (二) (三): the third level holding the second. */
const INVERTED = withLines({
  28: '1.夯实数字基础',
  30: '(一)建设算力中心。加快算力设施建设。(牵头单位:区科技局,参与单位:区财政局)',
  32: '(二)推进基站覆盖。加快基站建设。(牵头单位:区工信局,参与单位:区财政局)',
  34: '(三)培育数字企业。引进数字经济企业。(牵头单位:区商务局,参与单位:区科技局)',
});

/** A task table under (二), after the tasks 1–3 under (一): its rows numbered as given. */
const tableUnderSecondGroup = (...numbers: number[]): string =>
  withLines({
    35: [
      '(二)壮大数字产业',
      '序号\t重点任务\t牵头单位\t参与单位',
      ...numbers.map((n, k) => `${n}\t${['引育软件企业', '建设产业园区'][k] ?? '扩大数字消费'}\t区商务局\t区科技局`),
      '',
    ].join('\n'),
  });
/** Two task tables, one under (一) numbered 1–2 and one under (二) numbered as given. */
const twoTables = (...numbers: number[]): string =>
  withLines({
    30: '序号\t重点任务\t牵头单位\t参与单位\n1\t建设算力中心\t区科技局\t区财政局\n2\t推进基站覆盖\t区工信局\t区财政局\n',
    32: '',
    34: '',
    35: ['(二)壮大数字产业', '序号\t重点任务\t牵头单位\t参与单位', ...numbers.map((n) => `${n}\t引育软件企业${n}\t区商务局\t区科技局`), ''].join('\n'),
  });

const valid: ValidCase[] = [
  // The numbering runs on across groups from paragraphs into a table, or from one table into the next.
  ['a task table under (二) going on from the tasks 1–3 under (一) (4, 5)', tableUnderSecondGroup(4, 5)],
  ['a task table under (二) starting again at 1', tableUnderSecondGroup(1, 2)],
  ['a second task table going on from the first (1, 2 | 3, 4)', twoTables(3, 4)],

  ['an annex task table numbered 1, 2, 3 beside the text\'s tasks', withTaskAnnex(TASK_ANNEX_ROWS)],
  ['the base notice', BASE_NOTICE],
  // A second group (二) whose tasks start again at 1, and one whose tasks run on (4, 5).
  ['task numbers that restart in each group', withLines({ 35: `(二)壮大数字产业\n${renumber(TASK_2, 1)}\n${renumber(TASK_3, 2)}` })],
  ['task numbers that run on across groups', withLines({ 35: `(二)壮大数字产业\n${renumber(TASK_2, 4)}\n${renumber(TASK_3, 5)}` })],
  // 1） with only a closing bracket stands where 1. would, under (一).
  ['tasks numbered 1） 2） 3） under (一)', withLines({ 30: '1）建设算力中心。(牵头单位:区科技局)', 32: '2）推进基站覆盖。(牵头单位:区工信局)', 34: '3）培育数字企业。(牵头单位:区商务局)' })],
  ['articles numbered on through chapters and the sections between them', REGULATION],
  ['boxes numbered on through chapters and sections (专栏3 under 第二章)', BOXED],
  ['boxes numbered afresh in each chapter', boxed({ 14: '专栏1　科技企业培育工程' })],
  // GB/T 9704 outlines often leave a level out; that is accepted practice.
  ['tasks 1. directly under 二、 (no (一))', withLines({ 28: '' })],
  ['tasks (1) directly under (一) (no 1.)', withLines({ 30: '(1)建设算力中心。(牵头单位:区科技局)', 32: '(2)推进基站覆盖。(牵头单位:区工信局)', 34: '(3)培育数字企业。(牵头单位:区商务局)' })],
];

const invalid: InvalidCase[] = [
  ['a task table under (二) skipping a number after the tasks 1–3 under (一) (5, 6)', tableUnderSecondGroup(5, 6), ['37:1 error']],
  ['a second task table skipping a number after the first (1, 2 | 4, 5)', twoTables(4, 5), ['40:1 error']],
  ['a repeated task number in place of the next (1, 1, 3)', withLines({ 32: renumber(TASK_2, 1) }), ['32:1 error']],
  ['a copied task (1, 2, 2)', withLines({ 34: renumber(TASK_3, 2) }), ['34:1 error']],
  ['a gap (1, 2, 4)', withLines({ 34: renumber(TASK_3, 4) }), ['34:1 error']],
  // An annex task table beside the text's tasks is numbered in its own right: its rows at lines 41–43.
  ['a row of an annex task table numbered again (1, 1, 3), at its 序号', withTaskAnnex([TASK_ANNEX_ROWS[0]!, ['1', ...TASK_ANNEX_ROWS[1]!.slice(1)], TASK_ANNEX_ROWS[2]!]), ['42:1 error']],
  ['a missing first part (三、 after 一、)', withLines({ 26: '三、重点任务' }), ['26:1 error']],
  ['two items swapped (1, 3, 2): a gap, then one out of order', withLines({ 32: renumber(TASK_2, 3), 34: renumber(TASK_3, 2) }), ['32:1 error', '34:1 error']],
  ['tasks (一) under a 1. heading: the levels inverted, a warning, once', INVERTED, ['30:1 warning']],
  ['a group that runs on from the wrong number (二) 2.', withLines({ 35: `(二)壮大数字产业\n${renumber(TASK_3, 2)}` }), ['36:1 error']],
  ['a missing article inside a section (第三条, 第五条)', regulation({ 9: '' }), ['11:1 error']],
  ['an article numbered again in the next chapter (第六条 after 第五条 … 第五条)', regulation({ 13: '第五条　本办法自2023年10月1日起施行。' }), ['13:1 error']],
  ['a box numbered again in the next chapter (专栏2 … 专栏2)', boxed({ 14: '专栏2　科技企业培育工程' }), ['14:1 error']],
  // 2, 2 under (一), then 3, 4 under (二): the first 2 stands where 1 belongs, and the rest number on rightly.
  ['a first task numbered 2 before a 2 (2, 2 | 3, 4): once, at the first', withLines({ 30: renumber(TASK_2, 2), 32: renumber(TASK_2, 2), 34: '', 35: `(二)壮大数字产业\n${renumber(TASK_2, 3)}\n${renumber(TASK_3, 4)}` }), ['30:1 error']],
  ['a repeat that ends a group, the next group running on from it (1, 2, 2 | 3, 4)', withLines({ 34: renumber(TASK_3, 2), 35: `(二)壮大数字产业\n${renumber(TASK_2, 3)}\n${renumber(TASK_3, 4)}` }), ['34:1 error']],
  ['a wrong number that the next one shows stands in its place (1, 5, 3): once, at the 5', withLines({ 32: renumber(TASK_2, 5) }), ['32:1 error']],
  // 1, 3 under (一), then 3, 4 under (二): the first 3 stands where 2 belongs, one finding, as in one group.
  ['a misnumbered last task of a group whose next group runs on from the right number (1, 3 | 3, 4): once, at the first 3', withLines({ 32: renumber(TASK_2, 3), 34: '', 35: `(二)壮大数字产业\n${renumber(TASK_3, 3)}\n${renumber(TASK_2, 4)}` }), ['32:1 error']],
  ['a gap at the end of a group, the next group numbering on after it (1, 3 | 4, 5)', withLines({ 32: renumber(TASK_2, 3), 34: '', 35: `(二)壮大数字产业\n${renumber(TASK_3, 4)}\n${renumber(TASK_2, 5)}` }), ['32:1 error']],
  ['a gap at the end of the last group (1, 2, 4)', withLines({ 34: renumber(TASK_3, 4), 35: '' }), ['34:1 error']],
  ['a misnumbered last task of a group whose next group runs on (1, 1 | 3)', withLines({ 32: renumber(TASK_2, 1), 34: '', 35: `(二)壮大数字产业\n${renumber(TASK_3, 3)}` }), ['32:1 error']],
];

/** The task table with its rows numbered as given (lines 12–14, the 序号 cell at column 9). */
const tableNumbered = (...numbers: string[]): string => {
  let k = 0;
  return TASK_TABLE_HTML.replace(/<tr><td>\d+<\/td>/g, () => `<tr><td>${numbers[k++]}</td>`);
};
/** Two measures sharing the 序号 cell of row 1 (a rowspan), then rows 2 and 3. */
const SHARED_NUMBER = TASK_TABLE_HTML.replace(
  /<tr><td>1<\/td>(.*)<\/tr>/,
  '<tr><td rowspan="2">1</td>$1</tr>\n<tr><td>压缩企业开办时间</td><td>区市场监管局</td><td>区人社局</td></tr>',
);

const validTables: ValidCase[] = [
  ['task table rows numbered 1, 2, 3', TASK_TABLE_HTML],
  ['two measures sharing one 序号 cell', SHARED_NUMBER],
];

const invalidTables: InvalidCase[] = [
  ['a task table row numbered again (1, 2, 2), at its 序号', tableNumbered('1', '2', '2'), ['14:9 error']],
  ['a gap in a task table’s rows (1, 2, 4)', tableNumbered('1', '2', '4'), ['14:9 error']],
];

/**
 * The base notice's yearly annex (rows 1 and 2 at lines 45 and 50) with a third row of figures after
 * them, numbered as given; with `groups`, a group line over the first row and another over the third.
 */
const annexRows = (second: string, third: string, groups = false): string =>
  withLines({
    44: groups ? '2025\n一、数字基础' : '2025',
    50: second,
    54: ['30', ...(groups ? ['二、数字产业'] : []), third, '数字经济企业数量(家)', '200', '250', '300'].join('\n'),
  });
/** A table of figures in the plan's text under a caption: rows numbered as given, the third row's serial at line 48. */
const bodyTable = (...numbers: string[]): string =>
  withLines({
    31: [
      '',
      '表1　重点指标',
      '序号',
      '指标',
      '单位',
      '2024年',
      '2025年',
      ...[
        ['数字化车间', '家', '25', '30'],
        ['上云企业', '家', '500', '600'],
        ['数据中心机架', '个', '800', '1000'],
      ].flatMap((r, k) => [numbers[k]!, ...r]),
      '',
    ].join('\n'),
  });

/** The base notice with a project list flattened in its annex (序号 at line 40, the rows from line 45), the lines given after its header. */
const projectAnnex = (...rows: string[]): string =>
  [...BASE_NOTICE.split('\n').slice(0, 35), '附件', '', '重点项目表', '', '序号', '项目名称', '建设内容', '总投资（万元）', '责任单位', ...rows, ''].join('\n');
const PROJECT_A = ['数据中心项目', '新建机房一座', '500', '区科技局'];
const PROJECT_B = ['基站建设项目', '新建5G基站100个', '300', '区工信局'];

const validFigureTables: ValidCase[] = [
  ['a project list numbered from 1 again under each group line', projectAnnex('一、新型基础设施', '1', ...PROJECT_A, '2', ...PROJECT_B, '二、数字产业', '1', ...PROJECT_A, '2', ...PROJECT_B)],
  ['an annex table of figures numbered 1, 2, 3', annexRows('2', '3')],
  ['an annex table numbered again from 1 under each group line (一、… | 二、…)', annexRows('2', '1', true)],
  ['an annex table numbered on across its group lines (1, 2 | 3)', annexRows('2', '3', true)],
  ['a table of figures in the text numbered 1, 2, 3', bodyTable('1', '2', '3')],
];

const invalidFigureTables: InvalidCase[] = [
  ['a repeat in a project list (1, 1), at the repeated 序号', projectAnnex('1', ...PROJECT_A, '1', ...PROJECT_B), ['50:1 error']],
  ['a gap in an annex table of figures (1, 3, 4), at the row’s 序号', annexRows('3', '4'), ['50:1 error']],
  ['a repeat in an annex table of figures (1, 1, 2), at the repeated 序号', annexRows('1', '2'), ['50:1 error']],
  ['a gap in a table of figures in the text (1, 2, 4)', bodyTable('1', '2', '4'), ['48:1 error']],
];

describe('outline-sequence', () => {
  ruleTable(RULE, valid, invalid);

  describe('the 序号 of a table of figures', () => {
    ruleTable(RULE, validFigureTables, invalidFigureTables);

    it('should name the row and its table', async () => {
      expect(await messages(RULE, annexRows('3', '4'))).toEqual(['the numbering skips 2 before row 3 of the table in 附件']);
      expect(await messages(RULE, bodyTable('1', '2', '4'))).toEqual(['the numbering skips 3 before row 4 of table 表1　重点指标']);
      expect(await messages(RULE, annexRows('1', '2'))).toEqual(['row 1 of the table in 附件 repeats the number of the item at 45:1; expected 2']);
    });
  });

  it.each(validTables)('should accept %s', async (_name, html) => {
    expect(await htmlFindings(RULE, html)).toEqual([]);
  });
  it.each(invalidTables)('should report %s', async (_name, html, expected) => {
    expect(await htmlFindings(RULE, html)).toEqual(expected);
  });

  it('should call a group\'s last number out of order when the next group goes on from the number expected (1, 3 | 3, 4)', async () => {
    const text = withLines({ 32: renumber(TASK_2, 3), 34: '', 35: `(二)壮大数字产业\n${renumber(TASK_3, 3)}\n${renumber(TASK_2, 4)}` });
    expect(await messages(RULE, text)).toEqual(['task 3. is out of order; expected 2']);
  });

  it('should call it a gap when the next group goes on after it (1, 3 | 4, 5)', async () => {
    const text = withLines({ 32: renumber(TASK_2, 3), 34: '', 35: `(二)壮大数字产业\n${renumber(TASK_3, 4)}\n${renumber(TASK_2, 5)}` });
    expect(await messages(RULE, text)).toEqual(['the numbering skips 2 before task 3.']);
  });

  it('should name the repeated item and where its number was first used', async () => {
    expect(await messages(RULE, withLines({ 32: renumber(TASK_2, 1) }))).toEqual(['task 1. repeats the number of the item at 30:1; expected 2']);
    expect(await messages(RULE, withLines({ 34: renumber(TASK_3, 5) }))).toEqual(['the numbering skips 3–4 before task 5.']);
    expect(await messages(RULE, INVERTED)).toEqual(['"(一)" stands under "1.", a lower level: the levels are inverted (一、 (一) 1. (1))']);
  });

  it('should name only the articles that are missing, counting through the whole document', async () => {
    expect(await messages(RULE, regulation({ 9: '' }))).toEqual(['the numbering skips 4 before item 第五条']);
  });
});
