import type { MatrixUnit, TaskEntry, TaskGroup, UnitRef } from '../../report/types.js';
import { htmlText } from '../escape.js';
import { findingFlag, type FindingsByTarget } from './flags.js';
import { ROLE_MARK } from './matrix.js';

/**
 * The filter over the task list: a unit and its part. It is hidden until the page's script
 * shows it, so a page read without scripts has no control that does nothing.
 */
function renderFilter(units: readonly MatrixUnit[], taskCount: number): string {
  const options = units.map((u) => `<option value="${u.key}">${htmlText(u.name)}（${u.total} 项）</option>`).join('');
  return [
    '<div class="controls task-filter" hidden>',
    `<label>单位 <select name="unit" class="unit-filter"><option value="">全部单位</option>${options}</select></label>`,
    '<fieldset><legend>角色</legend>',
    '<label><input type="radio" name="role" value="any" checked> 牵头或参与</label>',
    `<label><input type="radio" name="role" value="lead"> ${ROLE_MARK.lead.symbol} 牵头</label>`,
    `<label><input type="radio" name="role" value="participant"> ${ROLE_MARK.participant.symbol} 参与</label>`,
    '</fieldset>',
    `<output class="count">共 ${taskCount} 项任务</output>`,
    '</div>',
  ].join('\n');
}

/** The task list by section, each task under its anchor with its units and text. */
export function renderTasks(groups: readonly TaskGroup[], units: readonly MatrixUnit[], byTarget: FindingsByTarget): string {
  const count = groups.reduce((n, g) => n + g.tasks.length, 0);
  if (count === 0) return '<p class="meta">这份文件没有写明责任单位的任务。</p>';
  const out = [renderFilter(units, count)];
  for (const group of groups) {
    out.push(`<section class="task-group"${group.anchor ? ` id="${group.anchor}"` : ''}>`);
    const heading = group.title !== null ? `${group.label ?? group.number ?? ''}${group.title}` : '其他任务';
    out.push(`<h3>${htmlText(heading)} <small>${group.tasks.length} 项</small> ${group.anchor ? findingFlag(group.anchor, byTarget) : ''}</h3>`);
    for (const task of group.tasks) out.push(renderTask(task, byTarget));
    out.push('</section>');
  }
  out.push('<p class="meta no-match" hidden>没有符合条件的任务。</p>');
  return out.join('\n');
}

function renderTask(task: TaskEntry, byTarget: FindingsByTarget): string {
  const keys = (refs: readonly UnitRef[]): string => [...new Set(refs.map((r) => r.key).filter(Boolean))].join(' ');
  const out = [`<article class="task" id="${task.anchor}" data-lead="${keys(task.lead)}" data-join="${keys(task.participants)}">`];
  out.push(
    `<h4><a class="number" href="#${task.anchor}">${htmlText(task.label || task.number)}</a> ${htmlText(task.title)} ${findingFlag(task.anchor, byTarget)}</h4>`,
  );
  const lists = [unitList(task.leadLabel ?? '牵头单位', task.lead, 'lead'), unitList(task.participantLabel ?? '参与单位', task.participants, 'participant')];
  if (task.deadline) lists.push(`<span class="role-label">完成时限</span> <span class="deadline">${htmlText(task.deadline)}</span>`);
  out.push(`<p class="units">${lists.filter(Boolean).join(' ')}</p>`);
  if (task.text) out.push(`<p class="text">${htmlText(task.text)}</p>`);
  out.push('</article>');
  return out.join('\n');
}

function unitList(label: string, refs: readonly UnitRef[], role: 'lead' | 'participant'): string {
  if (refs.length === 0) return '';
  const chips = refs.map((r) => `<span class="unit ${role}" data-unit="${r.key}">${ROLE_MARK[role].symbol} ${htmlText(r.name)}</span>`);
  return `<span class="role-label">${htmlText(label)}</span> ${chips.join(' ')}`;
}
