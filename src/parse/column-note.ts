/**
 * A task table's column header with a note in brackets after its name (责任单位（第一个为牵头单位）,
 * 责任单位（加粗为牵头）, 牵头单位(排第一)): the column is the one its name says, and the note, when it
 * says the unit listed first leads, says so for the column's cells as the document's 责任单位中排在第一位
 * 的为牵头单位 does for its clauses.
 */

/** A name, then one note in round or square brackets that closes the header. */
const NOTED = /^(.+?)\s*[（(【[]([^（()）【】[\]]+)[)）】\]]$/;

/** A note that speaks of the first unit listed (第一个, 第一位, 排第一, 首位, 首个, 居首) … */
const FIRST = /第一|首位|首个|首家|居首|排首|在前/;
/** … as the one that leads. */
const LEADS = /牵头|主责|主办|负总责|负责/;

export interface ColumnHeader {
  /** The header without its note. */
  name: string;
  /** Whether the note says the unit listed first leads. */
  firstLeads: boolean;
}

export function readColumnHeader(header: string): ColumnHeader {
  const m = NOTED.exec(header.trim());
  if (!m) return { name: header.trim(), firstLeads: false };
  const note = m[2]!;
  return { name: m[1]!.trim(), firstLeads: FIRST.test(note) && LEADS.test(note) };
}
