/**
 * A figure in a table cell followed by a bracketed note (3.6（累计）, 95（约束性）, 12〔累计〕): the
 * figure is the cell's value, and the note says how to take it, as a sentence's qualifier would.
 */
export interface CellNote {
  /** The cell less its note: what is read as its figure. */
  figure: string;
  /** The note as written, without its brackets. */
  note: string;
  /** The qualifier the note gives the figure (累计, 约束性), '' for a known note that gives none (目标). */
  qualifier: string;
  /** Whether the note is one of the known kinds; an unknown one is kept out of the figure and said. */
  known: boolean;
}

// The note is short and closes the cell; the figure before it holds a digit. Brackets folded or not.
const NOTED = /^(.*\d[^()（）〔〕[\]【】［］]*?) ?[(（〔[【［] ?([^()（）〔〕[\]【】［］]{1,12}?) ?[)）〕\]】］]$/;
/** Notes that qualify the figure: a total over the plan's years, a target's attribute, a stretch. */
const QUALIFYING: ReadonlyArray<[RegExp, string]> = [
  [/^(?:[一二三四五六七八九十两]年|\d{4}\s*[—–\-－~～至]\s*\d{2,4}\s*年)?(?:累计|累积|合计)(?:数|值)?$/, '累计'],
  [/^预期(?:性|值)?$/, '预期性'],
  [/^约束(?:性|值)?$/, '约束性'],
  [/^(?:力争|争取)(?:值|目标)?$/, '力争'],
];
/** Notes that say what the column already says: a target, an estimate. */
const PLAIN = /^(?:目标|目标值|预计|预计值|预估|计划|规划)$/;

/** The figure and note of a cell that ends in a bracketed note, or null for any other cell. */
export function cellNote(match: string): CellNote | null {
  const text = match.trim();
  // Cheap guard: most cells end in a digit or a unit, not a closing bracket.
  if (!/[)）〕\]】］]$/.test(text)) return null;
  const m = NOTED.exec(text);
  if (!m) return null;
  const figure = (m[1] as string).trim();
  const note = (m[2] as string).trim();
  for (const [pattern, qualifier] of QUALIFYING) if (pattern.test(note)) return { figure, note, qualifier, known: true };
  return { figure, note, qualifier: '', known: PLAIN.test(note) };
}
