import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, messages, ruleTable, validateText, withLines, type InvalidCase, type ValidCase } from '../findings.js';

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

// A red head: the issuer's 文件 line and the number above the title (line 12 then), lines 9 and 10.
const above = (number: string): string => withLines({ 8: `\n河西区人民政府办公室文件\n${number}\n` });
// The number in brackets after the title, on its line (9).
const after = (number: string): string => withLines({ 9: `河西区人民政府办公室关于印发河西区数字经济行动方案(2023—2025年)的通知（${number}）` });

const invalid: InvalidCase[] = [
  ['another number above the title under a red head, at that number', above('河西政办发〔2023〕6号'), ['10:1 error']],
  ['another number in brackets after the title, at that number', after('河西政办发〔2023〕6号'), ['9:42 error']],
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

  it('should say where the number stands when it is not under the title', async () => {
    expect(await messages(RULE, above('河西政办发〔2023〕6号'))).toEqual([
      "the number above the title, 河西政办发〔2023〕6号, differs from the header's 发文字号 河西政办发〔2023〕5号",
    ]);
    expect(await messages(RULE, after('河西政办发〔2023〕6号'))).toEqual([
      "the number after the title, 河西政办发〔2023〕6号, differs from the header's 发文字号 河西政办发〔2023〕5号",
    ]);
  });

  it('should span the number alone, not the 签发人 beside it on its line', async () => {
    const found = (await validateText(above('河西政办发〔2023〕6号　　　　签发人：王建国'))).filter((d) => d.ruleId === RULE);
    expect(found.map((d) => [d.position?.start.line, d.position?.start.column, d.position?.end.line, d.position?.end.column])).toEqual([[10, 1, 10, 14]]);
  });
});
