import { closeLetterSpacing } from '../text/fold.js';

/** Headings that name the safeguards part whatever it holds. */
const SAFEGUARD_HEADING = /保障措施|保障机制|组织保障|实施保障|工作保障|组织实施|工作要求|组织领导|推进机制/;

/**
 * Whether a part's title names the safeguards part whatever the part holds (三、保障措施, 四、组织实施),
 * on the matching copy (`normalize`d) without letter-spacing, so 組織實施 and 保　障　措　施 count.
 */
export function namesSafeguards(normalizedTitle: string): boolean {
  const title = closeLetterSpacing(normalizedTitle);
  return title.length <= 20 && SAFEGUARD_HEADING.test(title);
}
