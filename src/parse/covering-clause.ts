/**
 * A sentence that gives the units of the items before it all at once, after the last of them:
 * 以上任务由食品协调处牵头，各区局负责落实。 / 上述工作由各区局负责。 / 以上各项任务责任单位：A、B。
 * A 若干措施 says so of its measures under each heading: 以上政策由区商务局负责兑现，区统计局配合。
 *
 * Only the opening words are read here: `以上`/`上述`, an optional count (各项, 三项), a noun that
 * names the items (任务, 工作, 措施, 事项, and a 若干措施's 政策, 条款) and an optional 均/由. What follows must then read as a
 * clause of its own (the caller's parsers decide), so that prose that merely opens with 以上
 * (以上目标…, 以上工作要认真落实, 以上措施自印发之日起施行) is no clause. Found in a folded copy.
 */
const COVERING_OPENING =
  /^\s*(?:以上|上述)(?:各项|各|所有|全部|这些|所列|[一二三四五六七八九十两\d]{1,3}项)?(?:重点|主要)?(?:工作任务|任务|工作|措施|举措|事项|(?:扶持|支持|奖励|奖补|优惠)?政策(?:措施)?|条款)(?:的|均|统一|全部|分别)?(?:由)?(?:[,，]\s*)?/;

/**
 * The length of the covering opening of a line (`以上任务由`), or 0 when the line does not open
 * with one. The text after the opening still has to read as a clause.
 */
export function coveringOpening(match: string): number {
  const m = COVERING_OPENING.exec(match);
  if (!m) return 0;
  // A clause must follow the opening: 以上工作。 alone, or 以上任务完成后 (a noun run on), is none.
  const rest = match.slice(m[0].length);
  return rest.length > 0 && !/^[。.;；]/.test(rest) ? m[0].length : 0;
}
