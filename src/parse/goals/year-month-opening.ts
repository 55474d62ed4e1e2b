/**
 * A sentence of targets may open with the month of its year they are due by (2024年9月底前，…,
 * 2025年6月30日前，…), as a 整改方案 dates its aims: the targets are that year's, as under 2024年底前.
 * Only a deadline (底, 末, 前): 2024年3月，区政府印发… dates an event, it frames no targets.
 */

/** The month after the year, as a deadline: 9月底, 9月末, 9月底前, 6月30日前, 6月前. */
export const MONTH_DEADLINE = '\\d{1,2} ?月(?:底|末)(?:前|以前|之前)?|\\d{1,2} ?月(?:\\d{1,2} ?日)?(?:前|以前|之前)';

/** A sentence opening with a year and the month it is due by; the year is group 1. */
export const YEAR_MONTH_OPENING = new RegExp(`^\\s*(?:力争|争取|确保)?(?:在 ?)?(\\d{4}) ?年 ?(?:${MONTH_DEADLINE})`);

/** 今年, 本年, 本年度 before a clause's subject (今年全区…增长6%): the plan's year, no part of the subject. */
export const THIS_YEAR_LEAD = '(?:今年|本年度?)(?!以来)';
