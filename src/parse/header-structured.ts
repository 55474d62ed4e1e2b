import type { Metadata, MetadataField } from '../model/types.js';
import type { CellBlock } from '../source/types.js';
import type { Item, ParseContext } from './context.js';
import { assignField, headerKey } from './header.js';

/**
 * Reads metadata that arrives already structured: YAML front matter (Markdown collections) and
 * label/value tables (gov.cn pages: several label/value pairs per row). Labels the model has no
 * key for are kept in `fields` as written.
 */
export function parseStructuredHeader(ctx: ParseContext, meta: Metadata): void {
  let first: Item | null = null;
  let last: Item | null = null;
  for (const item of ctx.items) {
    if (!ctx.isFree(item.index)) continue;
    if (item.block.kind === 'frontmatter' && item.block.fields) {
      for (const f of item.block.fields) {
        const key = headerKey(f.key);
        const field: MetadataField = {
          label: f.key,
          key: key ?? null,
          value: f.value.trim() === '' ? null : f.value.trim(),
          position: ctx.lines.position(f.start, f.end),
        };
        meta.fields.push(field);
        assignField(ctx, meta, field, item);
      }
      ctx.claim(item.index, 'metadata');
      first ??= item;
      last = item;
      continue;
    }
    const continuesHeader = last !== null && last.index === item.index - 1;
    if (item.block.kind === 'table' && item.block.rows && isLabelTable(ctx, item.block.rows, continuesHeader)) {
      for (const row of item.block.rows) readLabelRow(ctx, meta, row, item);
      ctx.claim(item.index, 'metadata');
      first ??= item;
      last = item;
    }
  }
  if (first && last) meta.position = ctx.rangePosition(first, last);
}

/**
 * A metadata table: most rows start with a known label cell. One labelled row is enough for a
 * table that directly follows another label table (gov.cn puts an empty 主题词 row in its own table).
 */
function isLabelTable(ctx: ParseContext, rows: CellBlock[][], continuesHeader: boolean): boolean {
  let labelled = 0;
  for (const row of rows) if (row[0] && cellLabel(ctx, row[0]) !== null) labelled++;
  return labelled >= (continuesHeader ? 1 : 2) && labelled >= rows.length / 2;
}

interface CellLabel {
  key: ReturnType<typeof headerKey>;
  label: string;
  /** The value written in the label's own cell (`<td><b>索引号：</b>1133…</td>`), or null when it has a cell of its own. */
  inline: string | null;
}

/**
 * The header label a cell holds: the whole cell (`索引号：`, with the value in the next cell), or
 * a label and its value in one cell. Labels are matched on the matching copy, so 發布機構 counts.
 */
function cellLabel(ctx: ParseContext, cell: CellBlock): CellLabel | null {
  const match = ctx.normalize(cell.text);
  const key = headerKey(match);
  if (key !== undefined) return { key, label: cell.text.replace(/[:：]\s*$/, '').trim(), inline: null };
  const colon = /^([^:：]{1,12})[:：]/.exec(match);
  if (!colon) return null;
  const inlineKey = headerKey(colon[1] as string);
  if (inlineKey === undefined) return null;
  return { key: inlineKey, label: cell.text.slice(0, (colon[1] as string).length).trim(), inline: cell.text.slice(colon[0].length).trim() };
}

function readLabelRow(ctx: ParseContext, meta: Metadata, row: CellBlock[], item: Item): void {
  for (let k = 0; k < row.length; k++) {
    const cell = row[k]!;
    const found = cellLabel(ctx, cell);
    if (found === null) continue;
    const next = row[k + 1];
    const valueCell = found.inline === null && next && cellLabel(ctx, next) === null ? next : undefined;
    const value = found.inline ?? (valueCell ? valueCell.text.trim() : '');
    const field: MetadataField = {
      label: found.label,
      key: found.key ?? null,
      value: value === '' ? null : value,
      position: ctx.lines.position(cell.start, (valueCell ?? cell).end),
    };
    meta.fields.push(field);
    assignField(ctx, meta, field, item);
    if (valueCell) k++;
  }
}
