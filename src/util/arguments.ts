/**
 * Checks of what a library caller passes to the package's public functions. TypeScript checks a
 * typed caller; a JavaScript one (or a value from JSON) reaches the code unchecked, and a wrong
 * value failed deep inside with a message about the code (bytes.subarray is not a function) or,
 * for an option, was silently ignored. Each check throws a TypeError that names the function, what
 * it takes and what it got. Only the public entry points call these: the code beneath trusts them.
 */

/** What a value is, for a message: `null`, `a number (123)`, `a Blob`, `an object with keys a, b`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `a string of ${value.length} characters` : `the string ${JSON.stringify(value)}`;
    case 'number':
    case 'bigint':
    case 'boolean':
      return `a ${typeof value} (${String(value)})`;
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  const name = (value as object).constructor?.name;
  if (name && name !== 'Object') return `${/^[AEIO]/.test(name) ? 'an' : 'a'} ${name}`;
  const keys = Object.keys(value as object);
  return keys.length === 0 ? 'an empty object' : `an object with keys ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}`;
}

function fail(fn: string, what: string, expected: string, value: unknown, hint = ''): never {
  throw new TypeError(`${fn}: ${what} must be ${expected}; got ${describe(value)}${hint}`);
}

/** A Blob or File has its bytes behind a promise: the message says how to get them. */
function blobHint(value: unknown): string {
  return typeof Blob !== 'undefined' && value instanceof Blob ? ' (pass await blob.arrayBuffer() or its bytes)' : '';
}

const BYTES = 'a Uint8Array (or Buffer), an ArrayBuffer or another ArrayBuffer view (a typed array, a DataView)';

/**
 * The bytes of a value as a Uint8Array over the same memory: an ArrayBuffer whole, a view (a
 * Uint16Array, a DataView, a Buffer's slice) by its byteOffset and byteLength, so that a multi-byte
 * typed array counts, hashes and decodes its bytes, not its elements.
 */
export function asBytes(fn: string, what: string, value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer)) return new Uint8Array(value);
  return fail(fn, what, BYTES, value, blobHint(value));
}

/** A string as it is, or bytes as asBytes reads them. */
export function asTextOrBytes(fn: string, what: string, value: unknown): string | Uint8Array {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array || ArrayBuffer.isView(value) || value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer)) {
    return asBytes(fn, what, value);
  }
  return fail(fn, what, `a string or ${BYTES}`, value, blobHint(value));
}

/** An options argument: absent, or an object (whose known keys are checked by the caller). */
export function optionsObject<T extends object>(fn: string, value: T | undefined, what = 'options'): Partial<T> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(fn, what, 'an object', value);
  return value;
}

/** An option that, when given, is one of a few strings. */
export function oneOf(fn: string, what: string, value: unknown, allowed: readonly string[]): void {
  if (value === undefined || (typeof value === 'string' && allowed.includes(value))) return;
  fail(fn, what, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
}

/** An option that, when given, is a string. */
export function optionalString(fn: string, what: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'string') fail(fn, what, 'a string', value);
}

/** An option that, when given, is a boolean. */
export function optionalBoolean(fn: string, what: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') fail(fn, what, 'true or false', value);
}

/** An option that, when given, is a number of bytes: 0 or more (Infinity for no limit). */
export function optionalByteCount(fn: string, what: string, value: unknown): void {
  if (value === undefined || (typeof value === 'number' && value >= 0)) return;
  fail(fn, what, 'a number of bytes (0 or more)', value, typeof value === 'string' ? ' (sizes with a suffix, 64M, are for the command line)' : '');
}

/** An option that, when given, is an object (a settings map, a config). */
export function optionalObject(fn: string, what: string, value: unknown, allowNull = false): void {
  if (value === undefined || (allowNull && value === null)) return;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(fn, what, allowNull ? 'an object or null' : 'an object', value);
}

/** An option that, when given, is a function (a converter). */
export function optionalFunction(fn: string, what: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') fail(fn, what, 'a function', value);
}

/** A path as Node's file calls take it: a string, a file: URL or a Buffer. */
export function pathLike(fn: string, what: string, value: unknown): void {
  if (typeof value === 'string' || value instanceof URL || value instanceof Uint8Array) return;
  fail(fn, what, "a file path (a string, a file: URL or a Buffer), or '-' for standard input", value);
}

/** A parsed document (parseNotice, parseFile or its JSON read back): an object with its lists. */
export function planDocument(fn: string, what: string, value: unknown): void {
  const doc = value as { diagnostics?: unknown; source?: unknown } | null;
  if (doc !== null && typeof doc === 'object' && Array.isArray(doc.diagnostics) && typeof doc.source === 'object' && doc.source !== null) return;
  fail(fn, what, 'a parsed document (from parseNotice or parseFile)', value);
}

/** One parsed document or a list of them. */
export function planDocuments(fn: string, what: string, value: unknown): void {
  if (Array.isArray(value)) value.forEach((doc, i) => planDocument(fn, `${what}[${i}]`, doc));
  else planDocument(fn, what, value);
}

/** A loaded source (loadSource): its decoded text and its blocks. */
export function sourceDocument(fn: string, what: string, value: unknown, orText = false): void {
  if (orText && typeof value === 'string') return;
  const src = value as { text?: unknown; blocks?: unknown } | null;
  if (src !== null && typeof src === 'object' && typeof src.text === 'string' && Array.isArray(src.blocks)) return;
  const expected = orText ? 'the text it was parsed from (a string) or its loaded source (from loadSource)' : 'a loaded source (from loadSource)';
  fail(fn, what, expected, value, asBytesHint(value));
}

/** Bytes or text where a loaded source is wanted: the message names the step between. */
function asBytesHint(value: unknown): string {
  return typeof value === 'string' || ArrayBuffer.isView(value) || value instanceof ArrayBuffer ? ' (load it first: await loadSource(bytes))' : '';
}

/**
 * A query's arguments (queryTasks, departmentLoad, queryGoals, queryAnnex): the documents, the
 * filters' strings (a number for dept matched nothing and failed inside the matcher) and options.
 */
export function queryArguments(fn: string, docs: unknown, filters: unknown, options: unknown): void {
  planDocuments(fn, 'docs', docs);
  if (filters !== undefined) {
    optionalObject(fn, 'filters', filters);
    const f = filters as Record<string, unknown>;
    for (const key of ['dept', 'section', 'grep']) optionalString(fn, `filters.${key}`, f[key]);
    oneOf(fn, 'filters.role', f['role'], ['lead', 'participant', 'any']);
  }
  if (options !== undefined) {
    optionalObject(fn, 'options', options);
    const o = options as Record<string, unknown>;
    optionalObject(fn, 'options.aliases', o['aliases']);
    if (o['simplify'] !== null) optionalFunction(fn, 'options.simplify', o['simplify']);
  }
}
