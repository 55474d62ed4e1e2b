import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareContext } from '../../src/diff/context.js';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { diffTableRows, pairColumns } from '../../src/diff/table-rows.js';
import type { AnnexRow, AnnexTable, Position } from '../../src/model/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { changeLabel } from '../../src/render/diff-describe.js';

const MARKDOWN = readFileSync('fixtures/styles/tables-markdown.md', 'utf8');

const at = (line: number): Position => ({ start: { line, column: 1, offset: line * 100 }, end: { line, column: 40, offset: line * 100 + 39 } });

/** A row of a yearly table: 序号 | 指标 | 2024年 | 2025年. */
function row(line: number, number: string, indicator: string, y2024: number, y2025: number): AnnexRow {
  return { number, indicator, unit: null, values: { '2024': y2024, '2025': y2025 }, cells: [number, indicator, String(y2024), String(y2025)], position: at(line) };
}

const table = (rows: AnnexRow[]): AnnexTable => ({ columns: ['序号', '指标', '2024年', '2025年'], rows, position: at(1) });

describe('diffTableRows', () => {
  it('should pair rows by indicator when a row is inserted, so the rows after it are only renumbered', async () => {
    const doc = await parseNotice(MARKDOWN, { format: 'markdown' });
    const ctx = await compareContext(doc, doc, {});
    const oldRows = [row(2, '1', '光伏装机容量', 4.5, 6), row(3, '2', '新能源汽车保有量', 1.6, 2), row(4, '3', '公共机构节能率', 5, 6)];
    const newRows = [row(2, '1', '光伏装机容量', 4.5, 6), row(3, '2', '公共充电桩', 1200, 1600), row(4, '3', '新能源汽车保有量', 1.6, 2), row(5, '4', '公共机构节能率', 5, 7)];
    const result = diffTableRows(oldRows, newRows, { old: table(oldRows), new: table(newRows) }, 'table', (r) => ({ ...r, table: '表1 年度目标' }), ctx, null);
    expect(result.changes.map((c) => [c.op, changeLabel(c), c.fields, c.line])).toEqual([
      ['added', 'table row 2 公共充电桩', undefined, 3],
      ['renumbered', 'table row 2 → 3 新能源汽车保有量', { number: { old: '2', new: '3' } }, 4],
      ['modified', 'table row 3 → 4 公共机构节能率', { number: { old: '3', new: '4' }, 'values.2025': { old: 6, new: 7 } }, 5],
    ]);
    expect(result.changes[2]?.years).toEqual([{ year: 2025, old: 6, new: 7 }]);
    expect(result.unchanged).toBe(1);
  });

  it('should report a row removed from the middle as one removal, at the row that followed it', async () => {
    const doc = await parseNotice(MARKDOWN, { format: 'markdown' });
    const ctx = await compareContext(doc, doc, {});
    const oldRows = [row(2, '1', '光伏装机容量', 4.5, 6), row(3, '2', '新能源汽车保有量', 1.6, 2), row(4, '3', '公共机构节能率', 5, 6)];
    const newRows = [row(2, '1', '光伏装机容量', 4.5, 6), row(3, '3', '公共机构节能率', 5, 6)];
    const result = diffTableRows(oldRows, newRows, { old: table(oldRows), new: table(newRows) }, 'table', (r) => ({ ...r, table: null }), ctx, null);
    expect(result.changes.map((c) => [c.op, changeLabel(c), c.line])).toEqual([['removed', 'table row 2 新能源汽车保有量', 3]]);
    expect(result.unchanged).toBe(2);
  });
});

