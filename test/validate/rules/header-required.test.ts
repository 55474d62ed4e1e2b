import { describe, expect, it } from 'vitest';
import { loadSource } from '../../../src/source/load-source.js';
import { validateSource } from '../../../src/validate/validate.js';
import { BASE_NOTICE, findings, htmlFindings, messages, ruleTable, withLines, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'header-required';
// Blank lines are not blocks: blanking a header line removes that field and keeps line numbers.
const valid: ValidCase[] = [
  ['a complete header', BASE_NOTICE],
  ['no 成文日期 field at all (not every header has one)', withLines({ 5: '' })],
  ['no 有效性 field at all (gov.cn headers, among many, have none)', withLines({ 7: '' })],
  // Templates such as Zhejiang's 索引号/发布机构/发文字号/成文日期 grid print the title as the page's heading.
  ['no 名称 field, the notice giving its own title line', withLines({ 1: '' })],
  // The header is a portal's page furniture: a gazette's text or a Word/PDF export names itself by
  // the notice's title and 发文字号, and lacks nothing.
  [
    'no header, for a notice that gives its number under its title (a PDF, a gazette text)',
    withLines({ 1: '', 2: '', 3: '', 4: '', 5: '', 6: '', 7: '', 10: '河西政办发〔2023〕5号' }),
  ],
  [
    'no header, for a notice whose number is written in full-width brackets and digits above its title',
    '某某区人民政府办公室\n某政办发〔２０２４〕５号\n\n某某区人民政府办公室关于印发某某区数字经济三年行动计划（2024—2026年）的通知\n\n各街道办事处，区政府各委、办、局：\n\n《某某区数字经济三年行动计划（2024—2026年）》已经区政府同意，现印发给你们，请认真组织实施。\n\n某某区人民政府办公室\n2024年3月5日\n',
  ],
  [
    'no 名称 field, a plan without a covering notice giving its own title line',
    '索引号:11120103MB0000000X/2023-00001\n发布机构:河西区人民政府办公室\n发文字号:河西政办发〔2023〕5号\n\n河西区数字经济行动方案(2023—2025年)\n\n一、工作目标\n\n到2025年,数字经济核心产业增加值达到100亿元。\n\n二、重点任务\n\n1.建设数据中心。(牵头单位:区发展改革委)\n',
  ],
];

const invalid: InvalidCase[] = [
  ['no 索引号 field (at the start of the header)', withLines({ 2: '' }), ['1:1 error']],
  ['no 发文字号 and no 索引号 field', withLines({ 2: '', 4: '' }), ['1:1 error', '1:1 error']],
  [
    'no 名称 field and no title line anywhere (the header over bare prose)',
    '索引号:11120103MB0000000X/2023-00001\n发布机构:河西区人民政府办公室\n发文字号:河西政办发〔2023〕5号\n成文日期:2023年3月1日\n\n各委办局:\n\n现将有关事项通知如下。请认真贯彻落实。\n',
    ['1:1 error'],
  ],
  ['an empty 名称, even under a notice with its own title line (the field is there, its value is not)', withLines({ 1: '名称:' }), ['1:1 error']],
  ['an empty 有效性 (the field is there, its value is not)', withLines({ 7: '有效性:' }), ['7:1 error']],
  ['an empty 发布机构 (a label followed by the next label)', withLines({ 3: '发布机构:' }), ['3:1 error']],
  ['a 发文字号 that says there is none (无, /): an empty field', withLines({ 4: '发文字号:无' }), ['4:1 error']],
  ['an empty 成文日期: a warning', withLines({ 5: '成 文 日 期 :' }), ['5:1 warning']],
  ['an empty 发文日期: a warning', withLines({ 6: '发文日期:' }), ['6:1 warning']],
  ['no header at all (print, PDF text, a Markdown copy): one warning, not five', withLines({ 1: '', 2: '', 3: '', 4: '', 5: '', 6: '', 7: '' }), ['1:1 warning']],
  [
    'no header, for a plan text that prints its title but no number (nothing to find it by): a warning',
    '某某区科技创新三年行动计划（2024—2026年）\n\n一、重点任务\n\n1.建设创新平台。建设孵化器。（牵头单位：区科技局，参与单位：区财政局）\n',
    ['1:1 warning'],
  ],
];

describe('header-required', () => {
  ruleTable(RULE, valid, invalid);

  it('should name the missing field and the empty one as written', async () => {
    expect(await messages(RULE, withLines({ 2: '', 5: '成 文 日 期 :' }))).toEqual(['the header has no 索引号', '成文日期 is empty']);
  });

  it('should say, of a text with no header, that it prints no number of its own either', async () => {
    expect(await messages(RULE, withLines({ 1: '', 2: '', 3: '', 4: '', 5: '', 6: '', 7: '' }))).toEqual([
      'the notice has no header (名称, 索引号, 发布机构, 发文字号) and prints no document number of its own',
    ]);
  });

  it('should say what a field that names no value says', async () => {
    expect(await messages(RULE, withLines({ 4: '发文字号:／' }))).toEqual(['发文字号 is empty (it says "／")']);
  });

  it('should lower everything to the configured level, keeping empty dates at most a warning', async () => {
    const text = withLines({ 2: '', 5: '成文日期:' });
    expect(await findings(RULE, text, { rules: { [RULE]: 'warning' } })).toEqual(['1:1 warning', '5:1 warning']);
    expect(await findings(RULE, text, { rules: { [RULE]: 'info' } })).toEqual(['1:1 info', '5:1 info']);
    expect(await findings(RULE, text, { rules: { [RULE]: 'off' } })).toEqual([]);
  });

  it('should accept the header grid of a page without 名称 under the title the page prints as its heading', async () => {
    const html =
      '<html><head><meta charset="utf-8"><title>某市人民政府办公室关于印发某市节能工作方案的通知</title></head><body>' +
      '<table><tr><td>索 引 号：</td><td>113300001234567X/2023-00088</td><td>发布机构：</td><td>某市人民政府办公室</td></tr>' +
      '<tr><td>发文字号：</td><td>某政办发〔2023〕21号</td><td>成文日期：</td><td>2023-07-12</td></tr></table>' +
      '<p><b>某市人民政府办公室关于印发某市节能工作方案的通知</b></p><p>各县（市、区）人民政府，市政府各部门：</p>' +
      '<p>《某市节能工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。</p><p>某市人民政府办公室</p><p>2023年7月12日</p></body></html>';
    expect(await htmlFindings(RULE, html)).toEqual([]);
    // The <title> alone is no title line: sites fill it with their own name as often as with the notice's.
    expect(await htmlFindings(RULE, html.replace('<p><b>某市人民政府办公室关于印发某市节能工作方案的通知</b></p>', ''))).toEqual(['1:87 error']);
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
