import { alternation, SUFFIX_QUALIFIERS } from './target-figure.js';

/**
 * Words of a goal sentence that are easy to take for part of a target's subject or for a figure
 * of its own: the rest of a list of years before the subject (2023年、2024年、2025年分别…), a bound
 * closing a target before the next one (20家以上、省级…), a year opening a part (其中2023年新增…),
 * a grade (百亿级企业), and a subject that points back to the target before (这一比例).
 * The goal reader (extract-goals.ts and the clause and figure readers under it) runs on every goal paragraph: each test is cheap before its regex.
 */

/**
 * The years after the first of a list that opens a clause (2023年、2024年、2025年分别新增…; the first
 * is cut off with the clause's lead): separators, years, and a comma or space after them.
 */
const YEAR_LIST_REST = /^(?: ?(?:、|和|及|与|以及) ?(?:到|至)? ?\d{4} ?年(?:底|末)?)+ ?[,，]? ?/;

/**
 * How much of the clause at `at` (right after its opening year) goes on listing years: the
 * subject of the clause's targets starts after them. 0 if no list goes on there.
 */
export function yearListRestAt(clause: string, at: number): number {
  const next = clause.charAt(at) === ' ' ? clause.charAt(at + 1) : clause.charAt(at);
  if (next !== '、' && next !== '和' && next !== '及' && next !== '与' && next !== '以') return 0;
  return YEAR_LIST_REST.exec(clause.slice(at))?.[0].length ?? 0;
}

const BOUND_AT = new RegExp(`^ ?(?:${alternation(SUFFIX_QUALIFIERS)})`);

/**
 * The length of a bound (以上, 左右 …) written at `at`, right after a target's figure and unit: it
 * is the target's qualifier, not the start of the next target's subject (20家以上、省级…500家). 0 if
 * none stands there.
 */
export function boundAt(clause: string, at: number): number {
  const c = clause.charAt(at) === ' ' ? clause.charAt(at + 1) : clause.charAt(at);
  if (c !== '以' && c !== '左' && c !== '及') return 0;
  return BOUND_AT.exec(clause.slice(at))?.[0].length ?? 0;
}

/** A year opening a part of a target, after the separator that joins the part on: 其中2023年, 、2024年. */
const PART_YEAR = /^ ?(?:、|和|及|以及)? ?(\d{4}) ?年(?:底|末)?(?![\d度])(?:前)? ?/;

/**
 * 其中2023年新增400家、2024年新增500家: the year a part of a target opens with, and how much of the
 * segment before its figure it takes; null if the part opens with no year.
 */
export function partYearAt(segment: string): { year: number; length: number } | null {
  if (!segment.includes('年')) return null;
  const m = PART_YEAR.exec(segment);
  return m ? { year: Number(m[1]), length: m[0].length } : null;
}

/**
 * 百亿级企业, 千亿级产业集群, 10亿级项目, 三级医院: a figure whose unit is a grade (级, 亿级, 万级) and
 * that stands before a noun names a class of what follows; it is no target. A bound after it
 * (达到二级以上) and the end of the clause (产值达到百亿级) leave it a figure.
 */
export function isGradeBeforeNoun(unit: string, after: string): boolean {
  if (!unit.endsWith('级')) return false;
  return /^[\u4e00-\u9fff]/.test(after) && !SUFFIX_QUALIFIERS.some((q) => after.startsWith(q));
}

/**
 * 这一比例, 该比重, 此项指标: a subject that points back to the target before it, whose indicator it
 * carries on (到2023年，…覆盖率达到60%；到2025年，这一比例达到80%以上).
 */
const ANAPHORA = /^(?:这一|这个|这项|该|此|此项|该项|上述)(?:比例|比重|比率|占比|指标|数值|数字|水平)$/;

export function isAnaphora(indicator: string): boolean {
  return indicator.length <= 5 && ANAPHORA.test(indicator);
}

/** The patterns of respectiveCreation, built once for a list of verbs: a scope alone before 分别, and any words. */
const CREATION_AFTER_RESPECTIVE = new WeakMap<readonly string[], readonly [RegExp, RegExp]>();

/**
 * (到2025年、2027年，)分别新增上云企业3000家、4000家: 分别, a verb of creation and its object before
 * a list of figures, one per year: the words before 分别 (a scope, 全市, or none) and the verb with
 * its object; null if the head is not of this form. `creationVerbs` are the goal reader's verbs of
 * creation (新增, 培育 …). `listed`: the words before 分别 may list subjects (高新区和经开区分别新增…).
 */
export function respectiveCreation(head: string, creationVerbs: readonly string[], listed = false): { scope: string; creation: string } | null {
  if (!head.includes('分别')) return null;
  let patterns = CREATION_AFTER_RESPECTIVE.get(creationVerbs);
  if (!patterns) {
    const creation = `((?:${alternation(creationVerbs)})[^\\d、,，]{0,30}?) ?$`;
    patterns = [new RegExp(`^([^、和及与\\d]*?)分别 ?${creation}`), new RegExp(`^([^\\d]*?)分别 ?${creation}`)];
    CREATION_AFTER_RESPECTIVE.set(creationVerbs, patterns);
  }
  const m = patterns[listed ? 1 : 0].exec(head);
  return m ? { scope: m[1] as string, creation: m[2] as string } : null;
}

/**
 * What a whole counts from its verb of creation on, for a part by year that names only the verb
 * (其中2024年新增100家): 新增高新技术企业 of 新增高新技术企业 or of 三年内新增高新技术企业 (the whole's
 * scope and years are not the part's). Null if the whole's indicator does not open with the verb
 * after a few such words.
 */
