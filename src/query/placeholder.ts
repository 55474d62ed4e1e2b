import { fold } from '../text/fold.js';

/**
 * Words that turn "departments" into a stand-in for whichever ones it concerns: 有关部门,
 * 各有关单位, 其他相关部门, 区级各部门. Simplified and traditional.
 */
const PLACEHOLDER =
  /^(?:[区區市县縣省][级級]?)?(?:各|其他|其它)?(?:有[关關]|相[关關])?(?:职能|職能)?(?:部[门門]|[单單]位|委办局|委辦局|成[员員][单單]位|机构|機構)(?:[和及与與](?:部[门門]|[单單]位))?$/;
const QUALIFIER = /各|其他|其它|有[关關]|相[关關]/;

/**
 * Whether a unit name is a placeholder rather than a unit: 有关部门, 区各有关部门, 相关单位.
 * Tasks keep such names as written; counting them as a department would put "有关部门" on a
 * workload list beside the real units. 各街道办事处 names real units and is not one.
 */
export function isPlaceholderUnit(name: string): boolean {
  const bare = fold(name).replace(/\s+/g, '');
  return PLACEHOLDER.test(bare) && QUALIFIER.test(bare);
}