describe('diffDocuments on tables in the plan text', () => {
  it('should report a changed figure of 表1 under its year column, old and new', async () => {
    const revised = MARKDOWN.replace('| 1.2 | 1.6 | 2 |', '| 1.2 | 1.8 | 2 |');
    expect(revised).not.toBe(MARKDOWN);
    const result = await diffDocuments(await parseNotice(MARKDOWN, { format: 'markdown' }), await parseNotice(revised, { format: 'markdown' }));
    expect(result.changes.map((c) => [c.kind, c.element, c.op, changeLabel(c), c.fields, c.years])).toEqual([
      ['table', 'row', 'modified', 'table row 2 新能源汽车保有量', { 'values.2024': { old: 1.6, new: 1.8 } }, [{ year: 2024, old: 1.6, new: 1.8 }]],
    ]);
    expect(result.summary.kinds.table).toMatchObject({ modified: 1, unchanged: 1 });
  });

  it('should report a table removed as one change, not one per row, its goals as goals, and not its caption again as the prose of its part', async () => {
    const revised = MARKDOWN.replace(/表1　年度目标\n\n(\|.*\n)+/, '');
    expect(revised).not.toContain('光伏装机容量');
    const result = await diffDocuments(await parseNotice(MARKDOWN, { format: 'markdown' }), await parseNotice(revised, { format: 'markdown' }));
    // 表1 stands under 工作目标: the targets read from it (its 2025 column) are gone with it.
    expect(result.changes.map((c) => [c.kind, c.element, c.op, changeLabel(c)])).toEqual([
      ['goal', undefined, 'removed', 'goal 光伏装机容量 2025年'],
      ['goal', undefined, 'removed', 'goal 新能源汽车保有量 2025年'],
      ['table', 'table', 'removed', 'table 表1　年度目标'],
    ]);
  });

  it('should not compare the rows of the task table (表2) as table rows: they are the tasks', async () => {
    const revised = MARKDOWN.replace('| 区建管委 | 区房管局 |', '| 区建管委 | 区房管局、区财政局 |');
    expect(revised).not.toBe(MARKDOWN);
    const result = await diffDocuments(await parseNotice(MARKDOWN, { format: 'markdown' }), await parseNotice(revised, { format: 'markdown' }));
    expect(result.changes.map((c) => [c.kind, c.op, changeLabel(c)])).toEqual([['task', 'modified', 'task 3 开展绿色建筑示范']]);
    // 表1's two rows are the table rows there are; 表2's three are tasks.
    expect(result.summary.kinds.table).toMatchObject({ modified: 0, unchanged: 2 });
  });

  it('should report no changes for the same tables with cells padded, brackets half-width and numbers full-width', async () => {
    const padded = MARKDOWN.split('\n')
      .map((line) => (line.startsWith('| ') && !line.startsWith('| ---') ? line.replaceAll(' | ', '   |   ').replaceAll('（', '(').replaceAll('）', ')') : line))
      .join('\n');
    const wide = padded.replace('|   3   |   4.5   |   6 |', '|   ３   |   ４．５   |   ６ |');
    expect(padded).toContain('|   光伏装机容量(万千瓦)   |');
    expect(wide).not.toBe(padded);
    const result = await diffDocuments(await parseNotice(MARKDOWN, { format: 'markdown' }), await parseNotice(wide, { format: 'markdown' }));
    expect(result.changes).toEqual([]);
    expect(result.summary.kinds.table).toMatchObject({ unchanged: 2 });
  });

  it('should report no changes between the Markdown tables and the same notice as an HTML page', async () => {
    const html = MARKDOWN.split('\n\n')
      .map((block) => {
        if (block.startsWith('# ')) return `<h1>${block.slice(2)}</h1>`;
        if (!block.startsWith('|')) return `<p>${block}</p>`;
        const rows = block.split('\n').filter((l) => l.startsWith('|') && !l.startsWith('| ---'));
        return `<table>${rows.map((r) => `<tr>${r.slice(1, -1).split('|').map((c) => `<td>${c.trim()}</td>`).join('')}</tr>`).join('')}</table>`;
      })
      .join('\n');
    expect(html).toContain('<td>光伏装机容量（万千瓦）</td><td>3</td><td>4.5</td>');
    const result = await diffDocuments(await parseNotice(MARKDOWN, { format: 'markdown' }), await parseNotice(`<html><body>${html}</body></html>`, { format: 'html' }));
    expect(result.changes).toEqual([]);
    expect(result.summary.kinds.table).toMatchObject({ unchanged: 2 });
  });

  it('should pair a table without a caption by its columns', async () => {
    const bare = MARKDOWN.replace('表1　年度目标\n\n', '');
    // 2024's cell: 2025's is the goal read from the row, compared as that goal.
    const revised = bare.replace('| 3 | 4.5 | 6 |', '| 3 | 5 | 6 |');
    expect(revised).not.toBe(bare);
    const result = await diffDocuments(await parseNotice(bare, { format: 'markdown' }), await parseNotice(revised, { format: 'markdown' }));
    expect(result.changes.map((c) => [c.kind, c.op, changeLabel(c), c.fields])).toEqual([['table', 'modified', 'table row 1 光伏装机容量', { 'values.2024': { old: 4.5, new: 5 } }]]);
  });
});

