import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, withLines } from '../base-notice.js';
import { findings, messages } from '../findings.js';

const RULE = 'header-required';
// Blank lines are not blocks: blanking a header line removes that field and keeps line numbers.
const cases: Array<{ name: string; text: string; expected: string[] }> = [
  { name: 'a complete header', text: BASE_NOTICE, expected: [] },
  { name: 'no 索引号 field (at the start of the header)', text: withLines({ 2: '' }), expected: ['1:1 error'] },
  { name: 'no 发文字号 and no 有效性 field', text: withLines({ 4: '', 7: '' }), expected: ['1:1 error', '1:1 error'] },
  { name: 'an empty 发布机构 (a label followed by the next label)', text: withLines({ 3: '发布机构:' }), expected: ['3:1 error'] },
  { name: 'an empty 成文日期: a warning', text: withLines({ 5: '成 文 日 期 :' }), expected: ['5:1 warning'] },
  { name: 'an empty 发文日期: a warning', text: withLines({ 6: '发文日期:' }), expected: ['6:1 warning'] },
  { name: 'no 成文日期 field at all (not every header has one)', text: withLines({ 5: '' }), expected: [] },
  { name: 'no header at all: one error, not five', text: withLines({ 1: '', 2: '', 3: '', 4: '', 5: '', 6: '', 7: '' }), expected: ['1:1 error'] },
];

describe('header-required', () => {
  it.each(cases)('should report $expected for $name', async ({ text, expected }) => {
    expect(await findings(RULE, text)).toEqual(expected);
  });

  it('should name the missing field and the empty one as written', async () => {
    expect(await messages(RULE, withLines({ 2: '', 5: '成 文 日 期 :' }))).toEqual(['the header has no 索引号', '成文日期 is empty']);
  });

  it('should lower everything to the configured level, keeping empty dates at most a warning', async () => {
    const text = withLines({ 2: '', 5: '成文日期:' });
    expect(await findings(RULE, text, { rules: { [RULE]: 'warning' } })).toEqual(['1:1 warning', '5:1 warning']);
    expect(await findings(RULE, text, { rules: { [RULE]: 'info' } })).toEqual(['1:1 info', '5:1 info']);
    expect(await findings(RULE, text, { rules: { [RULE]: 'off' } })).toEqual([]);
  });
});
