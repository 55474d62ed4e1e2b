import { writtenUnit, writtenUnits } from '../model/goal-figure.js';
import type { Goal, OutlineNode, PlanDocument, Position } from '../model/types.js';
import { afterTitle, type CompareContext, type FieldRule } from './fields.js';
import { SCOPE, sentenceWithoutGoals, type ClauseGoal } from './goal-clause.js';
import { withoutGoalQualifiers, withoutGoalVerb } from './goal-qualifiers.js';
import { goalFigureSource, goalUnitsSource } from './goal-figure-pattern.js';
import { foldListJoiners } from './goal-list-item.js';
import { stretchKind } from './goal-stretch.js';
import { planParts } from './plan-parts.js';
import type { MaskedSpan } from './redline.js';
import { fold } from '../text/fold.js';
import { matchMarker } from '../text/markers.js';

/** The elements that own the prose around them, strongest first (a group that is a task is a task). */
export type ProseOwner = 'task' | 'safeguard' | 'article' | 'section' | 'part';

/**
 * The text of a document's outline that no element's own fields hold, by the element it stands
 * in: the paragraphs of 一、总体要求 ((一)指导思想 …, (二)工作目标 …) belong to that part, an intro
 * under a group heading to the group, the sub-items of a task or safeguard to it. Without this a
 * sentence struck from 指导思想 would not be seen at all: only titles, tasks, goals and safeguards
 * were compared.
 */
export class OwnedProse {
  private readonly text = new Map<string, string[]>();
  /** The plan's table captions by where they stand: a caption is compared as its table's, not as prose. */
  private readonly captions: Array<{ offset: number; caption: string }> = [];

  constructor(doc: PlanDocument) {
    const plan = doc.plan;
    if (!plan) return;
    const owners = new Map<number, ProseOwner>();
    const mark = (offset: number, kind: ProseOwner): void => {
      const had = owners.get(offset);
      if (had === undefined || RANK[kind] < RANK[had]) owners.set(offset, kind);
    };
    for (const p of planParts(doc)) mark(p.position.start.offset, 'part');
    for (const s of plan.sections) mark(s.position.start.offset, 'section');
    for (const s of plan.safeguards) mark(s.position.start.offset, 'safeguard');
    for (const t of plan.tasks) mark(t.position.start.offset, 'task');
    for (const t of doc.tables ?? []) if (t.caption) this.captions.push({ offset: t.position.start.offset, caption: t.caption.trim() });
    this.collect(doc.outline, owners, null);
  }

  /** The owned text of the element of that kind starting at that offset ('' for none). */
  of(kind: ProseOwner, offset: number): string {
    return (this.text.get(`${kind}:${offset}`) ?? []).join('\n');
  }

  private add(owner: string | null, text: string): void {
    if (owner === null || !text.trim()) return;
    const list = this.text.get(owner);
    if (list) list.push(text.trim());
    else this.text.set(owner, [text.trim()]);
  }

  /** The node's text without the lines that are captions of tables standing in it. */
  private withoutCaptions(text: string, node: OutlineNode): string {
    const { start, end } = node.position;
    const inNode = this.captions.filter((c) => c.offset >= start.offset && c.offset <= end.offset).map((c) => c.caption);
    if (inNode.length === 0) return text;
    return text
      .split('\n')
      .filter((line) => !inNode.includes(line.trim()))
      .join('\n');
  }

