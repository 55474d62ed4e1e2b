/**
 * Words of a goal paragraph that state where things stand, not where they are to go: a note of
 * the starting level in brackets after a target (（2020年为30.2%）, （现状值34微克/立方米）) and a
 * sentence on what is done so far (截至2022年底，全区已累计完成造林1.2万亩). Their figures are no
 * targets. Also the year a stage's label gives in brackets (近期目标（2024年底前）：…), and the 基本
 * that names a thing (基本养老保险) rather than qualifying a verb (基本实现).
 * The goal reader (extract-goals.ts and the clause and figure readers under it) runs on every goal paragraph: each test is cheap before its regex.
 */

/**
 * （2020年为30.2%）, （2022年底是…）, （现状值34微克/立方米）, （基期值…）, （目前为…）: a bracket that
 * opens with a year and 为/是, or with a word for the present or starting level. A bracket of figures
 * by year without 为 (（2023年240家、2024年270家）) is the target's stages, not a note. Also
 * （2023年基数为45亿元）, （2023年基期值12亿元）, （上年为40亿元）.
 */
const BASELINE_NOTE =
  /[(（] ?(?:\d{4} ?年(?:底|末)?(?:为|是|(?:的)?(?:基数|基期值?|基准值?|基线值?|现状值?)(?:为|是|:|：)?)|(?:上年|去年|上一年)(?:底|末)?(?:为|是)|(?:现状值?|现值|基期值?|基准值?|基数|基线值?|目前|当前|现在|现有)(?:为|是|:|：)?)[^()（）]*[)）]/g;

/** The spans [from, to) of the notes of a starting level in a clause; none for most clauses. */
export function baselineNoteSpans(clause: string): Array<readonly [number, number]> {
  if (!clause.includes('(') && !clause.includes('（')) return [];
  return [...clause.matchAll(BASELINE_NOTE)].map((m) => [m.index, m.index + m[0].length] as const);
}

/**
 * （2023年完成1.8亿件）, （2023年实现100亿元）: what a year before the plan's first achieved, noted
 * beside a target: a starting level too. A year within the plan (（2025年完成60个）) is a stage.
 */
const PAST_RESULT_NOTE = /[(（] ?(\d{4}) ?年(?:底|末)?(?:已)?(?:完成|实现|达到?)[^()（）]*[)）]/g;

/** The spans [from, to) of the notes of what a year before `firstYear` achieved. */
export function pastResultNoteSpans(clause: string, firstYear: number | undefined): Array<readonly [number, number]> {
  if (firstYear === undefined || (!clause.includes('(') && !clause.includes('（'))) return [];
  return [...clause.matchAll(PAST_RESULT_NOTE)].filter((m) => Number(m[1]) < firstYear).map((m) => [m.index, m.index + m[0].length] as const);
}

/**
 * 截至2022年底，全区已累计完成造林1.2万亩; 目前，全市已建成…: a sentence that opens with a date up to
 * which, or with the present, and says what has been done (已): a review, no target. Its year
 * frames nothing after it.
 */
const STATUS_SENTENCE = /^\s*(?:截至|截止|截止到|目前|当前|现阶段)[^。;；]{0,40}?已/;
/**
 * 三年来，全县累计建成…; 五年来, 近三年来, 近年来, 多年来, 2021年以来, 自2021年以来: a sentence that opens
 * looking back over the years gone reports what was done (as under 发展基础), even with no 已 and
 * under 工作目标. Not 三年内, 今后三年, 三年累计 (the plan's own years) nor 今年以来 (this year's work).
 */
const LOOK_BACK =
  /^\s*(?:(?:自|从) ?)?(?:(?:近|过去|这)?(?:[两二三四五六七八九十几]{1,2}|\d{1,2}) ?年(?:来|以来)|(?:近|多|近几|近些)年(?:来|以来)|\d{4} ?年(?:[^。;；,，\d]{0,4})?以来)/;
/** The characters such a sentence may open with: a cheap test before the regex. */
const LOOK_BACK_FIRST = '自从近过这多两二三四五六七八九十几0123456789';
/** A later clause of such a sentence that turns to a target year: ，到2025年达到3000个. */
const TURN_TO_TARGET = /[,，;；] ?(?:力争|争取|确保)?(?:到|至) ?\d{4} ?年/;

