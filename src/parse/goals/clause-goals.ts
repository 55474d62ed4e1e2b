/**
 * The targets of one clause (no commas inside): for each figure, the words of its subject, its
 * verb, qualifiers and year as the clause writes them. What the clause leaves unsaid (a subject
 * written in the clause before, the whole a part is of) is extractGoals' to fill in.
 */
import { rankHead } from './rank-target.js';
import { namesWithBasic } from './notes.js';
import { isScopeCountAlone, scopeCountInSubject, scopeCountStart } from './scope-count.js';
import { bothSubjects, listsFacilitiesOfRate, STRETCH, stretchBeforeChange } from './listed-targets.js';
import { boundAt, partYearAt, yearListRestAt } from './words.js';
import { alternation, BOUND_VERBS, PREFIX_QUALIFIERS, SIGNS, SUFFIX_QUALIFIERS } from './target-figure.js';
import { MONTH_DEADLINE, THIS_YEAR_LEAD } from './year-month-opening.js';
import { VERBS, VERBS_LONGEST_FIRST, HOLDING_VERBS, HOLDING, HOLDING_ADVERB, VERB_FIRST, SAVING_VERBS, isAnnualChange } from './verbs.js';
import { chainEnd, figuresOf, withoutFormerTargets, withoutNotes, type Figure } from './figures.js';
import { type Found, withSuffix } from './found-target.js';
import { WITHIN, PARTS_BRACKET } from './part-words.js';
import { startingLevelsOf, baseOf, previousYearOf } from './base-levels.js';
import { respectiveGoals } from './respective-goals.js';
import { YEAR_INTENT } from './target-year.js';

/**
 * What a figure is counted per, between the verb and the figure (抽检量达到每千人6批次, 医生数达到
 * 每千人口3.2名, 藏书量达到人均1.5册): a qualifier of the target, like 每年, not the end of its indicator.
 */
// 达到每年每千人5批次: also after the span of time it is per, itself after the verb.
const PER_HEAD = new RegExp(`(?<=(?:${alternation(VERBS)}) ?(?:每(?:年|月|季度|季|天|日|周))?)(?:每(?:十万|百万|千|万|百|十)?(?:人口|常住人口|人|户|家|名|平方公里|平方米|公里)|人均)$`);

/** 达到每人每月300元, 提高至每小时20公里: the span of time a figure is per, after the verb or what it is per (每年 is a qualifier of its own). */
const PER_PERIOD = new RegExp(`(?<=(?:${alternation(VERBS)}|人|户|家|名|人口) ?)每(?:小时|月|季度|季|天|日|周)$`);

/**
 * 约 or 近 between the verb and the figure (达到约500家, 新增近30万人): the figure is approximate, and
 * the word its qualifier, like 左右. Only after a verb (减少近2万吨, 节约约3万吨): 签约 or 节约 end other words.
 */
const APPROXIMATELY = new RegExp(`(?<=(?:${alternation([...VERBS, ...VERB_FIRST, ...SAVING_VERBS])}) ?)(?:约|近)$`);

/**
 * 约 or 近 after a verb of creation or saving and its object (城镇新增就业近3万人, 新建公园约20个,
 * 减少二氧化碳排放约13万吨): approximate too. Not the end of a word (附近, 临近, 签约, 节约, 集约 …),
 * nor after a figure in the object.
 */
const APPROXIMATELY_AFTER_OBJECT = new RegExp(`(?:${alternation([...VERB_FIRST, ...SAVING_VERBS])})[^\\d,:;。、]{1,20}?(?<![签节制公合预集履违缔特邀守条附临最亲靠逼趋])(?:约|近)$`);

/**
 * 约 right after a measure that takes its figure with no verb (总投资约32亿元, 建筑面积约5万平方米,
 * 年产值约8亿元): approximate too. Only after the measure's own word, so 签约, 节约 and 公约 stay words.
 */
const APPROXIMATELY_AFTER_MEASURE = /(?<=(?:投资|产值|收入|规模|面积|总量|总额|金额|产量|资金|里程|长度|容量))约$/;

/**
 * A marker that numbers a clause in running text (一是, 二是, 其一, 其三是), before its subject. 是
 * is required after a bare numeral: 一 alone may begin a name (一网通办).
 */
const ENUMERATION_MARKER = /^ ?(?:[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十]{1,2}(?:是|[,、])?) ?/;

/**
 * Goals in one clause (no commas inside). Offsets are relative to the clause. `partsFollow`: the
 * clause comes after a 其中 of its own, so its first target is a part of the one before.
 */
