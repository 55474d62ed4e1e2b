import type { MetadataValues } from '../model/types.js';
import { HEADER_LABELS, isHeaderLabelName } from '../text/header-labels.js';

/**
 * Header fields set apart by a gap instead of a colon, as a header table copied as text gives them
 * (索引号⇥0025…⇥分类⇥城乡建设, 发文字号␣␣郑东管办〔2024〕12号␣␣␣␣成文日期␣␣2024-06-18): a tab, or a
 * run of two or more spaces, between a label and its value and between one field and the next.
 */
export interface SpacedField {
  label: string;
  key: keyof MetadataValues | null;
  value: string;
  /** Where the value starts in the line's text. */
  valueAt: number;
  /** The field's span in the line's text: from its label to the end of its value. */
  from: number;
  to: number;
}

/** A gap: a tab with any spaces around it, or two spaces or more of any kind. */
const GAP = /[ \u3000\u00a0\u2000-\u200a]*\t[\t \u3000\u00a0\u2000-\u200a]*|[ \u3000\u00a0\u2000-\u200a]{2,}/g;

/** The longest label a letter-spaced label is written over at most this many pieces (名　　称). */
const MAX_LABEL_PIECES = 6;

interface Piece {
  text: string;
  from: number;
  to: number;
}

/**
 * The fields of a line that opens with a known label followed by a gap, or null. Each value runs
 * to the next known label after a gap; a field may be empty only when a label follows it. A line
 * whose value ends a sentence (。) is prose, not a header's field.
 */
export function spacedFields(text: string, match: string): SpacedField[] | null {
  // Most lines have no gap, or do not open with a Han label: no need to look closer.
  const lead = match.length - match.trimStart().length;
  if (match.length > 300 || !/[\u4e00-\u9fff]/.test(match.charAt(lead))) return null;
  if (!text.includes('\t') && !/[ \u3000\u00a0\u2000-\u200a]{2}/.test(text)) return null;
  const pieces = split(text);
  if (pieces.length < 2) return null;
  const first = labelAt(pieces, 0, match);
  if (first === null) return null;
  const fields: SpacedField[] = [];
  let p = 0;
  let label = first;
  for (;;) {
    const labelEnd = p + label.pieces;
    let q = labelEnd;
    let next: FoundLabel | null = null;
    while (q < pieces.length && (next = labelAt(pieces, q, match)) === null) q++;
    const valuePieces = pieces.slice(labelEnd, q);
    const valueAt = valuePieces[0]?.from ?? pieces[labelEnd - 1]!.to;
    const to = valuePieces.length ? valuePieces[valuePieces.length - 1]!.to : pieces[labelEnd - 1]!.to;
    const value = text.slice(valueAt, to);
    if (/[。]$/.test(value.trim())) return null;
    fields.push({ label: label.label, key: HEADER_LABELS[label.name] ?? null, value, valueAt, from: pieces[p]!.from, to });
    if (next === null) break;
    p = q;
    label = next;
  }
  // A lone label with nothing after it is no field: the line only looked like one.
  return fields.some((f) => f.value !== '') ? fields : null;
}

function split(text: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  GAP.lastIndex = 0;
  for (let m = GAP.exec(text); m; m = GAP.exec(text)) {
    if (m.index > at) pieces.push({ text: text.slice(at, m.index), from: at, to: m.index });
    at = m.index + m[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), from: at, to: text.length });
  return pieces.filter((piece) => piece.text.trim() !== '').map((piece) => trimPiece(piece));
}

function trimPiece(piece: Piece): Piece {
  const start = piece.text.length - piece.text.trimStart().length;
  const t = piece.text.trim();
  return { text: t, from: piece.from + start, to: piece.from + start + t.length };
}

function squeezed(s: string): string {
  return s.replace(/[\s\u3000\u00a0]/g, '');
}

interface FoundLabel {
  /** How many pieces the label is written over. */
  pieces: number;
  /** As written. */
  label: string;
  /** Folded and squeezed: the key into HEADER_LABELS. */
  name: string;
}

/** The known label that starts at piece k, over one piece or several (名　　称), the longest. */
function labelAt(pieces: readonly Piece[], k: number, match: string): FoundLabel | null {
  let found: FoundLabel | null = null;
  let name = '';
  for (let q = k; q < pieces.length && q < k + MAX_LABEL_PIECES; q++) {
    const piece = pieces[q]!;
    // Labels are matched on the matching copy: 發文單位 counts.
    const folded = squeezed(match.slice(piece.from, piece.to));
    if (!/^[\u4e00-\u9fff]+$/.test(folded)) break;
    name += folded;
    if (name.length > 12) break;
    if (isHeaderLabelName(name)) found = { pieces: q - k + 1, label: q === k ? piece.text : joinText(pieces, k, q), name };
  }
  return found;
}

function joinText(pieces: readonly Piece[], k: number, q: number): string {
  return pieces.slice(k, q + 1).map((piece) => piece.text).join('');
}
