import type { Metadata, MetadataField, MetadataValues, Position } from '../model/types.js';
import { parseFieldDate } from '../text/date.js';
import { parseDocumentNumber } from '../text/document-number.js';
import { HEADER_LABELS as LABELS } from '../text/header-labels.js';
import { endsAsDocumentTitle } from '../text/notice-title.js';
import { isBodyName } from '../text/body-name.js';
import { squeeze } from '../text/fold.js';
import { simplifyLabelGlyphs } from '../text/simplify.js';
import { isNoneValue } from '../text/none-value.js';
import type { Item, ParseContext } from './context.js';
import { spacedFields, type SpacedField } from './header-spaced.js';
import { blankBetween } from './blank-line.js';

const LABEL_RE = /^([\u4e00-\u9fff][\u4e00-\u9fff ]{0,12}?) *[:：] *(.*)$/;
/**
 * 【索引号】000014349/2024-00213: a label in square brackets (信息公开 pages), a colon after it optional;
 * some sites set the brackets half width ([索引号], [ 索引号 ]; the matching copy folds ［］ to them).
 */
const BRACKET_LABEL_RE = /^[【[] *([\u4e00-\u9fff][\u4e00-\u9fff ]{0,12}?) *[】\]] *[:：]? *(.*)$/;

export interface LabelMatch {
  label: string;
  key: keyof MetadataValues | null;
  /** Text after the colon on the same line, if any. */
  inlineValue: string;
  /** A label not in LABELS, taken for its shape inside a header (see unknownLabel). */
  unknown?: boolean;
  valueOffset: number;
  /** The fields of a line that sets them apart by tabs or runs of spaces, not colons (see spacedFields). */
  spaced?: SpacedField[];
  /** A bare label with another label right under it: its value is empty, never the label under it. */
  empty?: boolean;
}

/** Whether a line is a header label (`发 文 字 号 :`), with any value that follows it on the line. */
export function matchLabel(item: Item): LabelMatch | null {
  const bracketed = BRACKET_LABEL_RE.exec(item.match);
  const m = bracketed ?? LABEL_RE.exec(item.match);
  if (!m) return leadLabel(item) ?? spacedLabel(item);
  const squeezed = (m[1] as string).replace(/ /g, '');
  if (!Object.hasOwn(LABELS, squeezed)) return null;
  const valueOffset = item.match.length - (m[2] as string).length + ((m[2] as string).length - (m[2] as string).trimStart().length);
  // Found in the folded copy, cut from the text as written: （含电信） stays full-width.
  const value = item.text.slice(valueOffset, valueOffset + (m[2] as string).trim().length).trim();
  const labelAt = bracketed ? item.match.indexOf(m[1] as string) : 0;
  const label = item.text.slice(labelAt, labelAt + (m[1] as string).length).trim();
  return { label, key: LABELS[squeezed] ?? null, inlineValue: value, valueOffset };
}

/**
 * A label the page sets apart by markup instead of a colon, its value after it in the same block
 * (<li><span>文号</span>青政办发〔2024〕7号</li>): the block's lead (see Block.lead) is a known label.
 */
function leadLabel(item: Item): LabelMatch | null {
  const lead = item.block.lead;
  if (!lead) return null;
  const head = item.match.slice(0, lead);
  const squeezed = head.replace(/[\s\u3000\u00a0]/g, '');
  if (!/^[\u4e00-\u9fff]{1,12}$/.test(squeezed) || !Object.hasOwn(LABELS, squeezed)) return null;
  const rest = item.text.slice(lead);
  const valueOffset = lead + (rest.length - rest.trimStart().length);
  const label = item.text.slice(0, lead).trim();
  return { label, key: LABELS[squeezed] ?? null, inlineValue: rest.trim(), valueOffset };
}

/** 索引号⇥0025…⇥分类⇥城乡建设, 标题␣␣某区…的通知: fields set apart by gaps, the first one's label matched. */
function spacedLabel(item: Item): LabelMatch | null {
  if (item.block.kind === 'table') return null;
  const fields = spacedFields(item.text, item.match);
  const first = fields?.[0];
  if (!fields || !first) return null;
  return { label: first.label, key: first.key, inlineValue: first.value, valueOffset: first.valueAt, spaced: fields };
}

