import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const plan = (lines: string[]): string =>
  ['某市促进民营经济发展若干举措', '', '一、重点举措', '', '1.支持企业上市融资。（牵头单位：市金融工作局）', '', '2.加强人才支撑。（牵头单位：市人力资源社会保障局）', '', '二、保障措施', '', '（一）加强统筹协调。建立联席会议制度。', '', '（二）强化督查落实。每半年报送工作进展情况。', '', ...lines].join('\n');

describe('a note that ends the plan', () => {
  it('should keep a note after the closing statement out of the last safeguard and the outline', async () => {
    const doc = await parseNotice(plan(['本举措自印发之日起施行，有效期至2026年12月31日。', '', '注：1.“小巨人”企业指专精特新“小巨人”企业。', '', '2.奖励标准按照《某市奖励办法》（某政发〔2022〕8号）执行。']));
    expect(doc.plan!.closing!.map((c) => c.text)).toEqual([
      '本举措自印发之日起施行，有效期至2026年12月31日。',
      '注：1.“小巨人”企业指专精特新“小巨人”企业。',
      '2.奖励标准按照《某市奖励办法》（某政发〔2022〕8号）执行。',
    ]);
    expect(doc.plan!.safeguards.map((s) => s.text)).toEqual(['建立联席会议制度。', '每半年报送工作进展情况。']);
    expect(doc.outline.map((n) => n.children.map((c) => c.label))).toEqual([['1.', '2.'], ['（一）', '（二）']]);
    expect(doc.plan!.tasks.map((t) => t.text)).toEqual(['支持企业上市融资。', '加强人才支撑。']);
  });

  it.each([
    ['注：', ['注：', '1.本举措所称民营企业指在本市登记注册的企业。', '2.奖励资金由市财政局统筹安排。']],
    ['注释：', ['注释：1.本举措所称民营企业指在本市登记注册的企业。', '2.奖励资金由市财政局统筹安排。']],
    ['说明：', ['说明：（1）本举措所称民营企业指在本市登记注册的企业。', '（2）奖励资金由市财政局统筹安排。']],
    ['备注：', ['备注：本举措所称民营企业指在本市登记注册的企业。']],
  ])('should keep a note opened by %s after the last part, without a closing statement, as the plan\'s closing', async (_, note) => {
    const doc = await parseNotice(plan(note.flatMap((l) => [l, ''])));
    expect(doc.plan!.closing!.map((c) => c.text)).toEqual(note);
    expect(doc.plan!.safeguards.map((s) => s.text)).toEqual(['建立联席会议制度。', '每半年报送工作进展情况。']);
    expect(doc.outline.map((n) => n.children.map((c) => c.label))).toEqual([['1.', '2.'], ['（一）', '（二）']]);
  });

  it('should leave a note between the parts where it is', async () => {
    const text = ['某市方案', '', '一、重点任务', '', '（一）建设平台。（牵头单位：市科技局）', '', '注：平台建设资金另行安排。', '', '二、保障措施', '', '（一）加强组织领导。建立工作专班。'].join('\n');
    const doc = await parseNotice(text);
    expect(doc.plan!.closing).toBeUndefined();
    expect(doc.outline.map((n) => n.label)).toEqual(['一、', '二、']);
    expect(doc.plan!.tasks[0]!.text).toContain('注：平台建设资金另行安排。');
  });

  it('should not take a paragraph opened by 说明 without a colon for a note', async () => {
    const doc = await parseNotice(plan(['说明书编制工作由市市场监管局负责。']));
    expect(doc.plan!.closing).toBeUndefined();
  });
});
