import { closeLetterSpacing } from '../text/fold.js';

/** Headings that name the safeguards part whatever it holds. */
const SAFEGUARD_HEADING = /保障措施|保障机制|组织保障|实施保障|工作保障|组织实施|工作要求|组织领导|推进机制/;

/** 保障 alone also names task parts (强化要素保障, 完善…保障政策). */
const SAFEGUARD_WORD = /保障/;

/** Where a heading's first clause ends (强化组织保障，确保任务落实; 坚持从严治党；强化工作保障). */
const CLAUSE_BREAK = /[,，;；]/;

/**
 * Whether a part's title names the safeguards part whatever the part holds (三、保障措施, 四、组织实施,
 * 五、强化组织保障，确保任务落实), on the matching copy (`normalize`d) without letter-spacing, so
 * 組織實施 and 保　障　措　施 count. The heading must lead the title: a task heading that goes on to a
 * safeguard (二、坚持从严治党，强化工作保障) is titled by its task, and mentionsSafeguards only.
 */
export function namesSafeguards(normalizedTitle: string): boolean {
  const title = closeLetterSpacing(normalizedTitle);
  if (title.length > 20) return false;
  const cut = title.search(CLAUSE_BREAK);
  return SAFEGUARD_HEADING.test(cut < 0 ? title : title.slice(0, cut));
}

/**
 * Whether a part's short title speaks of safeguards anywhere (强化要素保障; 坚持从严治党，强化工作保障;
 * 凝聚工作合力，抓好组织实施) without being named by them: such a part is the safeguards part only
 * when none of its items is a task.
 */
export function mentionsSafeguards(normalizedTitle: string): boolean {
  const title = closeLetterSpacing(normalizedTitle);
  return title.length <= 20 && (SAFEGUARD_WORD.test(title) || SAFEGUARD_HEADING.test(title));
}