/**
 * A label alone on its line without a colon (索引号, then its value on the next line), as a page's
 * <dl><dt>索引号</dt><dd>…</dd> or a copy of it gives a header. Only with a value under it: the
 * line after is no label and has the shape of the label's values.
 */
function bareLabel(item: Item, next: Item | undefined, afterNext?: Item): LabelMatch | null {
  const squeezed = item.match.replace(/[\s\u3000\u00a0]/g, '');
  if (item.block.kind === 'table' || squeezed.length < 2 || !/^[\u4e00-\u9fff]+$/.test(squeezed) || !Object.hasOwn(LABELS, squeezed)) return null;
  if (!next || next.block.kind === 'table') return null;
  const key = LABELS[squeezed] ?? null;
  if (matchLabel(next) || isLabelName(next)) {
    // A field the page left empty (文号, then 发布时间 / 2025-02-14): a label all the same, when the
    // label under it has a value of its own, so two lone words never make a header.
    const filled = matchLabel(next) ?? (afterNext ? bareLabel(next, afterNext) : null);
    if (filled === null) return null;
    return { label: item.text.trim(), key, inlineValue: '', valueOffset: item.text.length, empty: true };
  }
  if (!looksLikeValue(next, key)) return null;
  return { label: item.text.trim(), key, inlineValue: '', valueOffset: item.text.length };
}

/** A line that is a known header label in Chinese and nothing more (文号, 发 布 时 间). */
function isLabelName(item: Item): boolean {
  const squeezed = item.match.replace(/[\s\u3000\u00a0]/g, '');
  return squeezed.length >= 2 && squeezed.length <= 12 && /^[\u4e00-\u9fff]+$/.test(squeezed) && Object.hasOwn(LABELS, squeezed);
}

/**
 * What the names of header fields end with (信息编码号, 发文日期时间, 所属单位): a line of that shape
 * among known labels is a field of the header the site named its own way, not the notice's title.
 */
const LABEL_SHAPE = /^[\u4e00-\u9fff]{1,8}(?:索引|编码|编号|号|日期|时间|机关|机构|单位|部门|分类|类别|名称|标题|题名|来源|效力|有效性|时效|状态|主题|期限|有效期)$/;

/**
 * A label the table of LABELS does not know, in the shape of one (LABEL_SHAPE), its value on its
 * line (after a colon or as the block's lead) or alone on the next, followed by a known label. So a
 * site's own name for a field never makes the header end there, the label taken for the title
 * and the notice lost; the caller reports it.
 */
function unknownLabel(items: readonly Item[], isFree: (k: number) => boolean, k: number): LabelMatch | null {
  const item = items[k] as Item;
  if (item.block.kind === 'table') return null;
  const freeAfter = (from: number): Item | undefined => items.slice(from + 1).find((it) => isFree(it.index));
  const knownAt = (it: Item | undefined): boolean =>
    it !== undefined && (matchLabel(it) !== null || bareLabel(it, freeAfter(it.index)) !== null);
  const colon = BRACKET_LABEL_RE.exec(item.match) ?? LABEL_RE.exec(item.match);
  if (colon) {
    const squeezed = (colon[1] as string).replace(/ /g, '');
    const rest = colon[2] as string;
    // With nothing after the colon, its value is the next line and the known label comes after that.
    const after = rest.trim() ? freeAfter(k) : freeAfter(freeAfter(k)?.index ?? items.length);
    if (!LABEL_SHAPE.test(squeezed) || !knownAt(after)) return null;
    const valueOffset = item.match.length - rest.length + (rest.length - rest.trimStart().length);
    const labelAt = item.match.indexOf(colon[1] as string);
    return { label: item.text.slice(labelAt, labelAt + (colon[1] as string).length).trim(), key: null, inlineValue: item.text.slice(valueOffset).trim(), valueOffset, unknown: true };
  }
  const lead = item.block.lead;
  if (lead) {
    const squeezed = item.match.slice(0, lead).replace(/[\s\u3000\u00a0]/g, '');
    if (!LABEL_SHAPE.test(squeezed) || !knownAt(freeAfter(k))) return null;
    const rest = item.text.slice(lead);
    return { label: item.text.slice(0, lead).trim(), key: null, inlineValue: rest.trim(), valueOffset: lead + (rest.length - rest.trimStart().length), unknown: true };
  }
  const squeezed = item.match.replace(/[\s\u3000\u00a0]/g, '');
  const next = freeAfter(k);
  if (!LABEL_SHAPE.test(squeezed) || !next || next.block.kind === 'table' || knownAt(next)) return null;
  const v = next.match.trim();
  if (v.length > 60 || /[。；;]$/.test(v) || !knownAt(freeAfter(next.index))) return null;
  return { label: item.text.trim(), key: null, inlineValue: '', valueOffset: item.text.length, unknown: true };
}

