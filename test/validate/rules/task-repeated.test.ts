import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, messages, ruleTable, TASK_ANNEX_ROWS, withLines, withTaskAnnex, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'task-repeated';
// Lines 30, 32 and 34 of the base notice are the tasks 1.–3. under (一); line 35 is blank.
const TASK_1 = '建设算力中心。加快算力设施建设。(牵头单位:区科技局,参与单位:区财政局、区发展改革委)';
const TASK_2 = '推进基站覆盖。加快基站建设。(牵头单位:区工信局,参与单位:区财政局)';
/** A group (二) after line 34 with the given tasks, numbered 4. on. */
const secondGroup = (...tasks: string[]): string => withLines({ 35: ['(二)壮大数字产业', ...tasks.map((t, k) => `${k + 4}.${t}`), ''].join('\n') });

const valid: ValidCase[] = [
  ['the base notice (each task once)', BASE_NOTICE],
  ['a task under (二) with the title of one under (一) but words of its own', secondGroup('建设算力中心。推动算力服务企业上云用数。(牵头单位:区科技局)')],
  ['a task under (二) with the words of one under (一) and more', secondGroup('推进基站覆盖。加快基站建设,实现重点区域连续覆盖。(牵头单位:区工信局)')],
  // A task table in an annex restating the text's tasks is no second copy: its rows are no tasks of the plan.
  ['an annex task table beside the text\'s tasks', withTaskAnnex(TASK_ANNEX_ROWS)],
];

const invalid: InvalidCase[] = [
  ['a task of (一) written word for word under (二), at the copy', secondGroup(TASK_2), ['36:1 warning']],
  ['a task written twice in one group', withLines({ 34: `3.${TASK_1}` }), ['34:1 warning']],
  ['a task in width-folded punctuation under (二), at the copy', secondGroup('建设算力中心。加快算力设施建设。（牵头单位：区科技局，参与单位：区财政局、区发展改革委）'), ['36:1 warning']],
];

describe('task-repeated', () => {
  ruleTable(RULE, valid, invalid);

  it('should name the copy and where the first stands', async () => {
    expect(await messages(RULE, secondGroup('培育软件企业。引育一批软件企业。(牵头单位:区商务局)', TASK_2))).toEqual(['task 5. repeats task 2. at 32:1 word for word']);
  });
});
