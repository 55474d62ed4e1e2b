import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, messages, ruleTable, withLines, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'notice-addressees';
const TITLE = 9;
const ADDRESSEES = 11;

const valid: ValidCase[] = [
  ['a 通知 with its addressees', BASE_NOTICE],
  ['a 通知 naming its addressees after the label 主送：', withLines({ [ADDRESSEES]: '主送：各街道办事处，区政府各部门' })],
  ['a 公告, addressed to nobody in particular', withLines({ 1: '名称:河西区人民政府关于数字经济行动方案的公告', [TITLE]: '河西区人民政府关于数字经济行动方案的公告', [ADDRESSEES]: '' })],
];

const invalid: InvalidCase[] = [
  ['a 通知 without its 主送 line, at its first paragraph', withLines({ [ADDRESSEES]: '' }), ['13:1 warning']],
];

describe('notice-addressees', () => {
  ruleTable(RULE, valid, invalid);

  it('should say what is missing', async () => {
    expect(await messages(RULE, withLines({ [ADDRESSEES]: '' }))).toEqual(['the notice names no addressees (主送) above its text']);
  });
});
