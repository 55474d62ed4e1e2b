import { describe, expect, it } from 'vitest';
import { headFurniture } from '../../src/parse/head-furniture.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { datelineFields } from '../../src/text/dateline-fields.js';

describe('a reprinting page\'s lines in a notice\'s head', () => {
  it.each([
    ['2024年04月15日08:21 | 来源：某区人民政府网站', 'dated'],
    ['2024-04-15 09:12　来源：学习强国', 'dated'],
    ['来源：某区人民政府网站', 'labelled'],
    ['作者：张华　来源：某区融媒体中心', 'labelled'],
    ['2024-04-15', 'date'],
    ['2024年04月15日', 'date'],
    ['2024/04/15', 'date'],
    ['2024-04-15 2024-04-16', null],
    ['某政办发〔2024〕21号', null],
    // The notice's number run on after a field's value is no part of the page's dateline.
    ['来源：某区人民政府办公室　某区府办〔2024〕21号　发布时间：2024-03-18', null],
    ['来源：国家统计局。数据截至2023年底', null],
    ['各街道办事处，区政府各部门：', null],
  ])('should read %s as a dateline of kind %s', (line, expected) => {
    expect(datelineFields(line)).toBe(expected);
  });

  it.each([
    ['打印本页  关闭窗口', 'share', false],
    ['【打印】【关闭】', 'share', false],
    ['来源：某区人民政府网站', 'share', false],
    ['2024-04-15', 'share', true],
    ['某区发布 2024-04-15 18:30', 'other', true],
    ['某政办发〔2024〕21号', null, null],
    ['《某方案》已经区政府同意，现印发给你们。', null, null],
  ])('should tell what furniture %s is in a notice\'s head', (line, kind, needsHead) => {
    const found = headFurniture(line);
    expect(found ? [found.kind, found.needsHead] : [null, null]).toEqual([kind, needsHead]);
  });
});

describe('the notice\'s head under a reprinting page\'s furniture', () => {
  const TITLE = '某区人民政府办公室关于印发某区数字经济三年行动方案的通知';
  const REST = ['各街道办事处，区政府各部门：', '《某区数字经济三年行动方案》已经区政府同意，现印发给你们。', '某区人民政府办公室', '2024年4月12日', '某区数字经济三年行动方案', '一、重点任务', '1.加快5G网络建设。（牵头单位：区工信局）'];
  const read = async (lines: string[]) => {
    const doc = await parseNotice(lines.join('\n\n'));
    const n = doc.notice;
    return { number: n?.documentNumber?.raw ?? null, addressees: n?.addressees ?? [], date: n?.date ?? null, body: n?.body.length ?? 0, chrome: doc.chrome.map((c) => c.text) };
  };
  const whole = { number: '某政办发〔2024〕21号', addressees: ['各街道办事处', '区政府各部门'], date: '2024-04-12', body: 1 };

  it.each([
    [['2024-04-15'], ['2024-04-15']],
    [['来源：某区人民政府网站'], ['来源：某区人民政府网站']],
    [['打印本页  关闭窗口'], ['打印本页  关闭窗口']],
    [['2024年04月15日08:21 | 来源：某区人民政府网站'], ['2024年04月15日08:21 | 来源：某区人民政府网站']],
    [['2024-04-15', '来源：学习强国', '【打印】【关闭】'], ['2024-04-15', '来源：学习强国', '【打印】【关闭】']],
  ])('should read the number, addressees, text and date of a notice with %j under its title', async (furniture, chrome) => {
    expect(await read([TITLE, ...furniture, '某政办发〔2024〕21号', ...REST])).toEqual({ ...whole, chrome });
  });

  it('should set aside a date between the number and the addressees, and one above the title printed again', async () => {
    expect(await read([TITLE, '某政办发〔2024〕21号', '2024-04-15', ...REST])).toEqual({ ...whole, chrome: ['2024-04-15'] });
    expect(await read([TITLE, '2024-04-15', TITLE, '某政办发〔2024〕21号', ...REST])).toEqual({ ...whole, chrome: ['2024-04-15'] });
  });

  it('should set aside a bare date under a title with no number when the addressees follow it', async () => {
    expect(await read([TITLE, '2024-04-15', ...REST])).toEqual({ ...whole, number: null, chrome: ['2024-04-15'] });
  });

  it('should keep a bare date under a title that nothing of a notice\'s head follows: it may be the document\'s own', async () => {
    const doc = await parseNotice(['某区数字经济三年行动方案', '2024年4月12日', '一、重点任务', '1.加快5G网络建设。（牵头单位：区工信局）'].join('\n\n'));
    expect(doc.chrome).toEqual([]);
    expect(doc.metadata.writtenDate).toBe('2024-04-12');
  });
});

