/**
 * Lists of targets read in order (X、Y和Z分别达到a、b和c; 到2025年、2027年，X分别达到a、b; 2023年、
 * 2024年分别新增…a、b): which subject and year each figure of the list is for.
 */
import { listRunning, subjectNames, subjectSplits } from './respective-subjects.js';
import { respectiveCreation, yearListRestAt } from './words.js';
import { alternation, BOUND_VERBS, SUFFIX_QUALIFIERS } from './target-figure.js';
import { VERBS, VERB_FIRST } from './verbs.js';
import { chainEnd, type Figure } from './figures.js';
import { type Found, withSuffix } from './found-target.js';
import { WITHIN } from './part-words.js';
import { baseOf, previousYearOf } from './base-levels.js';

/** The verbs of a list of targets after 分别 (分别达到a、b). */
const RESPECTIVE_VERB = '(达到|为|突破|不超过|超过|增长到|提高到|提高至|增加到|降至|降低到|控制在|不低于|不少于|不高于)';

/**
 * The words before a list's first figure: its subjects, 分别, a base year (分别比2020年下降, also
 * before 分别, in the subjects), and a verb — a level's (分别达到, 分别发展到) or a change's (分别下降,
 * 分别年均增长), which is part of each target's indicator.
 */
const RESPECTIVE = new RegExp(
  `^(.*?)分别 ?((?:比|较) ?(?:\\d{4} ?年(?:底|末)?|上年|上一年|去年)度?(?:同期)?|同比)? ?(?:(${alternation([...VERBS, '为'])})|((?:年均)?(?:增长|下降|提高|提升|降低|减少|增加)))?$`,
);

const LISTED = new RegExp(`^(.*?)${RESPECTIVE_VERB}$`);

/** A span of a change written after a list's subjects, before 分别 (…技改投资年均分别增长): group 1. */
const SHARED_SPAN = /(年均|年平均|每年) ?$/;

/** What may stand between two figures of a list: a bound of the first, then 、 or 和. */
const LIST_GAP = new RegExp(`^ ?(?:${alternation(SUFFIX_QUALIFIERS)})? ?(?:、|和|及|以及|与)? ?$`);

/** Years listed after a subject (保有量2025年、2027年分别达到…): the targets' years, in order. */
const SUBJECT_YEARS = /(?:在|到|至)? ?\d{4} ?年(?:底|末)?(?: ?(?:、|和|及|与) ?(?:到|至)? ?\d{4} ?年(?:底|末)?)+$/;

/**
 * A list of figures that are each a target of their own, in order: one per subject
 * (X、Y和Z分别达到a、b和c), one per year of a list of years (到2025年、2027年，X分别达到a、b, or
 * X2025年、2027年分别达到a、b), or one per subject and year (到2025年、2027年，X和Y分别达到a、b和c、d,
 * the figures of a year together or those of a subject, whichever gives each subject one unit).
 * Without 分别 only figures as many as the years, after one verb. Null if the list is none of these.
 */
export function respectiveGoals(clause: string, figures: Figure[], leadOffset: number, sentenceYears?: readonly number[], listBefore?: number): Found[] | null {
  const found = listedGoals(clause, withListCounter(figures), leadOffset, sentenceYears, listBefore);
  return found && sharedBound(found);
}

/**
 * 分别压缩至3个、1个工作日以内: a figure of a list that writes only the counter (个) of the unit a later
 * figure writes whole (个工作日, 个百分点, 个月) is in that unit, as a bare figure of a list is.
 */
function withListCounter(figures: Figure[]): Figure[] {
  if (!figures.some((f) => f.unit === '个')) return figures;
  return figures.map((f, k) => {
    if (f.unit !== '个' || f.sharedUnit || f.upTo !== undefined || f.over) return f;
    const whole = figures.slice(k + 1).find((g) => g.unit !== '个');
    if (!whole || !whole.unit.startsWith('个') || whole.over) return f;
    return { ...f, unit: whole.unit, sharedUnit: { from: whole.end - whole.unit.length, to: whole.end } };
  });
}

/**
 * 分别控制在4‰和6‰以下: a ceiling written after the list's last figure only bounds each figure of it,
 * as a bound does bare figures (分别控制在36、34和32微克/立方米以内, see withSuffix). A floor so written
 * (分别下降10%、12%以上) stays the last figure's, as the list writes it; a figure bound on its own
 * (90%以下和85%) keeps its own, and the others go without.
 */
