import type { MaskedSpan, RedlineOptions } from './redline.js';
import type { FieldChange, RedlineSegment } from './types.js';

export type Redliner = (oldText: string, newText: string, options?: RedlineOptions) => RedlineSegment[];

export interface CompareContext {
  /** Compare text exactly as written rather than by substance. */
  strict: boolean;
  redline: Redliner;
  /** The key a text is compared and aligned by: its substance, or the text as written with --strict. */
  key: (text: string) => string;
  /** The key a unit name is compared by: names with one key are one unit (as written with --strict). */
  unitKey: (name: string) => string;
  /**
   * The kinds of unit a name stands for, each with its key: one for a unit, two for an addressee of
   * two kinds (各镇（街道）: 各镇 and 各街道), as `plan query` finds them. Absent: each name is one unit.
   */
  unitKinds?: (name: string) => ReadonlyArray<{ name: string; key: string }>;
}

/** How one field of an element is compared: null when it did not change. */
export interface FieldRule<T> {
  name: string;
  compare: (a: T, b: T, ctx: CompareContext) => FieldChange | null;
  /** For lists of units: the names written another way that are still the same unit (not a change of the field). */
  respellings?: (a: T, b: T, ctx: CompareContext) => Respelling[];
}

/** A unit both versions list, written differently: 区发改委 in the old, 区发展改革委 in the new. */
export interface Respelling {
  old: string;
  new: string;
}

/**
 * The key any field value is compared by. A document number compares by what it says (agency,
 * year, serial), so 〔2023〕 and （2023） are one number; as written with --strict.
 */
function valueKey(value: unknown, ctx: CompareContext): string {
  if (value === null || value === undefined) return '\u0000';
  if (typeof value === 'string') return `s${ctx.key(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value}${String(value)}`;
  if (typeof value === 'object' && 'raw' in value && typeof value.raw === 'string') {
    const n = value as { raw: string; agency?: unknown; year?: unknown; serial?: unknown };
    if (!ctx.strict && typeof n.agency === 'string' && n.agency && n.year != null && n.serial != null) {
      return `n${ctx.key(n.agency)}\u0001${String(n.year)}\u0001${String(n.serial)}`;
    }
    return `s${ctx.key(n.raw)}`;
  }
  return JSON.stringify(value);
}

/**
 * Prose (a title, a task's text): reported with a word-level redline. `keyOf` replaces the
 * context's key where some of the text is compared elsewhere (a goal's figure).
 */
export function proseField<T>(
  name: string,
  get: (item: T) => string | null,
  keyOf?: (text: string) => string,
  maskOf?: (text: string) => readonly MaskedSpan[],
): FieldRule<T> {
  return {
    name,
    compare(a, b, ctx) {
      const oldText = get(a);
      const newText = get(b);
      const key = (text: string | null): string | null => (text === null ? null : (keyOf ?? ctx.key)(text));
      if (key(oldText) === key(newText)) return null;
      // The words the key leaves out (a goal's figure) are no change in the redline either.
      const masked = maskOf ? { old: maskOf(oldText ?? ''), new: maskOf(newText ?? '') } : undefined;
      return { old: oldText, new: newText, redline: ctx.redline(oldText ?? '', newText ?? '', { strict: ctx.strict, ...(masked ? { masked } : {}) }) };
    },
  };
}

/** A single value (a code, a date, a number, a document number): reported as old → new. */
export function valueField<T>(name: string, get: (item: T) => unknown): FieldRule<T> {
  return {
    name,
    compare(a, b, ctx) {
      const oldValue = get(a) ?? null;
      const newValue = get(b) ?? null;
      return valueKey(oldValue, ctx) === valueKey(newValue, ctx) ? null : { old: oldValue, new: newValue };
    },
  };
}

/**
 * A list of names (units, addressees, document numbers), compared as a set: a different order is
 * not a change. With `units`, the names the versions spell differently are told apart as well. Names compare by their unit identity (width, spaces and punctuation ignored, full
 * and short names alike: 区科学技术局 is 区科技局), or exactly with --strict. With `text`, the entries
 * are no names (a task's contacts) and compare as text does.
 */
