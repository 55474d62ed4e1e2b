/** Where a line that may be a serial out of sequence stands, for opensOutOfSequence. */
export interface SerialPlace {
  /** The number the line writes. */
  serial: number;
  /** The serial the row after the one being read would have in sequence. */
  expected: number;
  /** How many lines the row being read has so far. */
  rowLength: number;
  /** How wide the row above it is (the last one not a group line), or null when it is the first. */
  above: number | null;
  headerWidth: number;
  /** Whether the row being read ends on a figure (its last line so far is a number). */
  endsOnFigure: boolean;
  /** Whether the header's last column is a year's (2025年), so a first row of figures ends with it. */
  headerEndsOnYear: boolean;
}

/**
 * Whether a serial out of sequence (1, 2, 4 or 1, 2, 3, 3) in a table flattened one cell per line
 * opens a row, the row before it full: it stands where a serial does, so the rows after it are not
 * run into one (outline-sequence then reports the numbering, as for a table with its cells in rows).
 * Only a serial near the expected one, after a row exactly as wide as the header or the row above
 * whose last cell is no figure. A row of a table of figures ends on one, which may equal a serial:
 * there only a serial at most two past the expected one, after a row as wide as the row above
 * (itself as wide as the header or wider), or, for the first row, as the header whose last column
 * is a year's; so a figure of a table whose header is a cell short (its rows wider) is not taken for
 * one. The caller asks too that the line after it be no figure (see opensAfterSerial).
 */
export function opensOutOfSequence(p: SerialPlace): boolean {
  if (p.rowLength < 2 || p.serial < p.expected - 1) return false;
  if (!p.endsOnFigure) return p.serial <= p.expected + 9 && (p.rowLength === p.headerWidth || p.rowLength === p.above);
  if (p.serial > p.expected + 2) return false;
  if (p.above !== null) return p.above >= p.headerWidth && p.rowLength === p.above;
  return p.rowLength === p.headerWidth && p.headerEndsOnYear;
}
