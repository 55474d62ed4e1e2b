import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, messages, ruleTable, validateText, withLines, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'date-valid';
const TASK_1 = '1.建设算力中心。加快算力设施建设。(牵头单位:区科技局,参与单位:区财政局、区发展改革委)';

const valid: ValidCase[] = [
  ['the base notice', BASE_NOTICE],
  ['29 February in a leap year, in the body', withLines({ 30: TASK_1.replace('加快', '2024年2月29日前加快') })],
  ['a numeric 成文日期 as sites store it (2023-03-01)', withLines({ 5: '成文日期:2023-03-01' })],
  ['the written date on the publication date', withLines({ 6: '发文日期:2023年3月1日' })],
  // gov.cn's metadata table writes 成文日期 2019年01月12日: the site's format, not the document's.
  ['a zero-padded 成文日期 in the header, as a site stores it', withLines({ 5: '成文日期:2023年03月01日', 6: '发文日期:2023年03月02日' })],
  // A site's record of publication often gives the time of day: it is still a date.
  ['a 发文日期 with the time of day (2023-03-02 10:22)', withLines({ 6: '发文日期:2023-03-02 10:22' })],
  ['a 发文日期 with the time to the second', withLines({ 6: '发文日期:2023-03-02 10:22:05' })],
  ['a 发文日期 in 年月日 with the time', withLines({ 6: '发文日期:2023年03月02日 10:22' })],
  ['a 发文日期 with slashes', withLines({ 6: '发文日期:2023/3/2' })],
  ['a 发文日期 as eight digits (20230302)', withLines({ 6: '发文日期:20230302' })],
  ['a 发文日期 followed by its day of the week', withLines({ 6: '发文日期:2023年03月02日星期四' })],
  // 生成日期 (Hunan) is when the page's record was made, not 成文日期: later than the signature is right.
  ['a 生成日期 some days after the signature', withLines({ 5: '', 6: '生成日期:2023-04-02' })],
];

const invalid: InvalidCase[] = [
  ['an impossible 成文日期 in the header, at its value', withLines({ 5: '成文日期:2023年2月29日' }), ['5:6 error']],
  ['an impossible signature date', withLines({ 16: '2023年2月30日' }), ['16:1 error']],
  ['an impossible date in a task', withLines({ 30: TASK_1.replace('加快', '2023年13月1日前加快') }), ['30:10 error']],
  ['a 成文日期 that is no date', withLines({ 5: '成文日期:三月一日' }), ['5:6 error']],
  ['a 发文日期 followed by what is no time of day', withLines({ 6: '发文日期:2023-03-02 上午' }), ['6:6 error']],
  ['a zero-padded signature date: a warning, once', withLines({ 16: '2023年03月01日' }), ['16:1 warning']],
  ['a zero-padded date in the text: a warning', withLines({ 30: TASK_1.replace('加快', '2023年06月30日前加快') }), ['30:10 warning']],
  ['a signature date in Chinese numerals: a warning', withLines({ 16: '二〇二三年三月一日' }), ['16:1 warning']],
  ['成文日期 after 发文日期', withLines({ 5: '成文日期:2023年3月5日', 16: '2023年3月5日' }), ['5:6 error']],
  ['a signature date that differs from 成文日期', withLines({ 16: '2023年3月2日' }), ['16:1 error']],
  ['a signature date after 发文日期, the header giving no 成文日期', withLines({ 5: '', 16: '2023年3月5日' }), ['16:1 error']],
  // The header's 成文日期 is the signature's: said once, at the header.
  ['成文日期 and the signature both after 发文日期: once', withLines({ 5: '成文日期:2023年3月5日', 16: '2023年3月5日' }), ['5:6 error']],
  // The header's date is no real one: the 成文日期 taken from the signature is the signature's, said there.
  ['an impossible 成文日期 and a signature date after 发文日期: each at its own place', withLines({ 5: '成文日期:2023年2月30日', 16: '2023年3月5日' }), ['5:6 error', '16:1 error']],
];

describe('date-valid', () => {
  ruleTable(RULE, valid, invalid);

  it('should say which date is wrong and why', async () => {
    expect(await messages(RULE, withLines({ 16: '2023年3月2日' }))).toEqual([
      "the date under the signature (2023-03-02) differs from the header's 成文日期 (2023-03-01)",
    ]);
    expect(await messages(RULE, withLines({ 5: '', 16: '2023年3月5日' }))).toEqual([
      "the date under the signature (2023-03-05) is after the header's 发文日期 (2023-03-02)",
    ]);
    expect(await messages(RULE, withLines({ 16: '2023年03月01日' }))).toEqual([
      '成文日期 "2023年03月01日" pads the month or day with a zero; write 2023年3月1日',
    ]);
    expect(await messages(RULE, withLines({ 30: TASK_1.replace('加快', '2023年06月30日前加快') }))).toEqual([
      'the date "2023年06月30日" pads the month or day with a zero; write 2023年6月30日',
    ]);
  });

  it('should not quote the signature date at the header when the header\'s 成文日期 is no real date', async () => {
    expect(await messages(RULE, withLines({ 5: '成文日期:2023年2月29日', 16: '2023年3月5日' }))).toEqual([
      '"2023年2月29日" is not a real date',
      "the date under the signature (2023-03-05) is after the header's 发文日期 (2023-03-02)",
    ]);
  });

  it("should replace the parser's own warning about the impossible header date", async () => {
    const all = await validateText(withLines({ 5: '成文日期:2023年2月29日' }));
    expect(all.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['5:6 date-valid']);
  });

  it('should keep the parser warning when date-valid is off', async () => {
    const all = await validateText(withLines({ 5: '成文日期:2023年2月29日' }), { rules: { [RULE]: 'off' } });
    expect(all.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity}`)).toEqual(['5:1 header-date-unreadable warning']);
  });
});
