import type { Task } from '../model/types.js';
import { abbreviateUnit, placeFirst } from '../units/short-form.js';
import { unitKey } from '../units/normalize-unit.js';

/**
 * The verbs a task's title opens with (推进, 加强, 深化, 进一步完善): the kind of work, not what the work
 * is on, and the words a 分解表 most often writes otherwise than the text (推进医养结合 | 深化医养融合发展).
 */
const OPENING_VERB =
  /^(?:进一步|全面|大力|积极|着力|持续|加快|加大|切实|不断)?(?:推进|推动|加强|加快|完善|深化|健全|提升|强化|促进|实施|开展|建立|建设|构建|打造|优化|落实|做好|抓好|扩大|发展|培育|提高|夯实|深入)/;

/** The fewest characters two titles must share to be taken for one task's. */
const MIN_SHARED = 3;
/** The share of the shorter title's characters the longer must hold too. */
const MIN_SHARE = 0.6;

const stem = (key: string): string => key.replace(OPENING_VERB, '') || key;

/**
 * Whether two titles (as keys: folded, without punctuation) name the same work in other words: the
 * characters of the shorter, after its opening verb, are most of them in the longer (居家养老服务 in
 * 推进居家养老服务中心覆盖, 医养结合 against 深化医养融合发展), each counted once.
 */
export function titlesClose(a: string, b: string): boolean {
  const [short, long] = [stem(a), stem(b)].sort((x, y) => x.length - y.length) as [string, string];
  if (short.length < MIN_SHARED) return false;
  const left = [...long];
  let shared = 0;
  for (const ch of short) {
    const at = left.indexOf(ch);
    if (at < 0) continue;
    left.splice(at, 1);
    shared++;
  }
  return shared >= MIN_SHARED && shared / [...short].length >= MIN_SHARE;
}

/** A unit's name as two lists of leads are compared: its key in the short form (县卫生健康局 and 县卫健局 alike). */
const leadKey = (name: string, simplify?: (s: string) => string): string => abbreviateUnit(placeFirst(unitKey(name, simplify)));

/** The sentences of a task's text, as keys: a row's task cell may restate one of them (推进居家养老服务中心全覆盖). */
const SENTENCE_END = /[。；;！!？?]/;

/**
 * Whether a row of a task table restates one of the text's tasks in words of its own (a 分解表
 * paraphrasing the text: 加强养老护理人才队伍建设 for 加强人才队伍建设): the row names a lead the task
 * names, and its title is close to the task's title or to a sentence of its text. Too loose to give
 * the task anything of the row's; enough that the row is not a task the text left out.
 */
export function restatesInOtherWords(
  row: Task,
  tasks: readonly Task[],
  key: (s: string) => string,
  simplify?: (s: string) => string,
): boolean {
  if (row.lead.length === 0) return false;
  const title = key(row.title);
  const leads = new Set(row.lead.map((u) => leadKey(u, simplify)));
  return tasks.some((task) => {
    if (!task.lead.some((u) => leads.has(leadKey(u, simplify)))) return false;
    if (titlesClose(title, key(task.title))) return true;
    return task.text.split(SENTENCE_END).some((s) => titlesClose(title, key(s)));
  });
}
