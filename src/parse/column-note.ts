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

/**
 * Spaces between the characters of a name (牵 头 单 位, 配　合　单　位: Word spaces a short header
 * out to the width of its column): no column's name holds a space of its own.
 */
const LETTER_SPACING = /(?<=[\u3400-\u9fff])[\s\u3000\u00a0]+(?=[\u3400-\u9fff])/g;
const closeUp = (name: string): string => (/[\s\u00a0]/.test(name) ? name.replace(LETTER_SPACING, '') : name);

export function readColumnHeader(header: string): ColumnHeader {
  const m = NOTED.exec(header.trim());
  if (!m) return { name: closeUp(header.trim()), firstLeads: false };
  const note = m[2]!;
  return { name: closeUp(m[1]!.trim()), firstLeads: FIRST.test(note) && LEADS.test(note) };
}
