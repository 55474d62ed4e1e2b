import { htmlText } from '../escape.js';
import { attrs, formatValue, px, svgOpen, svgText } from './svg.js';

export interface YearValue {
  year: number;
  value: number | null;
}

/** The text's target for one year, drawn over the line: a ring where it agrees, a diamond where it does not. */
export interface YearTarget {
  year: number;
  value: number;
  agrees: boolean;
  /** Plain text for the mark's tooltip. */
  note: string;
}

export interface YearChartOptions {
  points: readonly YearValue[];
  target?: YearTarget | null;
  /** Plain text naming the chart for screen readers and the tooltip. */
  label: string;
  width?: number;
  height?: number;
}

/** Above this many points, only the first and last are labelled, so labels never collide. */
const LABEL_ALL_UP_TO = 6;
const PAD_X = 14;
const PAD_TOP = 18;
const PAD_BOTTOM = 16;
/** Approximate width of a digit of the 10px labels, for making room beside a disputed point. */
const DIGIT = 6;
/** The least vertical distance between two labels beside one another. */
const LINE = 11;

type Scale = (value: number) => number;

/**
 * A small line chart of an indicator's yearly values: a line through the years that have a
 * value (broken where one is missing), the years and values as text, and the text's target as a
 * mark. The scale fits the values (not from zero) so that a small yearly rise shows. Where the
 * target disagrees, both figures of that year are written beside their marks, the text's in the
 * mark's colour, so the difference reads without hovering.
 */
export function renderYearChart(options: YearChartOptions): string {
  const { points, target = null } = options;
  const width = options.width ?? 200;
  const height = options.height ?? 64;
  const known = points.filter((p): p is { year: number; value: number } => p.value !== null);
  if (known.length === 0 && !target) return '';

  const disputed = target && !target.agrees ? target : null;
  const disputedAnnex = disputed ? (points.find((p) => p.year === disputed.year)?.value ?? null) : null;
  const sideLabels = disputed ? [formatValue(disputed.value), ...(disputedAnnex === null ? [] : [formatValue(disputedAnnex)])] : [];
  const padRight = disputed ? 10 + DIGIT * Math.max(...sideLabels.map((l) => l.length)) : PAD_X;

  const years = [...points.map((p) => p.year), ...(target ? [target.year] : [])];
  const values = [...known.map((p) => p.value), ...(target ? [target.value] : [])];
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  let [lo, hi] = [Math.min(...values), Math.max(...values)];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const x: Scale = (year) => (y0 === y1 ? (width - padRight + PAD_X) / 2 : PAD_X + ((year - y0) / (y1 - y0)) * (width - PAD_X - padRight));
  const y: Scale = (value) => PAD_TOP + (1 - (value - lo) / (hi - lo)) * (height - PAD_TOP - PAD_BOTTOM);
  // The first and last labels are aligned inward so they stay inside the chart.
  const anchor = (year: number): string => (y0 === y1 ? 'middle' : year === y0 ? 'start' : year === y1 ? 'end' : 'middle');
  const shift = (year: number): number => ({ start: -PAD_X + 2, end: PAD_X - 2 })[anchor(year) as 'start' | 'end'] ?? 0;

  const out = [svgOpen(width, height, 'chart year-chart', options.label)];
  out.push(`<line class="axis" x1="0" x2="${px(width)}" y1="${px(height - PAD_BOTTOM + 3)}" y2="${px(height - PAD_BOTTOM + 3)}"/>`);
  for (const run of runsOfKnown(points)) {
    if (run.length > 1) out.push(`<polyline class="series-line" points="${run.map((p) => `${px(x(p.year))},${px(y(p.value))}`).join(' ')}"/>`);
  }
  const labelAll = points.length <= LABEL_ALL_UP_TO;
  points.forEach((p, i) => {
    const labelled = labelAll || i === 0 || i === points.length - 1;
    if (labelled) out.push(svgText(x(p.year) + shift(p.year), height - 3, String(p.year), { class: 'year', 'text-anchor': anchor(p.year) }));
    if (p.value === null) return;
    out.push(`<circle class="series-point" cx="${px(x(p.year))}" cy="${px(y(p.value))}" r="3"><title>${p.year}: ${formatValue(p.value)}</title></circle>`);
    if (labelled && p.year !== disputed?.year) {
      out.push(svgText(x(p.year) + shift(p.year), y(p.value) - 7, formatValue(p.value), { class: 'value', 'text-anchor': anchor(p.year) }));
    }
  });
  if (target) out.push(targetMark(target, disputedAnnex, x, y));
  if (disputed) out.push(disputedLabels(disputed, disputedAnnex, x, y));
  out.push('</svg>');
  return out.join('');
}

function targetMark(target: YearTarget, annex: number | null, x: Scale, y: Scale): string {
  const cx = x(target.year);
  const cy = y(target.value);
  const title = `<title>${htmlText(target.note)}</title>`;
  if (target.agrees) return `<circle class="target target-agree" cx="${px(cx)}" cy="${px(cy)}" r="6">${title}</circle>`;
  const gap = annex === null ? '' : `<line class="target-gap" x1="${px(cx)}" x2="${px(cx)}" y1="${px(y(annex))}" y2="${px(cy)}"/>`;
  const d = 6;
  const diamond = `M${px(cx)} ${px(cy - d)}L${px(cx + d)} ${px(cy)}L${px(cx)} ${px(cy + d)}L${px(cx - d)} ${px(cy)}Z`;
  return `${gap}<path class="target target-disagree"${attrs({ d: diamond })}>${title}</path>`;
}

/** The disputed year's two figures to the right of their marks, moved apart when they would overlap. */
function disputedLabels(target: YearTarget, annex: number | null, x: Scale, y: Scale): string {
  const lx = x(target.year) + 9;
  let ty = y(target.value) + 3.5;
  if (annex === null) return svgText(lx, ty, formatValue(target.value), { class: 'target-label' });
  let ay = y(annex) + 3.5;
  if (Math.abs(ty - ay) < LINE) {
    const mid = (ty + ay) / 2;
    const up = ty <= ay ? -1 : 1;
    ty = mid + (up * LINE) / 2;
    ay = mid - (up * LINE) / 2;
  }
  return svgText(lx, ay, formatValue(annex), { class: 'value' }) + svgText(lx, ty, formatValue(target.value), { class: 'target-label' });
}

/** Consecutive points that have values. */
function runsOfKnown(points: readonly YearValue[]): Array<Array<{ year: number; value: number }>> {
  const runs: Array<Array<{ year: number; value: number }>> = [];
  let run: Array<{ year: number; value: number }> = [];
  for (const p of points) {
    if (p.value === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push({ year: p.year, value: p.value });
  }
  if (run.length) runs.push(run);
  return runs;
}
