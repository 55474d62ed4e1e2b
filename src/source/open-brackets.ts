import type { Block } from './types.js';
import { isOutlineStart } from '../text/markers.js';

/** Whether a text ends a sentence (its last character only: texts can be long). */
function endsSentence(text: string): boolean {
  return '。！？!?'.includes(text.charAt(text.length - 1)) && text.length > 0;
}

/** How many round brackets (half- or full-width) a text leaves open at its end, counting on from `depth`. */
export function openBrackets(text: string, depth = 0): number {
  // Every paragraph passes here: most have no bracket to count.
  if (depth === 0 && text.indexOf('(') < 0 && text.indexOf('（') < 0) return 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) depth++;
    else if ((c === 0x29 || c === 0xff09) && depth > 0) depth--;
  }
  return depth;
}

/**
 * How many of the pieces after a text (lines, paragraphs) belong to it because it leaves `open`
 * brackets open (counted by openBrackets) that they close soon: a clause broken over lines,
 * （牵头单位：A，参与单位：B、|C）. 0 when the text ends a sentence, or when a blank piece, an item
 * or a full stop comes before the close within `limit` pieces: then it is a bracket left open,
 * not a clause broken.
 */
export function piecesClosing(open: number, text: string, next: readonly string[], limit = 3): number {
  let depth = open;
  if (depth === 0 || endsSentence(text)) return 0;
  for (let j = 0; j < next.length && j < limit; j++) {
    const t = next[j]!;
    if (t.length === 0 || isOutlineStart(t)) return 0;
    depth = openBrackets(t, depth);
    if (depth === 0) return j + 1;
    if (endsSentence(t)) return 0;
  }
  return 0;
}

/**
 * A paragraph that leaves a bracket open, closed in the paragraphs right after it, is one
 * paragraph broken by a line break (<br>, a Markdown hard break) or an editor's Enter:
 * （牵头单位：A，参与单位：B、<br>C）. Such paragraphs are joined; every other block is kept.
 */
export function joinBrokenClauses(blocks: Block[]): Block[] {
  const out: Block[] = [];
  const plain = (x: Block | undefined): x is Block => x !== undefined && x.kind === 'paragraph' && !x.chrome;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const open = plain(b) ? openBrackets(b.text) : 0;
    const following: string[] = [];
    for (let j = i + 1; open > 0 && j < blocks.length && j <= i + 3 && plain(blocks[j]); j++) following.push(blocks[j]!.text);
    const n = open > 0 ? piecesClosing(open, b.text, following) : 0;
    out.push(n > 0 ? joinBlocks(blocks.slice(i, i + n + 1)) : b);
    i += n;
  }
  return out;
}

/** Paragraph blocks joined into one, each keeping its own place in the source. */
export function joinBlocks(blocks: readonly Block[]): Block {
  const first = blocks[0]!;
  let text = '';
  const anchors: Block['anchors'] = [];
  for (const b of blocks) {
    // A block without anchors maps its text onto the source from its start.
    for (const a of b.anchors.length > 0 ? b.anchors : [{ text: 0, source: b.start }]) anchors.push({ text: text.length + a.text, source: a.source });
    text += b.text;
  }
  return { ...first, text, anchors, end: blocks[blocks.length - 1]!.end };
}
