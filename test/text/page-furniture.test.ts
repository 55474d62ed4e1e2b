import { describe, expect, it } from 'vitest';
import { bareIssue, gazetteHeadIssue, isGazetteHead, isLetterhead, isNoTextPageMark, isPageNumber, isTableContinuationMark, sameIssue } from '../../src/text/page-furniture.js';

describe('isGazetteHead', () => {
  it.each([
    ['某省人民政府公报2025年第6期'],
    ['某省人民政府公报'],
    ['国务院公报'],
    ['中华人民共和国国务院公报2025年第12号'],
    ['2025年第6期某市人民政府公报'],
    ['某市人民政府公报第6期（总第123期）'],
    ['某区统计公报2025年第1期'],
    ['某省人民政府公報2025年第9期'],
    ['2025年第9期某省人民政府公報'],
    ['國務院公報2025年第12號'],
    ['某市人民政府公報第6期（總第123期）'],
    ['某市人民政府辦公廳公報'],
    ['某省人民代表大會常務委員會公報'],
    ['某市人民政府公报２０２５年第６期'],
  ])('should take %s for the head of the gazette that printed the notice', (line) => {
    expect(isGazetteHead(line)).toBe(true);
  });

  it.each([
    ['2024年某市国民经济和社会发展统计公报', 'a bulletin named by its subject is a document'],
    ['某市第七次全国人口普查公报', 'the same, with no issue beside it'],
    ['关于印发某省人民政府公报管理办法的通知', 'a title that names a gazette'],
    ['某省人民政府公报编辑部', 'the gazette is not the end of the line'],
    ['2024年某市國民經濟和社會發展統計公報', 'a traditional bulletin named by its subject'],
  ])('should not take %s (%s)', (line) => {
    expect(isGazetteHead(line)).toBe(false);
  });
});

describe('the issue of a gazette', () => {
  it.each([
    ['2025年第3期（总第412期）', '2025年第3期'],
    ['2025年第3期（總第412期）', '2025年第3期'],
    ['２０２５年第３期', '2025年第3期'],
    ['第3號', '第3期'],
  ])('should read %s, alone on a line, as the issue %s', (line, issue) => {
    expect(bareIssue(line)).toBe(issue);
  });
  it.each([
    ['2025年第3期', '2025年第3期', true],
    ['第3期', '2025年第3期', true],
    ['2025年第3期', '第3期', true],
    ['第3期', '第4期', false],
    ['2024年第3期', '2025年第3期', false],
    ['第3期', '2025年第13期', false],
  ])('should match the issue alone %s with the head\'s %s: %s', (bare, head, same) => {
    expect(sameIssue(bare, head)).toBe(same);
  });
  it.each([['2025年第3期重点工作'], ['第3期培训班'], ['某市人民政府公报2025年第3期']])('should not read %s as an issue alone', (line) => {
    expect(bareIssue(line)).toBeNull();
  });
  it.each([
    ['2025年第3期某市人民政府公报', '2025年第3期'],
    ['某市人民政府公報2025年第03期', '2025年第3期'],
    ['某市人民政府公报', null],
    ['2025年第3期', null],
  ])('should read the issue of the head %s as %s', (line, issue) => {
    expect(gazetteHeadIssue(line)).toBe(issue);
  });
});

describe('isLetterhead', () => {
  it.each([['市政府办公室文件'], ['市政府辦公室文件'], ['某省人民政府辦公廳文件'], ['某市發展和改革委員會文件']])('should take %s for a letterhead', (line) => {
    expect(isLetterhead(line)).toBe(true);
  });
  it.each([['關於印發某市辦公室文件'], ['某市政府轉發辦公室文件']])('should not take %s, a title, for a letterhead', (line) => {
    expect(isLetterhead(line)).toBe(false);
  });
});

describe('isPageNumber', () => {
  it.each([['— 3 —'], ['-3-'], ['·3·'], ['· 12 ·'], ['第3页'], ['第 3 页 共 8 页'], ['3/8'], ['共10页 第3页'], ['共10页第3页'], ['共 10 页，第 3 页'], ['第3/10页'], ['第３页 共１０页'], ['－３－'], ['第3頁 共8頁'], ['第3/10頁']])('should take %s for a page number', (line) => {
    expect(isPageNumber(line)).toBe(true);
  });

  it.each([['3.'], ['第三章'], ['2025'], ['3'], ['·'], ['共10页'], ['共10页 第3页 附件']])('should not take %s for a page number', (line) => {
    expect(isPageNumber(line)).toBe(false);
  });
});

describe('isNoTextPageMark', () => {
  it.each([['（此页无正文）'], ['(此页无正文)'], ['此页无正文'], ['（本页无正文）'], ['【本页无正文】'], ['（此页没有正文）']])('should take %s for the mark of a page without text', (line) => {
    expect(isNoTextPageMark(line)).toBe(true);
  });
  it.each([['本页无正文内容请见附件'], ['（本页无正文，下接附件）']])('should not take %s, which says more, for the mark', (line) => {
    expect(isNoTextPageMark(line)).toBe(false);
  });
});

describe('isTableContinuationMark', () => {
  it.each([['续表'], ['续表1'], ['续表一'], ['续表 2-1'], ['（续表）'], ['(续表)'], ['续上表'], ['续前表'], ['续表：'], ['表1（续）'], ['附表2(续)'], ['續表'], ['【续表】']])(
    'should take %s for the mark of a table going on from the page before',
    (line) => {
      expect(isTableContinuationMark(line)).toBe(true);
    },
  );
  it.each([['续表工作'], ['继续推进'], ['表1 主要指标'], ['续建项目表'], ['续表1 重点任务分工表（2024年下半年）完成情况']])('should not take %s for the mark', (line) => {
    expect(isTableContinuationMark(line)).toBe(false);
  });
});
