import { AnchoredText, sourceOffset } from './anchors.js';
import { ocrSpaces } from '../text/fold.js';
import { ornamentOffsets } from '../text/ornaments.js';
import { roleLabelSpaces } from '../text/spaced-labels.js';
import { revisionMarkSpans } from '../text/revision-marks.js';
import type { Block, CellBlock, OffsetAnchor, SourceDocument } from './types.js';

/**
 * Characters that print as nothing: the zero-width space, non-joiner and joiner, the word joiner
 * and a byte-order mark inside the text. Pasted CMS and WeChat text leaves them between the
 * characters of a figure (2​0%) or a unit's name (区​生态环境分局), where they are no part of it.
 */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_ALL = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * The offsets of a text's characters that are no part of it: invisible ones, the spaces OCR put
 * between characters, and the letter-spacing inside a role label; in a paragraph or heading (not a
 * table's cell, where ● may be all it says), the ornaments that open its lines (see ornaments.ts).
 */
function dropped(text: string, lines = false, marks: Array<[number, number]> = []): Set<number> | null {
  const found = [ocrSpaces(text), roleLabelSpaces(text), lines ? ornamentOffsets(text) : [], marks.flatMap(([from, to]) => Array.from({ length: to - from }, (_, k) => from + k))];
  const invisible = INVISIBLE.test(text);
  // Most blocks have none of these: no set is made for them.
  if (!invisible && found.every((offsets) => offsets.length === 0)) return null;
  const out = new Set<number>(found.flat());
  if (invisible) for (let i = 0; i < text.length; i++) if (INVISIBLE.test(text[i] as string)) out.add(i);
  return out;
}

/** A text without the characters at `drop`, each kept character still anchored to where it stands in the source. */
function dropFrom(text: string, anchors: readonly OffsetAnchor[], start: number, drop: Set<number>): { text: string; anchors: OffsetAnchor[] } {
  const acc = new AnchoredText();
  const placed = anchors.length > 0 ? anchors : [{ text: 0, source: start }];
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) acc.append(text[i] as string, sourceOffset(placed, i));
  return { text: acc.text, anchors: acc.anchors };
}

function cellWithout(cell: CellBlock, problems: Problems): CellBlock {
  const marks = revisionMarkSpans(cell.text, true);
  const drop = dropped(cell.text, false, marks);
  if (!drop) return cell;
  reportMarks(cell.text, cell.anchors, cell.start, marks, problems);
  return { ...cell, ...dropFrom(cell.text, cell.anchors, cell.start, drop) };
}

type Problems = SourceDocument['problems'];

/** One info a revision mark: what it says is not lost unsaid. */
function reportMarks(text: string, anchors: readonly OffsetAnchor[], start: number, marks: Array<[number, number]>, problems: Problems): void {
  const placed = anchors.length > 0 ? anchors : [{ text: 0, source: start }];
  for (const [from, to] of marks) {
    problems.push({
      ruleId: 'revision-mark',
      severity: 'info',
      message: `revision mark ${text.slice(from, to)} read as no part of the text beside it (it says what this version changed)`,
      offset: sourceOffset(placed, from),
    });
  }
}

/** The mark that opens a paragraph's text (【新增】发展跨境电商…), with where the text after it starts, or null. */
function openingMark(block: Block, [from, to]: [number, number]): Block['revisionMark'] | null {
  if (block.text.slice(0, from).trim() !== '') return null;
  let next = to;
  while (next < block.text.length && /\s/.test(block.text[next] as string)) next++;
  if (next >= block.text.length) return null;
  const placed = block.anchors.length > 0 ? block.anchors : [{ text: 0, source: block.start }];
  return { text: block.text.slice(from, to), next: sourceOffset(placed, next) };
}

/**
 * Takes the invisible characters out of the blocks an adapter made, whatever the input's format,
 * so that every later stage reads 20% and 区生态环境分局; and the spaces OCR set between the
 * characters of a line (区 科 技 局, see ocrSpaces), so that it reads 区科技局; and the ornaments
 * before a line's words (▌一、, 🔹1.), so that it reads as the heading or item it is; and a revised
 * plan's revision marks (【新增】, 区税务局（新增）, see revision-marks.ts), each reported as an info in
 * `problems`. Positions still point into the source.
 */
export function dropInvisibles(blocks: Block[], problems: Problems = []): Block[] {
  return blocks.map((block) => {
    const lines = block.kind === 'paragraph' || block.kind === 'heading';
    const marks = lines ? revisionMarkSpans(block.text) : [];
    const drop = dropped(block.text, lines, marks);
    if (marks.length > 0) reportMarks(block.text, block.anchors, block.start, marks, problems);
    const inFields = block.fields?.some((f) => INVISIBLE.test(f.key) || INVISIBLE.test(f.value)) ?? false;
    if (!drop && !inFields && !block.rows) return block;
    const out: Block = drop ? { ...block, ...dropFrom(block.text, block.anchors, block.start, drop) } : { ...block };
    // The characters an inline element sets apart at the start are fewer by those taken out of them.
    if (drop && block.lead !== undefined) out.lead = block.lead - [...drop].filter((i) => i < block.lead!).length;
    if (block.rows) out.rows = block.rows.map((row) => row.map((cell) => cellWithout(cell, problems)));
    const opening = marks.length > 0 ? openingMark(block, marks[0]!) : null;
    if (opening) out.revisionMark = opening;
    if (inFields && block.fields) out.fields = block.fields.map((f) => ({ ...f, key: f.key.replace(INVISIBLE_ALL, ''), value: f.value.replace(INVISIBLE_ALL, '') }));
    return out;
  });
}
