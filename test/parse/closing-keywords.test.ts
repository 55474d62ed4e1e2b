import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const PLAN = [
  '某县2024年教育工作要点',
  '一、重点任务',
  '1.扩大学前教育资源。新建公办幼儿园3所。（牵头单位：县教育局；配合单位：县发改局）',
  '2.加强经费保障。县财政足额保障教育经费投入。（牵头单位：县财政局）',
];
const html = (inside: readonly string[], after: readonly string[] = []) =>
  `<html><head><meta charset="utf-8"><title>x</title></head><body><div id="zoom">\n${[...PLAN, ...inside].map((l) => `<p>${l}</p>`).join('\n')}\n</div>\n${after.map((l) => `<p>${l}</p>`).join('\n')}\n</body></html>`;

const read = async (input: string, format?: 'html') => {
  const doc = await parseNotice(input, format ? { format } : {});
  return {
    keywords: doc.metadata.keywords,
    fields: doc.metadata.fields.map((f) => [f.label, f.key, f.value]),
    lastTask: doc.plan!.tasks.at(-1)!.text,
    chrome: doc.chrome.map((c) => c.text),
    imprint: doc.plan?.imprint ?? doc.notice?.imprint ?? null,
    unparsed: doc.unparsed.map((u) => u.text),
  };
};

describe('the 主题词 line of the imprint at the end of a document', () => {
  it('should read 主题词 under the credit line as the keywords and the credit line as page furniture (HTML, the line outside the article)', async () => {
    const r = await read(html(['（责任编辑：李明）'], ['主题词：教育　工作要点']), 'html');
    expect(r.keywords).toBe('教育　工作要点');
    expect(r.fields).toEqual([['主题词', 'keywords', '教育　工作要点']]);
    expect(r.lastTask).toBe('加强经费保障。县财政足额保障教育经费投入。');
    expect(r.chrome).toEqual(['（责任编辑：李明）']);
    expect(r.unparsed).toEqual([]);
  });

  it('should read the same in plain text', async () => {
    const r = await read([...PLAN, '（责任编辑：李明）', '主题词：教育　工作要点'].join('\n'));
    expect(r.keywords).toBe('教育　工作要点');
    expect(r.lastTask).toBe('加强经费保障。县财政足额保障教育经费投入。');
    expect(r.chrome).toEqual(['（责任编辑：李明）']);
  });

  it('should read 主题词 over 抄送 and 印发 as the keywords, the two lines below as the imprint', async () => {
    const r = await read(html(['主题词：教育　工作要点　通知', '抄送：县委各部门，县人大常委会办公室。', '某县人民政府办公室　　　　　2024年3月4日印发']), 'html');
    expect(r.keywords).toBe('教育　工作要点　通知');
    expect(r.lastTask).toBe('加强经费保障。县财政足额保障教育经费投入。');
    expect(r.imprint).toMatchObject({ copiedTo: ['县委各部门', '县人大常委会办公室'], printedBy: '某县人民政府办公室', printedDate: '2024-03-04' });
  });

  it('should read a spaced label with a half-width colon, and one in traditional characters', async () => {
    expect((await read([...PLAN, '主 题 词: 教育 工作要点'].join('\n'))).keywords).toBe('教育 工作要点');
    const trad = await read(['某縣2024年教育工作要點', '一、重點任務', '1.加強經費保障。縣財政足額保障教育經費投入。（牽頭單位：縣財政局）', '主題詞：教育　工作要點'].join('\n'));
    expect(trad.keywords).toBe('教育　工作要點');
    expect(trad.lastTask).toBe('加強經費保障。縣財政足額保障教育經費投入。');
  });

  it('should set the page furniture under the 主题词 line aside too', async () => {
    const r = await read(html(['（责任编辑：李明）', '主题词：教育　工作要点', '【我要纠错】 【打印本页】 【关闭窗口】']), 'html');
    expect(r.keywords).toBe('教育　工作要点');
    expect(r.lastTask).toBe('加强经费保障。县财政足额保障教育经费投入。');
    expect(r.chrome).toEqual(['（责任编辑：李明）', '【我要纠错】 【打印本页】 【关闭窗口】']);
  });

  it('should keep a header\'s 主题词 and list the closing one beside it', async () => {
    const r = await read(['索引号：001-2024-00012', '主题词：教育', ...PLAN, '主题词：教育　工作要点'].join('\n'));
    expect(r.keywords).toBe('教育');
    expect(r.fields.filter((f) => f[1] === 'keywords')).toEqual([['主题词', 'keywords', '教育'], ['主题词', 'keywords', '教育　工作要点']]);
  });

  it('should not read a 主题词 line with the text going on under it, nor a sentence', async () => {
    const mid = await read([...PLAN.slice(0, 3), '主题词：教育', PLAN[3]].join('\n'));
    expect(mid.keywords).toBeNull();
    const sentence = await read([...PLAN, '主题词：围绕教育强县目标开展工作。'].join('\n'));
    expect(sentence.keywords).toBeNull();
  });
});
