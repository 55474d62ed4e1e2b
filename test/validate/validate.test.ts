import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, PlanDocument } from '../../src/model/types.js';
import { parseLoaded, parseNotice } from '../../src/parse/parse-notice.js';
import { loadSource } from '../../src/source/load-source.js';
import { RULES } from '../../src/validate/rules/index.js';
import { RuleLevelError, UnknownRuleError } from '../../src/validate/run-rules.js';
import { validateDocument, validateSource } from '../../src/validate/validate.js';
import { BASE_NOTICE } from './findings.js';

interface Expected {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  message: string;
}

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const SEED = new URL('hedong-2022.txt', FIXTURES);

async function validateFile(url: URL): Promise<Expected[]> {
  const source = await loadSource(await readFile(url), { name: url.pathname });
  const doc = await parseLoaded(source);
  return validateDocument(doc, source).map(({ ruleId, severity, line, column, message }) => ({ ruleId, severity, line, column, message }));
}

const expectedOf = (url: URL): Expected[] => JSON.parse(readFileSync(url, 'utf8')) as Expected[];
const byPlace = (a: Expected, b: Expected): number => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

describe('validateDocument on the seed notice', () => {
  it('should give no errors, and warnings for the empty dates and the unclosed bracket at their line:column', async () => {
    expect(await validateFile(SEED)).toEqual(expectedOf(new URL('hedong-2022.validate.json', FIXTURES)));
  });

  it('should give the same from the decoded text as from the loaded source', async () => {
    const text = readFileSync(SEED, 'utf8');
    const doc = await parseNotice(text, { name: 'hedong-2022.txt' });
    expect(validateDocument(doc, text).map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      '16:1 header-required',
      '17:1 header-required',
      '161:14 brackets-balanced',
    ]);
  });
});

describe('validateDocument on fixtures with one injected fault', () => {
  const baseline = expectedOf(new URL('hedong-2022.validate.json', FIXTURES));
  const faults = readdirSync(new URL('faults/', FIXTURES)).filter((f) => f.endsWith('.txt'));

  it('should have a fixture for each fault the issue names', () => {
    expect(faults.sort()).toEqual([
      'document-number-brackets.txt',
      'duplicate-task-number.txt',
      'goal-annex-mismatch.txt',
      'impossible-date.txt',
      'missing-lead-unit.txt',
      'misspelt-unit.txt',
    ]);
  });

  it.each(faults)('should report exactly the intended problem for %s, besides the seed’s own warnings', async (file) => {
    const expected = expectedOf(new URL(`faults/${file.replace(/\.txt$/, '.expected.json')}`, FIXTURES));
    expect(expected).toHaveLength(1);
    expect(await validateFile(new URL(`faults/${file}`, FIXTURES))).toEqual([...baseline, ...expected].sort(byPlace));
  });
});

describe('where findings end', () => {
  it.each(['duplicate-task-number.txt', 'missing-lead-unit.txt', 'impossible-date.txt'])('should give every finding of %s a span that ends after it starts', async (file) => {
    const url = new URL(`faults/${file}`, FIXTURES);
    const source = await loadSource(await readFile(url), { name: url.pathname });
    const findings = validateDocument(await parseLoaded(source), source).filter((d) => d.source === 'validate');
    expect(findings.length).toBeGreaterThan(0);
    for (const d of findings) {
      expect(d.position, `${d.ruleId} ${d.line}:${d.column}`).toBeDefined();
      expect(d.position!.end.offset).toBeGreaterThan(d.position!.start.offset);
      expect([d.position!.start.line, d.position!.start.column]).toEqual([d.line, d.column]);
    }
  });
});

