import { getField } from '../query/fields.js';
import type { Tone, View } from '../query/views.js';

/** One cell of a flat result, with the role it speaks of when it has one. */
export interface Cell {
  text: string;
  tone?: Tone;
}

/** A flat result ready for a table, CSV, TSV or Markdown renderer. */
export interface Tabular {
  headers: Cell[];
  rows: Cell[][];
}

/**
 * Markers that tell lead from participant without colour (NO_COLOR, a printout, a screen reader):
 * a filled circle for the unit that leads, a hollow one for those that take part.
 */
export const ROLE_MARKERS: Record<Tone, string> = { lead: '●', participant: '○' };

/**
 * Turns rows into cells through a view. `marked` (tables and Markdown, read by people) puts a
 * role marker before role values and the headers of role columns; CSV and TSV, read by
 * programs, keep the bare values.
 */
export function tabulate(rows: readonly unknown[], fields: readonly string[], view: View, marked: boolean): Tabular {
  const mark = (text: string, tone: Tone | undefined): string => (marked && tone ? `${ROLE_MARKERS[tone]} ${text}` : text);
  const headers = fields.map((field) => {
    const tone = view.columnTone(field);
    const text = view.header(field, marked);
    return tone ? { text: mark(text, tone), tone } : { text };
  });
  const body = rows.map((row) =>
    fields.map((field): Cell => {
      const value = getField(row, field);
      const text = view.cell(row, field, value, marked);
      const columnTone = view.columnTone(field);
      if (columnTone) return { text, tone: columnTone };
      const tone = view.cellTone(field, value);
      return tone ? { text: mark(text, tone), tone } : { text };
    }),
  );
  return { headers, rows: body };
}

/** One row turned on its side, a field per line: how a single record (a header) reads best. */
export function transpose(tab: Tabular): Tabular {
  const row = tab.rows[0] ?? [];
  return { headers: [{ text: 'field' }, { text: 'value' }], rows: tab.headers.map((header, i) => [header, row[i] ?? { text: '' }]) };
}
