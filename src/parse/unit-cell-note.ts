import { readsAsMeasureUnit } from '../text/measure-units.js';

/** A 单位 cell read as its unit and the note beside it (empty when it has none). */
export interface UnitCellNote {
  unit: string;
  note: string;
}

/** What a note beside a unit may be: a few words (累计, 当年, 新增, 年度, 当年价), no sentence, not a bare figure. */
const NOTE = /^(?=.*[^\d\s.])[^。；;：:()]{1,10}$/;

/**
 * A 单位 cell that says what its row's figures count beside their unit: 家（累计）, 亿元（当年）, the
 * whole in brackets with the note after a comma (（家，累计）, (万元,年度)), the note first and the
 * unit in brackets (累计（家）), or a unit alone in brackets (（家）, no note). Both parts as written;
 * the cell is read on the width-folded `match` (half-width brackets), of the same length as `text`.
 * Null for a cell that is a unit as it stands, a second counter in brackets included (万台（套）),
 * and for one that names no unit (（详见备注）, 见附表（一）).
 */
export function unitCellNote(text: string, match: string): UnitCellNote | null {
  const lead = text.length - text.trimStart().length;
  const t = match.trim();
  if (t === '' || readsAsMeasureUnit(t)) return null;
  const at = (from: number, to: number): string => text.slice(lead + from, lead + to).trim();
  const after = /^([^()]+)\(([^()]+)\)$/.exec(t);
  if (after) {
    const [outer, inner] = [after[1]!, after[2]!];
    // 家(累计): the unit, then its note in brackets.
    if (readsAsMeasureUnit(outer.trim())) return NOTE.test(inner.trim()) ? { unit: at(0, outer.length), note: at(outer.length + 1, t.length - 1) } : null;
    // 累计(家): the note, then the unit in brackets, as an indicator writes its unit.
    return readsAsMeasureUnit(inner.trim()) && NOTE.test(outer.trim()) ? { unit: at(outer.length + 1, t.length - 1), note: at(0, outer.length) } : null;
  }
  // (家,累计): the unit and its note inside one bracket, parted by a comma; (家): the unit alone.
  const inside = /^\(([^()]+?)(?:[,，、;；]([^()]+))?\)$/.exec(t);
  if (!inside || !readsAsMeasureUnit(inside[1]!.trim())) return null;
  const unit = at(1, 1 + inside[1]!.length);
  if (inside[2] === undefined) return { unit, note: '' };
  return NOTE.test(inside[2].trim()) ? { unit, note: at(t.length - 1 - inside[2].length, t.length - 1) } : null;
}

/**
 * An indicator with a unit cell's note after it in brackets, half-width where the cell (as written,
 * `cellText`) sets them so; unchanged when the indicator already ends with that note.
 */
export function withNote(indicator: string, note: string, cellText: string): string {
  const [open, close] = /\(/.test(cellText) ? ['(', ')'] : ['（', '）'];
  return new RegExp(`[(（]${note.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[)）]$`).test(indicator) ? indicator : `${indicator}${open}${note}${close}`;
}
