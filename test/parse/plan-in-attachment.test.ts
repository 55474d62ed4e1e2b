import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const page = (attachment: string, after = ''): string =>
  '<html><body><h1>某区人民政府办公室关于印发某区节水行动方案的通知</h1><p>各街道办事处，区直各部门：</p>' +
  `<p>现将《某区节水行动方案》印发给你们，请认真贯彻落实。</p><p>${attachment}</p><p>某区人民政府办公室</p><p>2024年5月7日</p>${after}</body></html>`;

const read = async (html: string) => {
  const doc = await parseNotice(html, { format: 'html' });
  return { doc, found: doc.diagnostics.filter((d) => d.ruleId === 'plan-in-attachment').map((d) => d.message) };
};

describe('plan-in-attachment', () => {
  it('should say that the plan is a linked file not in the input, keeping the link\'s address', async () => {
    const { doc, found } = await read(page('附件：<a href="/files/2024/jieshui.pdf">某区节水行动方案.pdf</a>'));
    expect(doc.plan).toBeNull();
    expect(doc.notice?.attachments).toMatchObject([{ label: '附件', title: '某区节水行动方案', href: '/files/2024/jieshui.pdf' }]);
    expect(found).toEqual([
      'the plan 附件《某区节水行动方案》 is in an attachment not in this input (/files/2024/jieshui.pdf): this input is only the notice that covers it, so the model has no plan, tasks or goals',
    ]);
  });

  it('should give the attachment the address of the page\'s download below the notice (相关附件：), as the inline link does', async () => {
    const html = page('附件：某区节水行动方案').replace('<h1>', '<div class="content"><h1>').replace('</body>', '</div><div class="fujian">相关附件：<br><a href="/files/2024/jieshui.pdf">某区节水行动方案.pdf</a></div></body>');
    const { doc, found } = await read(html);
    expect(doc.plan).toBeNull();
    expect(doc.notice?.attachments).toMatchObject([{ label: '附件', title: '某区节水行动方案', href: '/files/2024/jieshui.pdf' }]);
    expect(doc.unparsed).toEqual([]);
    expect(found).toEqual([
      'the plan 附件《某区节水行动方案》 is in an attachment not in this input (/files/2024/jieshui.pdf): this input is only the notice that covers it, so the model has no plan, tasks or goals',
    ]);
  });

  it('should give each of two numbered attachments the address of its numbered download below the notice', async () => {
    const html = page('附件：1.某区节水行动方案<br>2.某区节水行动方案实施细则').replace('<h1>', '<div class="content"><h1>').replace(
      '</body>',
      '</div><div class="fujian">相关附件：<br><a href="/f/1.pdf">1.某区节水行动方案.pdf</a><br><a href="/f/2.docx">2.某区节水行动方案实施细则.docx</a></div></body>',
    );
    const { doc, found } = await read(html);
    expect(doc.notice?.attachments.map((a) => [a.label, a.title, a.href])).toEqual([
      ['附件1', '某区节水行动方案', '/f/1.pdf'],
      ['附件2', '某区节水行动方案实施细则', '/f/2.docx'],
    ]);
    expect(found).toEqual([expect.stringContaining('is in an attachment not in this input (/f/1.pdf): ')]);
  });

  it('should say so without an address when the 附件 line links nothing', async () => {
    const { doc, found } = await read(page('附件：某区节水行动方案'));
    expect(doc.notice?.attachments[0]).not.toHaveProperty('href');
    expect(found).toEqual([expect.stringContaining('is in an attachment not in this input: ')]);
  });

  it.each([
    ['the attachment is no plan (a list of names)', page('附件：<a href="/f/x.xlsx">某区节水型单位名单.xlsx</a>')],
    ['the plan is printed after the notice', page('附件：某区节水行动方案', '<p>附件</p><p>某区节水行动方案</p><p>一、主要任务</p><p>1.推进节水改造。（牵头单位：区水务局）</p>')],
  ])('should say nothing when %s', async (_case, html) => {
    expect((await read(html)).found).toEqual([]);
  });

  it('should take the 附件 line under the notice\'s date as the notice\'s attachment, and say the plan is that file', async () => {
    const html = page('', '<p>附件：<a href="/files/2024/jieshui.pdf">某区节水行动方案.pdf</a></p>').replace('<p></p>', '');
    const { doc, found } = await read(html);
    expect(doc.plan).toBeNull();
    expect(doc.notice?.attachments).toMatchObject([{ label: '附件', title: '某区节水行动方案', href: '/files/2024/jieshui.pdf' }]);
    expect(found).toHaveLength(1);
  });

  it('should list a file once when the notice\'s text and the download under its date both name it', async () => {
    const { doc, found } = await read(page('附件：某区节水行动方案', '<p>附件：<a href="/f/a.pdf">某区节水行动方案.pdf</a></p>'));
    expect(doc.notice?.attachments.map((a) => a.title)).toEqual(['某区节水行动方案']);
    expect(found).toHaveLength(1);
    expect(doc.unparsed).toEqual([]);
  });

  it('should read the downloads under a 相关附件 label as the attachments, each with its address', async () => {
    const html = page('', '<p>相关附件：</p><p><a href="/f/a.pdf">某区节水行动方案.pdf</a></p><p><a href="/f/b.xlsx">某区节水型单位名单.xlsx</a></p>').replace('<p></p>', '');
    const { doc, found } = await read(html);
    expect(doc.notice?.attachments.map((a) => [a.label, a.title, a.href])).toEqual([
      ['附件', '某区节水行动方案', '/f/a.pdf'],
      ['附件', '某区节水型单位名单', '/f/b.xlsx'],
    ]);
    expect(found).toHaveLength(1);
    expect(doc.unparsed).toEqual([]);
  });

  it.each([['附件下载：'], ['相关附件：'], ['下载附件：']])('should read a download labelled %s with its file on the same line as the attachment', async (label) => {
    const html = page('', `<div class="fjxz">${label}<a href="/f/a.docx">某区节水行动方案.docx</a></div>`).replace('<p></p>', '');
    const { doc, found } = await read(html);
    expect(doc.notice?.attachments.map((a) => [a.label, a.title, a.href])).toEqual([['附件', '某区节水行动方案', '/f/a.docx']]);
    expect(found).toHaveLength(1);
    expect(doc.unparsed).toEqual([]);
  });

  it('should report text under the notice\'s date that opens no plan as unparsed, not drop it', async () => {
    const { doc } = await read(page('', '<p>本通知自印发之日起施行。</p>').replace('<p></p>', ''));
    expect(doc.plan).toBeNull();
    expect(doc.unparsed.map((u) => u.text)).toEqual(['本通知自印发之日起施行。']);
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('unparsed-text');
  });

  it('should keep no address for a link to a page rather than a file', async () => {
    const { doc } = await read(page('附件：<a href="/art/2024/5/7/art_1.html">某区节水行动方案</a>'));
    expect(doc.notice?.attachments[0]).not.toHaveProperty('href');
  });
});