describe('a repost\'s headline copied as plain text', () => {
  const NOTICE = ['某区人民政府办公室关于印发某区夜间经济措施的通知', '某政办发〔2024〕15号', '各街道办事处：', '现将《某区夜间经济措施》印发给你们。', '某区人民政府办公室', '2024年5月17日'];
  const read = async (head: string[]) => {
    const doc = await parseNotice([...head, ...NOTICE].join('\n\n'));
    return [doc.notice?.title ?? null, doc.notice?.documentNumber?.raw ?? null, doc.chrome.map((c) => c.text), doc.diagnostics.map((d) => d.ruleId)];
  };
  const TITLE = '某区人民政府办公室关于印发某区夜间经济措施的通知';

  it.each([
    // Right above the title (read at first as its first line), ending with a document type or not.
    [['重磅！我区出台夜间经济措施'], ['重磅！我区出台夜间经济措施']],
    [['速看！夜间经济新政来了'], ['速看！夜间经济新政来了']],
    // With the post's byline and lead-in between.
    [['重磅！我区出台夜间经济措施', '某区发布 2024-05-20 18:30', '近日，区政府办公室印发了该措施，全文如下↓↓↓'], ['重磅！我区出台夜间经济措施', '某区发布 2024-05-20 18:30', '近日，区政府办公室印发了该措施，全文如下↓↓↓']],
    [['速看！夜间经济新政来了', '某区发布 2024-05-20 18:30'], ['速看！夜间经济新政来了', '某区发布 2024-05-20 18:30']],
  ])('should read the notice\'s own title under the headline %j', async (head, chrome) => {
    expect(await read(head)).toEqual([TITLE, '某政办发〔2024〕15号', chrome, ['headline-not-title']]);
  });

  it('should keep a title printed over two lines, the issuer\'s or the title\'s wrap, whole', async () => {
    const issuer = await parseNotice(['某区人民政府办公室', '关于印发某区夜间经济措施的通知', ...NOTICE.slice(1)].join('\n'));
    expect([issuer.notice?.title, issuer.chrome]).toEqual([TITLE, []]);
    const wrapped = await parseNotice(['某区人民政府办公室关于印发某区夜间', '经济措施的通知', ...NOTICE.slice(1)].join('\n'));
    expect([wrapped.notice?.title, wrapped.chrome]).toEqual([TITLE, []]);
    const relayed = await parseNotice(['某区人民政府办公室转发', '市商务局关于推进夜间经济发展的通知的通知', ...NOTICE.slice(1)].join('\n'));
    expect(relayed.notice?.title).toBe('某区人民政府办公室转发市商务局关于推进夜间经济发展的通知的通知');
  });

  it('should keep a plan\'s title over text that holds no notice\'s title', async () => {
    const doc = await parseNotice(['某区夜间经济发展工作方案', '某区发布 2024-05-20 18:30', '一、总体要求', '1.打造夜间经济地标。（责任单位：区商务局）'].join('\n\n'));
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('headline-not-title');
  });
});
