import { unitKey } from '../units/normalize-unit.js';
import type { Simplifier } from '../text/simplify.js';
import type { AliasTable } from './aliases.js';
import { abbreviateUnit, placeFirst } from '../units/short-form.js';
import { stripPlaces } from './places.js';
import { eachOfTwoKinds, secondName } from '../units/second-name.js';

/** The level word a unit name starts with: 区科技局, 市财政局. */
export const LEVEL_START = /^[区市县省镇乡州旗]/;

/**
 * An organ's one-character name (the 厅 of a provincial department, a 局, a 委, an 办) before the name of
 * one of its internal divisions (…处, …室, …科, …股, or an office, whose 办公室 a key shortens to 办:
 * 厅办公室 is keyed 厅办, 办公室 办): 委员会… and 局长… are no such name.
 */
const ORGAN_DIVISION = /^[厅局委办](?![员长])(?=[\u4e00-\u9fff]{2,}[处室科股]$|[\u4e00-\u9fff]*办$)/;

/**
 * The names a unit's key is written by without its level: 区科技局 → 科技局, and for a body of the
 * Party committee, without the committee too (区委组织部 → 组织部, as 委组织部 is never written).
 * Empty for a key that does not start with a level word.
 */
export function levelFreeForms(key: string): string[] {
  // An organ's own division, written with the organ's one-character name (厅消费促进处, 局办公室,
  // 委规划处) as a place's unit is with its level word: the division's name alone is the same unit.
  if (ORGAN_DIVISION.test(key)) return [key.slice(1)];
  if (!LEVEL_START.test(key)) return [];
  const bare = key.slice(1);
  // 区委 alone, or 区委办 (the committee's office, whose 办 alone names nothing), keeps its 委.
  return bare.startsWith('委') && bare.length >= 3 ? [bare, bare.slice(1)] : [bare];
}

export interface UnitMatcherOptions {
  /** Place names of the documents (see documentPlaces), stripped from the front of unit names. */
  places?: readonly string[];
  /** User aliases: canonical name → other names. */
  aliases?: AliasTable;
  /** Traditional → simplified converter, when the texts need one. */
  simplify?: Simplifier;
  /**
   * Unit names the documents use. One written with a second name in brackets
   * (`区委组织部（区委人才办）`) makes the second name a name of the same unit; one written
   * without its level word (`民政局`) is the unit they also write with one (`区民政局`).
   */
  names?: Iterable<string>;
  /**
   * The unit names of each notice (or of notices of one place) apart, when the matcher serves
   * several: a second name one of them declares (`区科技局（区知识产权局）`) is another name of the
   * unit only in the names keyed for that scope (see key), since another district may have a
   * 区知识产权局 of its own. Without scopes, the second names of `names` hold everywhere.
   */
  scopes?: ReadonlyArray<Iterable<string>>;
}

/**
 * Decides whether two unit names are the same unit. Names are compared by a key: width and
 * punctuation folded, traditional characters simplified, a place held inside moved to the front
 * (团区委 → 区团委), leading place names of the documents removed, full names shortened by the
 * built-in rules, and finally looked up in the user's alias table. A unit with a second name in
 * brackets (`区委组织部（区委人才办）`) is keyed by its main name; the second name, once the
 * documents have used it so, is another name of it. An addressee of two kinds of local unit
 * (各镇（街道）) is keyed by the first kind and also found by the second (keys, answers).
 */
export class UnitMatcher {
  private readonly places: readonly string[];
  private readonly simplify: Simplifier | undefined;
  private readonly aliasKeys = new Map<string, string>();
  /** Second names by scope (see UnitMatcherOptions.scopes): key of the second name → key of the unit. */
  private readonly scopeKeys: Array<Map<string, string>> = [];
  private readonly memo = new Map<string, string>();
  /** Built-in keys by name (unaffected by the aliases, so never cleared). */
  private readonly ownMemo = new Map<string, string>();

  constructor(options: UnitMatcherOptions = {}) {
    this.simplify = options.simplify;
    // Places are compared with names already folded and simplified, so they must be too.
    this.places = (options.places ?? []).map((place) => unitKey(place, this.simplify));
    for (const [canonical, names] of Object.entries(options.aliases ?? {})) {
      const target = this.builtInKey(canonical);
      for (const name of names) {
        const key = this.builtInKey(name);
        if (key !== target && !this.aliasKeys.has(key)) this.aliasKeys.set(key, target);
      }
    }
    // After the user's aliases, so that a second name reaches the unit they map the main one to.
    const names = [...(options.names ?? [])];
    if (options.scopes) {
      for (const scope of options.scopes) {
        const keys = new Map<string, string>();
        this.takeSecondNames(scope, keys);
        this.scopeKeys.push(keys);
      }
    } else this.takeSecondNames(names, this.aliasKeys);
    this.memo.clear();
    this.bareAtOneLevel(names, this.aliasKeys);
    // A notice that names a unit at one level itself (区科技局 beside its own 科技局) means that one,
    // whatever the other inputs name: a city notice's 市科技局 in the same folder changes nothing.
    if (options.scopes) options.scopes.forEach((scope, k) => this.bareAtOneLevel([...scope], this.scopeKeys[k] as Map<string, string>));
    this.memo.clear();
  }