export function clauseGoals(clause: string, framedByYear: boolean, partsFollow = false, years?: readonly number[], listBefore?: number, status = false): Found[] {
  const all = withoutNotes(clause, withoutFormerTargets(clause, figuresOf(clause, framedByYear)));
  // 森林覆盖率由2022年的38.5%提高到40%: the level it starts from is no target, nor part of the subject.
  const startingLevels = all.length > 1 ? startingLevelsOf(clause, all) : [];
  const figures = startingLevels.length ? all.filter((f) => !startingLevels.some((l) => l.figure === f)) : all;
  if (figures.length === 0) return [];
  // 2023—2025年全县累计新建…: a period before the subject is no part of it, as a year is not.
  // 力争到2026年全县…: 力争 before the year qualifies the clause's targets, and is no more their subject.
  const lead = clause.replace(CLAUSE_LEAD, '');
  const leadOffset = clause.length - lead.length;
  // …达到1500亿元，2024年达到1450亿元，…: a year opening a clause is its targets' own (a period's last).
  const striving = leadOffset > 0 ? /^(?:力争|争取|确保)/.exec(clause)?.[0] : undefined;
  const opening = leadOffset > 0 ? /^(?:(?:力争|争取|确保)(?:在|于)? ?)?(?:(?:到|至|截至) ?)?(?:\d{4} ?年? ?[—–\-－~～] ?)?(\d{4}) ?年(?![\d度])/.exec(clause) : null;
  const clauseYear = opening ? Number(opening[1]) : undefined;

  // X、Y和Z分别达到a、b和c; (到2025年、2027年，) X分别达到a、b; one figure after 分别新增… is each subject's.
  const respective = figures.length > 1 || clause.includes('分别') ? respectiveGoals(clause, figures, leadOffset, years, listBefore) : null;
  if (respective) return striven(respective, striving);

  const found: Found[] = [];
  let segStart = leadOffset + yearListRestAt(clause, leadOffset);
  let previousVerbFirst: { verb: string; parts: Array<[number, number]> } | null = null;
  // 新增国家级企业5家、省级企业80家: the verb the last target's indicator opened with.
  let openingVerb: [number, number] | null = null;
  // 全旗累计创建A15个、市级示范单位40个: the scope before that verb and a 累计 with it are every joined target's too.
  let openingScope: [number, number] | null = null;
  let openingRunning = false;
  // Whether the target being read is a part (其中…), and so the ones joined on to it (、省级…80家).
  let part = partsFollow;
  // 新增150家（同比增长20%）, 新增180家（力争200家）: a note in brackets right after a target's figure.
  let note: BracketNote | null = null;
  // 为 before a count of those a deed is for, set aside with the count: the deed's target opens with it.
  let forWhom: [number, number] | null = null;
  let heldQualifiers: string[] = [];
  for (const f of figures) {
    if (note && f.index < note.to) {
      // Only a stretch figure of the note is read: the target before it, set higher.
      const before = found[found.length - 1];
      const word = note.stretch && before && before.to <= note.from ? STRETCH_NOTE_HEAD.exec(clause.slice(note.from, f.index))?.[1] : undefined;
      if (word && before) {
        const stretched: Found = { parts: [], figure: f, qualifiers: [word], verb: '', from: f.index, to: f.end, stretch: true, ...(before.year !== undefined ? { year: before.year } : {}), ...(before.part ? { part: true as const } : {}) };
        found.push(withSuffix(clause, f, stretched));
        continue;
      }
      // 新增上云企业1.5万家（累计达到4万家）: the total the additions bring the thing to, for the same year
      // (extractGoals names it by the thing the target before makes, or leaves it unread).
      const running = !note.stretch && before && before.to <= note.from ? RUNNING_NOTE_HEAD.exec(clause.slice(note.from, f.index)) : null;
      if (running && before && !before.part) {
        // （累计突破3万个）: a bound verb is the total's qualifier, as it is a target's.
        const bound = running[2] !== undefined && BOUND_VERBS.includes(running[2]) ? [running[2]] : [];
        const total: Found = { parts: [], figure: f, qualifiers: [running[1] as string, ...bound], verb: '', from: f.index, to: f.end, runningTotal: true, ...(before.year !== undefined ? { year: before.year } : {}) };
        found.push(withSuffix(clause, f, total));
      }
      continue;
    }
    const joined = /^ ?(?:、|和|及|以及)/.test(clause.slice(segStart, f.index));
    let segment = clause.slice(segStart, f.index);
    let from = segStart;
    // 一是全区规上工业增加值增长8%, 其二，…: a marker that numbers the clause is not part of the subject.
    const marker = ENUMERATION_MARKER.exec(segment)?.[0].length ?? 0;
    segment = segment.slice(marker);
    from += marker;
    const within = WITHIN.exec(segment)?.[0].length ?? 0;
    segment = segment.slice(within);
    from += within;
    part = within > 0 || (part && (joined || found.length === 0));
    // 其中2023年新增400家、2024年新增500家: a year opening a part is the part's own, not its subject.
    const partYear = part ? partYearAt(segment) : null;
    if (partYear) {
      segment = segment.slice(partYear.length);
      from += partYear.length;
    }
    const qualifiers: string[] = heldQualifiers;
    heldQualifiers = [];
    // Qualifiers before the verb or figure: 力争, 确保 … at either end of the segment.
    const strip = (): void => {
      for (let again = true; again; ) {
        again = false;
        for (const q of PREFIX_QUALIFIERS) {
          // 基本养老保险参保率: 基本 before a noun is part of its name.
          if (segment.startsWith(q) && !(q === '基本' && namesWithBasic(segment.slice(q.length), VERBS))) {
            qualifiers.push(q);
            segment = segment.slice(q.length);
            from += q.length;
            again = true;
          }
        }
      }
    };
    strip();
    // 达到每家每年5万元: qualifiers before the figure may stand one after another; kept as written.
    const trailingWords: string[] = [];
    for (let k = 0; k < 3; k++) {
      const trailing = PREFIX_QUALIFIERS.find((q) => segment.endsWith(q)) ?? PER_HEAD.exec(segment)?.[0] ?? PER_PERIOD.exec(segment)?.[0] ?? APPROXIMATELY.exec(segment)?.[0] ?? (segment.endsWith('近') || segment.endsWith('约') ? (APPROXIMATELY_AFTER_OBJECT.exec(segment)?.[0].slice(-1) ?? APPROXIMATELY_AFTER_MEASURE.exec(segment)?.[0]) : undefined);
      if (!trailing) break;
      trailingWords.unshift(trailing);
      segment = segment.slice(0, -trailing.length);
    }
    qualifiers.push(...trailingWords);
    // 由2022年的38.5%提高到2025年的40%: after a starting level, the year after the verb is the
    // target's own (elsewhere 达到2020年的2倍 names the level a multiple is of).
    const fromLevel = startingLevels.some((l) => l.figure.index >= from && l.figure.end <= from + segment.length);
    const reachedYear = fromLevel ? YEAR_AFTER_VERB.exec(segment) : null;
    if (reachedYear) segment = segment.slice(0, reachedYear.index);
    // 营业额达到2020年的2倍: a multiple of the level of a year, which is the year it is measured from.
    const multipleOf = !reachedYear && f.unit === '倍' ? MULTIPLE_OF.exec(segment) : null;
    if (multipleOf) segment = segment.slice(0, multipleOf.index);
    // 达到全省平均水平的1.2倍: a multiple of a level named in words, which qualifies the figure.
    const reference = !reachedYear && !multipleOf && f.unit === '倍' ? REFERENCE_LEVEL.exec(segment) : null;
    if (reference) {
      segment = segment.slice(0, reference.index);
      qualifiers.push(reference[1] as string);
    }
    // 达到 40% 以上: spaces around the figure are not part of the verb.
    const spaced = segment.length - segment.trimEnd().length;
    // 覆盖率≥85%: a comparison sign stands where a verb would, or after one (达到≥85%).
    const trimmed = segment.trimEnd();
    // 进入全省前3位: the verb of a rank, its scope and 前 (the scope with 前 is its qualifier).
    const rank = f.rank ? rankHead(trimmed) : null;
    if (rank) qualifiers.push(rank.scope);
    const sign = rank ? undefined : SIGNS.find((v) => trimmed.endsWith(v));
    const unsigned = sign ? trimmed.slice(0, -sign.length).trimEnd() : trimmed;
    // 力争实现翻一番: 实现 is the verb of a doubling, not part of its subject.
    const wordVerb =
      rank?.verb ??
      VERBS_LONGEST_FIRST.find((v) => unsigned.endsWith(v)) ??
      (!sign && f.multiple !== undefined && unsigned.endsWith('实现')
        ? '实现'
        : // 是2023年的1.5倍: 是 or 为 before the level a multiple is of is its verb.
          (multipleOf || reference) && /[是为]$/.test(unsigned)
          ? unsigned.slice(-1)
          : '');
    let verb = sign ?? wordVerb;
    const holding = !rank && BOUND_VERBS.includes(wordVerb) ? (HOLDING.exec(unsigned.slice(0, unsigned.length - wordVerb.length))?.[0].length ?? 0) : 0;
    // 达标率稳定保持100%, 持续保持在不低于90%: the adverb of holding is part of the verb, not of the subject.
    const held = !rank && (holding > 0 || HOLDING_VERBS.includes(wordVerb));
    const adverb = held ? (HOLDING_ADVERB.exec(unsigned.slice(0, unsigned.length - wordVerb.length - holding))?.[0].length ?? 0) : 0;
    const verbLength = rank ? rank.length : trimmed.length - unsigned.length + wordVerb.length + holding + adverb;
    let indicatorEnd = from + segment.length - spaced - verbLength;
    // X力争达到N, X至少达到N: the qualifier stands between the subject and the verb.
    const beforeVerb = verb ? PREFIX_QUALIFIERS.find((q) => clause.slice(from, indicatorEnd).endsWith(q)) : undefined;
    if (beforeVerb) {
      qualifiers.push(beforeVerb);
      indicatorEnd -= beforeVerb.length;
    }
    if (BOUND_VERBS.includes(verb)) qualifiers.push(verb);
    let parts: Array<[number, number]> = [[from, indicatorEnd]];
    let to = f.end;
    const before = clause.slice(from, indicatorEnd);
    // 为不少于2000名经济困难失能老年人提供居家上门服务: a bound before a count of those a deed is for
    // bounds the count (kept as its qualifier); the count is read as one after 为 alone is.
    if (BOUND_VERBS.includes(verb) && !sign && BENEFICIARY_BEFORE.test(before) && PEOPLE_UNIT.test(f.unit)) verb = '';
    let verbFirst = !verb ? (VERB_FIRST.find((v) => before.endsWith(v) && before.length <= v.length + 1) ?? null) : null;
    // 减少近2万吨化肥使用: a verb of saving alone before the figure has its object after it, as one of
    // creation does (减少化肥使用); not a rate (降低3%).
    if (!verb && !verbFirst && !RATE_UNIT.test(f.unit) && SAVING_VERBS.includes(before.trim()) && objectOf(clause.slice(f.end)) !== null) verbFirst = before.trim();
    // 每年为1万名以上老年人提供居家上门服务: a count of those something is done for, after 为 (向, 帮助,
    // 带动 …), the deed after them; its indicator the word before the figure and the words after it.
    // The deed is the rest of the clause, with no figure of its own (帮扶500人年增收1万元: the 1万元 is).
    if (!verb && !verbFirst && BENEFICIARY_BEFORE.test(before) && PEOPLE_UNIT.test(f.unit) && DONE_FOR_REST.test(clause.slice(f.end).replace(/^ ?(?:及以上|以上|左右)/, ''))) verbFirst = before.trim();
    // 每年为200家小微企业减免租金3000万元, 帮扶500户脱贫户户均增收3000元: where the deed has a figure of
    // its own, the count before it is who it is for, no target; 为 (向, 给) stays with the deed's words.
    // 以30个示范村为重点: a count framed by 以…为 is what the work centres on, no target either.
    if (!verb && !verbFirst && PEOPLE_UNIT.test(f.unit) && ((BENEFICIARY_BEFORE.test(before) && /\d/.test(clause.slice(f.end))) || (CENTRED_ON.test(before) && CENTRED_ON_REST.test(clause.slice(f.end))))) {
      const word = BENEFICIARY_PREPOSITION.exec(before);
      if (word && !CENTRED_ON.test(before)) forWhom = [from + word.index, from + word.index + word[0].length];
      // 每年为200家…: the qualifiers before the count are the deed's.
      if (!CENTRED_ON.test(before)) heldQualifiers = qualifiers;
      segStart = f.end + boundAt(clause, f.end);
      continue;
    }
    // 建设50所学校和150个专业: the second figure shares the first one's verb.
    if (!verb && !verbFirst && previousVerbFirst && /^(?:和|及|以及|、|与)?$/.test(before)) {
      verbFirst = previousVerbFirst.verb;
      parts = [...previousVerbFirst.parts];
      from = f.index;
    }
    // 每个街道至少建成1个服务中心: a subject before the verb, and perhaps a qualifier between them.
    if (!verb && !verbFirst) {
      verbFirst = VERB_FIRST.find((v) => before.endsWith(v)) ?? null;
      const verbAt = indicatorEnd - (verbFirst?.length ?? 0);
      const between = verbFirst ? PREFIX_QUALIFIERS.find((q) => clause.slice(from, verbAt).endsWith(q)) : undefined;
      if (between) {
        qualifiers.push(between);
        parts = [[from, verbAt - between.length], [verbAt, indicatorEnd]];
      }
    }
    if (verbFirst) {
      previousVerbFirst = { verb: verbFirst, parts };
      // The object runs to the next figure, less the 和 that joins that figure on.
      // 培育100家以上企业: the bound after the figure is a qualifier, not the start of the object.
      const bound = /^ ?(?:及以上|以上|左右)/.exec(clause.slice(f.end))?.[0].length ?? 0;
      const rest = clause.slice(f.end + bound);
      const object = objectOf(rest);
      if (object) {
        parts = [...parts, [f.end + bound, f.end + bound + object.length]];
        to = f.end + bound + object.length;
      }
    } else previousVerbFirst = null;
    // 全区100家企业完成清洁生产审核: a count of a whole place's things, what they are and what they do
    // after it; the subject is the scope and those words (全区企业完成清洁生产审核).
    // Not in a sentence of what is done so far (目前，…; 2023年，… before the plan's years).
    if (!verb && !verbFirst && parts.length === 1) {
      const bound = /^ ?(?:及以上|以上|左右)/.exec(clause.slice(f.end))?.[0].length ?? 0;
      const scopeAt = status ? null : scopeCountStart(clause.slice(from, indicatorEnd), clause.slice(f.end + bound), f.unit);
      if (scopeAt !== null) {
        parts = [[from + scopeAt, indicatorEnd], [f.end + bound, clause.length]];
        to = clause.length;
      } else if (isScopeCountAlone(clause.slice(from, indicatorEnd), clause.slice(f.end + bound))) {
        segStart = f.end + bound;
        continue;
      }
    }
    // 20家以上、省级…500家: the bound after the figure is its qualifier (withSuffix), not the next subject.
    // 85%/90%: the figures after the slash are this target's (see Figure.slashed), no next subject.
    const after = Math.max(to, chainEnd(f));
    segStart = after + boundAt(clause, after);
    note = bracketNoteAt(clause, segStart);
    if (note) segStart = note.to;
    // 规模以上工业增加值确保增长8%: the stretch word before the change qualifies the target.
    const stretchWord = !verb && !verbFirst && parts.length === 1 ? stretchBeforeChange(clause.slice(from, indicatorEnd)) : null;
    if (stretchWord) {
      if (stretchWord.word !== '分别') qualifiers.push(stretchWord.word);
      parts = [[from, from + stretchWord.at], [from + stretchWord.at + stretchWord.word.length, indicatorEnd]];
    }
    // Trim separators at the ends of the indicator.
    const [a0, b0] = parts[0]!;
    let a = a0;
    let b = b0;
    while (a < b && /[,、和及 ]/.test(clause[a] as string)) a++;
    while (b > a && /[,、 ]/.test(clause[b - 1] as string)) b--;
    const startingLevel = startingLevels.find((l) => l.figure.end === b && l.from >= a);
    if (startingLevel) b = startingLevel.from;
    // 能耗比2020年下降13.5%: the base year a change is measured from is not the subject, which
    // stands before it; the change after it stays in the indicator (能耗下降).
    const base: { year?: number; previous?: true; from: number; to: number } | null = baseOf(clause, a, b) ?? previousYearOf(clause, a, b);
    const tail: [number, number] = base ? [base.to, b] : [b, b];
    if (base) b = base.from;
    while (b > a && clause[b - 1] === ' ') b--;
    while (tail[0] < tail[1] && clause[tail[0]] === ' ') tail[0]++;
    // 产值2024年达到1400亿元、2025年达到1500亿元: the year before the verb is the target's own.
    let ownYear: number | undefined = reachedYear ? Number(reachedYear[1]) : (partYear?.year ?? clauseYear);
    // 300家（2023年240家、2024年270家）: a year alone before a figure, in brackets after a target or
    // listed after another, is that figure's year; the subject is the target's before it.
    const yearAtEnd = verb || base || YEAR_ALONE.test(clause.slice(a, b)) ? YEAR_BEFORE_VERB.exec(clause.slice(a, b)) : null;
    if (yearAtEnd) {
      ownYear = Number(yearAtEnd[1]);
      b = a + yearAtEnd.index;
      // 其中2024年达到26家 (其中 set aside above): nothing is left, the subject is the one before.
      while (b > a && /[,、 (（]/.test(clause[b - 1] as string)) b--;
      // 全区算力规模力争于2025年达到…, 地区生产总值确保2025年突破…: the stretch word before the year
      // qualifies the target as it does before the verb; 计划, 预计 only say it is planned.
      const intent = INTENT_BEFORE_YEAR.exec(clause.slice(a, b));
      if (intent && intent.index > 0) {
        // As written: before the bound verb's qualifier (确保…突破).
        const boundIndex = BOUND_VERBS.includes(verb) ? qualifiers.lastIndexOf(verb) : -1;
        if (intent[1] && !qualifiers.includes(intent[1])) qualifiers.splice(boundIndex >= 0 ? boundIndex : qualifiers.length, 0, intent[1]);
        b = a + intent.index;
      }
    }
    // 保有量分别达到5万辆、10万辆 whose figures have no subjects or years to go to: 分别 is no part of
    // the indicator (the figures after the first are reported as unread). Before one figure alone
    // (A和B分别达到95%), 分别 says what 均 says: the figure is each subject's.
    const alone = !listedAfter(clause, f, figures);
    // A和B分别下降20% (also after a base year, 较2023年分别下降): 分别 before the change, set aside above.
    let each = stretchWord?.word === '分别' && alone;
    if (clause.endsWith('分别', b)) {
      b -= 2;
      each = alone;
    }
    // A和B较2023年均下降20%, A和B同比分别下降10%: the word of each after the base year, before the
    // change, which the tail keeps; the subjects before the base are each the figure's.
    const eachAfterBase = base ? /^(?:均|都|分别)/.exec(clause.slice(tail[0], tail[1])) : null;
    if (eachAfterBase && (eachAfterBase[0] !== '分别' || alone)) {
      tail[0] += eachAfterBase[0].length;
      each = true;
    }
    // 公共图书馆、文化馆、美术馆免费开放率达到100%: kinds of venue sharing a rate are each its subject, as after 均.
    if (!each && alone && listsFacilitiesOfRate(clause.slice(a, b))) each = true;
    // A和B均达到90%, A和B均下降10%: the figure is each subject's, and 均 no part of a name.
    const both = bothSubjects(each ? `${clause.slice(a, b)}均` : clause.slice(a, b));
    const afterEach: [number, number] = both ? [a + both.rest, b] : [b, b];
    if (both) b = a + both.length;
    parts[0] = [a, b];
    if (tail[1] > tail[0]) parts.splice(1, 0, tail);
    if (afterEach[1] > afterEach[0]) parts.splice(1, 0, afterEach);
    // 全县累计培训…3万人次, 三年累计新建…: 累计 after the scope or the years the subject opens with
    // qualifies the target as it does opening it, and is no part of the name.
    // 全县23个行政村集体经济收入全部达到…: the count of the place's things is no part of the subject.
    const scopeCount = !both?.names ? scopeCountInSubject(clause.slice(a, b)) : null;
    if (scopeCount) {
      parts.splice(0, 1, [a, a + scopeCount.scopeEnd], [a + scopeCount.countEnd, b - scopeCount.all]);
      if (scopeCount.all > 0) qualifiers.push('全部');
    } else if (verb && b - a > 4 && clause.endsWith('全部', b) && !both) {
      // 全县村级集体经济经营性收入全部达到15万元以上: 全部 before the verb says each of the subject's
      // things reaches the figure, as it does after a count; the target's qualifier, no part of its name.
      parts[0] = [a, b - 2];
      qualifiers.push('全部');
    }
    const running = !both?.names && !scopeCount && !qualifiers.includes('累计') ? runningAfterOpening(clause.slice(a, b)) : 0;
    if (running > 0) {
      parts.splice(0, 1, [a, a + running], [a + running + 2, b]);
      qualifiers.push('累计');
    }
    const indicator = parts.map(([x, y]) => clause.slice(x, y)).join('');
    const baseYear =
      base?.year !== undefined
        ? { baseYear: base.year }
        : base?.previous
          ? { basePrevious: true as const }
          : multipleOf
            ? { baseYear: Number(multipleOf[1]) }
            : reference
              ? { ofLevel: true as const }
              : {};
    if (!indicator && ownYear !== undefined) {
      // （2024年240家、2025年270家）: the figure's words start at its year, not at the bracket or 、 before it.
      const own = yearAtEnd ? Math.max(from, a + yearAtEnd.index) : ownStart(clause, from, f.index);
      found.push(withSuffix(clause, f, { parts: [], figure: f, qualifiers, verb, from: own, to, year: ownYear, ...baseYear }));
      continue;
    }
    // …年均增长12%以上，力争突破400亿元: a verb and figure without a subject share the one before
    // (filled in by extractGoals from the previous target of the sentence); so does a change
    // from a base year (…，比2020年翻一番).
    // (58%以上、力争达到60%: a stretch word and its verb after the 、 that joins them on, as 、力争60% is below.)
    const stretchQualified = qualifiers.some((q) => STRETCH.includes(q));
    const verbAlone = verb !== '' && (segment.trim().length === verbLength || (stretchQualified && /^[、 ]*$/.test(before)));
    if (!indicator && (verbAlone || base || f.multiple !== undefined)) {
      // 年均增长6%以上，力争达到8%: a stretch word and 达到 alone may set the change before higher
      // (extractGoals decides, by the unit).
      const stretch = (verb === '达到' || verb === '达') && stretchQualified ? { stretch: true as const } : {};
      // The target's words start after the 、 that joins it on.
      const own = stretchQualified ? ownStart(clause, from, f.index) : from;
      found.push(withSuffix(clause, f, { parts: [], figure: f, qualifiers, verb, from: own, to, ...baseYear, ...stretch }));
      continue;
    }
    // 地区生产总值增长6%左右，力争7%: a stretch figure alone is the target before it, set higher.
    // (增长6%左右、力争7%: also after the 、 that joins it on.)
    if (!indicator && !verb && !verbFirst && /^[、 ]*$/.test(segment) && qualifiers.some((q) => STRETCH.includes(q))) {
      found.push(withSuffix(clause, f, { parts: [], figure: f, qualifiers, verb: '', from: ownStart(clause, from, f.index), to, stretch: true }));
      continue;
    }
    if (!indicator || /^[\d.%]+$/.test(indicator)) continue;
    // A figure without a target verb counts only where a target year frames the sentence, where
    // the phrase opens with a verb of creation (新增就业3万人), or where it is measured from a
    // base year or doubles (比2020年下降13.5%, 翻一番).
    // 节约能源5万吨标准煤, 减少二氧化碳排放12万吨: an amount saved is a target as one created is
    // (not a rate, 减少碳排放强度18%, a change that needs a year).
    // 累计开展…培训30万人次: a running total of what is done is a target as one created is.
    const opensWithVerb =
      VERB_FIRST.some((v) => indicator.startsWith(v)) || SCOPED_CREATION.test(indicator) || (SAVING.test(indicator) && !RATE_UNIT.test(f.unit)) || (qualifiers.includes('累计') && !RATE_UNIT.test(f.unit) && f.unit !== '');
    // 比上年增长8% names no year of its own, so it needs one to frame it.
    // 年均增长10% is a target by its words: a rate over the years of a plan.
    if (!verb && !verbFirst && !framedByYear && clauseYear === undefined && !opensWithVerb && !(base && !base.previous) && f.multiple === undefined && !isAnnualChange(indicator, qualifiers)) continue;
    // …、省级专精特新中小企业80家: an object joined on without a verb of its own shares the one the
    // target before it opened with (新增).
    // (…小区300个、惠及居民6万户: one that opens with a verb of reach has a verb of its own.)
    if (!verb && !verbFirst && !opensWithVerb && joined && openingVerb && !base && !REACH_OPENING.test(indicator)) {
      parts = [...(openingScope && !SCOPE_FIRST.test(indicator) ? [openingScope] : []), openingVerb, ...parts];
      if (openingRunning && !qualifiers.includes('累计')) qualifiers.unshift('累计');
    } else {
      // 全区新增…: the verb after the scope the target opened with.
      const scope = !verbFirst ? (SCOPE_FIRST.exec(indicator)?.[0].length ?? 0) : 0;
      const opening = !verbFirst ? VERB_FIRST.find((v) => indicator.startsWith(v, scope)) : undefined;
      // (全县累计新增…: the verb stands after the 累计 left out of the indicator.)
      const verbAt = running > 0 && scope >= running ? parts[1]![0] + scope - running : parts[0]![0] + scope;
      openingVerb = opening ? [verbAt, verbAt + opening.length] : null;
      const first = parts[0]!;
      openingScope = opening && scope > 0 && first[1] - first[0] >= scope ? [first[0], first[0] + scope] : null;
      openingRunning = opening !== undefined && qualifiers.includes('累计');
    }
    const common = { figure: f, verb: verb || verbFirst || '', to, ...(part ? { part: true as const } : {}), ...(ownYear !== undefined ? { year: ownYear } : {}), ...baseYear };
    if (both?.names) {
      // Each subject's name, then the rest of the indicator (the change, the object) as the list's.
      for (const name of both.names) {
        const named: Array<[number, number]> = name.map(([x, y]) => [a + x, a + y]);
        found.push(withSuffix(clause, f, { ...common, parts: [...named, ...parts.slice(1)], qualifiers: [...qualifiers], from: named[0]![0] }));
      }
      continue;
    }
    const forParts: Array<[number, number]> = forWhom ? [forWhom, ...parts] : parts;
    found.push(withSuffix(clause, f, { ...common, parts: forParts, qualifiers, from: Math.min(a, ownStart(clause, from, f.index), forWhom?.[0] ?? a) }));
    forWhom = null;
  }
  return striven(found, striving);
}

/** Whether another figure of the clause is listed right after `f` (5万辆、10万辆; 10%和12%). */
function listedAfter(clause: string, f: Figure, figures: readonly Figure[]): boolean {
  const next = figures[figures.indexOf(f) + 1];
  return next !== undefined && LISTED_GAP.test(clause.slice(chainEnd(f), next.index));
}

/** What stands between two figures of one list: a bound of the first, then 、 or 和. */
const LISTED_GAP = new RegExp(`^ ?(?:${alternation(SUFFIX_QUALIFIERS)})? ?(?:、|和|及|以及|与) ?$`);

/** Verbs of whom or what a work reaches (惠及居民6万户, 带动就业2000人, 覆盖人口50万): no object of the verb before. */
const REACH_OPENING = /^(?:惠及|惠民|带动|覆盖|辐射|服务|受益|吸纳|涉及|解决)/;

/**
 * Where a target's own words start in its segment: after the 、 or bracket that joins it on
 * (…10家、千亿级产业集群3个; （2024年240家）), which its span leaves out as its indicator does.
 */
function ownStart(clause: string, from: number, figure: number): number {
  let at = from;
  while (at < figure && /[,、;:：； (（]/.test(clause[at] as string)) at++;
  return at;
}

/** The targets of a clause, each qualified by the 力争 that opens it (力争到2026年…), once. */
function striven(found: Found[], striving: string | undefined): Found[] {
  if (striving) for (const f of found) if (!f.qualifiers.includes(striving)) f.qualifiers.unshift(striving);
  return found;
}

/** The word before a count of those something is done for (为, 向, 帮助 …), perhaps after the place's scope. */
const BENEFICIARY_BEFORE = /^(?:(?:全|本)[省市区县镇乡])?(?:为|向|给|帮助|帮扶|带动) ?$/;
/** The preposition of such a count (为, 向, 给), which the deed's words keep; a verb (帮扶) they do not. */
const BENEFICIARY_PREPOSITION = /[为向给]/;
/** 以 before a count whose words end in 为 (以30个示范村为重点): what the work centres on. */
const CENTRED_ON = /^(?:(?:全|本)[省市区县镇乡])?以 ?$/;
const CENTRED_ON_REST = /^[^\d,]{0,20}?为(?:重点|主|核心|抓手|载体|突破口|龙头|示范|试点|引领|依托|主体|基础|中心|单位)/;
/** Units that count people, households, firms or places (1万名, 500户, 300家, 50个行政村). */
const PEOPLE_UNIT = /^(?:[万千])?(?:名|人|户|家|位|人次|户次|个|所|村)$/;
/** Those counted and what is done for them, to the clause's end (老年人提供居家上门服务, 高校毕业生实现就业). */
const DONE_FOR_REST = /^[\u4e00-\u9fff“”"]{0,20}(?:提供|开展|实现|解决|办理|发放|安装|培训|服务|就业|创业|救助|增收|落实|减免|完成|改造|派驻|选派|派出|配备|送)[\u4e00-\u9fff“”"]*$/;

/** A figure that describes the noun after it: 10亿元的, 5000万元以上的. */
const ATTRIBUTIVE_FIGURE = /^\d+(?:\.\d+)?[^\d,、和及与]{0,6}?的/;

/**
 * The object after a verb-first target's figure (培育3家龙头企业), up to the next figure, less the
 * 和 that joins it on; a figure that describes the noun (年销售额超10亿元的连锁企业) is part of it.
 */
/** A note in brackets after a target's figure, [from, to) of its clause; `stretch` when it opens with 力争 or 争取. */
interface BracketNote {
  from: number;
  to: number;
  stretch: boolean;
}

/** 力争 or 争取 (and perhaps a verb of level) opening a note, right before its figure: （力争200家）, （争取达到200家）. */
const STRETCH_NOTE_HEAD = /^[(（] ?(力争|争取)(?:达到|达|突破|超过)? ?$/;
/** 累计 (累計) and perhaps a verb of level opening a note, right before its figure: （累计达到4万家）, （累计4万家）. */
const RUNNING_NOTE_HEAD = /^[(（] ?(累计|累計)(达到|达|突破|超过|超)? ?$/;

/**
 * （同比增长20%）, （力争200家）, （具体以认定结果为准）: a bracket right after a target's figure (and its
 * bound) that neither opens its parts (（含…, （其中…) nor lists its stages by year (（2023年240家、…）)
 * is a note on the target: no part of the next target's subject, nor a target of its own but for
 * a stretch figure (see clauseGoals). Null where no such bracket stands at `at`.
 */
function bracketNoteAt(clause: string, at: number): BracketNote | null {
  const from = clause.charAt(at) === ' ' ? at + 1 : at;
  const open = clause.charAt(from);
  if (open !== '(' && open !== '（') return null;
  const close = /[()（）]/.exec(clause.slice(from + 1));
  if (!close || (close[0] !== ')' && close[0] !== '）')) return null;
  const inside = clause.slice(from + 1, from + 1 + close.index);
  if (/^ ?(?:其中|包含|包括|内含|含|\d{4} ?年)/.test(inside)) return null;
  return { from, to: from + close.index + 2, stretch: /^ ?(?:力争|争取)/.test(inside) };
}

function objectOf(rest: string): string | null {
  // 新增150家（同比增长20%）: a bracket right after the figure is a note, no object.
  if (/^ ?[(（]/.test(rest)) return null;
  let at = 0;
  for (;;) {
    const tail = rest.slice(at);
    const words = /^[\u4e00-\u9fff“”"()（）]+?(?=(?:和|及|以及|与|、)?\d|$)/.exec(tail) ?? /^[\u4e00-\u9fff“”"()（）]+/.exec(tail);
    if (!words) return at > 0 ? rest.slice(0, at) : null;
    // 新增40家（含国家级5家）: a bracket of parts after the figure is no part of the object.
    const parts = words[0].search(PARTS_BRACKET);
    if (parts >= 0) return at + parts > 0 ? rest.slice(0, at + parts) : null;
    at += words[0].length;
    const attributive = ATTRIBUTIVE_FIGURE.exec(rest.slice(at));
    if (!attributive) return rest.slice(0, at);
    at += attributive[0].length;
  }
}

/**
 * Verbs of an amount saved or cut, before what is saved: 节约能源, 减少二氧化碳排放, 淘汰落后产能,
 * 降低企业成本. Verbs of a rise before their object (提高城镇化率5个百分点) are changes that need a
 * year; without one they are reported (see unread-targets.ts).
 */
const SAVING = new RegExp(`^(?:${SAVING_VERBS.join('|')})`);

/**
 * 全县新建高标准农田8万亩, 三年累计新增…, 全区累计建成…: a verb of creation after no more than the
 * plan's scope (or a part of it: 中心城区新增停车位5000个), the years it spans and 累计 opens the target as
 * the verb alone does (新建…8万亩).
 */
/** The scope or the years a subject may open with before 累计 (全县累计…, 三年累计…, 全区三年内累计…). */
const OPENING_BEFORE_RUNNING = /^(?:(?:全|本|我)[省市区县州旗镇乡]|全域)?(?:[两二三四五六七八九十] ?年(?:内|间)?)?(?=累计)/;

/** How long the scope or years before a 累计 inside `subject` are; 0 when 累计 stands elsewhere or nowhere. */
function runningAfterOpening(subject: string): number {
  if (!subject.includes('累计')) return 0;
  return OPENING_BEFORE_RUNNING.exec(subject)?.[0].length ?? 0;
}

/** The scope a target may open with before its verb: 全区, 本市, 全域. */
const SCOPE_FIRST = /^(?:(?:全|本|我)[省市区县州旗镇乡]|全域)/;

const SCOPED_CREATION = new RegExp(
  `^(?:(?:全|本|我)[省市区县州旗镇乡]|全域)?(?:城镇|农村|城乡|中心城区|主城区|老城区|新城区|建成区|城区|县城|市区)?(?:[两二三四五六七八九十] ?年(?:内|间)?)?(?:累计|共计|共)?(?:${alternation(VERB_FIRST)})`,
);

/**
 * What opens a clause before its subject: 力争 (力争在), a target year or period (到2025年底, 2023—2025年, 2024年9月底前),
 * or 今年 (今年全区…增长6%).
 */
const CLAUSE_LEAD = new RegExp(
  `^(?:${YEAR_INTENT}(?:在|于)? ?)?(?:(?:到|至|截至) ?)?(?:\\d{4} ?年? ?[—–\\-－~～] ?)?\\d{4} ?年(?:${MONTH_DEADLINE}|底|末|初|内|前|期间|间)?(?:前)?|^${THIS_YEAR_LEAD}`,
);

/** Units of a rate or a share, whose change is no amount. */
const RATE_UNIT = /^(?:%|‰|个百分点|个千分点|百分点)$/;

/** A year and nothing else before a figure, perhaps after the bracket that opens it: （2023年, 2024年. */
const YEAR_ALONE = /^[(（]? ?\d{4} ?年(?:底|末)?$/;

/**
 * A year the subject's target is due by, between the subject and the verb: 到2025年, 在2025年底前,
 * 于2026年, 2025年9月底前. The year is group 1; the deadline words are no part of the subject.
 */
const YEAR_BEFORE_VERB = new RegExp(`(?:到|至|在|于)? ?(\\d{4}) ?年(?:${MONTH_DEADLINE}|(?:底|末|内)(?:前|以前|之前)?|前|以前|之前)?$`);

/** A stretch word (group 1) or a word of intent before such a year: 力争于2025年, 确保2025年, 计划于2025年. */
const INTENT_BEFORE_YEAR = /(?:(力争|争取|确保)|计划|预计|拟)$/;

/** A year between the verb and the level reached: 提高到2025年的40%. */
const YEAR_AFTER_VERB = new RegExp(`(?<=(?:${alternation(VERBS)}) ?)(\\d{4}) ?年(?:底|末)?的? ?$`);

/** The year whose level a multiple is of, between the verb and the figure: 达到2020年的2倍. */
const MULTIPLE_OF = new RegExp(`(?<=(?:${alternation([...VERBS, '为', '是'])}) ?)(\\d{4}) ?年(?:底|末)?(?:水平)?的 ?$`);

/** A level named in words whose multiple a figure in 倍 is, between the verb and it: 达到全省平均水平的. */
const REFERENCE_LEVEL = new RegExp(`(?<=(?:${alternation([...VERBS, '为', '是'])}) ?)(?![到至在])([^\\d,、;:。的]{2,16}?)的 ?$`);
