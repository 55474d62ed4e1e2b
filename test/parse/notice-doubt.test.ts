import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const doubts = async (text: string): Promise<string[]> =>
  (await parseNotice(text, { name: 'x.txt' })).diagnostics.filter((d) => d.ruleId === 'maybe-not-a-notice').map((d) => `${d.line}:${d.column} ${d.severity}`);

const NEWS = [
  '我区召开科技创新工作推进会',
  '',
  '3月1日下午，我区召开科技创新工作推进会。会议强调，要抓好以下工作：',
  '',
  '一、强化创新平台建设。区科技局要发挥牵头作用。',
  '',
  '二、加强人才引进。区人社局负责。',
  '',
  '三、优化营商环境。',
].join('\n');

describe('a text read as a notice only through its numbered items', () => {
  it('should warn when it has no header, no notice title and a title that names no policy document', async () => {
    expect(await doubts(NEWS)).toEqual(['1:1 warning']);
    const doc = await parseNotice(NEWS, { name: 'x.txt' });
    expect(doc.plan?.tasks.map((t) => t.title)).toEqual(['加强人才引进']);
    expect(doc.diagnostics.some((d) => d.ruleId === 'not-a-notice')).toBe(false);
  });

  it.each([
    ['a plan title', NEWS.replace('我区召开科技创新工作推进会', '某区科技创新三年行动计划')],
    ['a title with a document kind inside it', NEWS.replace('我区召开科技创新工作推进会', '某市2026年节能降碳工作要求')],
    ['a notice title', `某区人民政府办公室关于印发科技创新方案的通知\n\n各委办局：\n\n${NEWS}`],
    ['a plan title in traditional characters (行動計劃)', NEWS.replace('我区召开科技创新工作推进会', '澳門特別行政區智慧城市發展行動計劃（2024—2026年）')],
    ['a plan title in Taiwan’s form (行動計畫)', NEWS.replace('我区召开科技创新工作推进会', '臺北市智慧城市推動計畫')],
    ['a title in traditional characters naming a kind (實施細則)', NEWS.replace('我区召开科技创新工作推进会', '某市科技創新實施細則')],
  ])('should not warn for %s', async (_what, text) => {
    expect(await doubts(text)).toEqual([]);
  });

  it('should not warn for the bundled notice, the forms and variants', async () => {
    for (const f of ['fixtures/hedong-2022.txt', 'fixtures/variants/no-annex.txt', 'fixtures/styles/responsibility-lines.txt']) {
      expect(await doubts(readFileSync(f, 'utf8'))).toEqual([]);
    }
  });
});

describe('a page about a policy document rather than the document', () => {
  const page = (title: string): string =>
    [
      `<html><head><meta charset="utf-8"><title>${title}_某区人民政府</title></head><body>`,
      `<h1>${title}</h1>`,
      '<p>一、起草背景</p><p>为贯彻落实上级决策部署，区工信局牵头起草了《方案》。</p>',
      '<p>二、主要目标</p><p>到2026年，全区数字经济核心产业增加值达到120亿元。</p>',
      '</body></html>',
    ].join('\n');
  const doubtOf = async (html: string): Promise<string[]> =>
    (await parseNotice(Buffer.from(html), { name: 'x.html' })).diagnostics.filter((d) => d.ruleId === 'maybe-not-a-notice').map((d) => d.message);

  it.each([
    ['《某区数字经济发展三年行动方案》政策解读'],
    ['《某区数字经济发展三年行动方案》解读'],
    ['某区人民政府2023年政府信息公开工作年度报告'],
    ['关于《某区数字经济发展三年行动方案》的答记者问'],
  ])('should warn that %s may be no notice, though it quotes or names a policy word', async (title) => {
    const messages = await doubtOf(page(title));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/interpretation of a policy document or a yearly report/);
  });

  it('should not warn on the plan whose 解读 it is', async () => {
    expect(await doubtOf(page('某区数字经济发展三年行动方案'))).toEqual([]);
  });
});
