import { FINDINGS_ANCHOR, GOALS_ANCHOR, TASKS_ANCHOR, UNITS_ANCHOR } from '../report/anchors.js';
import type { ReportView } from '../report/types.js';
import { htmlText } from './escape.js';
import { renderMasthead } from './html/masthead.js';
import { renderPage } from './html/page.js';
import { REPORT_SCRIPT } from './report/enhance.js';
import { renderFindings } from './report/findings.js';
import { findingFlag, findingsByTarget } from './report/flags.js';
import { renderIndicators } from './report/indicators.js';
import { renderMatrix, renderUnitBars } from './report/matrix.js';
import { renderTasks } from './report/tasks.js';

const CSS = `
.scroll { overflow-x: auto; }
table.indicators thead th { white-space: nowrap; }
table.indicators th[scope="row"] { font-weight: 600; background: none; }
table.indicators td.chart-cell { padding: .1rem .3rem; width: 212px; }
tr.agreement-disagree > th:first-child { border-left: 4px solid var(--bad); }
td.disputed { color: var(--bad); font-weight: 700; text-decoration: underline wavy; }
.chart { display: block; overflow: visible; }
.chart text { font-size: 10px; fill: var(--muted); }
.chart .value { fill: var(--fg); }
.chart .axis { stroke: var(--line); }
.chart .series-line { fill: none; stroke: var(--lead); stroke-width: 2; }
.chart .series-point { fill: var(--lead); }
.chart .target-agree { fill: none; stroke: var(--ok); stroke-width: 2; }
.chart .target-disagree { fill: var(--bad); stroke: var(--bg); stroke-width: 1; }
.chart .target-label { fill: var(--bad); font-weight: 700; }
.chart .target-gap { stroke: var(--bad); stroke-width: 1.5; stroke-dasharray: 2 2; }
.chart .bar-label { font-size: 13px; fill: var(--fg); }
.chart .bar-count { font-size: 12px; }
.chart .bar-lead { fill: var(--lead); }
.chart .bar-join { fill: var(--join-bg); stroke: var(--join); stroke-width: 1; }
.chart a:hover .bar-label { text-decoration: underline; }
figure.bars { margin: 1rem 0; }
figure.bars figcaption { color: var(--muted); font-size: .85rem; }
.swatch { display: inline-block; width: .9em; height: .9em; vertical-align: -.1em; }
.swatch.lead { background: var(--lead); }
.swatch.join { background: var(--join-bg); border: 1px solid var(--join); }
.role.lead { color: var(--lead); }
.role.participant { color: var(--join); }
table.matrix { width: auto; font-size: .9rem; }
table.matrix th, table.matrix td { padding: .2rem .45rem; }
table.matrix td.cell { text-align: center; }
table.matrix td.cell.lead { background: color-mix(in srgb, var(--lead) 12%, transparent); }
table.matrix th[scope="row"] { white-space: nowrap; font-weight: 500; background: var(--bg); position: sticky; left: 0; }
table.matrix th.task-head, table.matrix th.section-head { text-align: center; white-space: nowrap; }
table.matrix tbody tr:hover { background: var(--head); }
table.matrix tbody tr:target { outline: 2px solid var(--accent); }
button.sort { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
button.sort::after { content: " ⇅"; color: var(--muted); font-weight: 400; }
th[aria-sort] button.sort::after { content: " ↓"; color: var(--accent); }
th[aria-sort="ascending"] button.sort::after { content: " ↑"; }
.task-filter { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; padding: .5rem .75rem; margin: .5rem 0 1rem;
  background: var(--card); border: 1px solid var(--line); border-radius: 8px; position: sticky; top: 0; z-index: 1; }
[hidden] { display: none !important; }
.task-filter fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .75rem; }
.task-filter legend { float: left; margin-right: .5rem; color: var(--muted); }
.task-filter select { font: inherit; }
.task-filter output { color: var(--muted); }
article.task { border: 1px solid var(--line); border-radius: 8px; padding: .5rem .9rem; margin: .6rem 0; break-inside: avoid; }
article.task:target { outline: 2px solid var(--accent); }
article.task h4 { margin: 0 0 .25rem; font-size: 1rem; }
article.task h4 a.number { text-decoration: none; font-variant-numeric: tabular-nums; margin-right: .25rem; }
article.task p { margin: .25rem 0; }
p.units { line-height: 2; }
.role-label { color: var(--muted); font-size: .85rem; margin-right: .15rem; }
.unit { display: inline-block; border-radius: 999px; padding: 0 .55rem; line-height: 1.6; font-size: .9rem; white-space: nowrap; }
.unit.lead { border: 1.5px solid var(--lead); color: var(--lead); font-weight: 600; }
.unit.participant { border: 1px dashed var(--join); color: var(--join); }
.unit.hit { box-shadow: 0 0 0 2px var(--accent); }
a.flag { text-decoration: none; font-size: .8rem; vertical-align: .1em; }
ol.findings { padding-left: 1.5rem; }
ol.findings li { margin: .75rem 0; }
ol.findings li:target { outline: 2px solid var(--accent); outline-offset: 4px; }
ol.findings p { margin: .1rem 0; }
pre.excerpt { margin: .25rem 0; padding: .35rem .6rem; background: var(--card); border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; font-size: .9rem; }
pre.excerpt mark { background: var(--warn-bg); color: inherit; text-decoration: underline wavy var(--bad); }
@media print {
  .task-filter { display: none !important; }
  button.sort::after, th[aria-sort] button.sort::after { content: none; }
  table.matrix { font-size: 7.5pt; }
  table.matrix th, table.matrix td { padding: .1rem .2rem; }
  article.task { border: 0; border-top: 1px solid var(--line); border-radius: 0; padding: .3rem 0; }
  .scroll { overflow: visible; }
}
`;

