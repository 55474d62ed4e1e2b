import { LEAD_COLUMN_SOURCE, PART_COLUMN_SOURCE } from './role-words.js';
import { LEADER_COLUMN_SOURCE } from './leader-label.js';

/**
 * Column headers that say when a task is due (完成时限, 时间节点, 计划完成时间, 截止时间, 实施期限,
 * 推进时间; a 整改方案's 整改时限, 整改期限, 办结时限; 时间进度, 进度要求, 时间安排及要求, 完成时限及要求).
 */
export const DEADLINE_COLUMN =
  /^(?:计划)?(?:完成|整改|办结|落实|推进|实施|截止)?(?:时限|时间|期限|节点|时间节点|日期)(?:安排)?(?:(?:及|和|与)?要求)?$|^(?:时间)?进度(?:安排|要求)?$/;

/**
 * Column headers of the problem a 整改方案's row sets right (存在问题 | 整改措施 | 责任单位 | 整改时限):
 * what the task answers.
 */
export const PROBLEM_COLUMN = /^(?:存在|发现|反馈|主要|具体|突出|整改|审计发现|巡察反馈|巡视反馈|督查发现|检查发现)?问题(?:描述|表现|内容|清单|事项)?$/;

const UNIT_COLUMN = new RegExp(`^(?:${LEAD_COLUMN_SOURCE}|${PART_COLUMN_SOURCE})$`);
/**
 * The words of the name a task table gives the column of its tasks (重点任务, 整改措施, 工作内容,
 * 项目名称; a plan of 专项行动 or 重点工程 names its tasks by them: 行动名称, 专项行动, 工程名称). One
 * list, so that a column read as the tasks' in a whole table is in a flattened one, and in a
 * table beside the text's tasks, which the checks read against them.
 */
export const TASK_COLUMN_WORD = '(?:任务|工作|举措|措施|事项|内容|项目|行动|工程)';
/** The names a task table gives the columns of its tasks, whole (重点任务, 整改措施, 工作内容, 行动名称). */
const TASK_NAME = new RegExp(
  `^(?:(?:主要|重点|工作|具体|整改|推进|落实|改革|年度|专项)?(?:${TASK_COLUMN_WORD}|目标)(?:名称|内容|要求|目标)?|目标要求)$`,
);
/** Other columns such a table has beside them (类别, 重点领域, 备注). */
const OTHER_NAME = /^(?:(?:任务|工作|重点|所属|主要)?(?:类别|分类|领域|方面)|备注|说明|联系人|联系电话)$/;
/**
 * A column of the leader in charge (责任领导, 分管区领导, 包村领导: the labels a clause gives the leader)
 * or of the person answering for a task (具体责任人): people, no units.
 */
const LEADER_NAME = new RegExp(`^(?:${LEADER_COLUMN_SOURCE}|(?:具体)?(?:责任|负责)人)$`);

/**
 * Whether the lines from a 序号 alone on its line up to the first row's serial (1) are the header
 * of a task table flattened one cell per line: 序号, then the names such tables give their columns
 * and nothing else, a task's (or a problem's) and a unit column's among them. Such a run reads as a
 * table's header without a caption above it; ordinary lines never do.
 */
export function isTaskHeaderRun(keys: readonly string[]): boolean {
  if (keys.length < 3 || !/^(?:序号|编号)$/.test(keys[0]!)) return false;
  let units = false;
  let tasks = false;
  for (const key of keys.slice(1)) {
    if (UNIT_COLUMN.test(key)) units = true;
    else if (TASK_NAME.test(key) || PROBLEM_COLUMN.test(key)) tasks = true;
    else if (!DEADLINE_COLUMN.test(key) && !OTHER_NAME.test(key) && !LEADER_NAME.test(key)) return false;
  }
  return units && tasks;
}
