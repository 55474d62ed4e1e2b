import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/source/load-source.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { documentNumberCut } from '../../src/source/line-wrap.js';

const blocks = async (text: string): Promise<string[]> => (await loadSource(new TextEncoder().encode(text), { name: 'notice.txt' })).blocks.map((b) => b.text);

const notice = (numberLines: string[]): string =>
  [
    '沧州市人民政府办公室',
    '关于印发沧州市县域特色产业集群三年行动方案的通知',
    '',
    ...numberLines,
    '',
    '各县（市、区）人民政府，市政府有关部门：',
    '　　《沧州市县域特色产业集群三年行动方案》已经市政府同意，现印发给你们，请认真组织实施。',
    '',
    '沧州市人民政府办公室',
    '2025年2月26日',
  ].join('\n');

describe('a document number cut over two lines', () => {
  it.each([
    ['after its year', ['沧政办字〔2025〕', '14号'], '沧政办字〔2025〕14号'],
    ['after its agency', ['沧政办字', '〔2025〕14号'], '沧政办字〔2025〕14号'],
    ['inside its year', ['沧政办字〔20', '25〕14号'], '沧政办字〔2025〕14号'],
    ['inside its serial', ['沧政办字〔2025〕1', '4号'], '沧政办字〔2025〕14号'],
    ['inside its serial, in traditional writing', ['滄政辦字〔2025〕1', '4號'], '滄政辦字〔2025〕14號'],
  ])('should join the number cut %s into one line', async (_what, lines, joined) => {
    expect(await blocks(notice(lines))).toContain(joined);
  });

  it('should read the joined number and the addressees below it', async () => {
    const doc = await parseNotice(notice(['沧政办字〔2025〕1', '4号']));
    expect(doc.notice?.documentNumber).toMatchObject({ raw: '沧政办字〔2025〕14号', agency: '沧政办字', year: 2025, serial: 14 });
    expect(doc.notice?.addressees).toEqual(['各县（市、区）人民政府', '市政府有关部门']);
  });

  it.each([
    ['two whole numbers one under the other', '某政规〔2023〕3号', '某政发〔2023〕12号'],
    ['a title over a number', '关于印发某方案的通知', '某政发〔2023〕12号'],
    ['a sentence cut before a number it cites', '按照《某办法》（某政发', '〔2023〕12号）要求'],
    ['an order\'s number under its name', '中华人民共和国国务院令', '第707号'],
    ['a line ending in a number and a line of a count', '共涉及企业12家，其中', '规上企业8号'],
    ['a long line of body text ending in a bracketed year, over a line of a figure and 号', '根据省政府办公厅印发的实施意见和市政府专题会议纪要〔2025〕', '3号楼改造工程'],
    ['a year in brackets in prose, over a house number', '按照老旧小区改造计划（2025〕', '12号院'],
  ])('should not join %s', (_what, prev, next) => {
    expect(documentNumberCut(prev, next)).toBe(false);
  });
});
