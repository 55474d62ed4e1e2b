import type { ChangeObject } from 'diff';
import { fold, substanceKey } from '../text/fold.js';
import type { RedlineSegment } from './types.js';

/** A word as written (with the spaces after it) and the key it is compared by. */
interface Token {
  text: string;
  key: string;
}

type DiffArrays = (oldArr: Token[], newArr: Token[], options: { comparator: (a: Token, b: Token) => boolean }) => Array<ChangeObject<Token[]>>;

/** A run while the redline is being tidied: equal runs keep both versions' text. */
interface Run {
  op: RedlineSegment['op'];
  old: string;
  new: string;
}

let segmenter: Intl.Segmenter | null | undefined;

/**
 * Splits text into words with the ICU word segmenter (Chinese has no spaces), or into characters
 * where the runtime has no segmenter (a Node built with small-icu).
 */
export function words(text: string): string[] {
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    } catch {
      segmenter = null;
    }
  }
  if (!segmenter) return Array.from(text);
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** A figure as a reader takes it in: 1200, 13.5, 1,200 (a comma only before groups of three digits). */
const FIGURE = /[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?/g;

/**
 * The words with each figure one word: a segmenter (or the fallback by character) may cut 13.5 or
 * 1,200 apart, and 50 → 60 would then read as one digit changed, 达到[-5-]{+6+}0亿元.
 */
function wordsWithFigures(text: string): string[] {
  const inside = new Set<number>();
  for (const m of text.matchAll(FIGURE)) for (let i = (m.index ?? 0) + 1; i < (m.index ?? 0) + m[0].length; i++) inside.add(i);
  const out: string[] = [];
  let at = 0;
  for (const word of words(text)) {
    if (inside.has(at) && out.length > 0) out[out.length - 1] += word;
    else out.push(word);
    at += word.length;
  }
  return out;
}

const DIGIT = /[0-9０-９]/;

/** Whether a cut before chars[i] falls inside a figure (between two digits, or next to its decimal point or thousands comma). */
function splitsFigure(chars: readonly string[], i: number): boolean {
  const digit = (k: number): boolean => k >= 0 && k < chars.length && DIGIT.test(chars[k] as string);
  const inner = (k: number): boolean => {
    const c = chars[k] ?? '';
    if (/[.．]/.test(c)) return digit(k - 1) && digit(k + 1);
    return /[,，]/.test(c) && digit(k - 1) && digit(k + 1) && digit(k + 2) && digit(k + 3) && !digit(k + 4);
  };
  return (digit(i - 1) && digit(i)) || inner(i) || inner(i - 1);
}

function tokens(text: string, strict: boolean, keyOf: (word: string) => string, masked: readonly MaskedSpan[] = []): Token[] {
  const out: Token[] = [];
  let pending = '';
  let at = 0;
  let lastMask: MaskedSpan | undefined;
  for (const word of wordsWithFigures(text)) {
    const from = at;
    at += word.length;
    const mask = masked.find(([a, b]) => from < b && at > a);
    // A span is one word however the segmenter cuts it (3—5 of a range): it pairs with one word.
    if (mask && mask === lastMask && out.length > 0) {
      (out[out.length - 1] as Token).text += word;
      continue;
    }
    lastMask = mask;
    const key = mask ? `\u0000${mask[2]}` : strict ? word : keyOf(word);
    // Spaces and line breaks ride on the word before them, so they never count as a word.
    if (!strict && key === '') {
      const last = out[out.length - 1];
      if (last) last.text += word;
      else pending += word;
      continue;
    }
    out.push({ text: pending + word, key });
    pending = '';
  }
  if (pending && out.length === 0 && strict) out.push({ text: pending, key: pending });
  return out;
}

const join = (ts: readonly Token[]): string => ts.map((t) => t.text).join('');

/** Punctuation an edit reads best ending on (仪表生产、{+柜体组装、+}系统集成), or next to. */
const BREAK = /[、,，;；。:：!！?？\s]/;
/** Brackets and quotes an edit reads best holding in pairs: （修订版） rather than ）（修订版. */
const OPENING = '（(〔【[［《〈“‘「『';
const CLOSING = '）)〕】]］》〉”’」』';
const PAIRED = /[（(〔【[［《〈“‘「『）)〕】\]］》〉”’」』]/;

/**
 * Whether an edit's brackets pair within it (none, or each opened and then closed): an insertion
 * that could sit either side of a bracket the two versions share, `年{+）（修订版+}）` or
 * `年）{+（修订版）+}`, is put where it holds its own pair, as a reader writes it.
 */
function bracketsPair(text: readonly string[]): boolean {
  let depth = 0;
  for (const c of text) {
    if (OPENING.includes(c)) depth++;
    else if (CLOSING.includes(c) && --depth < 0) return false;
  }
  return depth === 0;
}

/** How far an edit may slide: enough for any phrase, bounded for pathological repeats (……). */
const MAX_SLIDE = 64;

/**
 * Makes word-level redlines. `diff` (jsdiff) is loaded on first use only, since only `plan diff` needs
 * it; the redline function itself is synchronous. `keyOf` is what words compare by (the diff's text
 * key, so that a word written in 繁体 is the same word); substance by default.
 */
export async function loadRedliner(
  keyOf: (word: string) => string = substanceKey,
): Promise<(oldText: string, newText: string, options?: RedlineOptions) => RedlineSegment[]> {
  const { diffArrays } = await import('diff');
  return (oldText, newText, options = {}) => redlineWith(diffArrays as DiffArrays, oldText, newText, options.strict ?? false, keyOf, options.masked);
}

/** Spans of a text (from, to) whose words are compared as a kind rather than as written (see RedlineOptions.masked). */
export type MaskedSpan = readonly [from: number, to: number, kind: string];

export interface RedlineOptions {
  strict?: boolean;
  /**
   * Words reported elsewhere, in each version: a goal's figure and year, which the diff reports as
   * the goal. A word inside such a span compares by the span's kind, so that 下降10% → 下降13.5% is
   * no change of the prose (the new words show) while the words around it still are.
   */
  masked?: { old: readonly MaskedSpan[]; new: readonly MaskedSpan[] };
}

function redlineWith(
  diffArrays: DiffArrays,
  oldText: string,
  newText: string,
  strict: boolean,
  keyOf: (word: string) => string,
  masked?: RedlineOptions['masked'],
): RedlineSegment[] {
  const charEqual = strict ? (a: string, b: string) => a === b : (a: string, b: string) => fold(a) === fold(b) || keyOf(a) === keyOf(b);
  const oldTokens = tokens(oldText, strict, keyOf, masked?.old);
  const newTokens = tokens(newText, strict, keyOf, masked?.new);
  const runs: Run[] = [];
  let o = 0;
  for (const part of diffArrays(oldTokens, newTokens, { comparator: (a, b) => a.key === b.key })) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      runs.push({ op: 'delete', old: join(oldTokens.slice(o, o + count)), new: '' });
      o += count;
    } else if (part.added) runs.push({ op: 'insert', old: '', new: join(part.value) });
    else {
      runs.push(...equalRuns(oldTokens.slice(o, o + count), part.value, charEqual));
      o += count;
    }
  }
  const tidy = slide(trim(absorb(hunks(runs)), charEqual), charEqual);
  const segments = tidy.flatMap((r): RedlineSegment[] => {
    if (r.op !== 'equal') return r.old || r.new ? [{ op: r.op, text: r.op === 'delete' ? r.old : r.new }] : [];
    return r.new ? [{ op: 'equal', text: r.new }] : [];
  });
  return coalesce(segments);
}

