import { parseDecimalCount } from '../../text/chinese-numeral.js';
import { figureMeasureAt, figureUnitAt } from '../../text/measure-units.js';
import { VERB_FIRST, VERBS } from './verbs.js';
import { pastResultNoteSpans, statusLength } from './notes.js';
import { inSpans, policyTermSpans } from './policy-terms.js';
import { RANK_TARGET } from './rank-target.js';
import { COUNTER_WORDS } from './scope-count.js';
import { alternation, MARKED_NUMBER, PREFIX_QUALIFIERS, SIGNS } from './target-figure.js';
import { markThousands, THOUSANDS_MARK } from '../../text/thousands.js';

/**
 * Targets a goal paragraph states that the goal reader did not take: a target verb and a figure
 * (新建充电桩达到500桩次) whose unit it does not know, or whose phrase it could not place. They
 * would otherwise vanish from `goals` without a word; the parser reports each one so a reader can
 * see what was left out. Conservative: a figure that reads as a year, a date or a number, that
 * describes the subject (超过50%的企业), or that names part of a later target's subject
 * (超过60岁老年人健康管理率达到70%) is no target, and is not reported.
 */
export interface UnreadTarget {
  /** The verb, in the paragraph's text (达到); '' for a counted figure under a target year with none before it. */
  verb: string;
  /** The figure as written (500, 1,200). */
  figure: string;
  /** The words right after the figure (桩次), '' when there are none. */
  after: string;
  /** The clause the target stands in, as written (a long clause is cut to the words near the verb). */
  clause: string;
  /** Offsets in the paragraph of the verb and of the end of the words after the figure. */
  from: number;
  to: number;
  /**
   * A change in a unit the goal reader knows (接待游客增长8%, 比上年增长8%): it was left out for
   * want of a year to be a target of, not for its unit.
   */
  change?: true;
  /** A figure listed after another of the verb's (分别达到5万辆、10万辆) that no subject or year was given to. */
  listed?: true;
  /** Listed after a slash (85%/90%): a figure of the same indicator whose year or group the text does not name. */
  slashed?: true;
  /** The object of a verb of change written before the figure (降低单位产值能耗8% → 单位产值能耗). */
  object?: string;
  /**
   * The unit right after the figure, as written, when the goal reader knows it (60% in
   * 58%以上、力争达到60%): the target was left out for another reason than its unit.
   */
  unit?: string;
}


/**
 * A target verb or a sign in its place (死亡率≤1.5), qualifiers or a sign between it and the figure
 * (达到约500, 力争突破 1000, 达到≥85, 达到人均1.5), then the
 * figure, with thousands separators (1,200, marked: see markThousands) or a decimal point (2.5).
 */
const TARGET = new RegExp(
  `(${alternation([...VERBS, ...SIGNS])}) ?(?:(?:${alternation([...PREFIX_QUALIFIERS, ...SIGNS, '约', '近', '人均'])}) ?)*(?<![\\d.${THOUSANDS_MARK}])(${MARKED_NUMBER})(?![\\d.,${THOUSANDS_MARK}])`,
  'g',
);
/**
 * A target verb and a figure in Chinese numerals (达到五十桩次, 超过三成): a count, or a share
 * (百分之十). Only after a verb proper (达到, 不低于), not after a verb of creation, where numerals
 * more often count nothing (建设一批, 培育三大产业).
 */
const NUMERALS = '零一二三四五六七八九十百千两';
const CHINESE_TARGET = new RegExp(
  `(${alternation(VERBS)}) ?(?:(?:${alternation([...PREFIX_QUALIFIERS, ...SIGNS, '约', '近'])}) ?)*(?<![${NUMERALS}万亿])((?:百分之|千分之)?[${NUMERALS}]+(?:万[${NUMERALS}]+)?(?:点[${NUMERALS}]+)?)(?![${NUMERALS}点.\\d])`,
  'g',
);
/**
 * A change and its figure (增长8%, 比上年提高2个百分点): a target only for a year, so one under a
 * goal heading with no year to frame it is not read, and is reported. Not 增长到, 提高至 (VERBS).
 */
