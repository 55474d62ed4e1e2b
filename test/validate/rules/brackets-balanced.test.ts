import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, messages, ruleTable, validateText, withLines, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'brackets-balanced';
const line13 = (text: string): string => withLines({ 13: text });
/** A quotation over three paragraphs (lines 13, 15, 17), its “ at 13:19; each paragraph as given. */
const QUOTED = ['现将方案印发给你们，请落实以下要求：“坚持创新驱动。', '“坚持绿色发展。', '“坚持开放合作。”'];
const quoted = (paragraphs: string[]): string => line13(paragraphs.join('\n\n'));

const valid: ValidCase[] = [
  ['the base notice', BASE_NOTICE],
  ['a half-width bracket closed by a full-width one', line13('现将方案(2023—2025年）印发给你们。')],
  ['nested brackets of every kind', line13('现将《河西区“数字”方案(2023〔试行〕)》印发给你们。')],
  ['a bracket closed on the next line, as in a title split over two lines', withLines({ 13: '现将方案(2023—', 14: '2025年)印发给你们。' })],
  ['a list marker 1) without an opening bracket', line13('1)现将方案印发给你们。')],
  ['a quotation over three paragraphs, each opening with “ and only the last closing', quoted(QUOTED)],
  ['item numbers 1) 2) set inline after a sentence’s end and a semicolon', line13('1.开展工业园区污水整治。1)完成10个园区污水管网排查;2)推进园区污水处理厂提标改造。(责任单位:市生态环境局)')],
  ['circled and full-width item numbers set inline after a colon and a semicolon', line13('重点做好以下工作：①)完成管网排查；②)推进提标改造；3）加强运行监管。')],
  ['item numbers set inline after a comma, the next item after a semicolon', line13('（一）培育数字产业。落实产业集群政策，1）引进龙头企业；2）培育专精特新企业。')],
  ['item numbers after a half-width comma, the next after a comma too (its item before it shows it one)', line13('落实产业集群政策,1)引进龙头企业,2)培育专精特新企业。')],
  ['full-width, circled and Chinese item numbers after a comma', line13('落实政策，１）引进企业；２）培育企业。重点做好，①）完成排查；②）推进改造。具体为，一）引进企业；二）培育企业。')],
  ['brackets in page furniture above the notice', `首页 > 政务公开 > 政策文件(2023\n${BASE_NOTICE}`],
];

const invalid: InvalidCase[] = [
  ['an unclosed 《, where it opens', line13('现将《河西区数字经济行动方案(2023—2025年)印发给你们,请认真贯彻落实。'), ['13:3 warning']],
  ['an unclosed “, where it opens', line13('现将“数字河西《河西区数字经济行动方案(2023—2025年)》印发给你们,请认真贯彻落实。'), ['13:3 warning']],
  ['a ) after a figure inside a sentence, not after a sentence’s end', line13('完成园区污水管网排查10)，推进提标改造。'), ['13:13 warning']],
  // After a comma a number is an item's only when the item before or after it is set so: 10）alone, or 1）then 3）, is a stray ）.
  ['a ) after a comma with no item before or after it', line13('落实产业集群政策，10）推进提标改造。'), ['13:12 warning']],
  ['a ) after a comma followed by another number than the next', line13('落实产业集群政策，1）引进龙头企业；3）培育专精特新企业。'), ['13:11 warning']],
  ['a ) after a year inside a sentence, too long for an item’s number', line13('现将方案。2025)印发给你们。'), ['13:10 warning']],
  ['a closing bracket with no opening one', withLines({ 24: '到2025年末）,全区数字经济核心产业增加值达到120亿元,数字化车间达到30家。' }), ['24:8 warning']],
  ['a bracket closed by another kind, at the closer', line13('现将方案(2023—2025年》印发给你们。'), ['13:16 warning']],
  ['a bracket left open inside a pair that closes (《…(…》)', line13('现将《河西区数字经济行动方案(2023—2025年》印发给你们。'), ['13:15 warning']],
  ['a quotation over paragraphs that never closes, at its first “', quoted([QUOTED[0]!, QUOTED[1]!, '“坚持开放合作。']), ['13:19 warning']],
  ['a quotation left open before a paragraph that does not go on with it', quoted([QUOTED[0]!, '坚持绿色发展。', '“坚持开放合作。”']), ['13:19 warning']],
  // Blank lines are not blocks: the line after 13 is 14 here, then 15.
  ['a bracket still open two lines on', withLines({ 13: '现将方案(2023—', 14: '2025年印发给你们。', 15: '请认真贯彻落实。)' }), ['13:5 warning', '15:9 warning']],
];

describe('brackets-balanced', () => {
  ruleTable(RULE, valid, invalid);

  it('should name the brackets', async () => {
    expect(await messages(RULE, line13('现将方案(2023—2025年》印发给你们。'))).toEqual(['"》" does not match "(" opened at 13:5']);
    expect(await messages(RULE, line13('现将《方案印发给你们。'))).toEqual(['"《" is not closed']);
  });

  it('should report an annex unit bracket once, as this rule, not also as the parser’s annex-unit-unclosed', async () => {
    const text = withLines({ 46: '数字经济核心产业增加值(亿元' });
    const all = await validateText(text);
    expect(all.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['46:12 brackets-balanced']);
    const withoutRule = await validateText(text, { rules: { [RULE]: 'off' } });
    expect(withoutRule.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['46:12 annex-unit-unclosed']);
  });
});
