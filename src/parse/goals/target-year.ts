/**
 * The words before a year a target is to be met by: 到2025年, 力争到2025年, 至2025年, and a stretch
 * word alone (力争2024年全市…达到…, 争取在2024年…, 力争于2024年…), which a plan writes for 力争到2024年.
 * A bare year is not one (2023年，全市…达到… may be a review), nor 力争 before a period
 * (力争2023—2025年…: the period's reading), so the stretch word's year must not open a span.
 * A regex source, for the readers of target years to build their own patterns around.
 */
export const TARGET_YEAR_LEAD = '(?:(?:力争|争取)?(?:到|至) ?|(?:力争|争取)(?:在|于)? ?(?=\\d{4} ?年(?! ?[—–\\-－~～])))';
