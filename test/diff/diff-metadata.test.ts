import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import type { DiffResult } from '../../src/diff/types.js';
import type { MetadataValues } from '../../src/model/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { renderDiffGithub } from '../../src/render/diff-github.js';
import { renderDiffHtml } from '../../src/render/diff-html.js';
import { renderDiffJson } from '../../src/render/diff-json.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderDiffText } from '../../src/render/diff-text.js';

/** One header row per field the model reads, in the order a site prints them. */
const ROWS: Record<keyof MetadataValues, string> = {
  title: '名称：青山区人民政府办公室关于印发青山区绿色建筑推广三年行动方案的通知',
  indexNumber: '索引号：11330000123456789X/2024-00012',
  issuer: '发布机构：青山区人民政府办公室',
  documentNumber: '发文字号：青政办发〔2024〕3号',
  subject: '主题分类：城乡建设',
  writtenDate: '成文日期：2024-02-06',
  publishedDate: '发布日期：2024-02-08',
  validity: '有效性：有效',
  keywords: '主题词：绿色建筑',
};

/** Another value for each row. */
const CHANGED: Record<keyof MetadataValues, string> = {
  title: '名称：青山区人民政府办公室关于印发青山区绿色建筑推广行动方案的通知',
  indexNumber: '索引号：11330000123456789X/2024-00013',
  issuer: '发布机构：青山区住房和城乡建设局',
  documentNumber: '发文字号：青政办发〔2024〕5号',
  subject: '主题分类：节能环保',
  writtenDate: '成文日期：2024-02-07',
  publishedDate: '发布日期：2024-02-09',
  validity: '有效性：失效',
  keywords: '主题词：建筑节能',
};

const KEYS = Object.keys(ROWS) as Array<keyof MetadataValues>;

/**
 * A notice under a full header; without a signature or a date under its text, so that nothing
 * outside the header gives the issuer or the date. `rows` replaces header rows (null drops one).
 */
function notice(rows: Partial<Record<keyof MetadataValues, string | null>> = {}, tail = ''): string {
  const header = KEYS.map((key) => (key in rows ? rows[key] : ROWS[key])).filter((row): row is string => row != null);
  return [
    ...header,
    '',
    '青山区人民政府办公室关于印发青山区绿色建筑推广三年行动方案的通知',
    '',
    '各街道办事处，区政府各部门：',
    '',
    '经区政府同意，现将《青山区绿色建筑推广三年行动方案》印发给你们，请结合实际认真组织实施。',
    '',
    tail,
    '青山区绿色建筑推广三年行动方案',
    '',
    '一、总体要求',
    '',
    '到2026年，城镇新建建筑中绿色建筑面积占比达到100%。',
    '',
    '二、重点任务',
    '',
    '1.推行绿色设计。在施工图审查中落实绿色建筑标准。（牵头单位：区住房和城乡建设局）',
    '',
  ].join('\n');
}

async function diffTexts(oldText: string, newText: string): Promise<DiffResult> {
  return diffDocuments(await parseNotice(oldText, { name: 'old.txt' }), await parseNotice(newText, { name: 'new.txt' }));
}

/** The metadata fields a diff names. */
function metadataFields(result: DiffResult): string[] {
  return result.changes.filter((c) => c.kind === 'metadata').flatMap((c) => Object.keys(c.fields ?? {}));
}

/** The notice's changed fields, each with its old and new value. */
function noticeFields(result: DiffResult): Record<string, { old: unknown; new: unknown }> {
  const fields = result.changes.filter((c) => c.kind === 'notice').flatMap((c) => Object.entries(c.fields ?? {}));
  return Object.fromEntries(fields.map(([key, f]) => [key, { old: f.old, new: f.new }]));
}

/** Whether every output format names the field as a changed field of the header. */
async function expectListedEverywhere(result: DiffResult, key: string): Promise<void> {
  const json = JSON.parse(renderDiffJson(result)) as { changes: Array<{ kind: string; fields?: Record<string, unknown> }> };
  expect(json.changes.find((c) => c.kind === 'metadata')?.fields).toHaveProperty(key);
  expect(await renderDiffText(result, { color: false })).toMatch(new RegExp(`^ {4}${key}: `, 'm'));
  expect(renderDiffMarkdown(result)).toContain(`| ${key} |`);
  expect(renderDiffGithub(result, { file: 'new.txt' })).toContain(`%0A${key}: `);
  expect(renderDiffHtml(result)).toContain(`<td class="field">${key}</td>`);
}