  private collect(nodes: readonly OutlineNode[], owners: ReadonlyMap<number, ProseOwner>, owner: string | null): void {
    for (const node of nodes) {
      // An item written inside its parent's paragraph is in that paragraph's text already.
      if (node.inline) continue;
      // An article's text is every item under it (compared as the article); a 专栏 box is compared as a box.
      if (node.kind === 'article' || node.kind === 'box') continue;
      const kind = owners.get(node.position.start.offset);
      if (kind === 'task' || kind === 'safeguard') {
        // What stands under it is its own, not the part's: a safeguard's `items`, and already in a task's `text`.
        this.collect(node.children, owners, `${kind}:${node.position.start.offset}`);
      } else if (kind === 'section' || kind === 'part') {
        const own = `${kind}:${node.position.start.offset}`;
        this.add(own, withoutGroupClause(withoutInlineTasks(this.withoutCaptions(afterTitle(withoutSafeguardParagraphs(node, owners), node.title), node), node, owners), node));
        this.collect(node.children, owners, own);
      } else {
        this.add(owner, this.withoutCaptions(`${node.label}${node.text}`, node));
        this.collect(node.children, owners, owner);
      }
    }
  }
}

const RANK: Record<ProseOwner, number> = { task: 0, safeguard: 1, article: 2, section: 3, part: 4 };

/**
 * A part's text without the paragraphs that are safeguards of their own (三、保障措施 / 加强组织领导。… /
 * 强化资金保障。…, each compared as its safeguard): a change in one is the safeguard's, not the part's too.
 */
function withoutSafeguardParagraphs(node: OutlineNode, owners: ReadonlyMap<number, ProseOwner>): string {
  const owned = (p: OutlineNode['paragraphs'][number]): boolean => owners.get(p.position.start.offset) === 'safeguard';
  if (!node.paragraphs.slice(1).some(owned)) return node.text;
  return node.paragraphs
    .filter((p) => !owned(p))
    .map((p) => p.text)
    .join('\n');
}

/**
 * A group's paragraph without the tasks written inside it (（一）夯实基础。一是…（牵头单位：A）；二是…):
 * each is compared as the task it is, its text and its units, so the group's text does not report
 * them again (a unit changed, or 牵头单位 relabelled 责任单位, would otherwise be a change of the
 * group too). What is left is the group's own words.
 */
function withoutInlineTasks(text: string, node: OutlineNode, owners: ReadonlyMap<number, ProseOwner>): string {
  let out = text;
  let cuts = 0;
  for (const child of node.children) {
    if (!child.inline || owners.get(child.position.start.offset) !== 'task') continue;
    cuts++;
    out = cut(out, `${child.label}${child.text}`);
    const clause = child.responsibility?.text;
    if (clause) out = cut(cut(cut(out, `（${clause}）`), `(${clause})`), clause);
  }
  // The marks that stood between the tasks (…革命。；；。) are left in a run: one task more or less
  // is no change of the group's words, so the run counts as its last mark.
  return cuts === 0 ? out : out.replace(/[。；;，,、]{2,}/g, (run) => run.slice(-1));
}

/**
 * A group's text without the clause over its items (以上任务由区住建局牵头，区财政局配合。): the
 * group compared as a group of tasks (see spreadGroupClauses) has that clause as its tasks' units,
 * and so do its items when the clause was given to them (items numbered on across the groups).
 */
function withoutGroupClause(text: string, node: OutlineNode): string {
  const clauses = new Set([node.responsibility, ...node.children.map((c) => c.responsibility)].map((r) => r?.text).filter((t): t is string => !!t));
  let out = text;
  for (const clause of clauses) {
    const at = out.indexOf(clause);
    if (at >= 0) out = (out.slice(0, at) + out.slice(at + clause.length).replace(/^[)）]?[。.;；]?/, '')).trim();
  }
  return out;
}

/** The text with the first occurrence of `part` taken out (unchanged when it has none). */
function cut(text: string, part: string): string {
  const at = part ? text.indexOf(part) : -1;
  return at < 0 ? text : text.slice(0, at) + text.slice(at + part.length);
}

