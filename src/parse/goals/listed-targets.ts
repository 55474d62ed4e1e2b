import { facilityRateList, subjectNames, subjectSplits } from './respective-subjects.js';

/**
 * Targets that a goal sentence lists around one figure or one subject, other than with 分别: a
 * figure that holds for each of the subjects before 均 (孕产妇系统管理率和3岁以下儿童系统管理率均达到
 * 90%以上), and a stretch figure beside a target (增长6%左右，力争7%; 确保增长8%、力争增长10%).
 * Used by clause-goals.ts and extract-goals.ts.
 */

/** Words that set a stretch figure beside a target's (力争7%), or the floor it must keep (确保8%). */
export const STRETCH = ['力争', '争取', '确保'];

/** 都 as a word of each: not after the characters that make it a place's name with 都 (成都, 首都 …). */
const EACH_DU = '(?<![成首京古国帝故旧陪建定迁])都';

/** The change a subject's words may end with (增长, 年均下降). */
const CHANGE = '(?:年均|平均)?(?:增长|增速|增幅|提高|提升|下降|降低|增加|减少)';
/**
 * A stretch word between a subject and its change (规模以上工业增加值确保增长8%), or the 分别 of a
 * list whose figures found no subjects (固定资产投资分别增长6%、7.5%).
 */
const STRETCH_BEFORE_CHANGE = new RegExp(`(力争|争取|确保|分别)${CHANGE}$`);

/**
 * The stretch word written between a subject and the change it ends with (…增加值确保增长), and its
 * offset in `indicator`: the target's qualifier, no part of its name; or 分别 there, no part of it
 * either. Null if none stands there.
 */
export function stretchBeforeChange(indicator: string): { word: string; at: number } | null {
  // Runs on every goal without a verb: a cheap test before the regex.
  if (!indicator.includes('争') && !indicator.includes('确保') && !indicator.includes('分别')) return null;
  const m = STRETCH_BEFORE_CHANGE.exec(indicator);
  return m && m.index > 0 ? { word: m[1] as string, at: m.index } : null;
}

/**
 * 均 or 都 after the subjects, before the verb or the change (A和B均达到90%, A和B都下降10%): the
 * figure is each subject's. Not the 均 of 年均, 平均 or 人均, nor the 都 that ends a place's name
 * (成都, 首都, 京都, 古都, 国都).
 */
const EACH = new RegExp(`(?:(?<![年平人])均|${EACH_DU})(${CHANGE})?$`);
/**
 * What a 均 may be per, written before it (生均 per pupil, 户均, 亩均, 地均, 校均, 日均, 月均, 班均):
 * 学校体育场地面积生均达到3.2平方米 is one subject's average, and 均 stays in its name. Unlike 年, 平
 * and 人 above, these may also end a subject's name (初中生和高中生均达到…), so only where one
 * subject is written is the 均 read as per.
 */
const PER_BEFORE_EACH = /[生户亩地校日月班]$/;

/**
 * The subjects before 均 (or 都) at the end of `words`, a target's subject: how long the words are
 * without it, and each subject's name as spans of `words` (国控、省控断面水质优良比例均达到100%:
 * 国控 with 断面水质优良比例, then 省控断面水质优良比例). `names` is null when the words name one
 * subject, or subjects that are not each a whole name (适龄妇女宫颈癌和乳腺癌筛查覆盖率, one rate of
 * two screenings): the target is then one, named without 均. `rest`: where the change after 均
 * begins (the words' length when none follows). Null if no 均 ends the words.
 */
export function bothSubjects(words: string): { length: number; rest: number; names: Array<Array<[number, number]>> | null } | null {
  // Runs on every goal's subject: a cheap test before the regex.
  if (!words.includes('均') && !words.includes('都')) return null;
  const each = EACH.exec(words);
  if (!each) return null;
  const length = each.index;
  // The change after 均 (均下降) is each subject's, from `rest` on.
  const rest = length + 1;
  const subjects = subjectSplits(words.slice(0, length))[0] ?? [];
  if (subjects.length <= 1 && PER_BEFORE_EACH.test(words.slice(0, length))) return null;
  const pieces = subjects.length > 1 ? subjectNames(subjects, subjects.length, true) : null;
  if (!pieces) return { length, rest, names: null };
  const starts: number[] = [];
  let cursor = 0;
  for (const s of subjects) {
    const at = words.indexOf(s, cursor);
    starts.push(at);
    cursor = at + s.length;
  }
  const names: Array<Array<[number, number]>> = [];
  for (const name of pieces) {
    const spans: Array<[number, number]> = [];
    for (const p of name) {
      if ('word' in p) return { length, rest, names: null };
      const at = starts[p.subject] as number;
      spans.push([at + p.from, at + p.to]);
    }
    names.push(spans);
  }
  return { length, rest, names };
}

/**
 * Whether `words`, a target's subject, list kinds of venue before the rate they share (公共图书馆、文化馆、
 * 美术馆免费开放率): one figure after them is each one's, as after 均 (see facilityRateList).
 */
export function listsFacilitiesOfRate(words: string): boolean {
  // Runs on every goal's subject: a cheap test first.
  if (!words.endsWith('率') || !/[、和及与]/.test(words)) return false;
  return facilityRateList(subjectSplits(words)[0] ?? []);
}
