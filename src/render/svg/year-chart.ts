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

/**
 * A small line chart of an indicator's yearly values: a line through the years that have a
 * value (broken where one is missing), the years and values as text, and the text's target as a
 * mark. The scale fits the values (not from zero) so that a small yearly rise shows.
 */
export function renderYearChart(options: YearChartOptions): string {
  const { points, target = null } = options;
  const width = options.width ?? 200;
  const height = options.height ?? 64;
  const known = points.filter((p): p is { year: number; value: number } => p.value !== null);
  if (known.length === 0 && !target) return '';

  const years = [...points.map((p) => p.year), ...(target ? [target.year] : [])];
  const values = [...known.map((p) => p.value), ...(target ? [target.value] : [])];
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  let [lo, hi] = [Math.min(...values), Math.max(...values)];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const x = (year: number): number => (y0 === y1 ? width / 2 : PAD_X + ((year - y0) / (y1 - y0)) * (width - 2 * PAD_X));
  const y = (value: number): number => PAD_TOP + (1 - (value - lo) / (hi - lo)) * (height - PAD_TOP - PAD_BOTTOM);
  const anchor = (year: number): string => (year === y0 && y0 !== y1 ? 'start' : year === y1 && y0 !== y1 ? 'end' : 'middle');
  const shift = (year: number): number => (anchor(year) === 'start' ? -PAD_X + 2 : anchor(year) === 'end' ? PAD_X - 2 : 0);

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
    if (labelled) out.push(svgText(x(p.year) + shift(p.year), y(p.value) - 7, formatValue(p.value), { class: 'value', 'text-anchor': anchor(p.year) }));
  });
  if (target) out.push(targetMark(target, points, x, y));
  out.push('</svg>');
  return out.join('');
}

function targetMark(target: YearTarget, points: readonly YearValue[], x: (year: number) => number, y: (value: number) => number): string {
  const cx = x(target.year);
  const cy = y(target.value);
  const title = `<title>${htmlText(target.note)}</title>`;
  if (target.agrees) return `<circle class="target target-agree" cx="${px(cx)}" cy="${px(cy)}" r="6">${title}</circle>`;
  const annex = points.find((p) => p.year === target.year)?.value ?? null;
  const link =
    annex === null ? '' : `<line class="target-gap" x1="${px(cx)}" x2="${px(cx)}" y1="${px(y(annex))}" y2="${px(cy)}"/>`;
  const d = 5;
  return `${link}<path class="target target-disagree"${attrs({ d: `M${px(cx)} ${px(cy - d)}L${px(cx + d)} ${px(cy)}L${px(cx)} ${px(cy + d)}L${px(cx - d)} ${px(cy)}Z` })}>${title}</path>`;
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
