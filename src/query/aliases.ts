import type { PlanConfig } from '../config/load-config.js';
import { InputError } from '../io/errors.js';

/** `.planrc.json` `units.aliases`: a canonical name and the other names it goes by. */
export type AliasTable = Readonly<Record<string, readonly string[]>>;

/** Merges alias tables; a name listed under several canonical names keeps every one. */
export function mergeAliases(tables: ReadonlyArray<AliasTable | undefined>): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const table of tables) {
    if (!table) continue;
    for (const [canonical, names] of Object.entries(table)) {
      const list = (merged[canonical] ??= []);
      for (const n of names) if (!list.includes(n)) list.push(n);
    }
  }
  return merged;
}

/**
 * The alias table of a `.planrc.json` (`units.aliases`), checked: each canonical name must map
 * to a list of names.
 */
export function aliasesFromConfig(config: PlanConfig | null): AliasTable {
  const aliases: unknown = config?.units?.aliases;
  if (aliases === undefined) return {};
  const where = config?.path ?? 'config';
  if (typeof aliases !== 'object' || aliases === null || Array.isArray(aliases)) {
    throw new InputError('ECONFIG', `${where}: units.aliases must be an object of name → [other names]`);
  }
  for (const [canonical, names] of Object.entries(aliases)) {
    if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) {
      throw new InputError('ECONFIG', `${where}: units.aliases["${canonical}"] must be a list of names`);
    }
  }
  return aliases as AliasTable;
}
