import type { Metadata } from '../model/types.js';
import { parseDateTime } from '../text/date.js';
import { publicationDateIn } from '../text/dateline-fields.js';
import type { Item, ParseContext } from './context.js';
import { matchLabel, publicationOpen } from './header.js';

/**
 * The publication date a page prints outside its header table: a line of its own under the title
 * (发布时间：2024-03-18, 发布日期：2024年3月18日, 发布时间：2024-03-18 10:22), or the article's tool bar,
 * already set aside as page furniture (发布时间：2024-03-18　来源：区府办　浏览次数：356).
 *
 * Only the top of the page is looked at, up to the first sentence of the notice: a date further
 * down belongs to the text (or to a list of other articles). A line of its own is the header's
 * field and is claimed as such, so it is not read as the first line of the notice's body; a tool
 * bar stays page furniture. Either gives `publishedDate` only where the header gave none, or gave
 * only the date its record was made (生成日期), which a reader takes the page's 发布时间 over.
 */
export function readPublishedLine(ctx: ParseContext, meta: Metadata): void {
  for (const item of ctx.items) {
    const free = ctx.isFree(item.index);
    // The notice has begun: its first sentence, or a block too long for a title.
    if (free && (item.match.includes('。') || item.match.trim().length > 100)) return;
    if (free) ownLine(ctx, meta, item);
    else if (ctx.claims[item.index] === 'chrome' && publicationOpen(meta)) toolBar(ctx, meta, item);
  }
}

/** 发布时间：2024-03-18 on a line of its own: the whole value after the label must be the date. */
function ownLine(ctx: ParseContext, meta: Metadata, item: Item): void {
  if (item.block.kind === 'table') return;
  const label = matchLabel(item);
  if (!label || label.key !== 'publishedDate' || !label.inlineValue) return;
  const date = parseDateTime(label.inlineValue);
  if (!date?.valid) return;
  ctx.claim(item.index, 'metadata');
  const open = publicationOpen(meta);
  meta.fields.push({ label: label.label, key: 'publishedDate', value: label.inlineValue, position: ctx.blockPosition(item) });
  if (open) meta.publishedDate = date.iso;
}

function toolBar(ctx: ParseContext, meta: Metadata, item: Item): void {
  const found = publicationDateIn(item.match);
  if (!found) return;
  meta.fields.push({
    label: item.text.slice(found.labelFrom, found.labelTo),
    key: 'publishedDate',
    value: item.text.slice(found.valueFrom, found.valueTo),
    position: ctx.spanPosition(item, found.labelFrom, found.valueTo),
  });
  meta.publishedDate = found.iso;
}
