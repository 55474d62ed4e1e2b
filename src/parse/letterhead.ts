import { wholeDocumentNumber } from '../text/document-number.js';
import { isLetterhead } from '../text/page-furniture.js';
import type { Item } from './context.js';
import { isOrganLine } from './signature.js';

/** How many organs a joint letterhead stacks on each side of the line that carries 文件. */
const MAX_STACK = 4;

/**
 * The lines of the red heads (版头) of joint documents: the issuing organs stacked one a line, with
 * 文件 after the last (某区人民政府办公室文件), beside one of them in a wide layout (…办公室　　文件),
 * or on a line of its own, as pdftotext prints the word the head centres beside the stack. The
 * lines of one head stand next to each other; organs below the line with 文件 belong to the head only
 * when the document number follows them, so a title that opens with its issuer (某区人民政府办公室 /
 * 关于…的通知) is never taken in. Only the first head is read so: a document prints its red head
 * once, and a letterhead repeated as a page's running head is a line alone (see chrome.ts), its
 * neighbours text. `free(i)` says whether item i is still unread.
 */
export function letterheadLines(items: readonly Item[], free: (index: number) => boolean): Set<number> {
  const out = new Set<number>();
  const short = (item: Item | undefined): item is Item => item !== undefined && item.block.kind !== 'table' && item.match.length <= 80 && free(item.index);
  for (const item of items) {
    if (!short(item)) continue;
    const compact = item.match.replace(/\s+/g, '');
    if (!compact.endsWith('文件')) continue;
    // 文件 alone on its line (letter-spaced or not): the red head's last word, set apart from the organs.
    const bare = compact === '文件';
    if (!bare && !isLetterhead(compact)) continue;
    const stack: number[] = [];
    for (let i = item.index - 1; i >= 0 && stack.length < MAX_STACK; i--) {
      const above = items[i];
      if (!short(above) || !isOrganLine(above.match)) break;
      stack.push(i);
    }
    // 文件 alone is a head's only when organs stand above it: elsewhere it is a word of the text.
    if (bare && stack.length === 0) continue;
    const below: number[] = [];
    for (let i = item.index + 1; i < items.length && below.length < MAX_STACK; i++) {
      const next = items[i];
      if (!short(next) || !isOrganLine(next.match)) break;
      below.push(i);
    }
    const after = items[item.index + below.length + 1];
    const numbered = after !== undefined && wholeDocumentNumber(after.text, after.match) !== null;
    for (const i of [...stack, item.index, ...(numbered ? below : [])]) out.add(i);
    break;
  }
  return out;
}