/**
 * The runs of words the diff found equal. A masked word (a goal's figure or year) is equal to the
 * other version's by its kind, not as written: where the two differ (10 → 13.5), it is a deletion
 * and an insertion, so that each side of the redline reads as that version wrote it; the goal
 * change reports the new figure, and the prose is not changed by it (its key masks it).
 */
function equalRuns(oldTokens: readonly Token[], newTokens: readonly Token[], same: (a: string, b: string) => boolean): Run[] {
  const runs: Run[] = [];
  for (let k = 0; k < newTokens.length; k++) {
    const a = oldTokens[k] as Token;
    const b = newTokens[k] as Token;
    const last = runs[runs.length - 1];
    if (!a.key.startsWith('\u0000') || same(a.text.trim(), b.text.trim())) {
      if (last && last.op === 'equal') {
        last.old += a.text;
        last.new += b.text;
      } else runs.push({ op: 'equal', old: a.text, new: b.text });
      continue;
    }
    runs.push({ op: 'delete', old: a.text, new: '' }, { op: 'insert', old: '', new: b.text });
  }
  return runs;
}

/**
 * Joins neighbours of the same kind: sliding an edit can empty the equal run between two
 * insertions, and {+每年4+}{+月底和10+} reads as one insertion, {+每年4月底和10+}.
 */
function coalesce(segments: RedlineSegment[]): RedlineSegment[] {
  const out: RedlineSegment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.op === s.op) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** A change hunk: what the old text had and what the new text has in its place. */
interface Hunk {
  old: string;
  new: string;
}
type Piece = { equal: Run } | { hunk: Hunk };

/** Groups consecutive deletions and insertions into hunks between equal runs. */
function hunks(runs: Run[]): Piece[] {
  const pieces: Piece[] = [];
  for (const r of runs) {
    const last = pieces[pieces.length - 1];
    if (r.op === 'equal') pieces.push({ equal: { ...r } });
    else if (last && 'hunk' in last) {
      last.hunk.old += r.old;
      last.hunk.new += r.new;
    } else pieces.push({ hunk: { old: r.old, new: r.new } });
  }
  return pieces;
}

/**
 * A lone comma or character left equal between two rewritten stretches makes the redline harder to
 * read, not easier: it is folded into one hunk (as diff-match-patch's semantic clean-up does).
 */
