import type { Metadata, MetadataField } from '../model/types.js';
import type { CellBlock } from '../source/types.js';
import type { Item, ParseContext } from './context.js';
import { assignField, fieldsInLine, headerKey } from './header.js';
import { sourceOffset } from '../source/anchors.js';

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
        // Keys are matched on the matching copy, as labels in the text are: 發布機構 and 文號 count.
        const key = headerKey(ctx.normalize(f.key));
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
      const rows = item.block.rows;
      for (let r = 0; r < rows.length; r++) {
        const below = rows[r + 1];
        if (below && isLabelRowOverValues(ctx, rows[r]!, below)) {
          readColumnPairs(ctx, meta, rows[r]!, below, item);
          r++;
        } else readLabelRow(ctx, meta, rows[r]!, item);
      }
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
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const below = rows[r + 1];
    if (below && isLabelRowOverValues(ctx, row, below)) {
      // The row of values under a row of labels belongs to the header as much as the labels do.
      labelled += 2;
      r++;
    } else if (row[0] && cellLabel(ctx, row[0]) !== null) labelled++;
  }
  return labelled >= (continuesHeader ? 1 : 2) && labelled >= rows.length / 2;
}

/**
 * Labels in one row and their values in the row below (索引号 | 主题分类 | 体裁分类 over
 * 1137…/2024-01527 | 城乡建设 | 通知). Guarded, as such tables may stand anywhere: at least three
 * cells, every one a bare header label, two of them naming model keys, and no label in the row below.
 */
function isLabelRowOverValues(ctx: ParseContext, row: CellBlock[], below: CellBlock[]): boolean {
  if (row.length < 3 || below.length !== row.length) return false;
  let keyed = 0;
  for (const cell of row) {
    if (cell.spanned) continue;
    const found = cellLabel(ctx, cell);
    if (found === null || found.inline !== null) return false;
    if (found.key) keyed++;
  }
  return keyed >= 2 && below.every((cell) => cellLabel(ctx, cell) === null);
}

/** Each label of a label row with the cell right below it as its value. */
function readColumnPairs(ctx: ParseContext, meta: Metadata, row: CellBlock[], below: CellBlock[], item: Item): void {
  for (let k = 0; k < row.length; k++) {
    const cell = row[k]!;
    if (cell.spanned) continue;
    const found = cellLabel(ctx, cell)!;
    const valueCell = below[k]!;
    const value = valueCell.spanned ? '' : valueCell.text.trim();
    const field: MetadataField = {
      label: found.label,
      key: found.key ?? null,
      value: value === '' ? null : value,
      position: ctx.lines.position(cell.start, valueCell.end),
    };
    meta.fields.push(field);
    assignField(ctx, meta, field, item);
  }
}

interface CellLabel {
  key: ReturnType<typeof headerKey>;
  /** A label no list knows, read for its shape in a label table (see unknownCellLabel). */
  unknown?: boolean;
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

/** A cell of a label and its colon only (公开时限：): a label of its own, never the value of the cell before it. */
const COLON_LABEL_CELL = /^\s*[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{1,11}[:：]\s*$/;

function readLabelRow(ctx: ParseContext, meta: Metadata, row: CellBlock[], item: Item): void {
  for (let k = 0; k < row.length; k++) {
    const cell = row[k]!;
    // The copies a colspan leaves in the grid repeat the cell: its label is read once.
    if (cell.spanned) continue;
    const found = cellLabel(ctx, cell) ?? unknownCellLabel(ctx, cell, row[k + 1]);
    if (found === null) {
      // Claimed with its table, a cell read as neither label nor value would be lost without a word.
      if (cell.text.trim() !== '') ctx.report('header-cell-unread', 'warning', `header cell "${excerptCell(cell.text)}" is not a label or a label's value; it is not in metadata.fields`, ctx.lines.position(cell.start, cell.end));
      continue;
    }
    if (found.unknown) ctx.report('header-label-unknown', 'warning', `header label "${found.label.replace(/\s+/g, '')}" is not one the parser knows; its value is kept in metadata.fields only`, ctx.lines.position(cell.start, cell.end));
    if (found.inline !== null && readFieldsInCell(ctx, meta, cell, found, item)) continue;
    const next = row[k + 1];
    const valueCell = found.inline === null && next && cellLabel(ctx, next) === null && !COLON_LABEL_CELL.test(ctx.normalize(next.text)) ? next : undefined;
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

/**
 * A cell holding several pairs (<td>索引号：X　　发文机关：Y</td>), as some sites fill a header row:
 * each pair is a field, split where the next known label starts, as on a line of text. False when
 * the cell holds one pair only, which the caller reads as before.
 */
function readFieldsInCell(ctx: ParseContext, meta: Metadata, cell: CellBlock, found: CellLabel, item: Item): boolean {
  const match = ctx.normalize(cell.text);
  const colon = /^[^:：]{1,12}[:：]\s*/.exec(match);
  if (!colon || found.inline === null) return false;
  const several = fieldsInLine({ text: cell.text, match }, { label: found.label, key: found.key ?? null, inlineValue: found.inline, valueOffset: colon[0].length });
  if (several.length < 2) return false;
  for (const f of several) {
    const field: MetadataField = {
      label: f.label,
      key: f.key,
      value: f.value === '' ? null : f.value,
      position: ctx.lines.position(sourceOffset(cell.anchors, f.from), sourceOffset(cell.anchors, f.to)),
    };
    meta.fields.push(field);
    assignField(ctx, meta, field, item);
  }
  return true;
}

/**
 * A cell of a label table in the shape of a label the lists do not know (公开时限：, 内容概述：, a
 * <th> of a few characters) with its value in the next cell or after its colon: a field of the
 * header all the same, kept with its key null, as an unknown label line of text is.
 */
function unknownCellLabel(ctx: ParseContext, cell: CellBlock, next: CellBlock | undefined): CellLabel | null {
  const match = ctx.normalize(cell.text).trim();
  if (match.length > 40) return null;
  const alone = /^([\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{0,11}?)\s*[:：]?$/.exec(match);
  if (alone) {
    const label = (alone[1] as string).replace(/[\s\u3000]/g, '');
    // Without a colon only a header cell is a label: a bare word in a <td> may be a value.
    if (label.length < 2 || (!/[:：]$/.test(match) && !cell.header)) return null;
    if (!next || next.spanned || cellLabel(ctx, next) !== null) return null;
    return { key: null, label: cell.text.replace(/[:：]\s*$/, '').trim(), inline: null, unknown: true };
  }
  const colon = /^([\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{1,11}?)\s*[:：]\s*(\S.*)$/.exec(match);
  if (!colon) return null;
  return { key: null, label: cell.text.slice(0, (colon[1] as string).length).trim(), inline: cell.text.slice(cell.text.length - (colon[2] as string).length).trim(), unknown: true };
}

function excerptCell(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 30 ? `${t.slice(0, 30)}…` : t;
}