/**
 * The header's last line, right under its other fields, when it is a label that nothing after it
 * confirms: a known label alone (关键词, its value left empty, the notice after it), or a label no
 * list knows in the shape of one with its short value on its line (时效状态：现行有效). Taken for the
 * notice's title or its first line, it would lose the notice or make a headline of a field.
 */
function closingLabel(item: Item): LabelMatch | null {
  if (item.block.kind === 'table') return null;
  if (isLabelName(item)) return { label: item.text.trim(), key: LABELS[item.match.replace(/[\s\u3000\u00a0]/g, '')] ?? null, inlineValue: '', valueOffset: item.text.length, empty: true };
  const colon = BRACKET_LABEL_RE.exec(item.match) ?? LABEL_RE.exec(item.match);
  if (!colon) return null;
  const rest = (colon[2] as string).trim();
  if (!LABEL_SHAPE.test((colon[1] as string).replace(/ /g, '')) || rest.length === 0 || rest.length > 30 || /[。；;，,：:]/.test(rest)) return null;
  const valueOffset = item.match.length - (colon[2] as string).length + ((colon[2] as string).length - (colon[2] as string).trimStart().length);
  const labelAt = item.match.indexOf(colon[1] as string);
  return { label: item.text.slice(labelAt, labelAt + (colon[1] as string).length).trim(), key: null, inlineValue: item.text.slice(valueOffset).trim(), valueOffset, unknown: true };
}

/** Han labels, longest first, followed by a colon or in 【】 or []: where the next field starts on a line of several. */
const HAN_LABELS = Object.keys(LABELS)
  .filter((k) => /^[\u4e00-\u9fff]+$/.test(k))
  .sort((a, b) => b.length - a.length)
  .join('|');
const LABEL_IN_LINE = new RegExp(`(?:(${HAN_LABELS}) *[:：]|[【[] *(${HAN_LABELS}) *[】\\]] *[:：]?)`, 'g');

/** Bars (and the spaces around them) that end a field's value before the next label on its line. */
const FIELD_BAR = /[\s\u3000]*[|｜丨][\s\u3000|｜丨]*$/;

export interface InlineField {
  label: string;
  key: keyof MetadataValues | null;
  value: string;
  /** The field's span in the line's text: from its label to the end of its value. */
  from: number;
  to: number;
}

/**
 * The fields of a line that holds several (索引号：1133…　发布机构：某区政府办　发文字号：…), as a page
 * of <span>s gives them; a single field when the line holds only one.
 */
