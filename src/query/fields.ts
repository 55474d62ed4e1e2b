/**
 * Field selection for query rows: `--fields number,title,section.title`. A field is a path into
 * a row; flat formats (table, CSV, TSV, Markdown) turn each value into one cell of text.
 */

/** A field name that rows do not have; the message lists the ones they do. */
export class FieldError extends Error {
  override name = 'FieldError';
  constructor(
    readonly field: string,
    readonly valid: readonly string[],
  ) {
    super(`unknown field "${field}"; valid fields: ${valid.join(', ')}`);
  }
}

/** The selectable paths of a Position: position, position.start.line, … */
export function positionFields(prefix: string): string[] {
  const ends = ['start', 'end'].flatMap((end) => ['line', 'column', 'offset'].map((leaf) => `${prefix}.${end}.${leaf}`));
  return [prefix, ...ends];
}

/**
 * The fields to show: the requested comma-separated list, checked against `valid`, or the
 * defaults. Spaces around names are ignored; an empty list is an error.
 */
export function selectFields(requested: string | undefined, valid: readonly string[], defaults: readonly string[]): string[] {
  if (requested === undefined) return [...defaults];
  const fields = requested
    .split(/[,，]/)
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
  if (fields.length === 0) throw new FieldError(requested, valid);
  for (const field of fields) if (!valid.includes(field)) throw new FieldError(field, valid);
  return fields;
}

/**
 * Splits a path into the keys it walks through `value`. Keys may themselves hold dots (an
 * annex column `2020.6`), so at each level an own key that matches the rest of the path whole
 * wins over splitting it.
 */
function pathKeys(value: unknown, path: string): string[] {
  const keys: string[] = [];
  let current = value;
  let rest = path;
  for (;;) {
    const obj = isObject(current) ? current : null;
    if (obj && Object.hasOwn(obj, rest)) return [...keys, rest];
    const dot = findSplit(obj, rest);
    if (dot < 0) return [...keys, rest];
    const key = rest.slice(0, dot);
    keys.push(key);
    current = obj ? obj[key] : undefined;
    rest = rest.slice(dot + 1);
  }
}

/** Where to cut `path`: after the longest own key of `obj` that is followed by a dot, else at the first dot. */
function findSplit(obj: Record<string, unknown> | null, path: string): number {
  for (let dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
    if (obj && Object.hasOwn(obj, path.slice(0, dot))) return dot;
  }
  return path.indexOf('.');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a path, or undefined when the row has none. */
export function getField(row: unknown, path: string): unknown {
  let current = row;
  for (const key of pathKeys(row, path)) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

/**
 * A copy of the row with only the given fields, keeping their nesting (`section.title` →
 * `{ section: { title } }`) so the names stay the model's. A field the row lacks is null.
 */
export function pickFields(row: unknown, paths: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    const keys = pathKeys(row, path);
    let target = out;
    keys.slice(0, -1).forEach((key) => {
      const next = target[key];
      target = isObject(next) ? next : (target[key] = {});
    });
    target[keys[keys.length - 1] as string] = getField(row, path) ?? null;
  }
  return out;
}

/**
 * One cell of text for a value: lists joined with 、 (lists of records with ; ), a document
 * number as written, a position as line:column, a responsibility role as label:units.
 */
export function flatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(flatValue);
    return parts.join(value.every((v) => !isObject(v)) ? '、' : '; ');
  }
  if (isObject(value)) {
    if (typeof value.raw === 'string') return value.raw;
    if (isObject(value.start) && isObject(value.end)) return flatValue(value.start);
    if (typeof value.line === 'number' && typeof value.column === 'number') return `${value.line}:${value.column}`;
    if (typeof value.label === 'string' && Array.isArray(value.units)) return value.label ? `${value.label}:${flatValue(value.units)}` : flatValue(value.units);
    return Object.values(value).map(flatValue).filter((s) => s.length > 0).join(' ');
  }
  return String(value);
}
