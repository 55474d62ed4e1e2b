import type { MatrixRole, TaskGroup, UnitMatrix } from '../../report/types.js';
import { htmlText } from '../escape.js';
import { renderLoadBars } from '../svg/load-bars.js';

/** How a role is shown: a shape that says it without colour, and a word for screen readers and tooltips. */
export const ROLE_MARK: Record<MatrixRole, { symbol: string; word: string }> = {
  lead: { symbol: '●', word: '牵头' },
  participant: { symbol: '○', word: '参与' },
};

export function unitAnchor(key: string): string {
  return `unit-${key}`;
}

/**
 * The department × task matrix: a row per unit in load order, a column per task grouped under
 * its section, ● where the unit leads and ○ where it takes part, then its counts. The rows carry
 * their counts as data so the page's script can re-sort them; without the script they stand in
 * load order, heaviest first.
 */
export function renderMatrix(matrix: UnitMatrix, groups: readonly TaskGroup[]): string {
  if (matrix.units.length === 0) return '<p class="meta">这份文件的任务没有写明责任单位。</p>';
  const out: string[] = [];
  out.push(`<p class="legend"><span class="role lead">${ROLE_MARK.lead.symbol}</span> 牵头　<span class="role participant">${ROLE_MARK.participant.symbol}</span> 参与</p>`);
  out.push('<div class="scroll">', '<table class="matrix">', '<thead>');
  // First header row: the sections over their tasks' columns (when the tasks are grouped).
  const spans = sectionSpans(matrix, groups);
  const grouped = spans.some((s) => s.label);
  const rowspan = grouped ? ' rowspan="2"' : '';
  const taskHeads = matrix.tasks.map(
    (t) => `<th scope="col" class="task-head"><a href="#${t.anchor}" title="${htmlText(`${t.number} ${t.title}`)}">${htmlText(t.number)}</a></th>`,
  );
  const sectionHeads = spans.map((s) => {
    const label = s.label ? (s.anchor ? `<a href="#${s.anchor}">${htmlText(s.label)}</a>` : htmlText(s.label)) : '';
    return `<th scope="colgroup" colspan="${s.count}" class="section-head">${label}</th>`;
  });
  out.push(
    `<tr><th scope="col"${rowspan} data-sort="order">单位</th>${(grouped ? sectionHeads : taskHeads).join('')}` +
      `<th scope="col"${rowspan} class="num" data-sort="lead">牵头</th><th scope="col"${rowspan} class="num" data-sort="join">参与</th>` +
      `<th scope="col"${rowspan} class="num" data-sort="total" aria-sort="descending">合计</th></tr>`,
  );
  if (grouped) out.push(`<tr>${taskHeads.join('')}</tr>`);
  out.push('</thead>', '<tbody>');

  matrix.units.forEach((unit, u) => {
    const data = `data-unit="${unit.key}" data-order="${unit.firstMention}" data-lead="${unit.leadCount}" data-join="${unit.joinCount}" data-total="${unit.total}"`;
    const other = unit.names.length > 1 ? ` title="${htmlText(unit.names.join('、'))}"` : '';
    out.push(`<tr id="${unitAnchor(unit.key)}" ${data}><th scope="row"${other}>${htmlText(unit.name)}</th>`);
    const cells = (matrix.roles[u] ?? []).map((role, t) => {
      if (!role) return '<td></td>';
      const task = matrix.tasks[t];
      const tip = `${unit.name} ${ROLE_MARK[role].word} ${task?.number ?? ''} ${task?.title ?? ''}`;
      return `<td class="cell ${role}" title="${htmlText(tip)}"><span class="role ${role}" aria-hidden="true">${ROLE_MARK[role].symbol}</span><span class="visually-hidden">${ROLE_MARK[role].word}</span></td>`;
    });
    out.push(cells.join(''));
    out.push(`<td class="num">${unit.leadCount}</td><td class="num">${unit.joinCount}</td><td class="num">${unit.total}</td></tr>`);
  });
  out.push('</tbody>', '</table>', '</div>');
  return out.join('\n');
}

/** The tasks of each unit as a bar: led, then joined; each bar links to the unit's row in the matrix. */
export function renderUnitBars(matrix: UnitMatrix): string {
  const svg = renderLoadBars({
    label: '各单位牵头与参与的任务数',
    bars: matrix.units.map((u) => ({ label: u.name, lead: u.leadCount, join: u.joinCount, href: `#${unitAnchor(u.key)}` })),
  });
  if (!svg) return '';
  const legend = '<figcaption><span class="swatch lead"></span> 牵头　<span class="swatch join"></span> 参与（数字为牵头 + 参与的任务数）</figcaption>';
  return `<figure class="bars">${svg}${legend}</figure>`;
}

interface SectionSpan {
  label: string | null;
  anchor: string | null;
  count: number;
}

/** Runs of consecutive task columns under one section. */
function sectionSpans(matrix: UnitMatrix, groups: readonly TaskGroup[]): SectionSpan[] {
  const bySection = new Map(groups.filter((g) => g.number !== null).map((g) => [g.number as string, g]));
  const spans: Array<SectionSpan & { section: string | null }> = [];
  for (const task of matrix.tasks) {
    const last = spans[spans.length - 1];
    if (last && last.section === task.section) last.count++;
    else {
      const group = task.section === null ? undefined : bySection.get(task.section);
      spans.push({ section: task.section, label: group ? (group.label ?? group.number) : task.section, anchor: group?.anchor ?? null, count: 1 });
    }
  }
  return spans.map(({ label, anchor, count }) => ({ label, anchor, count }));
}