const CHANGE = new RegExp(`(增长|增速|提高|提升|下降|降低|增加|减少)(?![到至]) ?(?:(?:${alternation([...PREFIX_QUALIFIERS, '约', '近'])}) ?)*(?<![\\d.${THOUSANDS_MARK}])(${MARKED_NUMBER})(?![\\d.,${THOUSANDS_MARK}])`, 'g');
/**
 * A verb of change before its object and the figure after it (降低单位产值能耗8%, 提高城镇化率5个百分点,
 * 淘汰落后产能3家): read when a year frames it, or as an amount cut (see SAVING in clause-goals.ts); else
 * reported. The object has no figure, no other verb of change and no target verb in it (增加值 is a
 * noun: 降低单位工业增加值能耗10%).
 */
const CHANGE_VERBS = ['增长', '提高', '提升', '下降', '降低', '增加', '减少', '节约', '节省', '削减', '压减', '压缩', '缩减', '缩短', '淘汰', '关停', '化解', '减排'];
const CHANGE_FIRST = new RegExp(
  `(${alternation(CHANGE_VERBS)})(?![到至值])((?:(?!(?:${alternation([...CHANGE_VERBS, ...VERBS])})(?!值))[^\\d\\s,;:。!?、])+?) ?(?:(?:${alternation([...PREFIX_QUALIFIERS, '约', '近'])}) ?)*(?<![\\d.${THOUSANDS_MARK}])(${MARKED_NUMBER})(?![\\d.,${THOUSANDS_MARK}])`,
  'g',
);
/** Another target later in the clause: the figure before it is part of that target's subject. */
const LATER_TARGET = new RegExp(`(?:${alternation([...VERBS, ...SIGNS])}) ?(?:(?:${alternation(PREFIX_QUALIFIERS)}) ?)*\\d`);
/** 达 that ends another word (下达, 送达, 抵达, 发达 …) is no target verb. */
const NOT_A_VERB_BEFORE_DA = /[下传表送抵直通发到转雷]/;
/** A clause: up to , ; : 。 ! ? (a thousands separator, 1,200, is marked and none of them). */
const CLAUSE = /[^,;:。!?]+/g;
/** The words after a figure, up to a digit, a space or punctuation. */
const AFTER = /^[^\d\s,;:。、!?()“”"]{0,12}/;

/**
 * The targets in a paragraph that no goal took. `match` is the folded copy of `text` (same
 * length); `isRead(from, to)` says whether a goal read from the paragraph covers that span.
 * `yearOpens`: the text opens with the year its targets are for (2024年，全市城镇新增就业5.5万人以上，…,
 * a one-year opening the goal reader did not take): every clause is framed by it, and a count in a
 * known unit without a verb is reported as well.
 */
export function unreadTargets(text: string, match: string, isRead: (from: number, to: number) => boolean, firstYear?: number, yearOpens = false): UnreadTarget[] {
  const out: UnreadTarget[] = [];
  // The check runs on every goal paragraph: a cheap test before the regexes.
  if (!/[\d一二三四五六七八九十两]/.test(match)) return out;
  const marked = markThousands(text, match);
  // Where the paragraph's first target year ends: the clauses from there on are framed by it
  // (found once, not per clause, which would take time growing with the square of a long paragraph).
  const year = TARGET_YEAR.exec(marked);
  const yearEnd = year ? year.index + year[0].length : -1;
  // 给予20万元奖励, 扣2分: a policy's terms, which the goal reader sets aside, are no unread targets.
  const terms = policyTermSpans(marked);
  // 截至2022年底，全区森林覆盖率已达到30%: what is done so far, which the goal reader sets aside, is no unread target.
  const done = statusSpans(marked);
  CLAUSE.lastIndex = 0;
  for (let c = CLAUSE.exec(marked); c; c = CLAUSE.exec(marked)) {
    const clause = c[0];
    if (terms.length > 0 && inSpans(terms, c.index + clause.length - clause.trimStart().length)) continue;
    if (done.length > 0 && inSpans(done, c.index + clause.length - clause.trimStart().length)) continue;
    // （2023年实现100亿元）: what a year before the plan achieved, a note the goal reader passes over.
    const notes = pastResultNoteSpans(clause, firstYear);
    // A figure is reported once, after the verb nearest it (达到 in 提高A达到5%, not 提高).
    const seen = new Set<number>();
    const verbHits = [...targetsIn(clause), ...changesIn(clause)];
    // Only figures no verb above reached: 建成智慧杆塔800樘 has its object between verb and figure.
    const framed = yearOpens || (yearEnd >= 0 && yearEnd <= c.index + clause.length);
    const hits = [...verbHits, ...[...countsIn(clause, framed, yearOpens)].filter((h) => !verbHits.some((v) => v.figureAt === h.figureAt))];
    for (const { verb, verbAt, figure, figureAt, listed, slashed, object } of hits) {
      if (seen.has(figureAt) || hits.some((h) => h.figureAt === figureAt && h.verbAt > verbAt)) continue;
      if (notes.length > 0 && notes.some(([a, b]) => figureAt >= a && figureAt < b)) continue;
      seen.add(figureAt);
      const end = figureAt + figure.length;
      if (verb === '达' && NOT_A_VERB_BEFORE_DA.test(clause.charAt(verbAt - 1))) continue;
      const rest = clause.slice(end);
      if (isNotATarget(figure, rest)) continue;
      // 超过60岁老年人健康管理率达到70% (not 达到500桩次、公交车达到300辆).
      const list = rest.indexOf('、');
      if (LATER_TARGET.test(list < 0 ? rest : rest.slice(0, list))) continue;
      const at = c.index;
      if (isRead(at + figureAt, at + end)) continue;
      const change = CHANGE_WORD.test(verb);
      // A change whose unit is unknown is reported as any figure is; only a known one for its year.
      if (change && !figureUnitAt(clause, end)) continue;
      const afterWords = AFTER.exec(rest)?.[0] ?? '';
      // 95%/98%: the slash before the next figure of the chain is none of this one's words (a rate's is: 人/10万某).
      const slashNext = /[/／]$/.test(afterWords) && hits.some((h) => h.slashed && h.figureAt - end - afterWords.length <= 1 && h.figureAt > end);
      const afterLength = afterWords.length - (slashNext ? 1 : 0);
      const known = figureMeasureAt(clause, end)?.end ?? end;
      // A listed figure is reported from itself on, not from the verb of the list.
      const from = at + (listed ? figureAt : verbAt);
      const to = at + end + afterLength;
      out.push({
        verb: verb ? text.slice(at + verbAt, at + verbAt + verb.length) : '',
        figure: text.slice(at + figureAt, at + end),
        after: text.slice(at + end, to),
        clause: clauseExcerpt(text.slice(at, at + clause.length), verbAt),
        from,
        to,
        ...(change ? { change: true as const } : {}),
        ...(listed ? { listed: true as const } : {}),
        ...(slashed ? { slashed: true as const } : {}),
        ...(object ? { object: text.slice(at + verbAt + verb.length, at + verbAt + verb.length + object.length) } : {}),
        ...(known > end ? { unit: text.slice(at + end, at + known) } : {}),
      });
    }
  }
  return out;
}

/** The spans of a paragraph's sentences (or their opening clauses) that report what is done so far. */
function statusSpans(match: string): Array<[number, number]> {
  if (!match.includes('已')) return [];
  const out: Array<[number, number]> = [];
  const sentence = /[^。;；]+/g;
  for (let s = sentence.exec(match); s; s = sentence.exec(match)) {
    const length = statusLength(s[0]);
    if (length > 0) out.push([s.index, s.index + length]);
  }
  return out;
}

/** A verb and a figure in a clause, at their offsets in it. */
interface Hit {
  verb: string;
  verbAt: number;
  figure: string;
  figureAt: number;
  /** A figure listed after the verb's first (达到5万辆、10万辆). */
  listed?: true;
  /** Listed after a slash (85%/90%). */
  slashed?: true;
  /** The words between a verb of change and its figure (降低单位产值能耗8%). */
  object?: string;
}

/** A match of verb (group 1) and figure (group 2), the figure ending it. */
const hitOf = (m: RegExpExecArray): Hit => ({ verb: m[1] as string, verbAt: m.index, figure: m[2] as string, figureAt: m.index + m[0].length - (m[2] as string).length });

/** The target verbs and figures of a clause, in digits and in Chinese numerals that read as a count. */
function* targetsIn(clause: string): Generator<Hit> {
  TARGET.lastIndex = 0;
  for (let m = TARGET.exec(clause); m; m = TARGET.exec(clause)) {
    const hit = hitOf(m);
    yield hit;
    yield* listedAfter(clause, hit);
  }
  CHINESE_TARGET.lastIndex = 0;
  for (let m = CHINESE_TARGET.exec(clause); m; m = CHINESE_TARGET.exec(clause)) {
    const written = m[2] as string;
    const numeral = written.replace(/^[百千]分之/, '');
    const share = numeral !== written;
    const value = share && numeral === '百' ? 100 : parseDecimalCount(numeral);
    // 达到一流水平, 达到一定规模: 一 in words is rarely a count.
    if (value !== null && (value > 1 || share)) yield hitOf(m);
  }
  // 进入全省前3位: a rank, whose verb is not one of a level.
  if (!clause.includes('前')) return;
  RANK_TARGET.lastIndex = 0;
  for (let m = RANK_TARGET.exec(clause); m; m = RANK_TARGET.exec(clause)) yield hitOf(m);
}

const CHANGE_WORD = new RegExp(`^(?:增速|${alternation(CHANGE_VERBS)})$`);

/** A figure listed after another (…5万辆、10万辆, 80%和100%): the words after the first, then 、 or 和. */
const LIST_NEXT = new RegExp(`^[^\\d\\s,;:。、!?()（）和及]{0,6}?(?:、|和|及|以及) ?(${MARKED_NUMBER})(?![\\d.,${THOUSANDS_MARK}])`);

/**
 * A figure after a slash, in the unit written after the one before it (85%/90%, 3家/5家): the unit
 * (group 1) must be written both times, so that a rate's base (30/10万) and a fraction (2/3) are not
 * taken for one.
 */
const SLASH_NEXT = new RegExp(`^([^\\d\\s/／,;:。、!?()（）]{1,4}?) ?[/／] ?(${MARKED_NUMBER})(?![\\d.,${THOUSANDS_MARK}]) ?(?=\\1)`);

/**
 * Bare figures joined by slashes, the unit written after the last only (2.8/3.0/3.2人): the next one
 * (group 2; group 1 is empty). Not a rate's base (30/10万).
 */
const BARE_SLASH_NEXT = new RegExp(`^ ?()[/／] ?(?!10*[万千百亿])(${MARKED_NUMBER})(?![\\d.,${THOUSANDS_MARK}])`);
/** The rest of a chain of bare slashed figures, to the unit after its last. */
const BARE_SLASH_TAIL = new RegExp(`^(?: ?[/／] ?(?:${MARKED_NUMBER}))* ?`);

/** The next bare figure of a slashed chain, where the chain ends in a unit the reader knows (not a fraction: 2/3以上). */
function bareSlashNext(rest: string, clause: string): RegExpExecArray | null {
  const m = BARE_SLASH_NEXT.exec(rest);
  if (!m) return null;
  const tail = BARE_SLASH_TAIL.exec(rest.slice(m[0].length))?.[0] ?? '';
  return figureMeasureAt(clause, clause.length - rest.length + m[0].length + tail.length) ? m : null;
}

/** The figures listed after a verb's figure (分别达到5万辆、10万辆, 85%/90%, 2.8/3.0人): targets of that verb too. */
function* listedAfter(clause: string, first: Hit): Generator<Hit> {
  let end = first.figureAt + first.figure.length;
  // Runs on every target: a cheap test before the slash's regex.
  const next = (rest: string): RegExpExecArray | null =>
    LIST_NEXT.exec(rest) ?? (rest.includes('/') || rest.includes('／') ? (SLASH_NEXT.exec(rest) ?? bareSlashNext(rest, clause)) : null);
  for (let m = next(clause.slice(end)); m; m = next(clause.slice(end))) {
    const slashed = m[2] !== undefined;
    const figure = (m[2] ?? m[1]) as string;
    // The next search starts right after this figure: the slash's (or the list's) words before it.
    end += m[0].length - (slashed ? m[0].length - m[0].lastIndexOf(figure) - figure.length : 0);
    yield { verb: first.verb, verbAt: first.verbAt, figure, figureAt: end - figure.length, listed: true, ...(slashed ? { slashed: true as const } : {}) };
  }
}

/** The changes of a clause with a figure in digits (增长8%). */
function* changesIn(clause: string): Generator<Hit> {
  // The check runs on every goal paragraph: a cheap test before the regex.
  if (!/增|提|降|减/.test(clause)) return;
  CHANGE.lastIndex = 0;
  for (let m = CHANGE.exec(clause); m; m = CHANGE.exec(clause)) {
    // 分别增长6%、7.5%: the figures listed after the first are changes of the verb too.
    const hit = hitOf(m);
    yield hit;
    yield* listedAfter(clause, hit);
  }
  CHANGE_FIRST.lastIndex = 0;
  for (let m = CHANGE_FIRST.exec(clause); m; m = CHANGE_FIRST.exec(clause)) {
    const figure = m[3] as string;
    yield { verb: m[1] as string, verbAt: m.index, figure, figureAt: m.index + m[0].length - figure.length, object: m[2] as string };
  }
}

/** A target year framing what follows (到2026年, 至2025年底, 截至2027年). */
const TARGET_YEAR = /(?:到|至|截至) ?\d{4} ?年/;
/**
 * A figure in digits, then a magnitude or none and one to three characters that end the clause or a
 * list's item (800樘, 20幢、, 3万樘以上, 300余樘, 2.3百公顷, 300件套以上): a count in a unit of its own, where
 * the figure is the clause's target. Not after 第 (第3批), nor a time (3年, 5月), nor a word of
 * "more" or of joining.
 */
const COUNTED = new RegExp(
  `(?<![\\d.${THOUSANDS_MARK}第])(${MARKED_NUMBER})(?![\\d.,${THOUSANDS_MARK}])(?=(?:万|亿)?(?:余|多)?(?![多余左右上下以及和或与等的至到年月日时号周季期])[\\u4e00-\\u9fff]{1,3}?(?:以上|以下|以内|左右)?(?:、|[)）]|$))`,
  'g',
);
/** The verbs a counted target may follow with its object between (建成智慧杆塔800根). */
const COUNT_VERB = new RegExp(`${alternation([...VERBS, ...VERB_FIRST])}`, 'g');

/**
 * A count opening a clause, then what the counted do (全市50家重点企业中，30家建成智能工厂): under a
 * target year the figure is a target, whose subject stands in the clause before.
 */
const COUNT_OPENING = new RegExp(
  `^\\s*(${MARKED_NUMBER})(?=(?:万|亿)?(?:余|多)?(?:${COUNTER_WORDS})(?:${alternation([...VERB_FIRST, '实现', '通过', '达到', '开展', '进入', '上云'])}))`,
);

/**
 * Figures at the end of a clause whose counter no unit word knows (建成智慧杆塔800樘, 到2026年，厂房
 * 20樘): a target the goal reader could not take, after a verb of creation or a target verb with its
 * object between, or anywhere under a target year (framed). The verb is the last one before the figure.
 * `known`: in a text that opens with its target year and was not read (see unreadTargets' yearOpens), a
 * count in a unit the reader knows (城镇新增就业5.5万人以上) is a target left out too.
 */
function* countsIn(clause: string, framed: boolean, known: boolean): Generator<Hit> {
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(clause); m; m = COUNTED.exec(clause)) {
    const figure = m[1] as string;
    if (!known && figureMeasureAt(clause, m.index + figure.length)) continue;
    let verb = '';
    let verbAt = m.index;
    COUNT_VERB.lastIndex = 0;
    for (let v = COUNT_VERB.exec(clause); v && v.index < m.index; v = COUNT_VERB.exec(clause)) {
      verb = v[0];
      verbAt = v.index;
    }
    if (verb || framed) yield { verb, verbAt, figure, figureAt: m.index };
  }
  const opening = framed ? COUNT_OPENING.exec(clause) : null;
  if (opening) {
    const figureAt = opening[0].length - (opening[1] as string).length;
    yield { verb: '', verbAt: figureAt, figure: opening[1] as string, figureAt };
  }
}