describe('pairColumns', () => {
  it.each([
    ['the same headers by place', ['序号', '项目', '内容'], ['序号', '项目', '内容'], [[0, 0], [1, 1], [2, 2]]],
    ['a header inserted as added, the rest by header', ['序号', '项目', '内容'], ['序号', '项目', '单位', '内容'], [[0, 0], [1, 1], [-1, 2], [2, 3]]],
    ['a header dropped as removed, after the new ones', ['序号', '项目', '单位', '内容'], ['序号', '项目', '内容'], [[0, 0], [1, 1], [3, 2], [2, -1]]],
    ['a header reworded around its words as the same column', ['序号', '项目', '内容'], ['序号', '项目', '单位', '主要内容'], [[0, 0], [1, 1], [-1, 2], [2, 3]]],
    ['as many headers renamed as gone, in order', ['序号', '项目', '甲'], ['序号', '项目', '乙'], [[0, 0], [1, 1], [2, 2]]],
    ['unnamed columns by place', ['序号', '', '内容'], ['序号', '项目', '单位', '内容'], [[0, 0], [1, 1], [2, 2], [3, 3]]],
  ])('should pair %s', (_name, oldColumns, newColumns, expected) => {
    const pairs = pairColumns(oldColumns, newColumns, { old: oldColumns.length, new: newColumns.length });
    expect(pairs.map((p) => [p.old, p.new])).toEqual(expected);
  });

  it('should pair the cells of a row longer than its header by place after the headers', () => {
    const pairs = pairColumns(['序号', '项目'], ['序号', '单位', '项目'], { old: 3, new: 4 });
    expect(pairs.map((p) => [p.old, p.new])).toEqual([[0, 0], [-1, 1], [1, 2], [2, 3]]);
  });
});

describe('diffDocuments on a column header written another way', () => {
  const notice = (header: string, cell = '12000'): string =>
    [
      '某区重点项目推进方案（2024—2025年）',
      '一、重点任务',
      '1.建设产业园。（牵头单位：区发改委）',
      '附件',
      '重点项目表',
      `序号\t项目名称\t${header}\t2024年\t2025年`,
      `1\t产业园一期\t${cell}\t3000\t5000`,
      '2\t物流园二期\t8500\t2000\t4000',
      '',
    ].join('\n');

  it.each([['总投资(万元)'], ['总投资 (万元）']])('should find no change when the header 总投资（万元） is written %s', async (header) => {
    const result = await diffDocuments(await parseNotice(notice('总投资（万元）')), await parseNotice(notice(header)));
    expect(result.changes).toEqual([]);
  });

  it('should report a changed cell under the header as the new version writes it', async () => {
    const result = await diffDocuments(await parseNotice(notice('总投资（万元）')), await parseNotice(notice('总投资(万元)', '13000')));
    expect(result.changes.map((c) => [c.op, changeLabel(c), c.fields])).toEqual([['modified', 'annex row 1 产业园一期', { 'values.总投资(万元)': { old: 12000, new: 13000 } }]]);
  });
});

describe('diffDocuments on a task table whose role columns are relabelled', () => {
  const notice = (lead: string, part: string): string =>
    [
      '某县优化营商环境若干措施',
      '附件',
      '重点任务分工表',
      `序号\t重点任务\t${lead}\t${part}`,
      '1\t压缩企业开办时间\t县市场监管局\t县税务局',
      '2\t优化不动产登记\t县自然资源局\t县税务局',
      '',
    ].join('\n');

  it('should find no change when 牵头单位 / 配合单位 become 主责单位 / 协同单位, as relabelled clauses are quiet', async () => {
    const result = await diffDocuments(await parseNotice(notice('牵头单位', '配合单位')), await parseNotice(notice('主责单位', '协同单位')));
    expect(result.changes).toEqual([]);
  });

  it('should find no change when 牵头单位 becomes 责任单位 in a table that has no other lead column', async () => {
    const result = await diffDocuments(await parseNotice(notice('牵头单位', '配合单位')), await parseNotice(notice('责任单位', '配合单位')));
    expect(result.changes).toEqual([]);
  });

  it('should report the relabelling with --strict, and a column that names no role', async () => {
    const strict = await diffDocuments(await parseNotice(notice('牵头单位', '配合单位')), await parseNotice(notice('主责单位', '协同单位')), { strict: true });
    expect(strict.changes.map((c) => [c.kind, c.op, Object.keys(c.fields ?? {})])).toEqual([['annex', 'modified', ['columns']]]);
    const renamed = await diffDocuments(await parseNotice(notice('牵头单位', '配合单位')), await parseNotice(notice('牵头单位', '备注')));
    expect(renamed.changes.filter((c) => c.kind === 'annex' && c.element === 'annex').map((c) => c.fields?.columns)).toEqual([
      { old: ['序号', '重点任务', '牵头单位', '配合单位'], new: ['序号', '重点任务', '牵头单位', '备注'], added: ['备注'], removed: ['配合单位'] },
    ]);
  });
});