export function fieldsInLine(item: Pick<Item, 'text' | 'match'>, first: LabelMatch): InlineField[] {
  const starts: Array<{ at: number; label: string; name: string; valueAt: number }> = [{ at: 0, label: first.label, name: '', valueAt: first.valueOffset }];
  LABEL_IN_LINE.lastIndex = first.valueOffset;
  for (let m = LABEL_IN_LINE.exec(item.match); m; m = LABEL_IN_LINE.exec(item.match)) {
    const name = (m[1] ?? m[2]) as string;
    const labelAt = m.index + m[0].indexOf(name);
    starts.push({ at: m.index, label: item.text.slice(labelAt, labelAt + name.length), name, valueAt: m.index + m[0].length });
  }
  return starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.at : item.text.length;
    // A bar between fields (发布机构：某办 | 生成日期：…) separates them: it is no part of either value.
    const written = k + 1 < starts.length ? item.text.slice(s.valueAt, end).replace(FIELD_BAR, '') : item.text.slice(s.valueAt, end);
    const value = written.trim();
    // Keyed by the label as matched (simplified), not as written: 索引號 is 索引号.
    const key = k === 0 ? first.key : (LABELS[s.name] ?? null);
    return { label: s.label, key, value, from: s.at, to: s.valueAt + written.trimEnd().length };
  });
}

/** Whether a label (cell text or front-matter key) names a header field. */
export function headerKey(label: string): keyof MetadataValues | null | undefined {
  // As written, so in traditional glyphs too (文號, 發布機構).
  const squeezed = simplifyLabelGlyphs(label.replace(/[\s\u3000\u00a0\u2000-\u200b:：]/g, ''));
  if (Object.hasOwn(LABELS, squeezed)) return LABELS[squeezed];
  // English keys: docNumber, doc-number and DOC_NUMBER are doc_number.
  const english = squeezed.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/-/g, '_').toLowerCase();
  return /^[a-z_]+$/.test(english) && Object.hasOwn(LABELS, english) ? LABELS[english] : undefined;
}

export function emptyMetadata(): Metadata {
  return {
    title: null, indexNumber: null, issuer: null, documentNumber: null, subject: null,
    writtenDate: null, publishedDate: null, validity: null, keywords: null,
    category: [], fields: [], position: null,
  };
}

/**
 * Labels that give publishedDate only for want of a better one: 生成日期 is when the page's record
 * was made, which a header that also says 公开日期 or 发布日期 does not mean by its publication.
 */
const RECORD_DATE_LABELS = new Set(['生成日期']);

function isRecordDate(label: string): boolean {
  return RECORD_DATE_LABELS.has(label.replace(/[\s\u3000\u00a0]/g, ''));
}

/**
 * Whether publishedDate is still open to a publication date found outside the header: none was
 * given, or only a record date (生成日期), which a page's dateline (发布时间：…) outranks as a
 * 发布日期 of the header would.
 */
export function publicationOpen(meta: Metadata): boolean {
  if (meta.publishedDate === null) return true;
  const given = meta.fields.filter((f) => f.key === 'publishedDate' && f.value !== null);
  return given.length > 0 && given.every((f) => isRecordDate(f.label));
}

/** Whether a record date must leave publishedDate to a publication date the header already gave. */
function yieldsToPublication(meta: Metadata, field: MetadataField): boolean {
  return isRecordDate(field.label) && meta.fields.some((f) => f !== field && f.key === 'publishedDate' && f.value !== null && !isRecordDate(f.label));
}

/** Sets a model key from a header value as written. */
export function assignField(ctx: ParseContext, meta: Metadata, field: MetadataField, valueItem: Item | null): void {
  // 文号：无 (or — or /) says the field is empty; the value stays in metadata.fields as written.
  if (!field.key || field.value === null || isNoneValue(field.value)) return;
  const value = field.value;
  switch (field.key) {
    case 'documentNumber': {
      meta.documentNumber = parseDocumentNumber(value, ctx.normalize(value)) ?? { raw: value, agency: '', year: null, serial: null };
      break;
    }
    case 'writtenDate':
    case 'publishedDate': {
      // Sites often give the time of publication too (2022-07-25 15:30:00); the date is what counts.
      const d = parseFieldDate(value);
      if (d && d.valid) {
        if (!(field.key === 'publishedDate' && yieldsToPublication(meta, field))) meta[field.key] = d.iso;
      } else if (valueItem) {
        ctx.report('header-date-unreadable', 'warning', `${field.label.replace(/\s+/g, '')} "${value}" is not a date`, field.position);
      }
      break;
    }
    default:
      if (meta[field.key] === null || setByPageMeta(meta, field)) (meta as unknown as Record<string, string | null>)[field.key] = value;
  }
}

