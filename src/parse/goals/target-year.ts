/**
 * A word of intent a target year may follow: 力争 and 争取 (a stretch), 确保 (a floor the plan
 * commits to). Each stands before a year as 到 does (确保2024年…, 确保到2025年…). A regex source.
 */
export const YEAR_INTENT = '(?:力争|争取|确保)';

/**
 * The words before a year a target is to be met by: 到2025年, 力争到2025年, 至2025年, and a word of
 * intent alone (力争2024年全市…达到…, 争取在2024年…, 确保2024年…), which a plan writes for 力争到2024年.
 * A bare year is not one (2023年，全市…达到… may be a review), nor such a word before a period
 * (力争2023—2025年…: the period's reading), so the intent word's year must not open a span.
 * A regex source, for the readers of target years to build their own patterns around.
 */
export const TARGET_YEAR_LEAD = `(?:${YEAR_INTENT}?(?:到|至) ?|${YEAR_INTENT}(?:在|于)? ?(?=\\d{4} ?年(?! ?[—–\\-－~～])))`;