/**
 * A figure after a target verb that states no target: a year (达到2025年水平), a date or a time
 * (6月, 15日, 10时), a document number (10号), or a figure that describes what follows (超过50%的企业).
 */
/**
 * A grade and the kind of thing it grades (三级医院, 二级甲等医院, 三甲医院, 五星级酒店; 4A级景区 is a
 * Latin letter's): a standard reached, not a count. Not a grade with a bound (三级以上), which may
 * still be a level the reader should see.
 */
const GRADE_OF_KIND = /^(?:[级級](?:[甲乙丙][等])?|星[级級]?|[甲乙丙]等?)(?![以及左])[\u4e00-\u9fff]/;

function isNotATarget(figure: string, rest: string): boolean {
  // 5G, 4K, 3D: a figure run into a Latin letter is a name (实现5G网络全覆盖), not a target.
  if (/^[A-Za-z](?![A-Za-z])/.test(rest)) return true;
  if (/^\d{4}$/.test(figure) && /^ ?(?:年|[-/.]\d)/.test(rest)) return true;
  if (/^ ?(?:年\d|月|日|号|时|:\d)/.test(rest)) return true;
  if (GRADE_OF_KIND.test(rest)) return true;
  return /^[^\d\s,;:。、!?]{0,6}?的/.test(rest);
}

