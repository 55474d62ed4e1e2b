import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/render/csv.js';
import { renderMarkdownTable } from '../../src/render/markdown-table.js';
import { renderTsv } from '../../src/render/tsv.js';
import type { Tabular } from '../../src/render/tabular.js';

const tab = (rows: string[][], headers = ['a', 'b']): Tabular => ({
  headers: headers.map((text) => ({ text })),
  rows: rows.map((row) => row.map((text) => ({ text }))),
});

describe('renderCsv', () => {
  it('should write RFC 4180 lines ending in CRLF', () => {
    expect(renderCsv(tab([['1', '区科技局']]))).toBe('a,b\r\n1,区科技局\r\n');
  });

  it('should quote fields with commas, quotes and line breaks', () => {
    expect(renderCsv(tab([['x,y', 'say "hi"\nthere']]))).toBe('a,b\r\n"x,y","say ""hi""\nthere"\r\n');
  });

  it('should neutralise cells a spreadsheet would run as a formula', () => {
    const out = renderCsv(tab([['=HYPERLINK("http://x")', '+1+cmd|x'], ['-2-A1', '@SUM(A1)'], ['-', '-区']]));
    expect(out).toBe('a,b\r\n"\'=HYPERLINK(""http://x"")",\'+1+cmd|x\r\n\'-2-A1,\'@SUM(A1)\r\n\'-,\'-区\r\n');
  });

  it('should write a signed plain number without the formula guard, as a number a spreadsheet reads', () => {
    const out = renderCsv(tab([['-3.2', '+5'], ['-0.5%', '-.25'], ['-1e3', '-3.2 ']]));
    expect(out).toBe("a,b\r\n-3.2,+5\r\n-0.5%,-.25\r\n-1e3,'-3.2 \r\n");
  });

  it('should start with a byte order mark only when asked', () => {
    expect(renderCsv(tab([]), { bom: true })).toBe('\ufeffa,b\r\n');
    expect(renderCsv(tab([]))).toBe('a,b\r\n');
  });
});

describe('renderTsv', () => {
  it('should write one line per row with tabs and breaks inside values turned to spaces', () => {
    expect(renderTsv(tab([['1', 'x\ty\nz']]))).toBe('a\tb\n1\tx y z\n');
  });

  it('should neutralise formula prefixes', () => {
    expect(renderTsv(tab([['=1+1', 'ok']]))).toBe("a\tb\n'=1+1\tok\n");
  });

  it('should write a negative number as it is, and guard a minus sign before text', () => {
    expect(renderTsv(tab([['-3.5', '-3.5万']]))).toBe("a\tb\n-3.5\t'-3.5万\n");
  });
});

describe('renderMarkdownTable', () => {
  it('should write a GitHub table with pipes and markup escaped', () => {
    expect(renderMarkdownTable(tab([['a|b', '*x* <br>']]))).toBe('| a | b |\n| --- | --- |\n| a\\|b | \\*x\\* \\<br\\> |\n');
  });

  it('should keep an empty header cell as a column', () => {
    expect(renderMarkdownTable(tab([['1', '2']], ['', 'b']))).toBe('|   | b |\n| --- | --- |\n| 1 | 2 |\n');
  });

  it('should turn line breaks inside a cell into <br>', () => {
    expect(renderMarkdownTable(tab([['x\ny', '']]))).toBe('| a | b |\n| --- | --- |\n| x<br>y |  |\n');
  });
});
