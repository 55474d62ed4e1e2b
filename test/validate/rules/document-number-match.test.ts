import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, messages, ruleTable, withLines, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'document-number-match';
// The base notice's header (line 4) gives 河西政办发〔2023〕5号; line 10, under the title, is blank.
const under = (number: string): string => withLines({ 10: `${number}\n` });

const valid: ValidCase[] = [
  ['a notice without a number under its title', BASE_NOTICE],
  ['the header’s number printed under the title', under('河西政办发〔2023〕5号')],
  ['the same number with other brackets (a matter of form, not of identity)', under('河西政办发[2023]5号')],
  ['a 规 number over the header’s number, both printed under the title', under('河西政规〔2023〕2号\n河西政办发〔2023〕5号')],
  ['a header 发文字号 of 无 over a notice printing its number (the header gives none to differ)', withLines({ 4: '发文字号:无', 10: '河西政办发〔2023〕5号\n' })],
  ['a header 发文字号 of —— over a notice printing its number', withLines({ 4: '发文字号:——', 10: '河西政办发〔2023〕5号\n' })],
];

const invalid: InvalidCase[] = [
  ['another serial under the title, at that number', under('河西政办发〔2023〕6号'), ['10:1 error']],
  ['another year under the title', under('河西政办发〔2022〕5号'), ['10:1 error']],
  ['another agency under the title', under('河西政发〔2023〕5号'), ['10:1 error']],
  ['two numbers under the title, neither the header’s', under('河西政规〔2023〕2号\n河西政办发〔2023〕6号'), ['10:1 error']],
];

describe('document-number-match', () => {
  ruleTable(RULE, valid, invalid);

  it('should give both numbers', async () => {
    expect(await messages(RULE, under('河西政办发〔2023〕6号'))).toEqual([
      "the number under the title, 河西政办发〔2023〕6号, differs from the header's 发文字号 河西政办发〔2023〕5号",
    ]);
  });
});