/** A clause as written, cut around the verb when it is long. */
function clauseExcerpt(clause: string, verbAt: number): string {
  const trimmed = clause.trim();
  if (trimmed.length <= 60) return trimmed;
  const start = Math.max(0, verbAt - 30);
  const cut = clause.slice(start, start + 60).trim();
  return `${start > 0 ? '…' : ''}${cut}${start + 60 < clause.length ? '…' : ''}`;
}

/** The message of the `goal-figure-unread` diagnostic. */
export function unreadTargetMessage(t: UnreadTarget): string {
  if (t.slashed) return `a target in "${t.clause}" was not read as a goal: the figure ${t.figure}${t.after} after a slash names no year or group it is for (the goal keeps the figure before the slash)`;
  if (t.listed) return `a target in "${t.clause}" was not read as a goal: the figure ${t.figure}${t.after} listed after "${t.verb}" has no subject or year of its own`;
  if (t.change) return `a target in "${t.clause}" was not read as a goal: the change ${t.verb}${t.object ?? ''}${t.figure}${t.after} names no year it is for`;
  const verb = t.verb ? ` after "${t.verb}"` : '';
  // Its unit known, the figure was left for its subject, its year or its wording, which this check cannot tell apart.
  if (t.unit) return `a target in "${t.clause}" was not read as a goal: the figure ${t.figure}${t.unit}${verb} was not taken by the goal reader, though its unit is known`;
  const followed = t.after ? `is followed by "${t.after}"` : 'has no unit after it';
  return `a target in "${t.clause}" was not read as a goal: the figure ${t.figure}${verb} ${followed}`;
}
