import type { PlanDocument } from '../model/types.js';
import { fold } from '../text/fold.js';
import { keySimplifier, loadSimplifier, type Simplifier } from '../text/simplify.js';
import { documentPlaces } from './places.js';
import { askedPlaces, placeAllows } from './asked-place.js';
import { looksTraditionalDoc } from './traditional.js';
import { QueryError, type QueryNote, type QueryOptions } from './types.js';
import { namingsOutsideTasks, type OutsideNaming } from './named-outside-tasks.js';
import { UnitMatcher } from './unit-matcher.js';
import { secondName } from '../units/second-name.js';

/** One document or several, as a list. */
export function asList(docs: PlanDocument | readonly PlanDocument[]): readonly PlanDocument[] {
  return Array.isArray(docs) ? (docs as readonly PlanDocument[]) : [docs as PlanDocument];
}

/** The documents of one query with what matching them needs. */
export class QueryContext {
  readonly docs: readonly PlanDocument[];
  readonly matcher: UnitMatcher;
  /** The converter texts are keyed with (keySimplifier: 乾县 and 显著 kept as written), when one is needed. */
  readonly simplify: Simplifier | undefined;
  private readonly options: QueryOptions;
  /** The matcher's scope of each document (see scopeOf). */
  private readonly scopes: ReadonlyMap<PlanDocument, number>;
  /** What this run of a query has to say beside its rows (see QueryOptions.onNote). */
  readonly notes: QueryNote[] = [];
  /** The documents' units named outside their tasks, once asked for. */
  private outside: Array<OutsideNaming & { scope: number | undefined; source: string }> | undefined;
  /** The places of each document, by its scope, and of them all. */
  private readonly placesOf: readonly string[][];
  private readonly places: readonly string[];

  private constructor(docs: readonly PlanDocument[], options: QueryOptions, simplify: Simplifier | undefined) {
    this.docs = docs;
    this.options = options;
    simplify = simplify ? keySimplifier(simplify) : undefined;
    this.simplify = simplify;
    const placesOf = docs.map(documentPlaces);
    const places = [...new Set(placesOf.flat())];
    this.placesOf = placesOf;
    this.places = places;
    const groups = placeGroups(placesOf);
    // A scope a document: its own names, and the second names the other documents of its place
    // declare (区科技局（区知识产权局）), unless it names the two units apart itself (区科技局 leading
    // and 区知识产权局 taking part in one task, before the reform that merged them).
    this.scopes = new Map(docs.map((doc, k) => [doc, k]));
    const namesOf = docs.map(unitNamesOf);
    const declaredBy = new Map<number, string[]>();
    for (const [k, names] of namesOf.entries()) {
      const declared = names.filter((name) => secondName(name) !== null);
      if (declared.length > 0) declaredBy.set(groups[k] as number, [...(declaredBy.get(groups[k] as number) ?? []), ...declared]);
    }
    const plain = new UnitMatcher({ places, simplify });
    const scopes = namesOf.map((names, k) => {
      const declared = declaredBy.get(groups[k] as number) ?? [];
      if (declared.length === 0) return names;
      const own = new Set(names.filter((name) => secondName(name) === null).map((name) => plain.key(name)));
      const apart = (name: string): boolean => {
        const two = secondName(name) as { main: string; second: string };
        return own.has(plain.key(two.main)) && own.has(plain.key(two.second));
      };
      return [...names, ...declared.filter((name) => !names.includes(name) && !apart(name))];
    });
    this.matcher = new UnitMatcher({ places, aliases: options.aliases, simplify, names: this.unitNames(), scopes });
  }

  /**
   * The matcher's scope of a document's unit names: its own, with the second names the other
   * documents of one of its places declare (two notices of 江北区), so that a second name one
   * district declares (区科技局（区知识产权局）) is no name of another district's unit.
   */
  scopeOf(doc: PlanDocument): number | undefined {
    return this.scopes.get(doc);
  }

  /**
   * For a unit name the user wrote with a place of the documents (东湖区市场监管局), whether a name
   * written in a scope may be it: not another district's 区市场监管局 (see placeAllows).
   */
  placeFits(query: string): (name: string, scope: number | undefined) => boolean {
    const key = this.searchKey.bind(this);
    const asked = askedPlaces(query, this.places, key);
    if (asked.length === 0) return () => true;
    return (name, scope) => placeAllows(asked, name, scope === undefined ? [] : (this.placesOf[scope] ?? []), this.places, key);
  }

  /** The scope of the document a row came from, by its source name (see scopeOf). */
  scopeOfSource(source: string): number | undefined {
    const doc = this.docs.find((d) => d.source.name === source);
    return doc ? this.scopeOf(doc) : undefined;
  }

  /** A context for the documents, with the simplifier loaded when they look traditional. */
  static async create(docs: readonly PlanDocument[], options: QueryOptions = {}): Promise<QueryContext> {
    let simplify = options.simplify ?? undefined;
    if (options.simplify === undefined && docs.some(looksTraditionalDoc)) simplify = await loadSimplifier();
    return new QueryContext(docs, options, simplify);
  }