function sharedBound(found: Found[]): Found[] {
  const last = found[found.length - 1];
  const bound = last ? CEILINGS.find((q) => last.qualifiers[last.qualifiers.length - 1] === q) : undefined;
  if (!bound || found.length < 2) return found;
  const own = (f: Found): boolean => SUFFIX_QUALIFIERS.some((q) => f.qualifiers.includes(q));
  if (found.slice(0, -1).some(own)) return found;
  for (const f of found.slice(0, -1)) f.qualifiers.push(bound);
  return found;
}

/** The bounds after a figure that make it a ceiling. */
const CEILINGS = ['以下', '以内'];

function listedGoals(clause: string, figures: Figure[], leadOffset: number, sentenceYears?: readonly number[], listBefore?: number): Found[] | null {
  // 2023年、2024年、2025年分别…: the years after the first (cut off with the lead) are no subject.
  const start = leadOffset + yearListRestAt(clause, leadOffset);
  for (let k = 1; k < figures.length; k++) if (!LIST_GAP.test(clause.slice(chainEnd(figures[k - 1]!), figures[k]!.index))) return null;
  // 其中2023年、2024年分别达到900家、1050家: parts of the target before, whose subject it is.
  const within = WITHIN.exec(clause.slice(start, figures[0]!.index))?.[0].length ?? 0;
  const head = clause.slice(start + within, figures[0]!.index);
  const respective = RESPECTIVE.exec(head);
  // 高新区和经开区分别新增高新技术企业50家和30家: each subject's target is the verb and its object after 分别.
  const created = respective ? null : listedCreation(head);
  // One figure after 分别 and a verb of creation is each subject's (see below); after 分别达到 and
  // the like, the clause reader gives it each subject as it does after 均.
  if (figures.length === 1 && !created) return null;
  let written: Array<string | undefined> | null = respective ? [...respective] : created ? [head, created.subjects, undefined, undefined, undefined] : null;
  let subjectText = written?.[1] ?? '';
  const ownYears = written ? SUBJECT_YEARS.exec(subjectText) : null;
  if (ownYears) subjectText = subjectText.slice(0, ownYears.index);
  // 排放总量比2020年分别下降…: the base year is no part of the subject.
  const baseWords = written?.[2];
  let base: { year?: number; previous?: true } | null = baseWords ? (baseOf(baseWords) ?? previousYearOf(baseWords, 0, baseWords.length)) : null;
  if (written && !baseWords) {
    const inSubject = baseOf(subjectText) ?? previousYearOf(subjectText, 0, subjectText.length);
    if (inSubject && inSubject.from > 0 && subjectText.slice(inSubject.to).trim() === '') {
      base = inSubject;
      subjectText = subjectText.slice(0, inSubject.from);
    }
  }
  // 工业投资、技改投资年均分别增长10%、15%: the span of a change written between the list and 分别 is
  // every subject's, as it is after 分别 (分别年均增长).
  const spanAt = written ? SHARED_SPAN.exec(subjectText) : null;
  const spanPart: Array<[number, number]> = [];
  if (spanAt && subjectText.slice(0, spanAt.index).trim() !== '') {
    const at = start + within + spanAt.index;
    spanPart.push([at, at + (spanAt[1] as string).length]);
    subjectText = subjectText.slice(0, spanAt.index);
  }
  const years = ownYears ? (ownYears[0].match(/\d{4}/g) ?? []).map(Number) : sentenceYears;
  // 到2025年、2027年，保有量达到5万辆、10万辆: a list as long as the years' needs no 分别.
  if (!written && years && years.length === figures.length) {
    const listed = LISTED.exec(head);
    written = listed ? [listed[0], listed[1], undefined, listed[2], undefined] : null;
    subjectText = written?.[1] ?? '';
  }
  if (!written) return years && years.length === figures.length ? respectiveCreations(clause, figures, start + within, head, years) : null;
  const change = written[4];
  const verb = created ? created.verb : change ? '' : (written[3] ?? '达到');
  const subjectAt = start + within + (written[1] as string).length - (written[1] as string).trimStart().length;
  // 其中2023年、2024年分别达到…: no subject but the whole's, which extractGoals gives the parts; so
  // after a target (…达到80万亩，2024年、2025年分别达到60万亩、70万亩): that target's, by year.
  if (subjectText.trim() === '' && years && years.length === figures.length) {
    return figures.map((f, k) =>
      withSuffix(clause, f, { parts: [], figure: f, qualifiers: BOUND_VERBS.includes(verb) ? [verb] : [], verb, from: f.index, to: f.end, year: years[k]!, ...(within > 0 ? { part: true as const } : {}) }),
    );
  }
  // 分别下降10%、12%: the change is each indicator's end, as in 能耗下降.
  const changeAt = change ? start + within + head.lastIndexOf(change) : -1;
  const createdAt = created ? start + within + head.lastIndexOf(created.creation) : -1;
  const changePart: Array<[number, number]> = [...spanPart, ...(change ? [[changeAt, changeAt + change.length] as [number, number]] : created ? [[createdAt, createdAt + created.creation.length] as [number, number]] : [])];
  const baseYear = base?.year !== undefined ? { baseYear: base.year } : base?.previous ? { basePrevious: true as const } : {};
  // …分别达到7.5万元、4.6万元，年均分别增长6%、7.5%: no subjects (年均 at most), as many figures as the
  // list before has: each is the target of the subject at its place there.
  const annual = /^ *(?:年均|平均|每年)? *$/.exec(subjectText);
  if (annual && listBefore === figures.length && !(years && years.length > 1)) {
    const words = subjectText.trim();
    const opening: Array<[number, number]> = words ? [[subjectAt, subjectAt + words.length]] : [];
    return figures.map((f, k) =>
      withSuffix(clause, f, {
        parts: [...opening, ...changePart],
        figure: f,
        qualifiers: BOUND_VERBS.includes(verb) ? [verb] : [],
        verb,
        from: k === 0 ? subjectAt : f.index,
        to: f.end,
        listPlace: k,
        ...(within > 0 ? { part: true as const } : {}),
        ...baseYear,
      }),
    );
  }
  // Each figure's subject and year, by its index in the list, under the first split that gives one.
  let order: Array<[number, number | undefined]> | null = null;
  let subjects: string[] = [];
  // 高新区和经开区分别新增规上企业50家以上: one figure, every subject's. No count tells the split, so
  // the one that keeps names whole is taken (住房和城乡建设领域、交通运输领域: at 、 alone).
  const each = figures.length === 1;
  if (each) {
    subjects = subjectSplits(subjectText).at(-1) ?? [];
    if (subjects.length < 2 || (years && years.length > 1)) return null;
    order = subjects.map((_, s) => [s, undefined]);
  } else {
    for (const split of subjectSplits(subjectText)) {
      subjects = split;
      order = listOrder(split.length, figures, years);
      if (order) break;
    }
  }
  // 城乡居民人均消费支出分别增长5%和6.5%: one subject written for two (城镇…, 农村…).
  let names = subjects.length > 0 ? subjectNames(subjects, subjects.length) : null;
  if (!order && subjects.length === 1 && subjects[0]!.includes('城乡')) {
    order = listOrder(2, figures, years);
    names = subjectNames(subjects, 2);
  }
  if (!order && names && (subjectSplits(subjectText)[0]?.length ?? 0) > 1) return unpairedGoals(clause, figures, subjectAt, subjectText, changePart, verb, subjectSplits(subjectText)[0]!.length, within > 0, baseYear);
  if (!order || subjects.length === 0 || !names) return null;
  const spans: Array<[number, number]> = [];
  let cursor = subjectAt;
  for (const subject of subjects) {
    const from = clause.indexOf(subject, cursor);
    spans.push([from, from + subject.length]);
    cursor = from + subject.length;
  }
  // Each subject's name: its words, and those it shares with the others (氮氧化物和挥发性有机物排放
  // 总量: the substances before the last share its measure; see subjectNames).
  // 全市累计新增公办、民办幼儿园: 累计 is every target's qualifier, cut out of the names that share it.
  const running = listRunning(subjects[0] as string);
  const runningAt = running ? spans[0]![0] + running.at : -1;
  const named = names.map((name) => {
    const parts: Array<[number, number]> = [];
    let implied: { word: string; before: number } | undefined;
    for (const p of name) {
      if ('word' in p) implied = { word: p.word, before: parts.length };
      else {
        const [x, y] = [spans[p.subject]![0] + p.from, spans[p.subject]![0] + p.to];
        if (running && x <= runningAt && y >= runningAt + running.length) {
          if (runningAt > x) parts.push([x, runningAt]);
          if (y > runningAt + running.length) parts.push([runningAt + running.length, y]);
        } else parts.push([x, y]);
      }
    }
    return { parts, implied };
  });
  const listFigures = each ? order.map(() => figures[0]!) : figures;
  return listFigures.map((f, k) => {
    const [s, year] = order![k]!;
    const name = named[s]!;
    const parts: Array<[number, number]> = [...name.parts, ...changePart];
    const qualifiers = [...(running ? ['累计'] : []), ...(BOUND_VERBS.includes(verb) ? [verb] : [])];
    // A subject's first target spans it, its later ones (the next year's) their figure only.
    const first = order!.findIndex(([t]) => t === s) === k;
    const from = spans[Math.min(s, spans.length - 1)]![0];
    return withSuffix(clause, f, {
      parts,
      figure: f,
      qualifiers,
      verb,
      from: first ? from : f.index,
      to: f.end,
      listed: { place: s, of: named.length },
      ...(name.implied ? { implied: name.implied } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(within > 0 ? { part: true as const } : {}),
      ...baseYear,
    });
  });
}

/**
 * Each figure's subject and year, by its index in the list: one per subject, one per year of a
 * single subject, or one per subject and year (the figures of a year together or those of a
 * subject, whichever gives each subject one unit); null if the counts fit none of these.
 */
function listOrder(subjects: number, figures: readonly Figure[], years: readonly number[] | undefined): Array<[number, number | undefined]> | null {
  const y = years?.length ?? 0;
  if (subjects === 0) return null;
  if (subjects === figures.length && (subjects > 1 || y !== figures.length)) return figures.map((_, k) => [k, undefined]);
  if (subjects === 1 && y === figures.length) return figures.map((_, k) => [0, years![k]]);
  if (subjects > 1 && y > 1 && subjects * y === figures.length) {
    const byYear = figures.map((_, k): [number, number] => [k % subjects, years![Math.floor(k / subjects)]!]);
    const bySubject = figures.map((_, k): [number, number] => [Math.floor(k / y), years![k % y]!]);
    const oneUnit = (o: Array<[number, number]>): boolean => o.every(([s], k) => figures[k]!.unit === figures[o.findIndex(([t]) => t === s)]!.unit);
    const a = oneUnit(byYear);
    const b = oneUnit(bySubject);
    if (a !== b) return a ? byYear : bySubject;
  }
  return null;
}

/**
 * 2023年、2024年、2025年分别新增上云企业3000家、4000家、5000家: a verb of creation and its object after
 * 分别, a figure for each year of the list, in order. The indicator is the scope before 分别 (全市),
 * if any, with the verb and object. Null if the words before the figures are not of this form.
 */
function respectiveCreations(clause: string, figures: Figure[], start: number, head: string, years: readonly number[]): Found[] | null {
  const written = respectiveCreation(head, VERB_FIRST);
  if (!written) return null;
  const scope = written.scope.trim();
  const scopeAt = start + written.scope.indexOf(scope);
  const creationAt = start + head.lastIndexOf(written.creation);
  const verb = VERB_FIRST.find((v) => written.creation.startsWith(v)) ?? '';
  const parts: Array<[number, number]> = [...(scope ? [[scopeAt, scopeAt + scope.length] as [number, number]] : []), [creationAt, creationAt + written.creation.length]];
  const from = scope ? scopeAt : creationAt;
  return figures.map((f, k) => withSuffix(clause, f, { parts, figure: f, qualifiers: [], verb, from: k === 0 ? from : f.index, to: f.end, year: years[k]! }));
}

/**
 * 高新区和经开区分别新增高新技术企业50家和30家: subjects listed before 分别 (one at least joined on with
 * 、, 和, 及 or 与), then a verb of creation and its object: the subjects' words, the verb and the verb
 * with its object, which every subject's target shares. Null if the head is not of this form.
 */
function listedCreation(head: string): { subjects: string; creation: string; verb: string } | null {
  if (!/[、和及与]/.test(head)) return null;
  const written = respectiveCreation(head, VERB_FIRST, true);
  if (!written || !/[、和及与]/.test(written.scope)) return null;
  const verb = VERB_FIRST.find((v) => written.creation.startsWith(v)) ?? '';
  return { subjects: written.scope, creation: written.creation, verb };
}

/**
 * 甲园区、乙园区、丙园区…分别达到50家和30家: a list whose subjects and figures differ in number, so that
 * the text does not say which figure is whose. Every figure is kept, as a target of the subjects'
 * words together, and marked, so that the reader reports the list (goal-list-unpaired) rather than
 * pair a figure with the wrong subject or drop one.
 */
function unpairedGoals(
  clause: string,
  figures: Figure[],
  subjectAt: number,
  subjectText: string,
  shared: Array<[number, number]>,
  verb: string,
  subjects: number,
  part: boolean,
  baseYear: { baseYear?: number; basePrevious?: true },
): Found[] {
  const words = subjectText.trim();
  const parts: Array<[number, number]> = [[subjectAt, subjectAt + words.length], ...shared];
  return figures.map((f, k) =>
    withSuffix(clause, f, {
      parts: [...parts],
      figure: f,
      qualifiers: BOUND_VERBS.includes(verb) ? [verb] : [],
      verb,
      from: k === 0 ? subjectAt : f.index,
      to: f.end,
      unpaired: { subjects, figures: figures.length, first: k === 0 },
      ...(part ? { part: true as const } : {}),
      ...baseYear,
    }),
  );
}
