import { describe, expect, it } from 'vitest';
import { loadSource } from '../../../src/source/load-source.js';
import { validateSource } from '../../../src/validate/validate.js';
import { BASE_NOTICE, findings, messages, ruleTable, withLines, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'header-required';
// Blank lines are not blocks: blanking a header line removes that field and keeps line numbers.
const valid: ValidCase[] = [
  ['a complete header', BASE_NOTICE],
  ['no 成文日期 field at all (not every header has one)', withLines({ 5: '' })],
  ['no 有效性 field at all (gov.cn headers, among many, have none)', withLines({ 7: '' })],
];

const invalid: InvalidCase[] = [
  ['no 索引号 field (at the start of the header)', withLines({ 2: '' }), ['1:1 error']],
  ['no 发文字号 and no 索引号 field', withLines({ 2: '', 4: '' }), ['1:1 error', '1:1 error']],
  ['an empty 有效性 (the field is there, its value is not)', withLines({ 7: '有效性:' }), ['7:1 error']],
  ['an empty 发布机构 (a label followed by the next label)', withLines({ 3: '发布机构:' }), ['3:1 error']],
  ['an empty 成文日期: a warning', withLines({ 5: '成 文 日 期 :' }), ['5:1 warning']],
  ['an empty 发文日期: a warning', withLines({ 6: '发文日期:' }), ['6:1 warning']],
  ['no header at all (print, PDF text, a Markdown copy): one warning, not five', withLines({ 1: '', 2: '', 3: '', 4: '', 5: '', 6: '', 7: '' }), ['1:1 warning']],
  [
    'no header, for a notice that gives its number under its title (a PDF): a warning',
    withLines({ 1: '', 2: '', 3: '', 4: '', 5: '', 6: '', 7: '', 10: '河西政办发〔2023〕5号' }),
    ['1:1 warning'],
  ],
];

describe('header-required', () => {
  ruleTable(RULE, valid, invalid);

  it('should name the missing field and the empty one as written', async () => {
    expect(await messages(RULE, withLines({ 2: '', 5: '成 文 日 期 :' }))).toEqual(['the header has no 索引号', '成文日期 is empty']);
  });

  it('should lower everything to the configured level, keeping empty dates at most a warning', async () => {
    const text = withLines({ 2: '', 5: '成文日期:' });
    expect(await findings(RULE, text, { rules: { [RULE]: 'warning' } })).toEqual(['1:1 warning', '5:1 warning']);
    expect(await findings(RULE, text, { rules: { [RULE]: 'info' } })).toEqual(['1:1 info', '5:1 info']);
    expect(await findings(RULE, text, { rules: { [RULE]: 'off' } })).toEqual([]);
  });

  it.each([
    ['front matter without 索引号', '---\ntitle: 某区节能工作方案\nissuer: 某区人民政府办公室\ndoc_number: 某政办发〔2024〕7号\n---\n\n# 某区节能工作方案\n', ['1:1 warning the header has no 索引号']],
    ['an empty title in front matter', '---\ntitle:\nindex_number: 000-2024-001\nissuer: 某区人民政府办公室\ndoc_number: 某政办发〔2024〕7号\n---\n\n正文。\n', ['2:1 warning title is empty']],
    [
      'front matter with only a title, over a notice that prints its number',
      '---\ntitle: 某区节能工作方案\n---\n\n某区人民政府办公室关于印发某区节能工作方案的通知\n\n某政办发〔2024〕7号\n\n各街道办事处：\n\n现印发给你们。\n\n某区人民政府办公室\n\n2024年7月10日\n',
      ['1:1 warning the header has no 索引号, 发布机构, 发文字号; it is known by its own title and number 某政办发〔2024〕7号'],
    ],
    ['front matter with only a title, over text without a number', '---\ntitle: 某区节能工作方案\n---\n\n# 某区节能工作方案\n', ['1:1 warning the header has no 索引号, 发布机构, 发文字号']],
  ])('should only warn about %s, which a collection made and not the government page', async (_name, text, expected) => {
    const { diagnostics } = await validateSource(await loadSource(new TextEncoder().encode(text), { name: 'notice.md' }));
    expect(diagnostics.filter((d) => d.ruleId === RULE).map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`)).toEqual(expected);
  });
});