/**
 * A text's comparison key with the figures of the plan's goals masked: a target that changed
 * (1160 → 1170 件) is reported as its goal, not a second time as the prose around it. Only the
 * figure written before the goal's unit is masked, and the goal's year (2023年 → 2024年, reported
 * as the goal's year), and the goal's qualifying words where the goal reads them (85%以上 → 85%左右,
 * reported as the goal's qualifier; see withoutGoalQualifiers), and the base year it is measured
 * against (比2022年, the goal's baseYear), in the goal's own sentence: one sentence may hold several
 * targets, and its other numbers are still compared as text. A goal reported `whole` (added
 * or removed) takes its clause with it, when the clause is only that goal (see goalClause): the
 * goal added with `，数字化车间达到30个` is that clause, not also a new wording of its sentence;
 * and a sentence that is only such goals (技术合同成交额达到50亿元。) goes whole, with its stop.
 */
export function maskGoalFigures(
  key: string,
  goals: readonly ClauseGoal[],
  keyOf: (text: string) => string,
  whole: readonly ClauseGoal[] = [],
  requalified: readonly ClauseGoal[] = [],
): string {
  const masked = new Map<string, string>();
  // Clauses first: the figures masked below would no longer match a clause's key.
  const bySentence = new Map<string, ClauseGoal[]>();
  for (const g of whole) {
    const sentence = keyOf(g.sentence);
    if (sentence) bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), g]);
  }
  // Sentences that are goals reported whole and nothing more go with the stop that ends them.
  const gone: string[] = [];
  // A goal reported whole leaves the area word opening its clause (全区) to a target after it that stays.
  const wholeSet = new Set(whole);
  const keepScope = (g: ClauseGoal): boolean => {
    const sentence = keyOf(g.sentence);
    const at = sentence.indexOf(keyOf(g.indicator));
    return goals.some((h) => !wholeSet.has(h) && keyOf(h.sentence) === sentence && sentence.indexOf(keyOf(h.indicator)) > at);
  };
  // A firm target reported whole leaves its indicator to the stretch after it that stays and names none of its own.
  const keepIndicator = (g: ClauseGoal): boolean => {
    const sentence = keyOf(g.sentence);
    const indicator = keyOf(g.indicator);
    return stretchKind(g) === '' && goals.some((h) => !wholeSet.has(h) && stretchKind(h) !== '' && keyOf(h.sentence) === sentence && keyOf(h.indicator) === indicator);
  };
  for (const [sentence, list] of bySentence) {
    const rest = sentenceWithoutGoals((list[0] as ClauseGoal).sentence, list, keyOf, keepScope, keepIndicator);
    if (rest === '') gone.push(sentence);
    else if (rest !== sentence) masked.set(sentence, rest);
  }
  // Qualifiers before figures: they are found by the figure beside them. A goal read alike from
  // both versions clears its words once.
  const cleared = new Set<string>();
  for (const g of goals) {
    const sentence = keyOf(g.sentence);
    const id = [sentence, g.indicator, g.raw, writtenUnit(g), g.qualifier ?? ''].join('\u0001');
    if (!sentence || !g.qualifier || cleared.has(id)) continue;
    cleared.add(id);
    masked.set(sentence, withoutGoalQualifiers(masked.get(sentence) ?? sentence, g, keyOf));
  }
  // A goal whose qualifier the diff reports changed (达到 → 不低于) loses the plain verb that stood
  // where the qualifier now stands, in both versions, after the qualifiers are cleared.
  for (const g of requalified) {
    const sentence = keyOf(g.sentence);
    if (sentence) masked.set(sentence, withoutGoalVerb(masked.get(sentence) ?? sentence, g, keyOf));
  }
  for (const g of goals) {
    const sentence = keyOf(g.sentence);
    const source = goalFigureSource(g, keyOf);
    if (!sentence || !source) continue;
    // A range (3—5个) is one figure: a changed end is the goal's upTo, not the prose's. Its unit
    // goes with it, multiplier and all (2000个 = 0.2万个; 2000个 → 2000座 is the goal's unit).
    const figure = new RegExp(`${source}(?:${goalUnitsSource(g, keyOf)})`, 'g');
    let mask = (masked.get(sentence) ?? sentence).replace(figure, '\u0000');
    if (g.year !== undefined) mask = mask.replace(new RegExp(`(?<![0-9])${g.year}(?=年)`, 'g'), '\u0001');
    // 比2022年增长50%: the base year is the goal's too (its baseYear), reported there.
    if (g.baseYear !== undefined) mask = mask.replace(baseYearPattern(g.baseYear), '\u0003');
    masked.set(sentence, mask);
  }
  maskGoalIndicators(masked, goals, keyOf);
  let out = key;
  // The last of a run of sentences joined by semicolons (…1500家；建成5G基站2000个。) takes the
  // semicolon before it, so the run ends with its stop as the other version's does.
  for (const sentence of gone) {
    const at = escapeRegExp(sentence);
    out = out.replace(new RegExp(`[;；]${at}(?=[。.!！?？]|$)|${at}[。;；!！?？]?`, 'g'), '');
  }
  // Longest first: one version's sentence may stand inside the other's (到2025年，… in 力争到2025年，…).
  const bySize = [...masked].sort((a, b) => b[0].length - a[0].length);
  for (const [sentence, mask] of bySize) out = out.split(sentence).join(mask);
  return out;
}