describe('diff of the header (metadata)', () => {
  it('should report no change for a notice against itself', async () => {
    expect((await diffTexts(notice(), notice())).changes).toEqual([]);
  });

  it.each(KEYS)('should list %s when its value differs, in every format', async (key) => {
    const result = await diffTexts(notice(), notice({ [key]: CHANGED[key] }));
    expect(metadataFields(result)).toEqual([key]);
    await expectListedEverywhere(result, key);
  });

  // The title is the one field the notice always gives as well: see below.
  it.each(KEYS.filter((key) => key !== 'title'))('should list %s when one version lacks it, either way, in every format', async (key) => {
    const removed = await diffTexts(notice(), notice({ [key]: null }));
    expect(metadataFields(removed)).toEqual([key]);
    expect(removed.changes[0]?.fields?.[key]).toMatchObject({ new: null });
    await expectListedEverywhere(removed, key);
    const added = await diffTexts(notice({ [key]: null }), notice());
    expect(metadataFields(added)).toEqual([key]);
    expect(added.changes[0]?.fields?.[key]).toMatchObject({ old: null });
  });

  it('should not list 名称 missing from one header when the notice gives the same title, but list a different one', async () => {
    expect(metadataFields(await diffTexts(notice(), notice({ title: null })))).toEqual([]);
    const retitled = await diffTexts(notice({ title: CHANGED.title }), notice({ title: null }));
    expect(metadataFields(retitled)).toEqual(['title']);
  });

  // The same notice scraped with a header and copied as text without one: the text still names its
  // issuer and date, under its body. The fields are given, in another place; not lost.
  it('should not list 发布机构 and 成文日期 a version gives as its signature and date instead of in a header', async () => {
    const signed = '青山区人民政府办公室\n\n2024年2月6日\n';
    const result = await diffTexts(notice(), notice({ issuer: null, writtenDate: null }, signed));
    expect(metadataFields(result)).toEqual([]);
    const back = await diffTexts(notice({ issuer: null, writtenDate: null }, signed), notice());
    expect(metadataFields(back)).toEqual([]);
  });

  // 成文日期 is the date under the signature: a change of it is the notice's date, once.
  // 发布机构 is the organ signing it: a change of it is the notice's signatories, once (see below).
  it('should list 发布机构 against another organ the other version signs with, and 成文日期 against its date, once each, as the notice’s', async () => {
    const signed = '青山区住房和城乡建设局\n\n2024年2月7日\n';
    const result = await diffTexts(notice(), notice({ issuer: null, writtenDate: null }, signed));
    expect(metadataFields(result)).toEqual([]);
    expect(noticeFields(result)).toEqual({
      signatories: { old: ['青山区人民政府办公室'], new: ['青山区住房和城乡建设局'] },
      date: { old: '2024-02-06', new: '2024-02-07' },
    });
  });

  // The page (a header grid without 名称, as in Zhejiang's template) against the same notice copied
  // as text: the index number and the document number are in the page only; the issuer and the date
  // the text gives under its body, the title as its first line.
  it('should list only the fields a text copy does not give at all, against the page with the header grid', async () => {
    const body =
      '某市人民政府办公室关于印发某市节能工作方案的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n《某市节能工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n某市人民政府办公室\n\n2023年7月12日\n';
    const html =
      '<html><head><meta charset="utf-8"><title>某市人民政府办公室关于印发某市节能工作方案的通知</title></head><body>' +
      '<table><tr><td>索 引 号：</td><td>113300001234567X/2023-00088</td><td>发布机构：</td><td>某市人民政府办公室</td></tr>' +
      '<tr><td>发文字号：</td><td>某政办发〔2023〕21号</td><td>成文日期：</td><td>2023-07-12</td></tr></table>' +
      body
        .split('\n')
        .filter(Boolean)
        .map((line) => `<p>${line}</p>`)
        .join('') +
      '</body></html>';
    const page = await parseNotice(html, { name: 'page.html' });
    const text = await parseNotice(body, { name: 'copy.txt' });
    expect(page.metadata).toMatchObject({ issuer: '某市人民政府办公室', writtenDate: '2023-07-12' });
    expect(text.notice).toMatchObject({ signatories: ['某市人民政府办公室'], date: '2023-07-12' });
    expect(metadataFields(await diffDocuments(page, text))).toEqual(['indexNumber', 'documentNumber']);
  });

  // A text copy's metadata is filled from its own title, signature and date (metadata.derived); two
  // such copies compare those in the notice, not a second time as the header's.
  it('should report a changed signature of two versions without a header once, as the notice', async () => {
    const bare = (signer: string) => notice(Object.fromEntries(KEYS.map((k) => [k, null])), `${signer}\n\n2024年2月6日\n`);
    const result = await diffTexts(bare('青山区人民政府办公室'), bare('青山区住房和城乡建设局'));
    expect(metadataFields(result)).toEqual([]);
    expect(result.changes.filter((c) => c.kind === 'notice').flatMap((c) => Object.keys(c.fields ?? {}))).toEqual(['signatories']);
  });

  it('should not list 发布机构 against a joint notice copied as text whose first signing organ it names', async () => {
    const joint = '青山区人民政府办公室\n青山区住房和城乡建设局\n\n2024年2月6日\n';
    const result = await diffTexts(notice(), notice({ issuer: null, writtenDate: null }, joint));
    expect(metadataFields(result)).toEqual([]);
  });
});

