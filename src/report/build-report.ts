import type { PlanDocument } from '../model/types.js';
import { departmentLoad } from '../query/departments.js';
import { fold } from '../text/fold.js';
import { loadSimplifier, looksTraditional } from '../text/simplify.js';
import type { QueryOptions } from '../query/types.js';
import { GOALS_ANCHOR, HEADER_ANCHOR } from './anchors.js';
import { placeFindings, type PlaceTarget } from './findings.js';
import { buildHeaderCard } from './header-card.js';
import { buildIndicatorSeries } from './indicator-series.js';
import { groupTasks } from './task-groups.js';
import type { HeaderCard, IndicatorSeries, ReportInput, ReportView, TaskGroup } from './types.js';
import { buildUnitMatrix, unitKeysByName } from './unit-matrix.js';

/**
 * The view data of the report page for one notice: its header card, its indicators (annex
 * values beside the text's goals), the department × task matrix in load order (as `plan query
 * departments` counts it), its tasks by section, and the validation findings, each placed on
 * the element of the page it is about.
 */
export async function buildReport(doc: PlanDocument, input: ReportInput, options: QueryOptions = {}): Promise<ReportView> {
  // Names are compared as validation compares them: width-folded, and simplified for a notice in traditional characters.
  let simplify = options.simplify ?? undefined;
  if (options.simplify === undefined && looksTraditional(input.text)) simplify = await loadSimplifier();
  const match = simplify ? (text: string): string => simplify(fold(text)) : fold;
  const load = await departmentLoad(doc, {}, { ...options, simplify: simplify ?? options.simplify });
  const header = buildHeaderCard(doc);
  const indicators = buildIndicatorSeries(doc, match);
  const matrix = buildUnitMatrix(doc, load);
  const sections = groupTasks(doc, unitKeysByName(load));
  const targets = placeTargets(doc, header, indicators, sections);
  return {
    source: doc.source.name,
    header,
    indicators,
    matrix,
    sections,
    findings: placeFindings(input.findings, targets, input.text),
  };
}

/** The elements of the page a finding can be about, with the span each covers in the input. */
function placeTargets(doc: PlanDocument, header: HeaderCard, indicators: readonly IndicatorSeries[], sections: readonly TaskGroup[]): PlaceTarget[] {
  const targets: PlaceTarget[] = [];
  if (doc.metadata.position) targets.push({ anchor: HEADER_ANCHOR, label: '文件信息', position: doc.metadata.position });
  for (const field of header.fields) if (field.position) targets.push({ anchor: HEADER_ANCHOR, label: `文件信息 · ${field.label}`, position: field.position });
  for (const s of header.supersedes) targets.push({ anchor: HEADER_ANCHOR, label: '文件信息 · 废止文件', position: s.position });
  if (doc.notice) targets.push({ anchor: HEADER_ANCHOR, label: '通知', position: doc.notice.position });
  for (const s of indicators) {
    const label = `指标 · ${shorten(s.indicator)}`;
    if (s.goal) targets.push({ anchor: s.anchor, label, position: s.goal.position });
    if (s.annex) targets.push({ anchor: s.anchor, label, position: s.annex.position });
  }
  // A finding about a table as a whole (its years, its shape) belongs to the goals section.
  for (const annex of doc.annexes) targets.push({ anchor: GOALS_ANCHOR, label: shorten(`${annex.label} · ${annex.title}`), position: annex.position });
  const sectionPositions = new Map((doc.plan?.sections ?? []).map((s) => [s.number, s.position]));
  for (const group of sections) {
    const position = group.number === null ? undefined : sectionPositions.get(group.number);
    if (group.anchor && position) targets.push({ anchor: group.anchor, label: shorten(`${group.label ?? group.number}${group.title ?? ''}`), position });
    for (const task of group.tasks) targets.push({ anchor: task.anchor, label: `任务 ${task.number} · ${shorten(task.title)}`, position: task.position });
  }
  return targets;
}

/** A label cut to a link's length; titles can run to a sentence. */
function shorten(text: string, max = 32): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
