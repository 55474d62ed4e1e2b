import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, messages, ruleTable, TASK_ANNEX_ROWS, withLines, withTaskAnnex, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'annex-task-agreement';
/** The annex rows with row `k` (0-based) changed. */
const rowsWith = (k: number, row: readonly string[]): Array<readonly string[]> => TASK_ANNEX_ROWS.map((r, i) => (i === k ? row : r));

/**
 * The annex rows under 序号 | `name` | 主要内容 | 牵头单位 | 配合单位: a plan of 专项行动 or 重点工程 names
 * its tasks' column by them, the measure in a column after it; row 2 (1-based) names `lead`.
 */
const namedBy = (name: string, lead: string): string =>
  withTaskAnnex(
    TASK_ANNEX_ROWS.map(([n, task, l, part], i) => [n!, task!, `开展${task}工作`, i === 1 ? lead : l!, part!]),
    ['序号', name, '主要内容', '牵头单位', '配合单位'],
  );

const valid: ValidCase[] = [
  ['a notice without a task table', BASE_NOTICE],
  ['an annex task table that names the text\'s leads', withTaskAnnex(TASK_ANNEX_ROWS)],
  ['a lead written by its full name (the same unit)', withTaskAnnex(rowsWith(0, ['1', '建设算力中心', '区科学技术局', '区财政局']))],
  ['a row whose task the text does not have', withTaskAnnex(rowsWith(1, ['2', '建设人工智能产业园', '区发展改革委', '区财政局']))],
  ['a row whose task cell is too short to pair (a word or two)', withTaskAnnex(rowsWith(1, ['2', '基站', '区发展改革委', '区财政局']))],
  ['a row with an empty lead cell (task-units reports that)', withTaskAnnex(rowsWith(2, ['3', '培育数字企业', '', '区科技局']))],
  ['a 行动名称 column over the text\'s tasks, the measure after it, naming the text\'s leads', namedBy('行动名称', '区工信局')],
  ['a row restating the task printed otherwise (its number, a 。, a closing 工作), naming its lead', withTaskAnnex(rowsWith(1, ['2', '（二）推进基站覆盖工作。', '区工信局', '区财政局']))],
];

const invalid: InvalidCase[] = [
  ['a row naming another lead than the text, at its lead cell', withTaskAnnex(rowsWith(1, ['2', '推进基站覆盖', '区发展改革委', '区财政局'])), ['42:10 warning']],
  ['a row whose task cell opens the task\'s text, naming another lead', withTaskAnnex(rowsWith(2, ['3', '培育数字企业。引进数字经济企业', '区科技局', '区商务局'])), ['43:19 warning']],
  // The task column named as the task table reader names it, whatever the measure column after it.
  ['a 行动名称 column naming another lead than the text', namedBy('行动名称', '区发展改革委'), ['42:21 warning']],
  ['a 专项行动 column naming another lead than the text', namedBy('专项行动', '区发展改革委'), ['42:21 warning']],
  ['a 工程名称 column naming another lead than the text', namedBy('工程名称', '区发展改革委'), ['42:21 warning']],
  ['a 任务名称 column naming another lead than the text', namedBy('任务名称', '区发展改革委'), ['42:21 warning']],
  // The row restates task 2 (推进基站覆盖, led by 区工信局) printed otherwise: still that task, so its other lead disagrees.
  ['a row restating the task with a closing 。, naming another lead', withTaskAnnex(rowsWith(1, ['2', '推进基站覆盖。', '区发展改革委', '区财政局'])), ['42:11 warning']],
  ['a row restating the task with its number written in, naming another lead', withTaskAnnex(rowsWith(1, ['2', '（二）推进基站覆盖', '区发展改革委', '区财政局'])), ['42:13 warning']],
  ['a row restating the task with its figure and dot written in, naming another lead', withTaskAnnex(rowsWith(1, ['2', '2.推进基站覆盖', '区发展改革委', '区财政局'])), ['42:12 warning']],
  ['a row restating the task with a closing 工作, naming another lead', withTaskAnnex(rowsWith(1, ['2', '推进基站覆盖工作', '区发展改革委', '区财政局'])), ['42:12 warning']],
  ['a row restating the task with a closing 行动, naming another lead', withTaskAnnex(rowsWith(1, ['2', '推进基站覆盖行动', '区发展改革委', '区财政局'])), ['42:12 warning']],
  [
    'a row restating the task in full-width figures and quotes, naming another lead',
    withLines({ 32: '2.推进"5G"基站覆盖。加快基站建设。(牵头单位:区工信局,参与单位:区财政局)' }, withTaskAnnex(rowsWith(1, ['2', '推进“５Ｇ”基站覆盖', '区发展改革委', '区财政局']))),
    ['42:14 warning'],
  ],
];

describe('annex-task-agreement', () => {
  ruleTable(RULE, valid, invalid);

  it('should name both leads and where the text gives its own', async () => {
    expect(await messages(RULE, withTaskAnnex(rowsWith(1, ['2', '推进基站覆盖', '区发展改革委', '区财政局'])))).toEqual([
      'the task table names 区发展改革委 to lead 推进基站覆盖, but task 2. of the text (at 32:1) names 区工信局',
    ]);
  });
});