describe('a notice printed with two numbers', () => {
  it('should report a change of its second number as a change of the notice, at that line', async () => {
    const text = (second: string) =>
      `某市人民政府关于印发某市促进消费若干措施的通知\n某政规〔2023〕3号\n${second}\n\n各区县人民政府：\n现将《某市促进消费若干措施》印发给你们。\n\n某市人民政府\n2023年5月10日\n`;
    const result = await diffDocuments(await parseNotice(text('某政发〔2023〕12号'), { name: 'a.txt' }), await parseNotice(text('某政发〔2023〕13号'), { name: 'b.txt' }));
    const notice = result.changes.filter((c) => c.kind === 'notice');
    expect(notice.map((c) => [Object.keys(c.fields ?? {}), c.line])).toEqual([[['otherDocumentNumbers'], 3]]);
  });
});

// A header's 成文日期 and the date under the signature are the same fact: the date the notice was
// signed. One version may give it in its header only (a scraped page), the other under its
// signature only (a text copy), or both in both places.
describe('a notice’s date, given in the header (成文日期), under the signature, or both', () => {
  const signed = (date: string) => `青山区人民政府办公室\n\n${date}\n`;
  const undated = { writtenDate: null };

  it('should report a date changed between a header’s 成文日期 and a signature’s date once, as the notice’s date, at the signature', async () => {
    // Old: 成文日期：2024-02-06 and 2024年2月6日 under the signature; new: a text copy without a header.
    const headerless = Object.fromEntries(KEYS.map((k) => [k, null]));
    const result = await diffTexts(notice({}, signed('2024年2月6日')), notice(headerless, signed('2024年3月1日')));
    expect(metadataFields(result)).not.toContain('writtenDate');
    expect(noticeFields(result).date).toEqual({ old: '2024-02-06', new: '2024-03-01' });
    const text = await renderDiffText(result, { color: false });
    expect(text).toContain('    date: [-2024-02-06-] → {+2024-03-01+}');
    expect(text.match(/2024-03-01/g)).toHaveLength(1);
  });

  it('should take a notice’s date from its header’s 成文日期 where its signature has none', async () => {
    // Old dated only under the signature, new only in its header (line 6: 成文日期：2024-03-01).
    const result = await diffTexts(notice(undated, signed('2024年2月6日')), notice({ writtenDate: '成文日期：2024-03-01' }));
    expect(metadataFields(result)).toEqual([]);
    expect(noticeFields(result).date).toEqual({ old: '2024-02-06', new: '2024-03-01' });
  });

  it('should report no date change where one version gives in its header the date the other signs with', async () => {
    const result = await diffTexts(notice(undated, signed('2024年2月6日')), notice());
    expect(metadataFields(result)).toEqual([]);
    expect(noticeFields(result).date).toBeUndefined();
  });

  it('should point at the header’s 成文日期 line for a date changed that only the new header gives', async () => {
    // Neither signs with a name: the old one is dated under its text, the new one in its header (line 6) alone.
    const bySignature = notice(undated, '2024年2月6日\n');
    const byHeader = notice({ writtenDate: '成文日期：2024-03-01' });
    const result = await diffTexts(bySignature, byHeader);
    expect(noticeFields(result)).toEqual({ date: { old: '2024-02-06', new: '2024-03-01' } });
    expect(result.changes.find((c) => c.kind === 'notice')?.line).toBe(6);
  });

  it('should report the date once when both versions give it in both places, alike within each', async () => {
    const result = await diffTexts(notice({}, signed('2024年2月6日')), notice({ writtenDate: CHANGED.writtenDate }, signed('2024年2月7日')));
    expect(metadataFields(result)).toEqual([]);
    expect(noticeFields(result)).toEqual({ date: { old: '2024-02-06', new: '2024-02-07' } });
  });

  it('should keep two reports when both versions give it in both places and one dates its header otherwise than its signature', async () => {
    // New: 成文日期：2024-02-07 in its header but 2024年2月9日 under its signature.
    const result = await diffTexts(notice({}, signed('2024年2月6日')), notice({ writtenDate: CHANGED.writtenDate }, signed('2024年2月9日')));
    expect(metadataFields(result)).toEqual(['writtenDate']);
    expect(result.changes.find((c) => c.kind === 'metadata')?.fields?.writtenDate).toMatchObject({ old: '2024-02-06', new: '2024-02-07' });
    expect(noticeFields(result)).toEqual({ date: { old: '2024-02-06', new: '2024-02-09' } });
  });

  it('should report as the header’s a 成文日期 changed where neither version dates its signature', async () => {
    const result = await diffTexts(notice(), notice({ writtenDate: CHANGED.writtenDate }));
    expect(metadataFields(result)).toEqual(['writtenDate']);
    expect(noticeFields(result)).toEqual({});
  });
});

