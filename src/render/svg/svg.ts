import { htmlText } from '../escape.js';

/**
 * Small helpers for the inline SVG charts. Charts are drawn by the tool as plain SVG markup, so
 * the page needs no script or library to show them and their labels stay real, selectable text.
 * Colours come from CSS classes, so the page's light, dark and print styles apply to them too.
 */

/** A coordinate with at most two decimals, so the markup stays short and stable. */
export function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A `<text>` element; the text is escaped. */
export function svgText(x: number, y: number, text: string, attributes: Record<string, string> = {}): string {
  return `<text x="${px(x)}" y="${px(y)}"${attrs(attributes)}>${htmlText(text)}</text>`;
}

/** Attribute list from a record, values escaped. */
export function attrs(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${htmlText(value)}"`)
    .join('');
}

/**
 * The opening of a chart: its size, and a title that screen readers announce and browsers show
 * on hover. `label` is plain text.
 */
export function svgOpen(width: number, height: number, className: string, label: string): string {
  return `<svg class="${className}" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}" role="img" aria-label="${htmlText(label)}"><title>${htmlText(label)}</title>`;
}

/** A number as a reader writes it: no float noise (2.5900000001 → 2.59), no trailing zeros. */
export function formatValue(value: number): string {
  return String(Number(value.toPrecision(12)));
}
