import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import type { Safeguard } from '../../src/model/types.js';

const PLAN = ['某区数字经济发展三年行动计划（2024—2026年）', '一、总体要求', '到2026年，全区数字经济核心产业增加值达到100亿元。', '二、重点任务', '1.推进数字基础设施建设。加快5G基站建设。（牵头单位：区工业和信息化局）', '2.推动产业数字化转型。支持企业上云用数赋智。（牵头单位：区工业和信息化局）'];

/** The plan with its safeguards part as `lines` (its heading first), one paragraph a line. */
const text = (lines: string[]): string => [...PLAN, ...lines, ''].join('\n\n');
const read = async (source: string, format?: 'text' | 'markdown' | 'html'): Promise<Array<Pick<Safeguard, 'number' | 'title' | 'text'>>> =>
  (await parseNotice(source, format ? { format } : {})).plan!.safeguards.map((s) => ({ number: s.number, title: s.title, text: s.text }));

const THREE = [
  { number: '', title: '加强组织领导', text: '成立区数字经济发展领导小组，统筹推进各项工作。' },
  { number: '', title: '强化资金保障', text: '区财政每年安排专项资金支持数字经济发展。' },
  { number: '', title: '加强督查考核', text: '将数字经济发展纳入年度绩效考核。' },
];
const BODIES = ['成立区数字经济发展领导小组，统筹推进各项工作。', '区财政每年安排专项资金支持数字经济发展。', '将数字经济发展纳入年度绩效考核。'];
const LEADS = ['加强组织领导', '强化资金保障', '加强督查考核'];

describe('safeguards written as unnumbered paragraphs, each opening with its lead phrase', () => {
  it('should read one safeguard a paragraph in plain text, titled by its lead phrase', async () => {
    expect(await read(text(['三、保障措施', ...LEADS.map((l, k) => `${l}。${BODIES[k]}`)]))).toEqual(THREE);
  });

  it('should read the phrase set in bold in Markdown (**加强组织领导。**…)', async () => {
    const md = ['# 某区数字经济发展三年行动计划（2024—2026年）', '## 一、总体要求', '到2026年，全区数字经济核心产业增加值达到100亿元。', '## 二、重点任务', '1.推进数字基础设施建设。（牵头单位：区工业和信息化局）', '', '2.推动产业数字化转型。（牵头单位：区工业和信息化局）', '## 三、保障措施', ...LEADS.map((l, k) => `**${l}。**${BODIES[k]}`)];
    expect(await read(md.join('\n\n'), 'markdown')).toEqual(THREE);
  });

  it('should read the phrase set in <strong> in HTML, each safeguard at its paragraph', async () => {
    const html = [
      '<html><body><h1>某区数字经济发展三年行动计划（2024—2026年）</h1>',
      '<p>一、总体要求</p><p>到2026年，全区数字经济核心产业增加值达到100亿元。</p>',
      '<p>二、重点任务</p><p>1.推进数字基础设施建设。（牵头单位：区工业和信息化局）</p><p>2.推动产业数字化转型。（牵头单位：区工业和信息化局）</p>',
      '<p>三、保障措施</p>',
      ...LEADS.map((l, k) => `<p><strong>${l}。</strong>${BODIES[k]}</p>`),
      '</body></html>',
    ].join('\n');
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.plan!.safeguards.map((s) => ({ number: s.number, title: s.title, text: s.text }))).toEqual(THREE);
    expect(doc.plan!.safeguards.map((s) => html.slice(s.position.start.offset, s.position.start.offset + s.title.length))).toEqual(LEADS);
  });

  it('should read phrases of two parts, in traditional characters too, kept as written', async () => {
    expect(await read(text(['三、保障措施', '加強組織領導，強化統籌協調。成立領導小組，統籌推進各項工作。', '強化資金保障。區財政每年安排專項資金。']))).toEqual([
      { number: '', title: '加強組織領導，強化統籌協調', text: '成立領導小組，統籌推進各項工作。' },
      { number: '', title: '強化資金保障', text: '區財政每年安排專項資金。' },
    ]);
  });

  it('should keep the units of a clause on the safeguard whose paragraph names them', async () => {
    const doc = await parseNotice(text(['三、保障措施', '加强组织领导。成立领导小组，统筹推进各项工作。', '强化资金保障。每年安排专项资金支持数字经济发展。（责任单位：区财政局）']));
    expect(doc.plan!.safeguards.map((s) => [s.title, s.lead])).toEqual([
      ['加强组织领导', undefined],
      ['强化资金保障', ['区财政局']],
    ]);
    expect(doc.plan!.tasks.map((t) => t.number)).toEqual(['1', '2']);
  });

  it.each([
    ['paragraphs that open with who does the work', ['各部门要高度重视。切实抓好各项任务落实。', '区财政局负责资金保障。每年安排专项资金。']],
    ['a paragraph that opens with no lead phrase among them', ['加强组织领导。成立领导小组，统筹推进各项工作。', '为确保各项任务落实到位，各部门要加强协作，形成工作合力。']],
    ['one paragraph alone', ['加强组织领导。成立领导小组，统筹推进各项工作。']],
    ['a first sentence too long for a lead phrase', ['区发展改革委整体部署和系统推进全区可再生能源开发建设相关工作。建立联合工作机制。', '将可再生能源发展指标纳入区高质量发展考核。每年报告落实情况。']],
    ['a heading that runs on into its words', ['三、保障措施。各部门要加强协作。', '加强组织领导。成立领导小组。', '强化资金保障。安排专项资金。']],
  ])('should keep the part one safeguard where it has %s', async (_, body) => {
    const lines = body[0]!.startsWith('三、') ? body : ['三、保障措施', ...body];
    const read1 = await read(text(lines));
    expect(read1.map((s) => [s.number, s.title])).toEqual([['三', '保障措施']]);
  });
});
