import { isHeaderLabelName } from '../text/header-labels.js';
import { headerKey } from './header.js';

/** Whether a line opens a page's header: a label it knows, with its value after a colon or alone on the line (索引号：…, 发布机构). */
export function isHeaderLine(text: string): boolean {
  const t = text.trim();
  const colon = t.search(/[:：]/);
  if (colon > 0 && colon <= 12) return headerKey(t.slice(0, colon)) !== undefined;
  return t.length <= 12 && isHeaderLabelName(t.replace(/[\s\u3000]+/g, ''));
}
