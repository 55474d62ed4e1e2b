import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, messages, ruleTable, withLines, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'document-number-year';
// The header's 发文字号 (line 4) is 〔2023〕, its 成文日期 (line 5) 2023年3月1日, the signature's date (line 16) too.

const valid: ValidCase[] = [
  ['a number of the year the notice was written', BASE_NOTICE],
  ['a notice without a number', withLines({ 4: '' })],
  ['a header without 成文日期, the signature dated in the number\'s year', withLines({ 5: '' })],
];

const invalid: InvalidCase[] = [
  ['a number of the year before its 成文日期, at the year', withLines({ 4: '发文字号:河西政办发〔2022〕5号' }), ['4:12 warning']],
  ['no 成文日期 and a signature dated a year after the number', withLines({ 5: '', 16: '2024年3月1日' }), ['4:12 warning']],
];

describe('document-number-year', () => {
  ruleTable(RULE, valid, invalid);

  it('should give the number, its year and the date', async () => {
    expect(await messages(RULE, withLines({ 4: '发文字号:河西政办发〔2022〕5号' }))).toEqual(['河西政办发〔2022〕5号 is numbered in 2022, but the notice was written in 2023 (2023-03-01)']);
  });
});
