import type { ChromeNode } from '../model/types.js';
import { datelineFields } from '../text/dateline-fields.js';
import { classifyChrome } from './chrome.js';
import type { Item, ParseContext } from './context.js';
import { isPostByline } from './headline.js';

/**
 * A page that reprints a notice (a news portal, a 学习强国 or WeChat copy, an older CMS) prints its
 * own lines between the notice's title and its number or addressees: when it went up
 * (2024-04-15, 2024年04月15日08:21), where it came from (来源：某区人民政府网站), both on one line
 * (2024年04月15日08:21 | 来源：…), or the tool bar's bare buttons (打印本页  关闭窗口). No notice prints
 * any of these in its head (GB/T 9704 puts only the number between title and addressees, and the
 * date under the signature), so there they are the page's, not the notice's.
 */
export interface HeadFurniture {
  kind: ChromeNode['kind'];
  /**
   * Whether the line may be read as furniture only when the notice's head goes on below it: a date
   * or a post's byline alone might be the document's own (a signature's date, a plan's byline).
   */
  needsHead: boolean;
}

/** The furniture a line in a notice's head is, or null when it reads as the notice's own. */
export function headFurniture(match: string): HeadFurniture | null {
  const t = match.trim();
  if (t.length === 0 || t.length > 100 || t.includes('。')) return null;
  const fields = datelineFields(t);
  if (fields) return { kind: 'share', needsHead: fields === 'date' };
  if (isPostByline(t)) return { kind: 'other', needsHead: true };
  const chrome = classifyChrome(t);
  return chrome ? { kind: chrome, needsHead: false } : null;
}

/**
 * The page furniture right under the title of a plan printed without its notice (来源：…,
 * 2024-04-15 09:12　来源：学习强国, 打印本页 关闭窗口), which is not the plan's preamble. A bare date
 * there may be the plan's own, and stays. `after` are the blocks after the title (and its byline).
 */
export function furnitureUnderPlanTitle(ctx: ParseContext, after: readonly Item[]): ChromeNode[] {
  const out: ChromeNode[] = [];
  for (const item of after.slice(0, 3)) {
    if (!ctx.isFree(item.index) || item.block.kind === 'table') break;
    const found = headFurniture(item.match);
    if (!found || found.needsHead) break;
    ctx.claim(item.index, 'chrome');
    out.push({ kind: found.kind, text: item.text, position: ctx.blockPosition(item) });
  }
  return out;
}
