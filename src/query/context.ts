import type { PlanDocument } from '../model/types.js';
import { fold } from '../text/fold.js';
import { loadSimplifier, type Simplifier } from '../text/simplify.js';
import { documentPlaces } from './places.js';
import { looksTraditionalDoc } from './traditional.js';
import { QueryError, type QueryOptions } from './types.js';
import { UnitMatcher } from './unit-matcher.js';

/** One document or several, as a list. */
export function asList(docs: PlanDocument | readonly PlanDocument[]): readonly PlanDocument[] {
  return Array.isArray(docs) ? (docs as readonly PlanDocument[]) : [docs as PlanDocument];
}

/** The documents of one query with what matching them needs. */
export class QueryContext {
  readonly docs: readonly PlanDocument[];
  readonly matcher: UnitMatcher;
  readonly simplify: Simplifier | undefined;
  private readonly options: QueryOptions;

  private constructor(docs: readonly PlanDocument[], options: QueryOptions, simplify: Simplifier | undefined) {
    this.docs = docs;
    this.options = options;
    this.simplify = simplify;
    const places = [...new Set(docs.flatMap(documentPlaces))];
    this.matcher = new UnitMatcher({ places, aliases: options.aliases, simplify, names: this.unitNames() });
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
    const names = new Set<string>();
    for (const doc of this.docs) for (const task of doc.plan?.tasks ?? []) for (const n of [...task.lead, ...task.participants]) names.add(n);
    return [...names];
  }
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
  let result: T;
  try {
    result = run(ctx);
  } catch (error) {
    // A unit or a section's title may be written in traditional characters.
    if (!(error instanceof QueryError && (error.code === 'no-such-unit' || error.code === 'no-such-section'))) throw error;
    const again = await ctx.simplified();
    if (!again) throw error;
    return run(again);
  }
  if (result.length > 0 || !userText) return result;
  const again = await ctx.simplified();
  return again ? run(again) : result;
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
