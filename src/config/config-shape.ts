/**
 * The shape of a `.planrc.json`, checked whole when the file is read: a value of the wrong type
 * would otherwise be ignored without a word (a string where a list belongs) or break a rule later
 * (`[1]` as unit names), so the first problem is named by its key path and what it must be.
 */

const LEVELS: readonly string[] = ['off', 'info', 'warning', 'error'];

/** The keys a config file may have, at its top and under `units`. */
const TOP_KEYS: readonly string[] = ['rules', 'units'];
const UNIT_KEYS: readonly string[] = ['known', 'aliases'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNameList(value: unknown): boolean {
  return Array.isArray(value) && value.every((name) => typeof name === 'string' && name.trim() !== '');
}

function unknownKey(data: Record<string, unknown>, keys: readonly string[], prefix: string): string | null {
  const unknown = Object.keys(data).find((key) => !keys.includes(key));
  if (unknown === undefined) return null;
  const known = keys.map((key) => `${prefix}${key}`).join(' and ');
  return `unknown key "${prefix}${unknown}"; the keys are ${known}`;
}

/** The first thing wrong with a parsed config file, as one line; null when its shape is right. */
export function configShapeProblem(data: unknown): string | null {
  if (!isObject(data)) return 'expected a JSON object';
  // A misspelt key ("rulez") would leave its settings unused without a word.
  const top = unknownKey(data, TOP_KEYS, '');
  if (top) return top;
  return rulesProblem(data.rules) ?? unitsProblem(data.units);
}

function rulesProblem(rules: unknown): string | null {
  if (rules === undefined) return null;
  if (!isObject(rules)) return 'rules must be an object of rule id → off, info, warning or error';
  for (const [id, level] of Object.entries(rules)) {
    if (typeof level !== 'string' || !LEVELS.includes(level)) {
      return `rule "${id}" has setting ${JSON.stringify(level)}; use off, info, warning or error`;
    }
  }
  return null;
}

function unitsProblem(units: unknown): string | null {
  if (units === undefined) return null;
  if (!isObject(units)) return 'units must be an object with known and/or aliases';
  const key = unknownKey(units, UNIT_KEYS, 'units.');
  if (key) return key;
  if (units.known !== undefined && !isNameList(units.known)) return 'units.known must be a list of names';
  const aliases = units.aliases;
  if (aliases === undefined) return null;
  if (!isObject(aliases)) return 'units.aliases must be an object of name → [other names]';
  for (const [canonical, names] of Object.entries(aliases)) {
    if (!isNameList(names)) return `units.aliases[${JSON.stringify(canonical)}] must be a list of names`;
  }
  return null;
}
