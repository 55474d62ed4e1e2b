import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARSER_DIAGNOSTIC_IDS } from '../../src/model/parser-diagnostic-ids.js';
import { PARSE_DIAGNOSTICS } from '../../src/validate/parse-diagnostics.js';
import { RULES } from '../../src/validate/rules/index.js';
import { ruleLevels } from '../../src/validate/validate.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sources(dir: string): Array<{ path: string; text: string }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [{ path: relative(SRC, path), text: readFileSync(path, 'utf8') }] : [];
  });
}

const FILES = sources(SRC);
const KEBAB = /^[a-z]+(?:-[a-z]+)+$/;

/**
 * Every id a diagnostic is given in src, or compared with, outside the validation rules (whose
 * ids are RULES'): `ruleId: 'x'` in an object, `ruleId === 'x'`, and the id a parse context's
 * report(…) or reportAt(…) takes first (a validation rule's report takes its message first, so
 * src/validate is left out of that pattern). A query's notes (src/query) are left out too: they
 * say how a question was answered, on stderr, and no document's diagnostics hold them, so `--rule`
 * and the config have nothing of theirs to set.
 */
function emittedIds(): Map<string, string> {
  const found = new Map<string, string>();
  for (const { path, text } of FILES) {
    if (path.startsWith('query')) continue;
    const patterns = [/\bruleId\s*(?::|===|!==)\s*'([^']+)'/g];
    if (!path.startsWith('validate')) patterns.push(/\breport(?:At)?\(\s*'([^']+)'/g);
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) if (KEBAB.test(m[1]!) && !found.has(m[1]!)) found.set(m[1]!, path);
    }
  }
  return found;
}

describe('parser diagnostic ids', () => {
  it('should find the ids emitted by every stage (the scan itself works)', () => {
    const ids = [...emittedIds().keys()];
    // One of each stage: the decoder, a source adapter, the parser's report(), a parse-level reportAt().
    expect(ids).toEqual(expect.arrayContaining(['encoding-undecodable', 'grid-table-unread', 'header-label-unknown', 'not-a-notice']));
  });

  it('should accept every id emitted anywhere in src as a --rule or config setting', () => {
    const rules = new Set(RULES.map((r) => r.id));
    const unregistered = [...emittedIds()].filter(([id]) => !rules.has(id) && !(PARSER_DIAGNOSTIC_IDS as readonly string[]).includes(id));
    expect(unregistered.map(([id, path]) => `${id} (${path})`)).toEqual([]);
    for (const id of emittedIds().keys()) expect(() => ruleLevels([{ [id]: 'off' }])).not.toThrow();
  });

  it('should give no diagnostic an id built at run time, which no scan or type could check', () => {
    const built = FILES.filter(({ text }) => /\bruleId\s*:\s*`/.test(text)).map((f) => f.path);
    expect(built).toEqual([]);
  });

  it('should list no id that nothing in src emits', () => {
    const registry = new Set(['model/parser-diagnostic-ids.ts', 'validate/parse-diagnostics.ts']);
    const elsewhere = FILES.filter((f) => !registry.has(f.path)).map((f) => f.text);
    const stale = PARSER_DIAGNOSTIC_IDS.filter((id) => !elsewhere.some((text) => text.includes(`'${id}'`)));
    expect(stale).toEqual([]);
  });

  it('should describe every id, once, in the order of the registry', () => {
    expect(PARSE_DIAGNOSTICS.map((d) => d.id)).toEqual([...PARSER_DIAGNOSTIC_IDS]);
    expect(new Set(PARSER_DIAGNOSTIC_IDS).size).toBe(PARSER_DIAGNOSTIC_IDS.length);
    expect(PARSE_DIAGNOSTICS.filter((d) => !d.description)).toEqual([]);
    const rules = new Set(RULES.map((r) => r.id));
    expect(PARSER_DIAGNOSTIC_IDS.filter((id) => rules.has(id))).toEqual([]);
  });
});
