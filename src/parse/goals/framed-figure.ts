import { figureMeasureAt } from '../../text/measure-units.js';
import { VERB_FIRST } from './verbs.js';
import { alternation, PREFIX_QUALIFIERS } from './target-figure.js';

/**
 * Targets a one-year plan's opening sentence may state without a verb of level (达到, 控制在): a
 * change (地区生产总值增长6%左右, 同比增长6%以上, 单位GDP能耗下降3%) or a count made (城镇新增就业1.2万人,
 * 新增市场主体1万户). Under the plan's year (2024年，…, 今年…) they are that year's targets, as they
 * are under a goal heading with a year; see framedTargetsStart.
 */

const FIGURE = '(?<![\\d.])\\d+(?:\\.\\d+)?';
const QUALIFIED = `(?:(?:${alternation(PREFIX_QUALIFIERS)}) ?)*`;
/** A change and its figure: 增长6, 年均增长 8.5, 下降 3. */
const CHANGE_FIGURE = new RegExp(`(?:增长|增速|增幅|下降|提高|提升|降低|增加|减少)(?:率)? ?(?:为|达到?)? ?${QUALIFIED}(${FIGURE}) ?`, 'g');
/** A verb of creation, its object within the clause, and the figure: 新增市场主体1万户, 新建学校3所. */
const CREATION_FIGURE = new RegExp(`(?:${alternation(VERB_FIRST)})[^\\d,，。;；:：]{0,16}?(${FIGURE}) ?`, 'g');

/** Whether the text holds a change or a creation before a figure in a unit the goal reader knows (not a year). */
export function hasChangeOrCreationTarget(text: string): boolean {
  // Runs on opening sentences only, after a year framed them: the patterns are cheap enough.
  for (const pattern of [CHANGE_FIGURE, CREATION_FIGURE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const unit = figureMeasureAt(text, m.index + m[0].length)?.unit;
      if (unit && unit !== '年') return true;
    }
  }
  return false;
}