/** The <meta> names of a page's metadata: what the page says of itself, not what its header shows. */
const PAGE_META = new Set(['ArticleTitle']);

/**
 * Whether the key's value so far came from the page's <meta> tags (ArticleTitle, often a short
 * form) and `field` is the header's own: the header the reader sees gives the value.
 */
function setByPageMeta(meta: Metadata, field: MetadataField): boolean {
  if (PAGE_META.has(field.label)) return false;
  const key = field.key as keyof Metadata;
  return meta.fields.some((f) => f !== field && f.key === field.key && PAGE_META.has(f.label) && f.value === meta[key]) && !meta.fields.some((f) => f !== field && f.key === field.key && !PAGE_META.has(f.label) && f.value !== null);
}

/**
 * Reads the metadata header: label lines with the value after the colon or on the next line.
 * A label followed directly by another label has an empty value (null), never the next label.
 */
export function parseTextHeader(ctx: ParseContext, meta: Metadata, from = 0): number {
  let i = from;
  // The header starts within the first few free blocks, after any chrome.
  let skipped = 0;
  // A bare label's value is the next free line.
  const labelAt = (k: number): LabelMatch | null => {
    const item = ctx.items[k] as Item;
    const freeAfter = (j: number): Item | undefined => {
      for (let q = j + 1; q < ctx.items.length; q++) if (ctx.isFree(q)) return ctx.items[q];
      return undefined;
    };
    const next = freeAfter(k);
    return (
      matchLabel(item) ??
      bareLabel(item, next, next ? freeAfter(next.index) : undefined) ??
      unknownLabel(ctx.items, (j) => ctx.isFree(j), k)
    );
  };
  while (i < ctx.items.length && skipped < 6) {
    if (ctx.isFree(i) && labelAt(i)) break;
    if (ctx.isFree(i)) skipped++;
    i++;
  }
  if (i >= ctx.items.length || !labelAt(i)) return from;
  const first = ctx.items[i] as Item;
  let last = first;
  let labels = 0;
  // Taken back entire if this turns out not to be a header: values, fields and diagnostics.
  const before = { ...meta, fields: meta.fields };
  const diagnosticsBefore = ctx.diagnostics.length;
  // Fields a structured header (front matter, a label table) gave already stay whatever happens here.
  const fieldsBefore = meta.fields.length;
  // Whether this header has put a blank line between a label and its value (a copy spacing every line).
  let valuesApart = false;
  while (i < ctx.items.length) {
    const item = ctx.items[i] as Item;
    if (!ctx.isFree(i)) {
      i++;
      continue;
    }
    const label = labelAt(i) ?? (labels > 0 && !blankBetween(ctx, last, item) ? closingLabel(item) : null);
    if (!label) break;
    if (label.unknown) {
      ctx.report('header-label-unknown', 'warning', `header label "${label.label.replace(/\s+/g, '')}" is not one the parser knows; its value is kept in metadata.fields only`, ctx.rangePosition(item, item));
    }
    labels++;
    ctx.claim(i, 'metadata');
    last = item;
    const several = label.spaced ?? (label.inlineValue ? fieldsInLine(item, label) : []);
    if (several.length > 1) {
      // 索引号：…　发布机构：…　发文字号：… on one line: each field with its own span.
      for (const f of several) {
        const field: MetadataField = { label: f.label, key: f.key, value: f.value || null, position: ctx.spanPosition(item, f.from, f.to) };
        meta.fields.push(field);
        assignField(ctx, meta, field, item);
      }
      labels += several.length - 1;
      i++;
      continue;
    }
    let value: string | null = label.inlineValue || null;
    let valueItem: Item | null = value ? item : null;
    let end = item;
    if (!value && !label.empty) {
      const next = ctx.items[i + 1];
      // A line followed by the next label is this label's value, even when it reads like the start
      // of the title (发布机构 河西区人民政府办公室 above a title that begins with the same words).
      // So is one the whole title then repeats (发布机构 last, then the notice's title).
      const afterNext = ctx.items[i + 2];
      // The label after may stand alone on its line too (发文单位 / 滨江…委员会 / 文号 / …).
      const beforeLabel =
        afterNext !== undefined &&
        next !== undefined &&
        (matchLabel(afterNext) !== null ||
          bareLabel(afterNext, ctx.items[i + 3], ctx.items[i + 4]) !== null ||
          afterNext.match.replace(/\s+/g, '').startsWith(next.match.replace(/\s+/g, '')));
      // A label that is the header's last, a blank line under it, was left empty: the line after the
      // blank starts the notice (主题词： / / 各街道办事处：), unless this header sets every value apart so.
      const apart = next !== undefined && blankBetween(ctx, item, next);
      if (
        next &&
        ctx.isFree(i + 1) &&
        !matchLabel(next) &&
        !isLabelName(next) &&
        looksLikeValue(next, label.key) &&
        (beforeLabel || !apart || valuesApart) &&
        (label.key === 'title' || beforeLabel || !startsTitle(next, meta.title))
      ) {
        if (apart) valuesApart = true;
        value = next.text.trim() || null;
        valueItem = next;
        end = next;
        ctx.claim(i + 1, 'metadata');
        last = next;
        i++;
      }
    }
    if (value !== null) {
      // A value the page put over several lines, up to the next label (see valueWrap).
      const rest = valueWrap(ctx, i, label.key, value, labelAt);
      if (rest.length > 0) {
        const tail = (rest[rest.length - 1] as ValueLine).item;
        for (const { item: it, closeUp } of rest) value = joinValueLine(label.key, value, it.text.trim(), closeUp);
        valueItem = valueItem ?? tail;
        end = tail;
        for (const { item: it } of rest) ctx.claim(it.index, 'metadata');
        last = tail;
        i = tail.index;
      }
    }
    const field: MetadataField = {
      label: label.label,
      key: label.key,
      value,
      position: ctx.rangePosition(item, end),
    };
    meta.fields.push(field);
    assignField(ctx, meta, field, valueItem);
    i++;
  }
  // A label line right next to a header already read from a table (索引号：…\t分类：… pairs, then
  // 名称：… on a line of its own) is the rest of that header, even alone.
  const besideHeader =
    fieldsBefore > 0 && (ctx.claims[first.index - 1] === 'metadata' || ctx.claims[last.index + 1] === 'metadata');
  if (labels < 2 && !besideHeader) {
    // One label-like line is not a header: give it back.
    for (let k = first.index; k <= last.index; k++) if (ctx.claims[k] === 'metadata') ctx.claims[k] = null;
    meta.fields.splice(fieldsBefore);
    Object.assign(meta, before, { fields: meta.fields });
    ctx.diagnostics.splice(diagnosticsBefore);
    return from;
  }
  const read = ctx.rangePosition(first, last);
  meta.position = besideHeader && meta.position ? spanOf(meta.position, read) : read;
  return last.index + 1;
}

