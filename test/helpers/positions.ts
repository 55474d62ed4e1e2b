import type { PlanDocument, Position } from '../../src/model/types.js';
import { fold } from '../../src/text/fold.js';

// Zero-width characters and a revised plan's revision marks (（新增）, 【修改】) are no part of the
// model's texts (see source/invisible).
const REVISION_MARK = /[【〔[（(] ?(?:新增|修改|调整|修订|补充)(?:内容|条款|任务)? ?[】〕\]）)]/g;
const squash = (s: string): string => fold(s).replace(REVISION_MARK, '').replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');

/** A character reference, which decodes to one character (or a surrogate pair). */
const REFERENCE = /^&(?:#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,8};|[A-Za-z][A-Za-z0-9]{1,31};)/;
/** What a goal's span never starts with: the punctuation before its words (（2024年240家, 、2025年270家). */
const GOAL_LEAD = /^[、，,；;。：:（(）)\s]/;

/** Every line end the README names: CR CR LF and CRLF as one, LF, CR, a vertical tab, U+2028, U+2029. */
const LINE_END = /\r\r\n|\r\n|[\n\r\v\u2028\u2029]/g;

/** Offsets of a 1-based line/column in a text, for checking positions independently of the parser. */
function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  LINE_END.lastIndex = 0;
  for (let l = 1; l < line; l++) {
    const m = LINE_END.exec(text);
    if (!m) return -1;
    at = m.index + m[0].length;
  }
  return at + column - 1;
}

/**
 * Checks that positions are consistent with the source text: line/column agree with the offset,
 * and the span of every titled or texted element contains that title or text.
 */
export function positionProblems(doc: PlanDocument, source: string): string[] {
  const problems: string[] = [];
  // Page furniture set aside (a PDF's page number and running head inside a paragraph a page break
  // cut) is blanked out: an element's span runs across it, its text does not.
  let text = source;
  for (const c of doc.chrome ?? []) {
    const { start, end } = c.position;
    text = text.slice(0, start.offset) + ' '.repeat(end.offset - start.offset) + text.slice(end.offset);
  }
  const check = (where: string, pos: Position, expected?: string): void => {
    for (const p of [pos.start, pos.end]) {
      if (offsetOf(source, p.line, p.column) !== p.offset) problems.push(`${where}: ${p.line}:${p.column} is not offset ${p.offset}`);
    }
    if (pos.end.offset < pos.start.offset) problems.push(`${where}: ends before it starts`);
    // A span starts and ends between characters as written: never inside a character reference (m&sup2;).
    for (const [k, p] of [['start', pos.start], ['end', pos.end]] as const) {
      const back = Math.max(0, p.offset - 40);
      const near = source.slice(back, p.offset).lastIndexOf('&');
      const amp = near < 0 ? -1 : back + near;
      const ref = amp >= 0 ? REFERENCE.exec(source.slice(amp, amp + 42)) : null;
      if (ref && amp + ref[0].length > p.offset) problems.push(`${where}: ${k} ${p.offset} is inside the reference "${ref[0]}"`);
    }
    if (expected !== undefined && expected.trim()) {
      const span = squash(source.slice(pos.start.offset, pos.end.offset));
      const bare = squash(text.slice(pos.start.offset, pos.end.offset));
      if (!span.includes(squash(expected)) && !bare.includes(squash(expected))) problems.push(`${where}: span "${span.slice(0, 40)}" lacks "${expected.slice(0, 40)}"`);
    }
  };
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`));
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (o.position && typeof o.position === 'object' && (o.position as Position).start) {
      // Texts joined from several lines or cells (titles, sentences) are checked through their parts.
      // An outline item's text joins paragraphs that its sub-items may separate; they are checked one by one.
      const expected =
        typeof o.raw === 'string'
          ? o.raw
          : (typeof o.title === 'string' && !o.children) || Array.isArray(o.paragraphs)
            ? undefined
            : typeof o.text === 'string'
              ? o.text
              : undefined;
      check(path, o.position as Position, expected);
      // A goal starts at its own words.
      if (typeof o.indicator === 'string' && typeof o.raw === 'string') {
        const p = o.position as Position;
        const first = source.slice(p.start.offset, p.start.offset + 1);
        if (GOAL_LEAD.test(first)) problems.push(`${path}: the goal starts at "${first}", before its words`);
      }
    }
    // A notice's title printed outside the text: its span is the part read as the title, not the
    // whole <title> element; the notice's own blocks (addressees to date) lie inside its span.
    if (typeof o.title === 'string' && o.titleFrom === 'page-title' && o.titlePosition) {
      const p = o.titlePosition as Position;
      check(`${path}.titlePosition`, p, o.title);
      if (squash(source.slice(p.start.offset, p.end.offset)) !== squash(o.title)) problems.push(`${path}.titlePosition: span "${source.slice(p.start.offset, p.end.offset).slice(0, 60)}" is not the title`);
    }
    if (Array.isArray(o.addressees) && o.position && typeof o.position === 'object') {
      const whole = o.position as Position;
      for (const key of ['addresseesPosition', 'signaturePosition', 'datePosition'] as const) {
        const p = o[key] as Position | null | undefined;
        if (p && (p.start.offset < whole.start.offset || p.end.offset > whole.end.offset)) problems.push(`${path}.${key}: ${p.start.line}:${p.start.column} lies outside the notice's span`);
      }
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'position') visit(v, `${path}.${k}`);
  };
  visit(doc, '$');
  return problems;
}