function absorb(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k] as Piece;
    const before = out[out.length - 1];
    const after = pieces[k + 1];
    if ('equal' in p && before && 'hunk' in before && after && 'hunk' in after && substanceKey(p.equal.new).length <= 1) {
      const rewrites = (before.hunk.old && before.hunk.new) || (after.hunk.old && after.hunk.new);
      if (rewrites) {
        before.hunk.old += p.equal.old + after.hunk.old;
        before.hunk.new += p.equal.new + after.hunk.new;
        k++;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

/** Moves characters a rewritten hunk starts or ends with in both versions out of the hunk. */
function trim(pieces: Piece[], same: (a: string, b: string) => boolean): Run[] {
  const runs: Run[] = [];
  const pushEqual = (text: string, old: string): void => {
    if (!text && !old) return;
    const last = runs[runs.length - 1];
    if (last && last.op === 'equal') {
      last.new += text;
      last.old += old;
    } else runs.push({ op: 'equal', old, new: text });
  };
  for (const p of pieces) {
    if ('equal' in p) {
      pushEqual(p.equal.new, p.equal.old);
      continue;
    }
    const a = Array.from(p.hunk.old);
    const b = Array.from(p.hunk.new);
    let start = 0;
    while (start < a.length && start < b.length && same(a[start] as string, b[start] as string)) start++;
    // A figure changes as a whole: 50 → 60 is [-50-]{+60+}, not [-5-]{+6+}0.
    while (start > 0 && (splitsFigure(a, start) || splitsFigure(b, start))) start--;
    let end = 0;
    while (end < a.length - start && end < b.length - start && same(a[a.length - 1 - end] as string, b[b.length - 1 - end] as string)) end++;
    while (end > 0 && (splitsFigure(a, a.length - end) || splitsFigure(b, b.length - end))) end--;
    pushEqual(b.slice(0, start).join(''), a.slice(0, start).join(''));
    const oldMid = a.slice(start, a.length - end).join('');
    const newMid = b.slice(start, b.length - end).join('');
    if (oldMid) runs.push({ op: 'delete', old: oldMid, new: '' });
    if (newMid) runs.push({ op: 'insert', old: '', new: newMid });
    // The common tail goes into a fresh equal run that the next equal text joins.
    if (end > 0) runs.push({ op: 'equal', old: a.slice(a.length - end).join(''), new: b.slice(b.length - end).join('') });
  }
  return runs;
}

/**
 * A pure insertion or deletion between two equal runs can often sit a few characters earlier or
 * later with the same meaning (、{+柜体组装+}、 or 、{+柜体组装、+}): it is slid to where it ends on
 * punctuation, which is where a reader expects the edit.
 */
function slide(runs: Run[], same: (a: string, b: string) => boolean): Run[] {
  for (let k = 1; k + 1 < runs.length; k++) {
    const before = runs[k - 1] as Run;
    const run = runs[k] as Run;
    const after = runs[k + 1] as Run;
    if (before.op !== 'equal' || after.op !== 'equal' || run.op === 'equal' || !run[run.op === 'delete' ? 'old' : 'new']) continue;
    const side = run.op === 'delete' ? 'old' : 'new';
    let left = Array.from(before.new);
    let text = Array.from(run[side]);
    let right = Array.from(after.new);
    // As far left as it goes: L·l + X·x + R → L + l·X + x·R while l and x are the same character.
    for (let step = 0; step < MAX_SLIDE && left.length > 0 && same(left[left.length - 1] as string, text[text.length - 1] as string); step++) {
      const l = left.pop() as string;
      const x = text.pop() as string;
      text = [l, ...text];
      right = [x, ...right];
    }
    // Then each position to the right, keeping the one that reads best.
    let best = { score: -1, left, text, right };
    const paired = PAIRED.test(run[side]) || PAIRED.test(before.new.slice(-MAX_SLIDE)) || PAIRED.test(after.new.slice(0, MAX_SLIDE));
    for (let step = 0; ; step++) {
      const score =
        (paired && bracketsPair(text) ? 4 : 0) +
        (BREAK.test(text[text.length - 1] as string) ? 2 : 0) +
        (BREAK.test(text[0] as string) ? 1 : 0) +
        (left.length === 0 || BREAK.test(left[left.length - 1] as string) ? 1 : 0) +
        (right.length === 0 || BREAK.test(right[0] as string) ? 1 : 0);
      if (score > best.score) best = { score, left: [...left], text: [...text], right: [...right] };
      if (step >= 2 * MAX_SLIDE || right.length === 0 || !same(right[0] as string, text[0] as string)) break;
      left = [...left, text[0] as string];
      text = [...text.slice(1), right[0] as string];
      right = right.slice(1);
    }
    before.new = best.left.join('');
    before.old = before.new;
    run[side] = best.text.join('');
    after.new = best.right.join('');
    after.old = after.new;
  }
  return runs;
}