export function creationOf(whole: string, verb: string): string | null {
  const at = whole.indexOf(verb);
  return at >= 0 && at <= 6 && whole.length > at + verb.length ? whole.slice(at) : null;
}

/** A grade alone, as the subject of a part (其中省级15家, 其中国家级3家), with its bound or not (其中省级以上120家). */
const GRADE_ONLY = /^(?:国家|国际|世界|省|市|县|区|州|盟|地市|省部)级(?:及以上|以上)?$/;
/** The scope and grade a whole opens with (全区, 县级以上), which the part's grade takes the place of. */
const WHOLE_OPENING = /^(?:(?:全|本|我)[国國省市区區县縣州旗镇鎮乡鄉])?(?:[^\d级級]{1,4}[级級](?:及以上|以上)?)?/;

/**
 * 县级以上农业产业化龙头企业发展到60家，其中省级15家: a part whose subject is a grade alone counts the
 * whole's kind of thing at that grade (省级农业产业化龙头企业): the grade and the whole's words less the
 * scope and grade they open with. Null when the part names more than a grade, or nothing is left.
 * `grade` is the part's folded subject, `written` the same as the text writes it; `creationVerbs`
 * are the goal reader's verbs of creation.
 */
export function gradedPart(grade: string, written: string, whole: string, creationVerbs: readonly string[] = []): string | null {
  if (grade.length > 7 || !GRADE_ONLY.test(grade)) return null;
  const noun = whole.slice(WHOLE_OPENING.exec(whole)?.[0].length ?? 0);
  // 新增高新技术企业60家（含国家级10家）: the grade is of the thing made, after the verb that makes it.
  const verb = creationVerbs.find((v) => noun.startsWith(v)) ?? '';
  return noun.length - verb.length >= 2 ? `${verb}${written}${noun.slice(verb.length)}` : null;
}

/** A grade with its bound (国家级以上, 市级及以上) or without, in the written or the folded copy. */
const GRADE = '(?:国家|國家|国际|國際|世界|省|市|县|縣|区|區|州|盟|地市|省部)[级級](?:及以上|以上)?';
const GRADE_ALONE = new RegExp(`^${GRADE}$`);
const GRADE_WITHIN = new RegExp(GRADE);

/**
 * 新增省级以上人才平台20家，国家级以上2家: a target whose subject is a grade alone, right after one
 * that names another grade, counts the same thing at its own grade (新增国家级以上人才平台): the
 * target's words with the grade put in place of theirs. Null when the subject is more than a grade,
 * or the target before names none. `grade` is the folded subject, `written` the same as written.
 */
export function siblingGrade(grade: string, written: string, previous: string): string | null {
  if (grade.length > 7 || !GRADE_ALONE.test(grade)) return null;
  const at = GRADE_WITHIN.exec(previous);
  return at && at[0] !== written ? `${previous.slice(0, at.index)}${written}${previous.slice(at.index + at[0].length)}` : null;
}

/** The scope, years and 累计 a level's indicator may open with (全区, 三年, 累计). */
const LEVEL_OPENING = /^(?:(?:全|本|我)[国國省市区區县縣州旗镇鎮乡鄉]|全域)?(?:[两兩二三四五六七八九十] ?年(?:内|內|间|間)?)?(?:累计|累計|共计|共計)?/;
/** What a level measures at the end of its indicator (高标准农田面积, 充电桩数量), not what is made. */
const LEVEL_MEASURE = /(?:[总總]?面[积積]|[总總][数數]|[数數]量|[个個][数數]|[总總]量|[规規]模)$/;

/**
 * 高标准农田面积累计达到80万亩，2024年、2025年分别建成5万亩、6万亩: a verb of creation alone (建成),
 * after a level in the same unit, makes more of what the level counts: 建成高标准农田, the verb and
 * the level's thing (its indicator less the scope, a verb of creation it opens with, and the measure
 * it ends with). Null when no thing of two characters or more is left. `creationVerbs` are the goal
 * reader's verbs of creation.
 */
export function createdThing(verb: string, level: string, creationVerbs: readonly string[]): string | null {
  let thing = level.slice(LEVEL_OPENING.exec(level)?.[0].length ?? 0);
  const opening = creationVerbs.find((v) => thing.startsWith(v));
  if (opening) thing = thing.slice(opening.length);
  thing = thing.replace(LEVEL_MEASURE, '');
  return thing.length >= 2 && !/\d/.test(thing) ? `${verb}${thing}` : null;
}

/** The scope an indicator may open with (全区, 本市). */
const SCOPE_OPENING = /^(?:(?:全|本|我)[国國省市区區县縣州旗镇鎮乡鄉]|全域)?/;

/**
 * 新增上云企业1.5万家（累计达到4万家）: what a running total after a target of additions counts. After a
 * verb of what is new (新增, 新建, 新引进) the total is the stock of the thing (上云企业, with the scope);
 * after another verb of creation it is the deed's own total (建成5G基站 … 累计). Null when the target
 * before opens with no verb of creation after its scope, or leaves no thing of two characters.
 */
export function runningTotalOf(added: string, creationVerbs: readonly string[]): string | null {
  const scope = SCOPE_OPENING.exec(added)?.[0] ?? '';
  const rest = added.slice(scope.length);
  const verb = creationVerbs.find((v) => rest.startsWith(v));
  if (!verb || rest.length - verb.length < 2) return null;
  return verb.startsWith('新') ? `${scope}${rest.slice(verb.length)}` : added;
}
