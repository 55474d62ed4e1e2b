import type { PlanDocument, Section, Task } from '../model/types.js';
import { fold } from '../text/fold.js';

/** The shape of a label with its numeral taken out: （一）, （二） → （N）; 1．→ N．; ① → C. */
function shape(label: string): string {
  return fold(label)
    .replace(/[一二三四五六七八九十百零〇两]+|\d+/g, 'N')
    .replace(/[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/g, 'C');
}

/** A label without the punctuation that follows its numeral: 一、→ 一, 1．→ 1; brackets stay. */
function bare(label: string): string {
  return label.replace(/[、.．,，:：\s]+$/u, '');
}

/** Whether a label ends, or starts, with a bare numeral that would run into the next one (一 + 1). */
const ENDS_IN_NUMERAL = /[一二三四五六七八九十\d]$/;
const STARTS_WITH_NUMERAL = /^[一二三四五六七八九十\d]/;

/**
 * Where a task is, for lists of task numbers: its number when the document's task numbers tell
 * its tasks apart (1 … 20, one numbering throughout), else its labels from its section down:
 * `（一）1（1）` when each group restarts at 1, `（一）一是` beside `（二）` when tasks are
 * written at several levels. Where the groups restart in each part too (一、›（一） and
 * 二、›（一）), the part's label leads (`二（一）1`), as `--section 二（一）` names the group: `（一）1`
 * would name two tasks. `withPart` asks for the part where the document alone would not (a diff
 * whose other version restarts its groups names a task alike in both). Keyed by task id.
 */
export function taskPlaces(doc: Pick<PlanDocument, 'plan'>, options: { withPart?: boolean } = {}): Map<string, string> {
  const tasks = doc.plan?.tasks ?? [];
  const places = new Map<string, string>();
  const numbers = new Set(tasks.map((t) => t.number));
  const shapes = new Set(tasks.map((t) => shape(t.label || t.number)));
  const plain = numbers.size === tasks.length && shapes.size <= 1;
  const withPart = !plain && (options.withPart === true || groupsRestart(doc));
  for (const task of tasks) places.set(task.id, plain ? task.number : placeOf(doc, task, withPart));
  return places;
}

/**
 * Whether groups that hold tasks share a label under two parts (（一） under 一、 and under 二、).
 * A 保障措施 part's （一） holds none; two （三） in one part (a numbering slip) the part would not
 * tell apart.
 */
export function groupsRestart(doc: Pick<PlanDocument, 'plan'>): boolean {
  const partOf = new Map<string, string>();
  for (const task of doc.plan?.tasks ?? []) {
    const section = sectionOf(doc, task);
    const at = section ? task.path.indexOf(section.label) : -1;
    if (!section || at < 1) continue;
    const label = fold(bare(section.label));
    const part = task.path[at - 1] as string;
    if ((partOf.get(label) ?? part) !== part) return true;
    partOf.set(label, part);
  }
  return false;
}

function sectionOf(doc: Pick<PlanDocument, 'plan'>, task: Task): Section | undefined {
  return task.section ? doc.plan?.sections.find((s) => s.number === task.section?.number && s.title === task.section.title) : undefined;
}

/** The task's labels from its section down, joined: （一）1（1）, 一.1; with the part above the section (一（一）1) when `withPart`. */
function placeOf(doc: Pick<PlanDocument, 'plan'>, task: Task, withPart: boolean): string {
  const section = sectionOf(doc, task);
  const at = section ? task.path.indexOf(section.label) : -1;
  // The part is the label right above the group (第二章 › 一、 › （一）: 一), as partOfSection reads it.
  const from = withPart && at > 0 ? at - 1 : at;
  if (from < 0 || from === task.path.length - 1) return from < 0 ? task.number : bare(task.label || task.number);
  // A task without a label of its own (a paragraph) is its path's last element by its title.
  const written = [...task.path.slice(from, -1), task.label || task.number].map(bare);
  // A decimal number holds those above it (2.1 › 2.1.1 is 2.1.1).
  const labels = written.filter((label, k) => !written[k + 1]?.startsWith(`${label}.`));
  let out = '';
  for (const label of labels) {
    // 一、 › 1． reads 一.1, not 一1.
    out += out && ENDS_IN_NUMERAL.test(out) && STARTS_WITH_NUMERAL.test(label) ? `.${label}` : label;
  }
  return out;
}
