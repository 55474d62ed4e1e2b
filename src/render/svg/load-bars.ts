import { displayWidth } from '../display-width.js';
import { htmlText } from '../escape.js';
import { px, svgOpen, svgText } from './svg.js';

export interface LoadBar {
  label: string;
  lead: number;
  join: number;
  /** A link for the row (a fragment of the page), or none. */
  href?: string;
}

export interface LoadBarsOptions {
  bars: readonly LoadBar[];
  /** Plain text naming the chart. */
  label: string;
  width?: number;
}

const ROW = 22;
const BAR = 14;
const FONT = 13;
const GAP = 8;
/** Room for the count after the longest bar. */
const COUNT_ROOM = 56;

/**
 * A horizontal bar per unit: the tasks it leads (solid) and those it joins (light, outlined)
 * end to end, on one scale, with the unit's name and "led + joined" as text. Lead and joined
 * differ in fill and outline, not only in colour, so they stay apart in print and greyscale.
 */
export function renderLoadBars(options: LoadBarsOptions): string {
  const { bars } = options;
  if (bars.length === 0) return '';
  const width = options.width ?? 640;
  // CJK names are about one em per character; displayWidth counts two columns for them.
  const labelWidth = Math.min(width / 3, Math.max(...bars.map((b) => (displayWidth(b.label) * FONT) / 2)) + 2 * GAP);
  const max = Math.max(1, ...bars.map((b) => b.lead + b.join));
  const scale = (width - labelWidth - COUNT_ROOM) / max;
  const height = bars.length * ROW + 4;

  const out = [svgOpen(width, height, 'chart load-bars', options.label)];
  bars.forEach((bar, i) => {
    const top = i * ROW + 2;
    const mid = top + ROW / 2;
    const leadW = bar.lead * scale;
    const joinW = bar.join * scale;
    const row: string[] = [];
    row.push(svgText(labelWidth - GAP, mid + FONT / 2 - 2, bar.label, { class: 'bar-label', 'text-anchor': 'end' }));
    const y = px(mid - BAR / 2);
    if (bar.lead) row.push(`<rect class="bar-lead" x="${px(labelWidth)}" y="${y}" width="${px(leadW)}" height="${BAR}"><title>牵头 ${bar.lead}</title></rect>`);
    if (bar.join) row.push(`<rect class="bar-join" x="${px(labelWidth + leadW)}" y="${y}" width="${px(joinW)}" height="${BAR}"><title>参与 ${bar.join}</title></rect>`);
    row.push(svgText(labelWidth + leadW + joinW + 4, mid + FONT / 2 - 2, `${bar.lead} + ${bar.join}`, { class: 'bar-count' }));
    const content = row.join('');
    out.push(bar.href ? `<a href="${htmlText(bar.href)}">${content}</a>` : `<g>${content}</g>`);
  });
  out.push('</svg>');
  return out.join('');
}