/**
 * How much of a sentence (from its start) reports what is done so far: all of it, or up to a
 * clause that turns to a target year (目前全区已建成5G基站1200个，到2025年达到3000个: up to the
 * comma); 0 when the sentence is no such report.
 */
export function statusLength(sentence: string): number {
  const c = sentence.trimStart().charAt(0);
  if (LOOK_BACK_FIRST.includes(c) && LOOK_BACK.test(sentence)) {
    const turn = TURN_TO_TARGET.exec(sentence);
    return turn ? turn.index + 1 : sentence.length;
  }
  if (c !== '截' && c !== '目' && c !== '当' && c !== '现') return 0;
  if (!STATUS_SENTENCE.test(sentence)) return 0;
  const turn = TURN_TO_TARGET.exec(sentence);
  return turn ? turn.index + 1 : sentence.length;
}

/**
 * 目前，全县已建成5G基站800个 / 截至2023年底，全县5G基站已达800个: the thing a status clause counts,
 * with its place (全县5G基站), which a target after it that names no subject (，到2026年达到1500个)
 * goes on with. A figure run into Latin letters (5G, 4K) is part of the name. Null when the clause
 * names no such thing before its figure.
 */
const STATUS_SUBJECT =
  /^\s*(?:(?:截至|截止到?)[^,，]{0,12}?[,，]? ?|(?:目前|当前|现阶段)[,，]? ?)(全[省市区县州旗镇乡])?((?:[^\d,，。;；、]|\d+[A-Za-z])*?)(?:共|累计)?已(?:累计)?(?:建成|建设|建|有|拥有|培育|开通|达到|达|完成|实现|创建|认定|新增)?了?((?:[^\d,，。;；、]|\d+[A-Za-z])*?)(?:总数|数量|总量)?(?:达到?|为|是)? ?\d+(?:\.\d+)?(?![\dA-Za-z.])/;

export function statusSubject(status: string): string | null {
  const m = STATUS_SUBJECT.exec(status);
  if (!m) return null;
  const before = (m[2] ?? '').trim();
  const after = (m[3] ?? '').trim();
  // One of the two only: a subject before 已 and an object after it (全县企业已培育…) say two things.
  const name = before !== '' && after === '' ? before : before === '' && after !== '' ? after : '';
  if (name.length < 2) return null;
  return `${m[1] ?? ''}${name}`;
}

/** Whether the sentence, from its start, reports what is done so far (see statusLength). */
export function isStatusSentence(sentence: string): boolean {
  return statusLength(sentence) > 0;
}

/**
 * 近期目标（2024年底前）：…, 中期目标(2026年): a stage's label, then its year in brackets, before the
 * stage's targets. The year is group 1; of a range (中期目标（2025—2026年）：), its end.
 */
const STAGE_LABEL_YEAR = /^\s*[^\d,:;。()（）]{1,8}[(（] ?(?:到|至)? ?(?:\d{4} ?年? ?[—–\-－~～至到] ?)?(\d{4}) ?年(?:底|末)?(?:前|以前|之前)? ?[)）] ?[:：]/;

export function stageLabelYear(sentence: string): RegExpExecArray | null {
  return sentence.includes('目标') || sentence.includes('阶段') ? STAGE_LABEL_YEAR.exec(sentence) : null;
}

/**
 * A stage that opens with the year it is due by (；2027年底前，达到85%以上, 2026年6月底前，…): as one
 * opening with 到2027年 does, its first target may name no subject and go on with the stage before.
 */
const DEADLINE_OPENING = /^\s*\d{4} ?年(?:底|末)?(?:前|以前|之前)/;

export function opensWithDeadline(sentence: string): boolean {
  return DEADLINE_OPENING.test(sentence);
}

/**
 * 基本养老保险参保率, 基本医疗保险, 基本公共服务: 基本 before a noun is part of the name. It qualifies
 * only a verb or a figure after it (基本实现, 基本建成, 基本达到90%), where it means "largely".
 * `rest` is what follows 基本.
 */
export function namesWithBasic(rest: string, verbs: readonly string[]): boolean {
  if (rest === '' || /^[\d ]/.test(rest)) return false;
  if (/^(?:实现|形成|消除|覆盖|满足|普及|完成|具备|解决|达|建|稳|持|保持|控制|遏制|杜绝|全覆盖|到位)/.test(rest)) return false;
  return !verbs.some((v) => rest.startsWith(v));
}