/**
 * A goal's indicator in its own sentence (数字化车间 → 省级以上数字化车间), masked as its figure is: a
 * goal paired across versions reports a changed indicator as its `indicator`, and one added or
 * removed reports it whole, so the sentence does not report it again. Longest first, each once a
 * sentence, so that an indicator inside another's (车间 in 数字化车间) does not split it.
 */
function maskGoalIndicators(masked: Map<string, string>, goals: readonly ClauseGoal[], keyOf: (text: string) => string): void {
  const bySentence = new Map<string, Set<string>>();
  for (const g of goals) {
    const sentence = keyOf(g.sentence);
    // 全区 opening the first target's indicator is the area of them all (see goalClause), not its own.
    const indicator = keyOf(g.indicator).replace(SCOPE, '');
    if (!sentence || indicator.length < 2) continue;
    const set = bySentence.get(sentence) ?? new Set<string>();
    set.add(indicator);
    bySentence.set(sentence, set);
  }
  for (const [sentence, indicators] of bySentence) {
    let mask = masked.get(sentence) ?? sentence;
    for (const indicator of [...indicators].sort((a, b) => b.length - a.length)) {
      const at = mask.indexOf(indicator);
      if (at >= 0) mask = `${mask.slice(0, at)}\u0004${mask.slice(at + indicator.length)}`;
    }
    masked.set(sentence, foldListJoiners(mask));
  }
}