/** The page's sections, in order, with their headings. */
const SECTIONS: ReadonlyArray<readonly [string, string]> = [
  [GOALS_ANCHOR, '目标与年度分解'],
  [UNITS_ANCHOR, '单位 × 任务'],
  [TASKS_ANCHOR, '任务清单'],
  [FINDINGS_ANCHOR, '检查结果'],
];

function sectionStart(anchor: string): string {
  const title = SECTIONS.find(([a]) => a === anchor)?.[1] ?? '';
  return `<section id="${anchor}">\n<h2>${title}</h2>`;
}

/**
 * `plan report` as one self-contained page: the header card, the goals beside the annex, the
 * department × task matrix with a bar per unit, the tasks by section, and the validation
 * findings. Every piece of document text is escaped; the page loads nothing and works without
 * its script (which only sorts the matrix and filters the tasks).
 */
export function renderReportHtml(view: ReportView): string {
  const byTarget = findingsByTarget(view.findings);
  const { header, matrix } = view;
  const taskCount = matrix.tasks.length;
  const errors = view.findings.filter((f) => f.severity === 'error').length;
  const stats = [
    `<li><strong>${taskCount}</strong> 项任务</li>`,
    `<li><strong>${matrix.units.length}</strong> 个单位</li>`,
    `<li><strong>${view.indicators.filter((s) => s.goal).length}</strong> 项文中目标</li>`,
    `<li><strong>${view.indicators.filter((s) => s.annex).length}</strong> 项年度指标</li>`,
    `<li><a href="#${FINDINGS_ANCHOR}"><strong>${view.findings.length}</strong> 条检查结果${errors ? `（${errors} 个错误）` : ''}</a></li>`,
  ];
  const disagreements = view.indicators.filter((s) => s.agreement === 'disagree').length;
  if (disagreements) stats.push(`<li class="badge disagree">≠ ${disagreements} 项目标与附件不一致</li>`);
  const headerFlag = findingFlag(header.anchor, byTarget);
  if (headerFlag) stats.push(`<li class="flag">文件信息 ${headerFlag}</li>`);
  const fields = [...header.fields.map((f) => ({ label: f.label, value: f.value, className: f.key }))];
  if (header.supersedes.length) fields.push({ label: '废止文件', value: header.supersedes.map((s) => s.raw).join('、'), className: 'supersedes' });

  const body = [
    renderMasthead({
      id: header.anchor,
      kicker: `plan report · ${view.source}`,
      title: header.title,
      subtitle: header.planTitle,
      fields,
      extra: `<ul class="stats">${stats.join('')}</ul>`,
    }),
    `<nav class="toc" aria-label="目录">${SECTIONS.map(([anchor, title]) => `<a href="#${anchor}">${title}</a>`).join('')}</nav>`,
    '<main>',
    sectionStart(GOALS_ANCHOR),
    '<p class="meta">附件年度分解表的每项指标，旁列正文中的目标：<span class="badge agree">✓</span> 一致，<span class="badge disagree">≠</span> 不一致（图中以菱形标出正文的值）。</p>',
    '<div class="scroll">',
    renderIndicators(view.indicators, byTarget),
    '</div>',
    '</section>',
    sectionStart(UNITS_ANCHOR),
    renderMatrix(matrix, view.sections),
    '<h3>各单位任务量</h3>',
    renderUnitBars(matrix),
    '</section>',
    sectionStart(TASKS_ANCHOR),
    renderTasks(view.sections, matrix.units, byTarget),
    '</section>',
    sectionStart(FINDINGS_ANCHOR),
    renderFindings(view.findings),
    '</section>',
    '</main>',
    `<footer>由 plan report 依据 ${htmlText(view.source)} 生成。本页不加载任何外部资源；排序和筛选需要 JavaScript，其余内容不需要。</footer>`,
  ];
  return renderPage({ title: `${header.title} · plan report`, body: body.join('\n'), css: CSS, script: REPORT_SCRIPT });
}
