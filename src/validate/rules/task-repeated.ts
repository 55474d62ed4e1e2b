import type { Task } from '../../model/types.js';
import { labelSpan } from '../label-span.js';
import type { Rule } from '../rule.js';

/**
 * A task written word for word a second time (in another group, or twice in one) is a copy left
 * from drafting: the plan counts it twice and gives it two numbers. Tasks compare by their whole
 * text (title and body, width-folded, spaces aside); a row of a table beside the text that restates
 * a task is no task of the plan and never compared. A text too short to be a task's own words (一项,
 * 同上) is no copy.
 */
export const taskRepeated: Rule = {
  id: 'task-repeated',
  description: 'no task is written word for word twice (in two groups, or twice in one)',
  defaultSeverity: 'warning',
  check(ctx) {
    const seen = new Map<string, Task>();
    for (const task of ctx.doc.plan?.tasks ?? []) {
      const words = ctx.match(task.text).replace(/\s+/g, '');
      if (words.length < MIN_LENGTH) continue;
      const first = seen.get(words);
      if (!first) {
        seen.set(words, task);
        continue;
      }
      const at = labelSpan(ctx, first).start;
      ctx.report(`${name(task)} repeats ${name(first)} at ${at.line}:${at.column} word for word`, labelSpan(ctx, task));
    }
  },
};

/** The fewest characters a task's own words run to (建设研发平台。 is a title; a task says what to do). */
const MIN_LENGTH = 8;

const name = (task: Task): string => `task ${task.label || task.number}`;
