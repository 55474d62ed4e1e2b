import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, messages, ruleTable, withLines, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'attachment-present';
// Line 13 is the notice's text, with room after it for its list of 附件; the annex (重点指标年度分解表) is at line 36.
const listing = (list: string): string => withLines({ 14: list });

const valid: ValidCase[] = [
  ['a notice that lists no 附件', BASE_NOTICE],
  ['the annex listed by its title', listing('附件:重点指标年度分解表')],
  ['the annex listed with a period in its title', listing('附件:重点指标(2023—2025年)年度分解表')],
  ['the plan itself listed as the 附件', listing('附件:河西区数字经济行动方案(2023—2025年)')],
  ['a numbered list whose 附件1 is headed so with another title', withLines({ 14: '附件:1.河西区数字经济指标表', 36: '附件1' })],
  ['an annex the list marks omitted (（略）)', withLines({ 14: '附件:1.重点指标年度分解表', 15: '2.河西区数字经济联络员名单（略）' })],
  ['an annex the list marks omitted, half-width (略)', listing('附件:河西区数字经济联络员名单(略)')],
];

const invalid: InvalidCase[] = [
  ['a listed 附件 found nowhere, at the list', listing('附件:河西区数字经济重点项目清单'), ['14:1 warning']],
  ['the second of two listed, found nowhere', withLines({ 14: '附件:1.重点指标年度分解表', 15: '2.河西区数字经济重点项目清单' }), ['15:1 warning']],
];

describe('attachment-present', () => {
  ruleTable(RULE, valid, invalid);

  it('should name the 附件 that is missing', async () => {
    expect(await messages(RULE, listing('附件:河西区数字经济重点项目清单'))).toEqual(['附件 河西区数字经济重点项目清单 is listed, but its text is not in the document']);
  });
});