/** How many lines a value may run over after its first: a joint issuer names two or three organs. */
const VALUE_WRAP_LINES: Partial<Record<keyof MetadataValues, number>> = { title: 2, issuer: 3, subject: 2, keywords: 2 };

/** A line that goes on with a value; `closeUp` when it is the rest of a name the page cut, not a name of its own. */
interface ValueLine {
  item: Item;
  closeUp: boolean;
}

/**
 * The lines after a value at `at` that go on with it, when a label follows right after them: a
 * title the page wrapped (名称 / …关于印发《…夜间经济 / 发展行动方案》的通知 / 发文单位), its last line
 * ending as a title does; a joint issuer an organ a line (发布机构 / 中共某县委办公室 / 某县人民政府办公室
 * / 发文字号), each line a body's whole name, or one organ's name cut over two lines (杭州市上城区人民政府
 * / 办公室), the line no whole name but the rest of the one above; a list of subjects or keywords cut
 * over two short lines. None may be a label or a sentence. Empty otherwise: a value the next label
 * does not close may be the notice's first line, not the rest of the value.
 */
function valueWrap(ctx: ParseContext, at: number, key: keyof MetadataValues | null, value: string, labelAt: (k: number) => LabelMatch | null): ValueLine[] {
  const max = key ? VALUE_WRAP_LINES[key] : undefined;
  if (max === undefined) return [];
  if (key === 'title' && endsAsDocumentTitle(value)) return [];
  // The issuer's last organ so far, as written up to here: a cut name's rest completes it.
  let organ = squeeze(value);
  const rest: ValueLine[] = [];
  for (let k = at + 1; k < ctx.items.length && rest.length < max; k++) {
    if (!ctx.isFree(k)) continue;
    const it = ctx.items[k] as Item;
    const t = it.match.trim();
    if (it.block.kind === 'table' || t.length === 0 || t.length > 60 || /[。；;：:]$/.test(t) || labelAt(k)) break;
    let closeUp = key === 'title';
    if (key === 'issuer') {
      const line = squeeze(t);
      // A whole name under a whole name is a second organ; a line that is none, or under a piece
      // that is none, is the rest of the name above only if the two make one (人民政府 + 办公室).
      if (isBodyName(organ) && isBodyName(line)) organ = line;
      else if (isBodyName(organ + line)) {
        organ += line;
        closeUp = true;
      } else break;
    } else if (key !== 'title' && (t.length > 30 || /[。；;！？!?]/.test(t))) break;
    rest.push({ item: it, closeUp });
    if (key === 'title' && !endsAsDocumentTitle(t)) continue;
    let q = k + 1;
    while (q < ctx.items.length && !ctx.isFree(q)) q++;
    // An issuer still cut short (杭州市上城区 / 人民政府 …) is no value to close.
    if (q < ctx.items.length && labelAt(q)) return key === 'issuer' && !isBodyName(organ) ? [] : rest;
    if (key === 'title') return [];
  }
  return [];
}

