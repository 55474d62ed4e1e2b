import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import type { Change, FieldChange, RedlineSegment } from '../../src/diff/types.js';
import { parseFile } from '../../src/parse/parse-notice.js';
import { wdiff } from '../helpers/diff-expect.js';

/**
 * The real revision pair: the 2020 and 2022 扶持办法 of Shanghai. The expected report was written
 * from the two documents (fixtures/corpus-expected/renewable-fund-measures-2020-to-2022.diff.json).
 */
const CORPUS = '../shared/corpus/shanghai';
const hasCorpus = existsSync(CORPUS);
if (!hasCorpus) console.warn(`skipping the real revision pair: ${CORPUS} is not there (a fresh clone has no ../shared)`);

interface ExpectedField {
  old: unknown;
  new: unknown;
  added?: string[];
  removed?: string[];
  redline?: string;
}
interface ExpectedChange {
  kind: string;
  op: string;
  old?: Record<string, unknown> | null;
  new?: Record<string, unknown> | null;
  fields?: Record<string, ExpectedField>;
}

/** The old and the new text a redline stands for. */
const rebuild = (segments: readonly RedlineSegment[]) => ({
  old: segments.filter((s) => s.op !== 'insert').map((s) => s.text).join(''),
  new: segments.filter((s) => s.op !== 'delete').map((s) => s.text).join(''),
});

const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** The actual change in the shape of the expected one: the keys it names, redlines as [-…-]{+…+}. */
function shaped(actual: Change, expected: ExpectedChange): ExpectedChange {
  const pick = (entity: unknown, like: Record<string, unknown> | null | undefined) =>
    entity && like ? Object.fromEntries(Object.keys(like).map((k) => [k, (entity as Record<string, unknown>)[k]])) : (entity ?? null);
  const out: ExpectedChange = { kind: actual.kind, op: actual.op };
  if ('old' in expected) out.old = pick(actual.old, expected.old) as Record<string, unknown> | null;
  if ('new' in expected) out.new = pick(actual.new, expected.new) as Record<string, unknown> | null;
  if (actual.fields) {
    out.fields = Object.fromEntries(
      Object.entries(actual.fields).map(([name, f]: [string, FieldChange]) => {
        const { redline, ...rest } = f;
        const field: ExpectedField = { ...rest };
        if (redline && expected.fields?.[name]?.redline !== undefined) field.redline = wdiff(redline);
        return [name, field];
      }),
    );
  }
  return out;
}

describe.skipIf(!hasCorpus)('plan diff on the real 2020 → 2022 扶持办法', async () => {
  const expected = JSON.parse(readFileSync('fixtures/corpus-expected/renewable-fund-measures-2020-to-2022.diff.json', 'utf8')) as {
    summary: Record<string, unknown>;
    changes: ExpectedChange[];
  };
  const result = hasCorpus
    ? await diffDocuments(await parseFile(`${CORPUS}/renewable-fund-measures-2020.md`), await parseFile(`${CORPUS}/renewable-fund-measures-2022.md`))
    : null;

  it('should count the changes as the reader does: one article removed, one added, twelve rewritten', () => {
    const { changes, ops, kinds } = result!.summary;
    expect({ changes, ops, kinds }).toEqual(expected.summary);
  });

  it('should report each change with the fields, units and redlines read off the two texts', () => {
    expect(result!.changes.map((c, k) => shaped(c, expected.changes[k] ?? { kind: '', op: '' }))).toEqual(expected.changes);
  });

  it('should give every redline that rebuilds both versions of its text', () => {
    for (const change of result!.changes) {
      for (const [name, field] of Object.entries(change.fields ?? {})) {
        if (!field.redline) continue;
        // Equal runs are shown as the new version writes them, so the old side matches up to line breaks.
        const { old, new: newer } = rebuild(field.redline);
        expect(newer, `${change.kind} ${name}`).toBe(field.new);
        expect(squeeze(old), `${change.kind} ${name}`).toBe(squeeze(field.old as string));
        // Neighbours of one kind are one edit.
        expect(field.redline.every((s, k) => k === 0 || s.op !== field.redline![k - 1]!.op), `${change.kind} ${name}`).toBe(true);
      }
    }
  });
});
