/**
 * The ids elements are shown under on the report page, so that links (from the matrix, the
 * findings, or from outside: report.html#task-1ca93757) reach them. A task's anchor is its
 * model id, which survives renumbering, so a link into one year's report finds the same task in
 * the next. Other anchors are numbered in page order; ids never carry document text.
 */
export const HEADER_ANCHOR = 'header';
/** The sections of the page. */
export const GOALS_ANCHOR = 'goals';
export const UNITS_ANCHOR = 'units';
export const TASKS_ANCHOR = 'tasks';
export const FINDINGS_ANCHOR = 'findings';

export function taskAnchor(taskId: string): string {
  // Model ids are `task-` and hex digits; anything else is made safe for an id and a fragment.
  return /^task-[\w-]+$/.test(taskId) ? taskId : `task-${taskId.replace(/[^\w-]/g, '_')}`;
}

export function sectionAnchor(index: number): string {
  return `section-${index + 1}`;
}

export function indicatorAnchor(index: number): string {
  return `indicator-${index + 1}`;
}

export function findingAnchor(index: number): string {
  return `finding-${index + 1}`;
}