/** A goal's base year where its sentence writes it: the year after 比 or 较 (比2022年, 较2022年底). */
function baseYearPattern(year: number): RegExp {
  return new RegExp(`(?<=[比较])${year}(?=年)`, 'g');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The `items` of a task or safeguard: the sub-items under it that are not elements of their own,
 * read from each version's prose (the old element from the old document, the new from the new).
 */
export function itemsField<T extends { position: Position }>(kind: ProseOwner, prose: ProsePair): FieldRule<T> {
  const oldItems = (a: T): string => prose.old.of(kind, a.position.start.offset);
  const newItems = (b: T): string => prose.new.of(kind, b.position.start.offset);
  return {
    name: 'items',
    compare(a, b, ctx) {
      const oldText = oldItems(a);
      const newText = newItems(b);
      if (prose.textKey(oldText) === prose.textKey(newText)) return null;
      const masked = { old: prose.figureSpans(oldText), new: prose.figureSpans(newText) };
      return { old: oldText || null, new: newText || null, redline: ctx.redline(oldText, newText, { strict: ctx.strict, masked }) };
    },
  };
}

/** Both versions' prose, and the key it compares by. */
export interface ProsePair {
  old: OwnedProse;
  new: OwnedProse;
  /** The context's key with the goals' figures masked (see maskGoalFigures). */
  textKey: (text: string) => string;
  /** The same figures and years where the text writes them, for the redline (see goalFigureSpans). */
  figureSpans: (text: string) => MaskedSpan[];
}

/** `whole`: the goals the diff reports as added or removed; `requalified`: those whose qualifier it reports changed. */
export function prosePair(oldDoc: PlanDocument, newDoc: PlanDocument, ctx: CompareContext, whole: readonly Goal[] = [], requalified: readonly Goal[] = []): ProsePair {
  // With --strict too a goal's figure is reported as the goal only (its `raw` as written there):
  // strict compares the rest of the sentence as written, it does not count the figure twice.
  const figures = [...(oldDoc.plan?.goals ?? []), ...(newDoc.plan?.goals ?? [])];
  const clauses = whole;
  // A goal added or removed has no figure in the other version to stand for: were its figure a
  // masked word, the redline would pair it with another goal's (3.2% with 220家) and show one
  // version in words the other wrote.
  const reportedWhole = new Set<ClauseGoal>(whole);
  const spanned = figures.filter((g) => !reportedWhole.has(g));
  return {
    old: new OwnedProse(oldDoc),
    new: new OwnedProse(newDoc),
    textKey: (text) => maskGoalFigures(ctx.key(ctx.strict ? text : markersByOrdinal(text)), figures, ctx.key, clauses, requalified),
    figureSpans: (text) => goalFigureSpans(text, spanned),
  };
}

/**
 * The text with each line's outline marker written as its ordinal alone: numbering restyled
 * ((一)指导思想 → 第一节 指导思想, 1. → ①) is rendering, not substance, as a part renumbered from 一、 to
 * 第一章 is no change of the part; an item's place in the count still is.
 */
function markersByOrdinal(text: string): string {
  if (!text) return text;
  return text
    .split('\n')
    .map((line) => {
      const m = matchMarker(line);
      return m && m.ordinal !== null ? `\u0002${m.ordinal}\u0002${line.slice(m.length)}` : line;
    })
    .join('\n');
}

/**
 * Where a text writes the figures and years maskGoalFigures leaves out of its key, as spans of the
 * text: a changed figure of a goal is reported as the goal, so a redline of prose that changed for
 * another reason (a stage inserted before it) shows the figure as it now stands, not as a second
 * change. Found as the key finds them: the figure before one of the goal's units and the goal's year
 * before 年, inside the goal's own sentence (width-folded, as written otherwise).
 */
export function goalFigureSpans(text: string, goals: readonly ClauseGoal[]): MaskedSpan[] {
  if (goals.length === 0 || !/\d/.test(text)) return [];
  const folded = fold(text);
  const spans: MaskedSpan[] = [];
  for (const g of goals) {
    const sentence = fold(g.sentence);
    if (!sentence) continue;
    const source = writtenUnits(g).some(Boolean) ? goalFigureSource(g, fold) : null;
    const figure = source ? new RegExp(`${source}(?=${goalUnitsSource(g, fold)})`, 'g') : null;
    const year = g.year !== undefined ? new RegExp(`(?<![0-9])${g.year}(?=年)`, 'g') : null;
    const baseYear = g.baseYear !== undefined ? baseYearPattern(g.baseYear) : null;
    for (let at = folded.indexOf(sentence); at >= 0; at = folded.indexOf(sentence, at + sentence.length)) {
      const inSentence = folded.slice(at, at + sentence.length);
      for (const [pattern, kind] of [[figure, 'figure'], [year, 'year'], [baseYear, 'year']] as const) {
        if (!pattern) continue;
        for (const m of inSentence.matchAll(pattern)) spans.push([at + (m.index ?? 0), at + (m.index ?? 0) + m[0].length, kind]);
      }
    }
  }
  return spans;
}