describe('how validateDocument presents parser diagnostics', () => {
  async function withParserDiagnostic(extra: Partial<Diagnostic>): Promise<PlanDocument> {
    const doc = await parseNotice(BASE_NOTICE, { name: 'inline.txt' });
    doc.diagnostics.push({ ruleId: 'unparsed-text', severity: 'warning', message: 'text not recognised', line: 13, column: 1, source: 'parse', ...extra });
    return doc;
  }

  it('should keep a parser diagnostic no rule covers, at its own severity', async () => {
    const doc = await withParserDiagnostic({});
    expect(validateDocument(doc, BASE_NOTICE).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`)).toEqual(['13:1 warning unparsed-text']);
  });

  it('should let the settings change or switch off a parser diagnostic by its id', async () => {
    const doc = await withParserDiagnostic({});
    expect(validateDocument(doc, BASE_NOTICE, { rules: { 'unparsed-text': 'error' } }).map((d) => d.severity)).toEqual(['error']);
    expect(validateDocument(doc, BASE_NOTICE, { rules: { 'unparsed-text': 'off' } })).toEqual([]);
  });

  it('should keep a covered parser diagnostic when the covering rule reports elsewhere', async () => {
    const doc = await withParserDiagnostic({ ruleId: 'annex-unit-unclosed', line: 46, column: 12 });
    expect(validateDocument(doc, BASE_NOTICE).map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['46:12 annex-unit-unclosed']);
  });
});

describe('rule settings', () => {
  it('should apply defaults, then the config, then the command line', async () => {
    const doc = await parseNotice(readFileSync(SEED, 'utf8'), { name: 'seed.txt' });
    const text = readFileSync(SEED, 'utf8');
    const brackets = (diagnostics: Diagnostic[]): string[] => diagnostics.filter((d) => d.ruleId === 'brackets-balanced').map((d) => d.severity);
    expect(brackets(validateDocument(doc, text))).toEqual(['warning']);
    expect(brackets(validateDocument(doc, text, { config: { rules: { 'brackets-balanced': 'error' } } }))).toEqual(['error']);
    expect(brackets(validateDocument(doc, text, { config: { rules: { 'brackets-balanced': 'error' } }, rules: { 'brackets-balanced': 'off' } }))).toEqual([]);
    expect(brackets(validateDocument(doc, text, { config: { rules: { 'brackets-balanced': 'off' } }, rules: { 'brackets-balanced': 'warning' } }))).toEqual(['warning']);
  });

  it('should refuse a setting for a rule that does not exist, naming the rules there are', async () => {
    const doc = await parseNotice(BASE_NOTICE, { name: 'inline.txt' });
    expect(() => validateDocument(doc, BASE_NOTICE, { rules: { 'bracket-balanced': 'off' } })).toThrow(UnknownRuleError);
    expect(() => validateDocument(doc, BASE_NOTICE, { rules: { 'bracket-balanced': 'off' } })).toThrow(/brackets-balanced/);
  });

  it('should refuse a rule level that is none of off, info, warning and error, as the CLI does', async () => {
    const doc = await parseNotice(BASE_NOTICE, { name: 'inline.txt' });
    // Library settings are not type-checked at run time: ESLint's 'warn' and a 'fatal' reach here as they are.
    const warn = { rules: { 'unit-known': 'warn' } } as unknown as Parameters<typeof validateDocument>[2];
    expect(() => validateDocument(doc, BASE_NOTICE, warn)).toThrow(RuleLevelError);
    expect(() => validateDocument(doc, BASE_NOTICE, warn)).toThrow('rule "unit-known" has setting "warn"; use off, info, warning or error');
    const fatal = { config: { rules: { 'unparsed-text': 'fatal' } } } as unknown as Parameters<typeof validateSource>[1];
    const source = await loadSource(Buffer.from(BASE_NOTICE), { name: 'inline.txt' });
    await expect(validateSource(source, fatal)).rejects.toThrow(/"unparsed-text" has setting "fatal"/);
  });

  it('should describe every rule in one line with a default severity', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
      expect(rule.description).not.toMatch(/\n/);
      expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity);
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('should list every rule in the README rule table, in the order they run', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('### Rules'), readme.indexOf('### Output formats'));
    const listed = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(RULES.map((r) => r.id));
  });
});

describe('the library entry', () => {
  it('should run the README example: load, parse and validate with settings', async () => {
    const { loadSource: load, validateSource: validate, RULES: rules } = await import('../../src/index.js');
    const source = await load(readFileSync(SEED), { name: 'notice.txt' });
    const { diagnostics } = await validate(source, {
      config: { units: { known: ['区算力专班'] } },
      rules: { 'brackets-balanced': 'error' },
    });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`)).toEqual([
      '16:1 warning header-required',
      '17:1 warning header-required',
      '161:14 error brackets-balanced',
    ]);
    expect(rules.map((r) => r.id)).toContain('supersedes-reference');
  });
});

describe('validateDocument on a notice in traditional characters', () => {
  const toTraditional = async (text: string): Promise<string> => {
    const opencc = (await import('opencc-js')) as unknown as { Converter: (o: { from: string; to: string }) => (s: string) => string };
    return opencc.Converter({ from: 'cn', to: 'tw' })(text);
  };

  it.each(['hedong-2022.txt', 'faults/goal-annex-mismatch.txt', 'faults/misspelt-unit.txt', 'faults/document-number-brackets.txt'])(
    'should find in %s what it finds in the simplified original, at the same places',
    async (file) => {
      const simplified = readFileSync(new URL(file, FIXTURES), 'utf8');
      const traditional = await toTraditional(simplified);
      expect(traditional).not.toBe(simplified);
      const places = async (text: string): Promise<string[]> => {
        const { diagnostics } = await validateSource(await loadSource(new TextEncoder().encode(text), { name: file }));
        return diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`);
      };
      expect(await places(traditional)).toEqual(await places(simplified));
    },
  );
});

describe('validateDocument with the exported simplifier', () => {
  it('should find in a traditional notice, given loadSimplifier from the library entry, what validateSource finds', async () => {
    const lib = await import('../../src/index.js');
    expect(typeof lib.loadSimplifier).toBe('function');
    const opencc = (await import('opencc-js')) as unknown as { Converter: (o: { from: string; to: string }) => (s: string) => string };
    const traditional = opencc.Converter({ from: 'cn', to: 'tw' })(readFileSync(new URL('faults/misspelt-unit.txt', FIXTURES), 'utf8'));
    const source = await lib.loadSource(new TextEncoder().encode(traditional), { name: 'notice.txt' });
    expect(lib.looksTraditional(source.text)).toBe(true);
    const simplify = await lib.loadSimplifier();
    const doc = await lib.parseLoaded(source, { traditional: 'always' });
    const places = (ds: readonly { line: number; column: number; ruleId: string }[]): string[] => ds.map((d) => `${d.line}:${d.column} ${d.ruleId}`);
    expect(places(lib.validateDocument(doc, source, { simplify }))).toEqual(places((await lib.validateSource(source)).diagnostics));
  });
});