  /** The second names written in `names` (区科技局（区知识产权局）), as other names of their units, into `into`. */
  private takeSecondNames(names: Iterable<string>, into: Map<string, string>): void {
    for (const name of names) {
      const two = secondName(name);
      // 各镇（街道） names two kinds of unit, not one unit by two names: making 各街道 a name of 各镇
      // here would make every plain 各街道 of the documents 各镇 too (see keys).
      if (!two || eachOfTwoKinds(name)) continue;
      const target = this.key(two.main);
      const key = this.builtInKey(two.second);
      if (key !== target && !this.aliasKeys.has(key) && !into.has(key)) into.set(key, target);
    }
  }

  /**
   * A notice that writes 区民政局 in one task and 民政局 in another means one unit: a name written
   * without its level word is the unit the documents name with one, when they name it at one level
   * only (市民政局 beside 区民政局 leaves 民政局 as it is: which one it means, nobody can tell).
   */
  private bareAtOneLevel(names: readonly string[], into: Map<string, string>): void {
    const keys = new Set(names.map((name) => this.key(name)));
    const levelled = new Map<string, string[]>();
    for (const key of keys) {
      for (const bare of levelFreeForms(key)) levelled.set(bare, [...(levelled.get(bare) ?? []), key]);
    }
    for (const key of keys) {
      const at = levelled.get(key);
      if (at?.length === 1 && !into.has(key)) into.set(key, at[0] as string);
    }
  }

  private builtInKey(name: string): string {
    return abbreviateUnit(stripPlaces(placeFirst(unitKey(name, this.simplify)), this.places));
  }

  /**
   * The key of a unit name: names with the same key are the same unit. `scope`: the scope the
   * name is written in (see UnitMatcherOptions.scopes), whose second names it may be; none for a
   * name the user typed, which is keyed as no notice declares it.
   */
  key(name: string, scope?: number): string {
    let own = this.ownMemo.get(name);
    if (own === undefined) this.ownMemo.set(name, (own = this.builtInKey(secondName(name)?.main ?? name)));
    const scoped = scope === undefined ? undefined : this.scopeKeys[scope]?.get(own);
    if (scoped !== undefined) return scoped;
    let key = this.memo.get(name);
    if (key === undefined) {
      key = this.aliasKeys.get(own) ?? own;
      this.memo.set(name, key);
    }
    return key;
  }

  /**
   * Every key a unit name is found by: its own, and for an addressee of two kinds of local unit
   * (各镇（街道）) the key of the second kind as well (各街道). The relation is one-way: 各镇（街道）
   * is found by 各街道, a plain 各街道 is not found by 各镇.
   */
  keys(name: string, scope?: number): string[] {
    const kinds = eachOfTwoKinds(name);
    const own = this.key(name, scope);
    if (!kinds) return [own];
    const second = this.key(kinds.second, scope);
    return second === own ? [own] : [own, second];
  }

  /**
   * Whether the unit written `name` (in `scope`) is found by a query whose key is `key` (see keys).
   * The query is read in the name's scope too: 区知识产权局 asks for the unit of that second name
   * where a notice declares one (区科技局（区知识产权局）), and for 区知识产权局 elsewhere.
   */
  answers(name: string, key: string, scope?: number): boolean {
    return this.keysAnswering(name, key, scope).length > 0;
  }

  /**
   * The keys of the unit written `name` (see keys) by which a query whose key is `key` finds it:
   * 各街道 finds 各镇（街道） by its key 各街道, not by its own 各镇. Empty when it does not find it.
   */
  keysAnswering(name: string, key: string, scope?: number): string[] {
    const keys = this.keys(name, scope);
    if (keys.includes(key)) return [key];
    const scoped = scope === undefined ? undefined : this.scopeKeys[scope]?.get(key);
    return scoped !== undefined && keys.includes(scoped) ? [scoped] : [];
  }

  /**
   * The key of the second name a unit is written with (区知识产权局 for 区科技局（区知识产权局）), by
   * the built-in rules alone; null for a name without one, or an addressee of two kinds of unit.
   */
  secondKey(name: string): string | null {
    const two = eachOfTwoKinds(name) ? null : secondName(name);
    return two ? this.builtInKey(two.second) : null;
  }

  /** Whether the two names are the same unit. */
  same(a: string, b: string): boolean {
    return this.key(a) === this.key(b);
  }

  /**
   * The key without its level word (区科技局 → 科技局) when the documents' own places are of that
   * level (a 南湖区 notice, for 区), or no place is known; else null (市科技局 in a 区 notice).
   */
  withoutOwnLevel(key: string): string | null {
    // A 街道's own offices, written without it (平安建设办公室 in a 白沙街道 plan).
    const level = key.startsWith('街道') ? '街道' : LEVEL_START.test(key) ? (key[0] as string) : null;
    if (level === null) return null;
    return this.places.length === 0 || this.places.some((place) => place.endsWith(level)) ? key.slice(level.length) : null;
  }

  /** The names among `known` that are the unit `query`, in their order. */
  find(query: string, known: Iterable<string>): string[] {
    const key = this.key(query);
    return [...known].filter((name) => this.answers(name, key));
  }
}

