import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fitColumns, renderTable } from '../../src/render/table.js';
import type { Tabular } from '../../src/render/tabular.js';

/** Display width by the East Asian Width rule, written separately from the code under test. */
function columns(line: string): number {
  let width = 0;
  for (const char of line.replace(/\u001b\[[0-9;]*m/g, '')) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}

/** The display columns at which a line has a vertical border. */
function borders(line: string): number[] {
  const at: number[] = [];
  let col = 0;
  for (const char of line.replace(/\u001b\[[0-9;]*m/g, '')) {
    if ('│┼├┤┬┴┌┐└┘'.includes(char)) at.push(col);
    col += columns(char);
  }
  return at;
}

const section6: Tabular = {
  headers: [{ text: 'number' }, { text: 'title' }, { text: '● lead', tone: 'lead' }],
  rows: ['18 引进培养创新型科技人才', '19 引进培养高层次优秀人才', '20 引进培育高素质技能人才'].map((line) => {
    const [number, title] = line.split(' ') as [string, string];
    return [{ text: number }, { text: title }, { text: '区人社局', tone: 'lead' as const }];
  }),
};

describe('renderTable', () => {
  it('should draw a boxed table aligned by display width', async () => {
    const expected = await readFile('fixtures/query/hedong-tasks-section-6.table.txt', 'utf8');
    expect(await renderTable(section6, { color: false })).toBe(expected);
  });

  it('should colour lead cells only when colour is on, keeping the layout', async () => {
    const plain = await renderTable(section6, { color: false });
    const coloured = await renderTable(section6, { color: true });
    expect(plain).not.toMatch(/\u001b\[/);
    expect(coloured).toMatch(/\u001b\[32m区人社局\u001b\[39m/);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('should wrap long cells to fit the width, every line the same width and borders aligned', async () => {
    const long: Tabular = {
      headers: [{ text: 'number' }, { text: 'title' }, { text: '○ participants', tone: 'participant' }],
      rows: [
        [{ text: '17' }, { text: '提升创新创业服务能级' }, { text: '区发展改革委、区楼宇办、区财政局、区金融局、区人社局、区产促局、金贸产业园', tone: 'participant' }],
        [{ text: '3' }, { text: '实现军民融合双向发力' }, { text: '区发展改革委、区合作交流办、区科技局', tone: 'participant' }],
      ],
    };
    const out = await renderTable(long, { color: false, width: 50 });
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(6);
    for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(50);
    const first = borders(lines[1] as string);
    for (const line of lines) expect(borders(line)).toEqual(first);
    // Wrapped rows are ruled apart.
    expect(lines.filter((l) => l.startsWith('├'))).toHaveLength(2);
  });

  it('should neutralise control characters in cells', async () => {
    const out = await renderTable({ headers: [{ text: 'title' }], rows: [[{ text: 'a\u001b[31mred\nb' }]] }, { color: false });
    expect(out).not.toContain('\u001b');
    expect(out).toContain('a\\x1b[31mred b');
  });
});

describe('fitColumns', () => {
  it('should keep natural widths when they fit', () => {
    expect(fitColumns([[{ text: 'ab' }, { text: '区科技局' }]], 80)).toEqual([2, 8]);
  });

  it('should narrow the widest column first, never below its header', () => {
    const lines = [[{ text: 'number' }, { text: 'title' }], [{ text: '1' }, { text: '一'.repeat(40) }]];
    const widths = fitColumns(lines, 40);
    expect(widths[0]).toBe(6);
    expect((widths[0] as number) + (widths[1] as number) + 7).toBeLessThanOrEqual(40);
  });
});