// A header's 发布机构 and the organ signing the notice (落款) are the same fact: who issues it. One
// version may give it in its header only (a scraped page), the other under its text only (a text
// copy), or both in both places; as the date is, it is compared once, as the notice's signatories.
describe('a notice’s issuer, given in the header (发布机构), as its signature, or both', () => {
  const signed = (organs: string) => `${organs}\n\n2024年2月6日\n`;
  const unsigned = { issuer: null };
  const byHousing = { issuer: CHANGED.issuer };

  it('should report an issuer changed in both the header and the signature once, as the notice’s signatories, at the signature', async () => {
    // Old: 发布机构：青山区人民政府办公室 and that office signing; new: the 住房和城乡建设局 in both places (its signature at line 17).
    const result = await diffTexts(notice({}, signed('青山区人民政府办公室')), notice(byHousing, signed('青山区住房和城乡建设局')));
    expect(metadataFields(result)).toEqual([]);
    expect(noticeFields(result)).toEqual({ signatories: { old: ['青山区人民政府办公室'], new: ['青山区住房和城乡建设局'] } });
    expect(result.changes.find((c) => c.kind === 'notice')?.line).toBe(17);
    const text = await renderDiffText(result, { color: false });
    expect(text.match(/青山区住房和城乡建设局/g)).toHaveLength(1);
  });

  it('should take a notice’s signing organ from its header’s 发布机构 where it is not signed', async () => {
    // Old signed by the office, without a header's 发布机构; new unsigned, its header naming the bureau.
    const result = await diffTexts(notice(unsigned, signed('青山区人民政府办公室')), notice(byHousing));
    expect(metadataFields(result)).toEqual([]);
    expect(noticeFields(result)).toEqual({ signatories: { old: ['青山区人民政府办公室'], new: ['青山区住房和城乡建设局'] } });
    // Pointed at where the new version names it: its header's 发布机构 (line 3).
    expect(result.changes.find((c) => c.kind === 'notice')?.line).toBe(3);
  });

  it('should report no issuer change where one version gives in its header the organ the other signs with', async () => {
    const result = await diffTexts(notice(), notice(unsigned, signed('青山区人民政府办公室')));
    expect(metadataFields(result)).toEqual([]);
    expect(noticeFields(result)).toEqual({});
  });

  it('should report no issuer change where a header names the first organ of a joint notice the other version signs', async () => {
    const result = await diffTexts(notice(), notice(unsigned, signed('青山区人民政府办公室\n青山区住房和城乡建设局')));
    expect(metadataFields(result)).toEqual([]);
    expect(noticeFields(result)).toEqual({});
  });

  it.each([
    ['with the place above it', '浙江省青山区人民政府办公室', '浙江省青山区住房和城乡建设局', '青山区住房和城乡建设局'],
    ['in its full form over a short one', '青山区人民政府办公室', '青山区科学技术局', '青山区科技局'],
  ])('should take a header naming the signing organ %s for the signature', async (_name, oldHeader, newHeader, newSigned) => {
    const result = await diffTexts(notice({ issuer: `发布机构：${oldHeader}` }, signed('青山区人民政府办公室')), notice({ issuer: `发布机构：${newHeader}` }, signed(newSigned)));
    expect(metadataFields(result)).toEqual([]);
    expect(noticeFields(result)).toEqual({ signatories: { old: ['青山区人民政府办公室'], new: [newSigned] } });
  });

  it('should keep two reports when a version’s header names another organ than its signature', async () => {
    // New: 发布机构：青山区住房和城乡建设局 in its header, but the district government signing.
    const result = await diffTexts(notice({}, signed('青山区人民政府办公室')), notice(byHousing, signed('青山区人民政府')));
    expect(metadataFields(result)).toEqual(['issuer']);
    expect(noticeFields(result)).toEqual({ signatories: { old: ['青山区人民政府办公室'], new: ['青山区人民政府'] } });
  });

  it('should report as the header’s a 发布机构 changed where neither version is signed', async () => {
    const result = await diffTexts(notice(), notice(byHousing));
    expect(metadataFields(result)).toEqual(['issuer']);
    expect(noticeFields(result)).toEqual({});
  });
});
