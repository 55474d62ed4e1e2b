import { readFileSync } from 'node:fs';
import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/io/decode.js';
import type { PlanDocument, Position } from '../../src/model/types.js';
import { parseFile } from '../../src/parse/parse-notice.js';
import { fold } from '../../src/text/fold.js';
import { loadSimplifier } from '../../src/text/simplify.js';
import { positionProblems } from '../helpers/positions.js';
import { substance } from '../helpers/project.js';
import { schemaErrors } from '../helpers/schema.js';

/**
 * The seed notice in every form it arrives in (fixtures/forms, made by make-forms.mjs). Each must
 * give the seed's metadata, notice, tasks with their units, goals, safeguards and annex.
 */
const FORMS = [
  { file: 'gb18030.txt', shows: 'GB18030 bytes', format: 'text', encoding: 'gb18030' },
  { file: 'utf16le-bom-crlf.txt', shows: 'UTF-16LE with a byte-order mark and CRLF line ends', format: 'text', encoding: 'utf-16le' },
  { file: 'fullwidth.txt', shows: 'full-width punctuation', format: 'text', encoding: 'utf-8' },
  { file: 'wrapped.txt', shows: 'lines hard-wrapped at 35 characters', format: 'text', encoding: 'utf-8' },
  { file: 'traditional.txt', shows: 'traditional characters', format: 'text', encoding: 'utf-8' },
  { file: 'district-page.html', shows: 'a district site page in GBK declared gb2312', format: 'html', encoding: 'gb18030' },
  { file: 'collection.md', shows: 'Markdown with front matter, headings, a list and a GFM table', format: 'markdown', encoding: 'utf-8' },
] as const;

/** Applies a function to every string in a JSON value. */
function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}

/** What a reader sees of a stretch of markup: tags dropped, references decoded, spaces squeezed. */
function visible(markup: string): string {
  return fold(load(`<div>${markup}</div>`).text()).replace(/[\s#|*>-]+/g, '');
}

/** For HTML and Markdown: line/column agree with offsets, and every task and goal span shows its text. */
function markupPositionProblems(doc: PlanDocument, source: string): string[] {
  const problems = positionProblems(doc, source).filter((p) => !/ lacks "/.test(p));
  const spans: Array<[string, Position, string]> = [
    ...doc.plan!.tasks.map((t): [string, Position, string] => [`task ${t.number}`, t.position, t.title]),
    ...doc.plan!.goals.map((g): [string, Position, string] => [`goal ${g.indicator}`, g.position, g.raw]),
    ...doc.annexes[0]!.table!.rows.map((r): [string, Position, string] => [`annex row ${r.number}`, r.position, r.indicator]),
  ];
  for (const [what, pos, text] of spans) {
    const shown = visible(source.slice(pos.start.offset, pos.end.offset));
    if (!shown.includes(fold(text).replace(/\s+/g, ''))) problems.push(`${what}: span shows "${shown.slice(0, 30)}", not "${text}"`);
  }
  return problems;
}

describe('the seed notice in every form', async () => {
  const seed = await parseFile('fixtures/hedong-2022.txt');
  const simplify = await loadSimplifier();

  for (const form of FORMS) {
    it(`should read ${form.shows} (${form.file}) as the same notice as the plain-text seed`, async () => {
      const path = `fixtures/forms/${form.file}`;
      const doc = await parseFile(path);
      expect([doc.source.format, doc.source.encoding]).toEqual([form.format, form.encoding]);
      // Compared with punctuation width folded (， = ,); a traditional text is compared simplified.
      const normal = form.file === 'traditional.txt' ? (s: string) => fold(simplify(s)) : fold;
      expect(mapStrings(substance(doc), normal)).toEqual(mapStrings(substance(seed), normal));
      expect(doc.unparsed).toEqual([]);
      expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['annex-unit-unclosed']);
      expect(schemaErrors(doc)).toEqual([]);
      const text = (await decode(readFileSync(path))).text;
      if (form.format === 'text') expect(positionProblems(doc, text)).toEqual([]);
      else expect(markupPositionProblems(doc, text)).toEqual([]);
    });
  }

  it('should keep traditional characters as written and give the simplified unit names beside them', async () => {
    const doc = await parseFile('fixtures/forms/traditional.txt');
    const task = doc.plan!.tasks[0]!;
    expect([task.title, task.lead, task.participants]).toEqual(['實現創新平臺提質增效', ['區科技局'], ['區發展改革委', '區樓宇辦', '區產促局', '金貿產業園']]);
    expect([task.leadSimplified, task.participantsSimplified]).toEqual([seed.plan!.tasks[0]!.lead, seed.plan!.tasks[0]!.participants]);
    expect(doc.plan!.tasks.map((t) => t.leadSimplified)).toEqual(seed.plan!.tasks.map((t) => t.lead));
    expect(doc.metadata.documentNumber).toEqual({ raw: '河東政辦函〔2022〕10號', agency: '河東政辦函', year: 2022, serial: 10 });
    // A simplified document has no simplified copies: the names as written are the simplified ones.
    expect(seed.plan!.tasks.some((t) => t.leadSimplified || t.participantsSimplified)).toBe(false);
  });

  it('should give the same page category from the HTML breadcrumb as from the scraped text, and set the page furniture aside', async () => {
    const doc = await parseFile('fixtures/forms/district-page.html');
    expect(doc.metadata.category).toEqual(seed.metadata.category);
    expect(doc.chrome.filter((c) => c.kind !== 'other').map((c) => c.kind)).toEqual(['date-widget', 'accessibility', 'breadcrumb', 'share', 'share', 'footer', 'footer', 'footer']);
    expect(JSON.stringify([doc.metadata.writtenDate, doc.metadata.publishedDate, doc.notice!.date])).not.toContain('2019-12-03');
  });

  it('should give UTF-16 CRLF text the model of the UTF-8 seed, line for line', async () => {
    const doc = await parseFile('fixtures/forms/utf16le-bom-crlf.txt');
    const lines = (d: PlanDocument) => d.plan!.tasks.map((t) => [t.position.start.line, t.position.start.column, t.position.end.line]);
    expect(lines(doc)).toEqual(lines(seed));
  });
});
