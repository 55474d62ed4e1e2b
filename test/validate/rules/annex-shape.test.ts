import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../src/parse/parse-notice.js';
import { validateDocument } from '../../../src/validate/validate.js';
import { BASE_NOTICE, messages, ruleTable, validateText, withLines, type InvalidCase } from '../findings.js';

const RULE = 'annex-shape';

const invalid: InvalidCase[] = [
  ['a value that is not a number, at the cell', withLines({ 53: '—' }), ['53:1 error']],
  ['a row without a unit, at the row', withLines({ 51: '数字化车间数量' }), ['50:1 error']],
  ['a row with a value missing, at the row', withLines({ 53: '' }), ['50:1 error']],
];

describe('annex-shape', () => {
  ruleTable(RULE, [['the base notice’s complete table', BASE_NOTICE]], invalid);

  it('should say what is missing', async () => {
    expect(await messages(RULE, withLines({ 53: '—' }))).toEqual(['row 2 (数字化车间数量): "—" for 2024 is not a number']);
    expect(await messages(RULE, withLines({ 53: '' }))).toEqual(['row 2 (数字化车间数量) has 4 cells where the header has 5']);
  });

  it('should replace the parser’s own warnings about the same cells', async () => {
    const all = await validateText(withLines({ 53: '—' }));
    expect(all.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['53:1 annex-shape']);
  });

  // Model fragments: an empty cell only arises in real (HTML, Markdown) tables.
  it('should report an empty cell of a well-formed row', async () => {
    const doc = await parseNotice(BASE_NOTICE, { name: 'inline.txt' });
    const row = doc.annexes[0]!.table!.rows[1]!;
    row.cells[3] = '';
    row.values['2024'] = null;
    const found = validateDocument(doc, BASE_NOTICE).filter((d) => d.ruleId === RULE);
    expect(found.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['50:1 row 2 (数字化车间数量) has no value for 2024']);
  });

  it('should leave tables without year columns alone', async () => {
    const doc = await parseNotice(withLines({ 51: '数字化车间数量' }), { name: 'inline.txt' });
    doc.annexes[0]!.table!.columns = ['序号', '指标', '基期', '中期', '目标'];
    expect(validateDocument(doc, BASE_NOTICE).filter((d) => d.ruleId === RULE)).toEqual([]);
  });
});
