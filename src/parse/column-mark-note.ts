/**
 * A unit column whose header note says a mark of type picks out the lead (责任单位（加粗的为牵头单位）,
 * （标红的为牵头单位）, （带*的为牵头单位）): the mark is lost with the markup, so every unit of its
 * cells is read as responsible, none as the lead the note names. That is reported, not passed over.
 */
import type { AnnexTable } from '../model/types.js';
import type { ParseContext } from './context.js';

/** A note naming a mark of type (加粗, 粗体, 黑体, 标红, 红色, 下划线, 带*号) … */
const MARK = /加粗|粗体|黑体|字体加粗|标红|红色|红字|下划线|斜体|[*＊★※]/;
/** … as what shows who leads. */
const LEADS = /牵头|主责|主办|负总责/;

/** The header of a column whose note reads as such a mark's, or null. */
export function markNoteOf(header: string): string | null {
  // Most headers have no note: the bracket test spares them the patterns.
  if (!/[（(【[]/.test(header)) return null;
  const note = /[（(【[]([^（()）【】[\]]+)[)）】\]]\s*$/.exec(header)?.[1];
  return note && MARK.test(note) && LEADS.test(note) ? note.trim() : null;
}

/** Reports each table whose unit column's note names the lead by a mark of type. */
export function reportMarkNotes(ctx: ParseContext, tables: readonly AnnexTable[]): void {
  for (const table of tables) {
    for (const header of table.columns) {
      const note = markNoteOf(header);
      if (!note) continue;
      ctx.report(
        'column-note-unread',
        'warning',
        `the column "${header.trim()}" says the lead is marked in its cells (${note}), a mark of type the text does not keep: its units are all read as responsible, none as the lead`,
        table.position,
      );
      break;
    }
  }
}