/**
 * A value's next line joined on: a title's wrap and the rest of a cut name close up; other lines
 * (an organ a line) are set apart by a space, as the page sets them apart by its line, unless the
 * line before ends with its separator (城乡建设、 / 环境保护).
 */
function joinValueLine(key: keyof MetadataValues | null, value: string, line: string, closeUp: boolean): string {
  return closeUp || key === 'title' || /[、，,；;]$/.test(value) ? value + line : `${value} ${line}`;
}

/** The span from the earlier start to the later end of two positions. */
function spanOf(a: Position, b: Position): Position {
  return { start: a.start.offset <= b.start.offset ? a.start : b.start, end: a.end.offset >= b.end.offset ? a.end : b.end };
}

/**
 * A line that begins the notice's title (the first line of a title split over several) is where the
 * notice starts, not the value of an empty label such as 主题词.
 */
function startsTitle(item: Item, title: string | null): boolean {
  const t = item.match.replace(/\s+/g, '');
  if (title && t.length >= 4 && title.replace(/\s+/g, '').startsWith(t) && t !== title.replace(/\s+/g, '')) return true;
  return /关于.{2,}/.test(t) && !/[:：]/.test(t) && t.length >= 8;
}

/**
 * Header values are single short lines; a paragraph of prose is where the notice begins. Keys
 * with a known shape only take a line of that shape, so an empty last field never swallows the
 * notice's first line.
 */
function looksLikeValue(item: Item, key: keyof MetadataValues | null): boolean {
  const t = item.match.trim();
  // No value ends with a colon: a line that does opens a list (各街道办事处，区政府直属各单位：).
  if (item.block.kind === 'table' || t.length > 200 || /[。:：]$/.test(t)) return false;
  if (isNoneValue(t)) return true;
  switch (key) {
    case 'writtenDate':
    case 'publishedDate':
      return parseFieldDate(t) !== null;
    case 'documentNumber':
      return /号$/.test(t) && t.length <= 40;
    case 'validity':
      return t.length <= 12;
    case 'indexNumber':
      return /^[0-9A-Za-z/_-]+$/.test(t.replace(/ /g, ''));
    default:
      return true;
  }
}
