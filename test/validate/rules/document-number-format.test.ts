import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, messages, ruleTable, withLines, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'document-number-format';
const header = (value: string): string => withLines({ 4: `发文字号:${value}` });
const body = (sentence: string): string => withLines({ 13: sentence });

const valid: ValidCase[] = [
  ['the base notice', BASE_NOTICE],
  ['a header value of 无 (no number)', header('无')],
  ['a State Council decree number 国令第707号 (decrees have no year)', body('根据《行政法规》(国令第707号),现将方案印发给你们。')],
  ['a correct citation in the body', body('根据《河西区数字化转型意见》(河西政发〔2022〕9号),现将方案印发给你们。')],
];

const invalid: InvalidCase[] = [
  ['[2023] in the header, at the bracket', header('河西政办发[2023]5号'), ['4:11 error']],
  ['full-width （2023） in the header', header('河西政办发（2023）5号'), ['4:11 error']],
  ['【2023】 in the header', header('河西政办发【2023】5号'), ['4:11 error']],
  ['the look-alike ﹝2023﹞ in the header', header('河西政办发﹝2023﹞5号'), ['4:11 error']],
  ['the look-alike 〘2023〙 in the header', header('河西政办发〘2023〙5号'), ['4:11 error']],
  ['第 before the serial, at the 第', header('河西政办发〔2023〕第5号'), ['4:17 error']],
  ['a zero-padded serial, at the serial', header('河西政办发〔2023〕05号'), ['4:17 error']],
  ['a two-digit year, at the year', header('河西政办发〔23〕5号'), ['4:12 error']],
  ['a header value that is no document number', header('5号文件'), ['4:6 error']],
  ['[2022] in a citation in the body', body('根据《河西区数字化转型意见》(河西政发[2022]9号),现将《河西区数字经济行动方案(2023—2025年)》印发给你们。'), ['13:20 error']],
  ['[2022] and 第 together: two findings', header('河西政办发[2023]第5号'), ['4:11 error', '4:17 error']],
  ['a header value without its 号, once', header('河西政办发〔2023〕5'), ['4:6 error']],
  ['a number under the title without its 号, at its end', withLines({ 10: '河西政办发〔2023〕5' }), ['10:12 error']],
  ['a citation in brackets without its 号, at its end', body('根据《河西区数字化转型意见》(河西政发〔2022〕9),现将方案印发给你们。'), ['13:26 error']],
];

describe('document-number-format', () => {
  ruleTable(RULE, valid, invalid);

  it('should say what is wrong and how to write it', async () => {
    expect(await messages(RULE, header('河西政办发[2023]5号'))).toEqual(['"河西政办发[2023]5号" puts the year in "[]"; write 〔2023〕']);
    expect(await messages(RULE, header('河西政办发〔2023〕05号'))).toEqual(['"河西政办发〔2023〕05号" writes the serial with a leading zero; write 5号']);
    expect(await messages(RULE, header('河西政办发（2023）5号'))).toEqual(['"河西政办发（2023）5号" puts the year in "（）"; write 〔2023〕']);
    expect(await messages(RULE, header('河西政办发〔2023〕5'))).toEqual(['发文字号 "河西政办发〔2023〕5" lacks its 号; write 河西政办发〔2023〕5号']);
  });
});
