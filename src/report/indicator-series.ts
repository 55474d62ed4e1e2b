import type { PlanDocument } from '../model/types.js';
import { pairGoalsWithAnnex } from '../validate/goal-annex-pairs.js';
import { indicatorAnchor } from './anchors.js';
import type { Agreement, IndicatorSeries } from './types.js';

/**
 * Every indicator of the annex's yearly tables with its values by year, beside the goal the text
 * states for it, and whether the two agree. Goals and rows are paired exactly as the
 * goal-annex-consistency rule pairs them, so the page marks the disagreements the findings
 * list. Rows come in table order; goals that no row matches follow, in text order. `match`
 * makes the copy names are compared as (see pairGoalsWithAnnex).
 */
export function buildIndicatorSeries(doc: PlanDocument, match?: (text: string) => string): IndicatorSeries[] {
  const { rows, pairs } = pairGoalsWithAnnex(doc, match);
  const pairOfRow = new Map(pairs.map((p) => [p.row, p]));
  const paired = new Set(pairs.map((p) => p.goal));
  const out: Array<Omit<IndicatorSeries, 'anchor'>> = [];

  for (const { row, annex, years } of rows) {
    const pair = pairOfRow.get(row);
    const agreement: Agreement = !pair ? 'annex-only' : pair.annexValue === null ? 'no-value' : pair.agrees ? 'agree' : 'disagree';
    out.push({
      indicator: row.indicator,
      unit: row.unit ?? pair?.goal.unit ?? null,
      annex: { label: annex.label, number: row.number, indicator: row.indicator, position: row.position },
      points: years.map((year) => ({ year, value: row.values[String(year)] ?? null })),
      goal: pair?.goal ?? null,
      goalYear: pair?.year ?? null,
      agreement,
      annexValue: agreement === 'disagree' ? (pair?.annexValue ?? null) : null,
    });
  }
  for (const goal of doc.plan?.goals ?? []) {
    if (paired.has(goal)) continue;
    out.push({
      indicator: goal.indicator,
      unit: goal.unit || null,
      annex: null,
      points: [],
      goal,
      goalYear: goal.year ?? null,
      agreement: 'goal-only',
      annexValue: null,
    });
  }
  return out.map((s, i) => ({ anchor: indicatorAnchor(i), ...s }));
}
