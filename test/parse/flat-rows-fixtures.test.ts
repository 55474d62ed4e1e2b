import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnnexTable } from '../../src/model/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { validateDocument } from '../../src/validate/validate.js';

/**
 * fixtures/flat-rows: small notices whose tables are flattened one cell per line (an annex's and one
 * in the plan's text under 表1), each beside the rows a reader finds in them, written by reading them:
 * a 合计 spanning 序号 and 项目, a 序号 that skips or repeats, groups numbered from 1 again beside
 * names wrapped onto a second line. `findings` are validate's, less the header-required warning every
 * one of them has (they print no header).
 */
const FIXTURES = [
  ['total-merged-label', 'a 合计 written once for 序号 and 项目 (one spaced out, 合  计), its figures under the years, a 责任单位 column left empty; a last figure equal to the next serial right before 合计'],
  ['serial-skip-repeat', 'a table of figures numbered 1, 2, 2, 4 in the text and 1, 3, 4 in the annex: every row read, outline-sequence naming each slip at its 序号'],
  ['group-restart-wrapped', 'two groups each numbered 1, 2, 3 (1, 2 in the annex) under a group line, beside indicators and tasks wrapped onto a second line, the last row too'],
] as const;

const projectTable = (table: AnnexTable) => ({
  ...(table.kind ? { kind: table.kind } : {}),
  columns: table.columns,
  rows: table.rows.map((r) => ({ number: r.number, ...(r.group ? { group: r.group } : {}), cells: r.cells, ...(table.kind ? {} : { values: r.values }) })),
});

describe('fixtures/flat-rows', () => {
  it.each(FIXTURES)('should read %s as its expected file says (%s)', async (name) => {
    const text = readFileSync(`fixtures/flat-rows/${name}.txt`, 'utf8');
    const expected = JSON.parse(readFileSync(`fixtures/flat-rows/${name}.expected.json`, 'utf8')) as Record<string, unknown>;
    const doc = await parseNotice(text, { name: `${name}.txt` });
    const tables = [
      ...doc.annexes.flatMap((a) => (a.table ? [{ in: a.label, title: a.title, ...projectTable(a.table) }] : [])),
      ...(doc.tables ?? []).map((t) => ({ in: t.caption, ...projectTable(t.table) })),
    ];
    const findings = validateDocument(doc, text)
      .filter((d) => d.ruleId !== 'header-required')
      .map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
    expect(tables).toEqual(expected.tables);
    expect(findings).toEqual(expected.findings);
    if (expected.tasks) {
      expect(doc.plan!.tasks.map((t) => [t.number, t.section?.number ?? null, t.title, t.lead, t.participants, t.deadline ?? null])).toEqual(expected.tasks);
    }
  });
});