  /** The same context with traditional characters simplified, or null if it already is (or may not be). */
  async simplified(): Promise<QueryContext | null> {
    if (this.simplify || this.options.simplify === null) return null;
    return new QueryContext(this.docs, this.options, await loadSimplifier());
  }

  /** A copy of a text for "contains" tests: width folded, spaces dropped, lower case, simplified. */
  searchKey(text: string): string {
    const folded = fold(text).replace(/\s+/g, '').toLowerCase();
    return this.simplify ? this.simplify(folded) : folded;
  }

  /** Every unit name the tasks mention, as written, in order of first mention. */
  unitNames(): string[] {
    return [...new Set(this.docs.flatMap(unitNamesOf))];
  }

  /** Every unit name the tasks mention with the scope it is written in, in order of first mention. */
  unitMentions(): Array<{ name: string; scope: number | undefined }> {
    const seen = new Set<string>();
    const out: Array<{ name: string; scope: number | undefined }> = [];
    for (const doc of this.docs) {
      const scope = this.scopeOf(doc);
      for (const name of unitNamesOf(doc)) {
        const id = `${scope ?? ''}\u0001${name}`;
        if (!seen.has(id)) out.push({ name, scope });
        seen.add(id);
      }
    }
    return out;
  }

  /**
   * The units the documents name outside their tasks (a safeguard's clause), with the scope and
   * input each is written in; read only when a unit asked for is named by no task.
   */
  outsideMentions(): ReadonlyArray<OutsideNaming & { scope: number | undefined; source: string }> {
    this.outside ??= this.docs.flatMap((doc) => namingsOutsideTasks(doc).map((naming) => ({ ...naming, scope: this.scopeOf(doc), source: doc.source.name })));
    return this.outside;
  }
}

function unitNamesOf(doc: PlanDocument): string[] {
  return (doc.plan?.tasks ?? []).flatMap((task) => [...task.lead, ...task.participants]);
}

/** A group number for each document: documents that share a place are in one group, one without a place in its own. */
function placeGroups(placesOf: ReadonlyArray<readonly string[]>): number[] {
  const group = placesOf.map((_, k) => k);
  const find = (k: number): number => (group[k] === k ? k : (group[k] = find(group[k] as number)));
  const byPlace = new Map<string, number>();
  for (const [k, places] of placesOf.entries()) {
    for (const place of places) {
      const other = byPlace.get(place);
      if (other === undefined) byPlace.set(place, k);
      else group[find(k)] = find(other);
    }
  }
  return placesOf.map((_, k) => find(k));
}

/**
 * Runs a query, and once more with traditional characters simplified when the user's text
 * found nothing without it: the user may have typed 區科技局 for a notice that writes 区科技局.
 */
export async function runQuery<T extends readonly unknown[]>(
  docs: readonly PlanDocument[],
  options: QueryOptions,
  userText: boolean,
  run: (ctx: QueryContext) => T,
): Promise<T> {
  const ctx = await QueryContext.create(docs, options);
  // Only the notes of the run whose answer is given: a first run that found nothing says nothing.
  const answer = (from: QueryContext, result: T): T => {
    for (const note of from.notes) options.onNote?.(note);
    return result;
  };
  let result: T;
  try {
    result = run(ctx);
  } catch (error) {
    // A unit or a section's title may be written in traditional characters.
    if (!(error instanceof QueryError && (error.code === 'no-such-unit' || error.code === 'no-such-section'))) throw error;
    const again = await ctx.simplified();
    if (!again) throw error;
    return answer(again, run(again));
  }
  if (result.length > 0 || !userText) return answer(ctx, result);
  const again = await ctx.simplified();
  return again ? answer(again, run(again)) : answer(ctx, result);
}

/**
 * Rows of every document (goals, annex rows …), only those whose text contains `grep` when it
 * is given, in simplified or traditional characters. With `contextOf` (a goal's sentence), a row
 * whose own text lacks the word is found by its context's, unless another row of that context has
 * the word itself: `--grep 床位` gives the 床位 targets of a sentence, not its every target, while a
 * word only the sentence says (its subject, its year's wording) still finds them all.
 */
export async function grepRows<R>(
  docs: PlanDocument | readonly PlanDocument[],
  grep: string | undefined,
  options: QueryOptions,
  rowsOf: (doc: PlanDocument) => R[],
  textOf: (row: R) => string,
  contextOf?: (row: R) => string,
): Promise<R[]> {
  return runQuery(asList(docs), options, grep !== undefined, (ctx) => {
    const rows = ctx.docs.flatMap(rowsOf);
    if (grep === undefined) return rows;
    const key = ctx.searchKey(grep);
    const own = rows.map((row) => ctx.searchKey(textOf(row)).includes(key));
    if (!contextOf) return rows.filter((_, i) => own[i]);
    const named = new Set(rows.filter((_, i) => own[i]).map(contextOf));
    return rows.filter((row, i) => {
      if (own[i]) return true;
      const context = contextOf(row);
      return !named.has(context) && ctx.searchKey(context).includes(key);
    });
  });
}
