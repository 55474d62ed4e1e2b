import { fenceAfter, sourceLines } from './grid-table.js';
import type { Block } from './types.js';

/**
 * The boxes a documentation site draws around a part of a page, as its Markdown writes them:
 * container fences (`:::tip 文件信息` … `:::`, Docusaurus, VuePress and markdown-it-container
 * alike, `::: warning`, `:::note[标题]`, more colons for a box inside a box) and the alerts of GitHub
 * and Obsidian (`> [!NOTE]`, `> [!tip] 标题`). CommonMark knows neither: it reads a fence as text
 * run on into the box's first line, and an alert's marker as the first words of a quote. The
 * fences and markers are markup and the box's content the page's own text, read as it would be
 * without them; a box's title is the site's label for it (提示, 文件信息), page furniture.
 */
export interface Admonitions {
  /** The spans of the fence lines and alert markers, with their titles, to hide from Markdown. */
  masks: Array<{ start: number; end: number }>;
  /** The boxes' titles, as blocks of page furniture. */
  titles: Block[];
  /** Offsets of the alert markers: a quote that opens with one is a box, not a quotation. */
  alerts: number[];
}

/** A container fence: three or more colons, then the box's kind and title (none on a closing fence). */
const FENCE = /^([ \t]*)(:{3,})[ \t]*([A-Za-z][\w-]*)?[ \t]*(.*?)[ \t]*$/;
/** An alert's marker on the first line of a quote: [!NOTE], [!tip]- (Obsidian's folding sign), and its title. */
const ALERT = /^([ \t]{0,3}(?:>[ \t]?)+)[ \t]*(\[![A-Za-z][\w-]*\][+-]?)[ \t]*(.*?)[ \t]*$/;
const QUOTE_LINE = /^[ \t]{0,3}>/;

/** The admonitions of a Markdown text (outside fenced code); null when it has none, the common case. */
export function findAdmonitions(text: string): Admonitions | null {
  // Cheap guards: most notices have neither a run of colons nor an alert's marker.
  if (!text.includes(':::') && !text.includes('[!')) return null;
  const found: Admonitions = { masks: [], titles: [], alerts: [] };
  let fence: string | null = null;
  let previous = '';
  for (const line of sourceLines(text)) {
    const step = fenceAfter(fence, line.text);
    const inCode = step.marker || fence !== null || step.fence !== null;
    fence = step.fence;
    const before = previous;
    previous = line.text;
    if (inCode) continue;
    const colons = line.text.includes(':::') ? FENCE.exec(line.text) : null;
    if (colons) {
      const end = line.start + line.text.trimEnd().length;
      if (colons[4]) addTitle(found, colons[4], end - colons[4].length);
      found.masks.push({ start: line.start + colons[1]!.length, end });
      continue;
    }
    // An alert's marker counts only on a quote's first line: further down it is the quote's text.
    const alert = line.text.includes('[!') && !QUOTE_LINE.test(before) ? ALERT.exec(line.text) : null;
    if (alert) {
      const markerAt = line.start + line.text.indexOf(alert[2]!, alert[1]!.length);
      const end = line.start + line.text.trimEnd().length;
      if (alert[3]) addTitle(found, alert[3], end - alert[3].length);
      found.masks.push({ start: markerAt, end });
      found.alerts.push(markerAt);
    }
  }
  return found.masks.length > 0 ? found : null;
}

/**
 * A box's title as written after its kind: plain (`:::tip 文件信息`), in brackets (`:::note[标题]`),
 * or with attributes after it (`{title="…"}`, not a title of its own), at `start` in the source.
 */
function addTitle(found: Admonitions, written: string, start: number): void {
  const label = /^\[([^\]]*)\]/.exec(written);
  const title = label ? label[1]!.trim() : written.replace(/\{[^}]*\}\s*$/, '').trim();
  if (title.length === 0) return;
  const at = start + (label ? written.indexOf(title, 1) : written.indexOf(title));
  found.titles.push({ kind: 'paragraph', text: title, anchors: [{ text: 0, source: at }], start: at, end: at + title.length, chrome: true });
}