export function listField<T>(name: string, get: (item: T) => readonly string[], options: { units?: boolean; text?: boolean } = {}): FieldRule<T> {
  return {
    name,
    ...(options.units ? { respellings: (a: T, b: T, ctx: CompareContext) => respellings(get(a), get(b), ctx) } : {}),
    compare(a, b, ctx) {
      if (options.units && !options.text) return unitListChange(get(a), get(b), ctx);
      // Entries that are no names (a task's contacts: 联系人：王芳，…) compare by their text's key.
      const key = options.text ? ctx.key : ctx.unitKey;
      const oldList = [...get(a)];
      const newList = [...get(b)];
      const kindsOf = (name: string): Array<{ name: string; key: string }> => [{ name, key: key(name) }];
      const added = missingKinds(newList, oldList, kindsOf);
      const removed = missingKinds(oldList, newList, kindsOf);
      if (added.length === 0 && removed.length === 0) return null;
      return { old: oldList, new: newList, added, removed };
    },
  };
}

/**
 * Two lists of units compared as a task's lead or participants are, wherever they are written (a
 * table's 责任单位 cell too): the change with the names added and removed, or null when both name
 * the same units, in any order and however spelt.
 */
export function unitListChange(oldList: readonly string[], newList: readonly string[], ctx: CompareContext): FieldChange | null {
  const kindsOf = ctx.unitKinds ?? ((name: string) => [{ name, key: ctx.unitKey(name) }]);
  const added = missingKinds(newList, oldList, kindsOf);
  const removed = missingKinds(oldList, newList, kindsOf);
  if (added.length === 0 && removed.length === 0) return null;
  return { old: [...oldList], new: [...newList], added, removed };
}

/**
 * The names of `list` the other list does not cover: a name whose every kind is missing as written,
 * else only the kinds missing (各镇 → 各镇（街道） adds 各街道, as `plan query` finds the task by it).
 */
function missingKinds(list: readonly string[], other: readonly string[], kindsOf: NonNullable<CompareContext['unitKinds']>): string[] {
  const covered = new Set(other.flatMap((name) => kindsOf(name).map((k) => k.key)));
  const out: string[] = [];
  for (const name of list) {
    const kinds = kindsOf(name);
    const missing = kinds.filter((k) => !covered.has(k.key));
    if (missing.length === kinds.length) out.push(name);
    else out.push(...missing.map((k) => k.name));
  }
  return out;
}

/** The keys of every kind a name stands for, as one text (two names for one set of units agree). */
function kindsKey(name: string, ctx: CompareContext): string {
  return ctx.unitKinds ? ctx.unitKinds(name).map((k) => k.key).join('\u0001') : ctx.unitKey(name);
}

/**
 * The units both lists name, spelled differently (by the text key, so width or 繁体 alone is no
 * respelling). With --strict names compare as written and are added and removed instead.
 */
export function respellings(oldList: readonly string[], newList: readonly string[], ctx: CompareContext): Respelling[] {
  if (ctx.strict) return [];
  // Most lists are the same names in the same order: nothing to look for.
  if (oldList.length === newList.length && oldList.every((name, k) => name === newList[k])) return [];
  const oldSpelled = new Set(oldList.map(ctx.key));
  const newSpelled = new Set(newList.map(ctx.key));
  // Per unit, the old spellings the new list lacks and the new ones the old lacks, paired in order.
  const oldOnly = new Map<string, string[]>();
  for (const name of oldList) {
    if (newSpelled.has(ctx.key(name))) continue;
    // A name widened to two kinds of unit (各镇 → 各镇（街道）) names more units, no respelling.
    const unit = kindsKey(name, ctx);
    oldOnly.set(unit, [...(oldOnly.get(unit) ?? []), name]);
  }
  const out: Respelling[] = [];
  for (const name of newList) {
    if (oldSpelled.has(ctx.key(name))) continue;
    const olds = oldOnly.get(kindsKey(name, ctx));
    const old = olds?.shift();
    if (old !== undefined) out.push({ old, new: name });
  }
  return out;
}

/** Compares every rule; the changed fields by name, or null when nothing changed. */
export function compareFields<T>(rules: ReadonlyArray<FieldRule<T>>, a: T, b: T, ctx: CompareContext): Record<string, FieldChange> | null {
  let out: Record<string, FieldChange> | null = null;
  for (const rule of rules) {
    const change = rule.compare(a, b, ctx);
    if (change) (out ??= {})[rule.name] = change;
  }
  return out;
}

/**
 * The text of an item after its title: task and article texts begin with their title (or `(title)`,
 * `【title】`), and a retitled item should not also read as reworded.
 */
export function afterTitle(text: string, title: string): string {
  const t = title.trim();
  if (!t) return text.trim();
  const body = text.trimStart();
  for (const head of [t, `(${t})`, `（${t}）`, `【${t}】`, `〖${t}〗`]) {
    if (body.startsWith(head)) return body.slice(head.length).replace(/^[\s。.:：;；,，]+/, '').trim();
  }
  return text.trim();
}
