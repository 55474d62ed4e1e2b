/**
 * The revision pairs derived from the seed for three cases a maintainer reads in CI (see
 * fixtures/README.md, "plan diff"): a goal set for several years, units respelled, and one of two
 * tasks with the same title removed. Expected outputs were written from the two texts.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { DiffResult } from '../../src/diff/types.js';
import { renderDiffGithub } from '../../src/render/diff-github.js';
import { renderDiffHtml } from '../../src/render/diff-html.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderDiffText } from '../../src/render/diff-text.js';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { changeLabel } from '../../src/render/diff-describe.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { diffFixtures } from '../helpers/diff-results.js';

const pair = (name: string): Promise<DiffResult> => diffFixtures(`fixtures/diff/${name}/old.txt`, `fixtures/diff/${name}/new.txt`);
const expectedText = (name: string): string => readFileSync(`fixtures/diff/${name}.expected.txt`, 'utf8');

describe('plan diff of a goal set for several years (yearly-goal)', () => {
  it('should print which year of the goal changed, and each changed year of the annex row the goal does not restate', async () => {
    expect(await renderDiffText(await pair('yearly-goal'), { color: false })).toBe(expectedText('yearly-goal'));
  });

  it('should give each changed year with its old and new figure in the JSON', async () => {
    const result = await pair('yearly-goal');
    expect(result.changes.map((c) => [c.kind, c.op, c.years])).toEqual([
      ['goal', 'modified', [{ year: 2021, old: 1155, new: 1160 }]],
      // The row's 2021 cell restates the goal in both versions: the goal's change, not the row's too.
      ['annex', 'modified', [{ year: 2020, old: 1140, new: 1145 }]],
    ]);
    // The fields the contract names are still there.
    expect(result.changes[0]?.fields).toEqual({ value: { old: 1155, new: 1160 } });
    expect(result.changes[0]?.restated).toEqual([
      { table: '附件 河东区科技创新三年行动计划(2020—2022年)重点任务工作目标年度分解表', column: '2021', old: { line: 175, column: 1 }, new: { line: 175, column: 1 } },
    ]);
    expect(result.changes[1]?.fields).toEqual({ 'values.2020': { old: 1140, new: 1145 } });
  });

  it('should report a target moved to another year as the old year dropped and the new one set', async () => {
    const old = readFileSync('fixtures/diff/yearly-goal/old.txt', 'utf8');
    const revised = old.replace('2021年末达到1155件', '2020年末达到1150件');
    expect(revised).not.toBe(old);
    const result = await diffDocuments(await parseNotice(old), await parseNotice(revised));
    const goal = result.changes.find((c) => c.kind === 'goal');
    expect(goal && changeLabel(goal)).toBe('goal 全区有效发明专利 2021年 → 2020年');
    expect(goal?.years).toEqual([
      { year: 2020, old: null, new: 1150 },
      { year: 2021, old: 1155, new: null },
    ]);
  });

  it('should report a target moved past a year both versions keep (2022) as one removed and one added', async () => {
    const old = readFileSync('fixtures/diff/yearly-goal/old.txt', 'utf8');
    const revised = old.replace('2021年末达到1155件', '2023年末达到1190件');
    const result = await diffDocuments(await parseNotice(old), await parseNotice(revised));
    expect(result.changes.filter((c) => c.kind === 'goal').map((c) => [c.op, changeLabel(c)])).toEqual([
      ['added', 'goal 全区有效发明专利 2023年'],
      ['removed', 'goal 全区有效发明专利 2021年'],
    ]);
  });

  it('should give no years for a change that is not a figure (a qualifier added)', async () => {
    const old = readFileSync('fixtures/diff/yearly-goal/old.txt', 'utf8');
    const revised = old.replace('2021年末达到1155件', '2021年末力争达到1155件');
    const result = await diffDocuments(await parseNotice(old), await parseNotice(revised));
    const goals = result.changes.filter((c) => c.kind === 'goal');
    expect(goals.map((c) => [changeLabel(c), Object.keys(c.fields ?? {}), c.years])).toEqual([
      ['goal 全区有效发明专利 2021年 (力争)', ['qualifier'], undefined],
    ]);
  });

  it('should name the year in the Markdown, HTML and GitHub formats', async () => {
    const result = await pair('yearly-goal');
    expect(renderDiffMarkdown(result)).toContain('| goal 全区有效发明专利 2021年 | modified | value | <del>1155</del> | <ins>1160</ins> |');
    const $ = load(renderDiffHtml(result));
    expect($('table.compare td.element').first().text()).toBe('goal 全区有效发明专利 2021年line 58');
    expect(renderDiffGithub(result, { file: 'new.txt' }).split('\n')[0]).toBe(
      '::notice file=new.txt,line=58,col=45,title=plan diff%3A goal modified::goal 全区有效发明专利 2021年%0Avalue: 1155 → 1160%0Arestated: 附件 河东区科技创新三年行动计划(2020—2022年)重点任务工作目标年度分解表 2021, line 175 (old line 175)',
    );
  });
});

describe('plan diff of units respelled (units-respelled)', () => {
  it('should print each respelling once, with every task that writes it the new way', async () => {
    expect(await renderDiffText(await pair('units-respelled'), { color: false })).toBe(expectedText('units-respelled'));
  });

  it('should give a unit change per respelling in the JSON, and leave the tasks unchanged', async () => {
    const result = await pair('units-respelled');
    expect(result.summary.ops).toEqual({ added: 0, removed: 0, modified: 0, moved: 0, renumbered: 0, respelled: 2 });
    expect(result.summary.kinds.task).toMatchObject({ modified: 0, unchanged: 20 });
    expect(result.summary.kinds.unit).toEqual({ added: 0, removed: 0, modified: 0, moved: 0, renumbered: 0, respelled: 2, unchanged: 0 });
    const [tech, ndrc] = result.changes;
    expect(tech).toMatchObject({
      kind: 'unit',
      op: 'respelled',
      old: { name: '区科技局' },
      new: { name: '区科学技术局' },
      fields: { name: { old: '区科技局', new: '区科学技术局' } },
      line: 68,
    });
    expect(tech?.where?.map((p) => [p.kind, p.number, p.field, p.line])).toEqual([
      ['task', '1', 'lead', 68],
      ['task', '2', 'lead', 70],
      ['task', '3', 'participants', 72],
    ]);
    expect(ndrc?.where?.map((p) => [p.number, p.title, p.field])).toEqual([
      ['1', '实现创新平台提质增效', 'participants'],
      ['2', '拓展新型合作伙伴关系', 'participants'],
      ['3', '实现军民融合双向发力', 'participants'],
    ]);
    // Each place names its task by id as well, so a script can find it in the model.
    expect(tech?.where?.[0]?.id).toMatch(/^task-[0-9a-f]{8}$/);
  });

  it('should report the respellings as units added and removed with --strict', async () => {
    const old = await parseNotice(readFileSync('fixtures/diff/units-respelled/old.txt', 'utf8'));
    const revised = await parseNotice(readFileSync('fixtures/diff/units-respelled/new.txt', 'utf8'));
    const result = await diffDocuments(old, revised, { strict: true });
    expect(result.changes.map((c) => [c.kind, c.op, (c.new as { number?: string }).number, Object.keys(c.fields ?? {})])).toEqual([
      ['task', 'modified', '1', ['lead', 'participants']],
      ['task', 'modified', '2', ['lead', 'participants']],
      ['task', 'modified', '3', ['participants']],
    ]);
  });

  it('should show a respelling apart from a real change of the same task', async () => {
    const old = readFileSync('fixtures/diff/units-respelled/old.txt', 'utf8');
    // Task 1 also loses 区楼宇办 in the new version.
    const revised = readFileSync('fixtures/diff/units-respelled/new.txt', 'utf8').replace('区发展改革委、区楼宇办、区产促局、金贸产业园)', '区发展改革委、区产促局、金贸产业园)');
    const result = await diffDocuments(await parseNotice(old), await parseNotice(revised));
    const task = result.changes.find((c) => c.kind === 'task');
    expect(task).toMatchObject({ op: 'modified', fields: { participants: { added: [], removed: ['区楼宇办'] } } });
    expect(Object.keys(task?.fields ?? {})).toEqual(['participants']);
    expect(result.changes.filter((c) => c.op === 'respelled').map(changeLabel)).toEqual(['unit 区科学技术局', 'unit 区发展改革委']);
  });

  it('should list the respellings in the Markdown, HTML and GitHub formats', async () => {
    const result = await pair('units-respelled');
    const md = renderDiffMarkdown(result);
    expect(md).toContain('| element | added | removed | modified | moved | renumbered | respelled | unchanged |');
    expect(md).toContain('| unit | 0 | 0 | 0 | 0 | 0 | 2 | 0 |');
    expect(md).toContain('| unit 区发展改革委 | respelled | name | <del>区发改委</del> | <ins>区发展改革委</ins> |');
    // The places once, on the new side, as the new version numbers them (probe86 #3).
    expect(md).toContain('|  |  | in |  | task 1 实现创新平台提质增效 (participants); task 2 拓展新型合作伙伴关系 (participants); task 3 实现军民融合双向发力 (participants) |');
    const $ = load(renderDiffHtml(result));
    expect($('tr.op-respelled td.element').map((_, td) => $(td).text()).get()).toEqual(['unit 区科学技术局line 68', 'unit 区发展改革委line 68']);
    expect(renderDiffGithub(result, { file: 'new.txt' }).split('\n')[1]).toBe(
      '::notice file=new.txt,line=68,col=1,title=plan diff%3A unit respelled::unit 区发展改革委%0Aname: 区发改委 → 区发展改革委%0Ain: task 1 实现创新平台提质增效 (participants); task 2 拓展新型合作伙伴关系 (participants); task 3 实现军民融合双向发力 (participants)',
    );
  });

  it('should keep the respelled column out of summary tables of diffs without a respelling', async () => {
    expect(renderDiffMarkdown(await pair('yearly-goal'))).toContain('| element | added | removed | modified | moved | renumbered | unchanged |');
  });
});

describe('plan diff of one of two tasks with the same title removed (duplicate-title-removed)', () => {
  // 加强知识产权创造保护运用 hashes to 23ead550; its groups (五) and (六) to c859bf01 and e3ae297e.
  const BARE = 'task-23ead550';
  const IN_FIVE = 'task-23ead550-c859bf01';
  const IN_SIX = 'task-23ead550-e3ae297e';

  it('should print the removal and the id the task left behind now has', async () => {
    expect(await renderDiffText(await pair('duplicate-title-removed'), { color: false })).toBe(expectedText('duplicate-title-removed'));
  });

  it('should leave the task that stays unchanged, and give its old and new id on the removal', async () => {
    const result = await pair('duplicate-title-removed');
    expect(result.summary.kinds.task).toMatchObject({ removed: 1, modified: 0, renumbered: 0, unchanged: 20 });
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({
      kind: 'task',
      op: 'removed',
      id: IN_SIX,
      old: { id: IN_SIX, number: '21' },
      idsChanged: [{ number: '15', title: '加强知识产权创造保护运用', old: IN_FIVE, new: BARE }],
      // In the new version the task stood after task 20, which ends on line 116.
      line: 116,
    });
  });

  it('should give the same ids the other way round, when the second task is added', async () => {
    const result = await diffFixtures('fixtures/diff/duplicate-title-removed/new.txt', 'fixtures/diff/duplicate-title-removed/old.txt');
    expect(result.changes.map((c) => [c.op, c.id, c.idsChanged])).toEqual([
      ['added', IN_SIX, [{ number: '15', title: '加强知识产权创造保护运用', old: BARE, new: IN_FIVE }]],
    ]);
  });

  it('should name the changed id of a task that stays in the Markdown, HTML and GitHub formats', async () => {
    const result = await pair('duplicate-title-removed');
    expect(renderDiffMarkdown(result)).toContain(`|  |  | ids | task 15 加强知识产权创造保护运用: <del>${IN_FIVE}</del> | task 15 加强知识产权创造保护运用: <ins>${BARE}</ins> |`);
    const $ = load(renderDiffHtml(result));
    const ids = $('table.compare tr').filter((_, tr) => $(tr).find('td.field').text() === 'ids');
    expect([ids.find('td.old del').text(), ids.find('td.new ins').text()]).toEqual([IN_FIVE, BARE]);
    expect(renderDiffGithub(result, { file: 'new.txt' })).toContain(`%0Aids: task 15 加强知识产权创造保护运用 ${IN_FIVE} → ${BARE}\n`);
  });

  it('should show a task renumbered whose id changed too in the comparison table, not among the renumbered only', async () => {
    const md = renderDiffMarkdown(await diffFixtures('fixtures/diff/revisions/duplicate-titles.txt', 'fixtures/diff/revisions/duplicate-title-first-removed.txt'));
    expect(md).toMatch(/\| task 8 → 7 加强宣传推广 \| renumbered \| id \| <del>task-2f4cd2b9-[0-9a-f]{8}<\/del> \| <ins>task-2f4cd2b9<\/ins> \|/);
    expect(md).toContain('<details><summary>Renumbered only (4)</summary>');
  });
});

describe('plan diff of tables in the plan text (body-table, from tables-markdown.md)', () => {
  const tables = (): Promise<DiffResult> => diffFixtures('fixtures/diff/body-table/old.md', 'fixtures/diff/body-table/new.md');

  it('should print the changed figure, the row inserted, the row after it renumbered, the table added and the task once', async () => {
    expect(await renderDiffText(await tables(), { color: false })).toBe(expectedText('body-table'));
  });

  it('should give table changes with their element, cells by column and years in the JSON', async () => {
    const result = await tables();
    // The row inserted in 表1 (a goal section's table) gives its 2025 target as a goal too.
    expect(result.changes.map((c) => [c.kind, c.element, c.op, c.fields, c.years])).toEqual([
      ['goal', undefined, 'added', undefined, undefined],
      ['task', undefined, 'modified', { participants: { old: ['区发展改革委'], new: ['区财政局'], added: ['区财政局'], removed: ['区发展改革委'] } }, undefined],
      ['table', 'row', 'modified', { 'values.2024': { old: 4.5, new: 5 } }, [{ year: 2024, old: 4.5, new: 5 }]],
      ['table', 'row', 'added', undefined, undefined],
      ['table', 'row', 'renumbered', { number: { old: '2', new: '3' } }, undefined],
      ['table', 'table', 'added', undefined, undefined],
    ]);
    expect(result.changes[2]?.new).toMatchObject({ table: '表1　年度目标', number: '1', indicator: '光伏装机容量', unit: '万千瓦', values: { '2023': 3, '2024': 5, '2025': 6 } });
    expect(result.changes[5]?.new).toMatchObject({ caption: '表3　资金安排', path: ['二、'], columns: ['序号', '项目', '2024年', '2025年'] });
    expect(result.summary.kinds.table).toEqual({ added: 2, removed: 0, modified: 1, moved: 0, renumbered: 1, respelled: 0, unchanged: 0 });
    expect(result.summary.kinds.task).toMatchObject({ modified: 1, unchanged: 2 });
    expect(result.summary.kinds.goal).toMatchObject({ added: 1, unchanged: 2 });
  });

  it('should show table changes in the Markdown, HTML and GitHub formats', async () => {
    const result = await tables();
    const markdown = renderDiffMarkdown(result);
    expect(markdown).toContain('| table | 2 | 0 | 1 | 0 | 1 | 0 |');
    expect(markdown).toContain('| table row 1 光伏装机容量 | modified | values.2024 | <del>4.5</del> | <ins>5</ins> |');
    expect(markdown).toContain('table row 2 → 3 新能源汽车保有量');
    const $ = load(renderDiffHtml(result));
    expect($('table.compare td.element').map((_, e) => $(e).text()).get()).toEqual([
      'goal 公共充电桩 2025年line 22',
      'task 1 推进公共机构屋顶光伏建设line 31',
      'table row 1 光伏装机容量line 21',
      'table row 2 公共充电桩line 22',
      'table 表3　资金安排line 36',
    ]);
    expect(renderDiffGithub(result, { file: 'new.md' }).split('\n')[2]).toBe(
      '::notice file=new.md,line=21,col=3,title=plan diff%3A table modified::table row 1 光伏装机容量%0Avalues.2024: 4.5 → 5',
    );
  });
});

describe('plan diff of a goal changed and one added in the same sentence (goal-clause)', () => {
  const revise = (from: string, to: string): string => {
    const text = readFileSync('fixtures/diff/goal-clause/new.txt', 'utf8');
    expect(text).toContain(from);
    return text.replace(from, to);
  };
  const labels = async (newText: string): Promise<string[]> => {
    const old = readFileSync('fixtures/diff/goal-clause/old.txt', 'utf8');
    const result = await diffDocuments(await parseNotice(old), await parseNotice(newText));
    return result.changes.map(changeLabel);
  };

  it('should report the two goal changes only, not the sentence they stand in', async () => {
    expect(await renderDiffText(await pair('goal-clause'), { color: false })).toBe(expectedText('goal-clause'));
  });

  it('should still report the part when the sentence has another new word', async () => {
    expect(await labels(revise('加快数字产业化', '加速数字产业化'))).toEqual([
      'part 一 总体要求',
      'goal 全区数字经济核心产业增加值 2025年',
      'goal 数字化车间 2025年',
    ]);
  });

  it('should still report the part when the added clause says more than its goal', async () => {
    expect(await labels(revise('数字化车间达到30个', '数字化车间达到30个并全部接入工业互联网平台'))).toContain('part 一 总体要求');
  });

  it('should report a goal clause removed as the goal only', async () => {
    expect(await labels(revise('5G基站达到1200个，', ''))).toEqual([
      'goal 全区数字经济核心产业增加值 2025年',
      'goal 5G基站 2025年',
      'goal 数字化车间 2025年',
    ]);
  });

  it('should report a goal clause added first in its sentence as the goal only', async () => {
    const old = readFileSync('fixtures/diff/goal-clause/old.txt', 'utf8');
    const revised = old.replace('到2025年，全区', '到2025年，数字化车间达到30个，全区');
    const result = await diffDocuments(await parseNotice(old), await parseNotice(revised));
    expect(result.changes.map(changeLabel)).toEqual(['goal 数字化车间 2025年']);
  });
});

describe('plan diff of an annex year column added (annex-column-added)', () => {
  const texts = (): [string, string] => [
    readFileSync('fixtures/diff/annex-column-added/old.txt', 'utf8'),
    readFileSync('fixtures/diff/annex-column-added/new.txt', 'utf8'),
  ];
  const cellLines = async (oldText: string, newText: string): Promise<string[]> => {
    const text = await renderDiffText(await diffDocuments(await parseNotice(oldText), await parseNotice(newText)), { color: false });
    return text.split('\n').filter((l) => l.includes('values.'));
  };

  it('should say the column was added, not strike an old figure it never had', async () => {
    expect(await renderDiffText(await pair('annex-column-added'), { color: false })).toBe(expectedText('annex-column-added'));
  });

  it('should keep null as the old figure in the JSON and say the column was added', async () => {
    const result = await pair('annex-column-added');
    expect(result.changes.filter((c) => c.element === 'row').map((c) => c.fields)).toEqual([
      { 'values.2025': { old: null, new: 50, columnChange: 'added' } },
      { 'values.2025': { old: null, new: 1200, columnChange: 'added' } },
    ]);
  });

  it('should say the column was added in the Markdown, HTML and GitHub formats too, with no struck dash', async () => {
    const result = await pair('annex-column-added');
    const markdown = renderDiffMarkdown(result);
    expect(markdown).toContain('| annex row 1 数字经济核心产业增加值 | modified | values.2025 | (column added) | <ins>50</ins> |');
    expect(markdown).toContain('| annex row 2 5G基站数量 | modified | values.2025 | (column added) | <ins>1200</ins> |');
    const $ = load(renderDiffHtml(result));
    const cells = $('table.compare tbody tr')
      .toArray()
      .filter((tr) => $(tr).find('td.field').text() === 'values.2025')
      .map((tr) => [$(tr).find('td.old').html(), $(tr).find('td.new').html()]);
    expect(cells).toEqual([
      ['(column added)', '<ins>50</ins>'],
      ['(column added)', '<ins>1200</ins>'],
    ]);
    const github = renderDiffGithub(result, { file: 'new.txt' });
    expect(github).toContain('annex row 1 数字经济核心产业增加值%0Avalues.2025: {+50+} (column added)');
    expect(github).toContain('annex row 2 5G基站数量%0Avalues.2025: {+1200+} (column added)');
    for (const out of [markdown, renderDiffHtml(result), github]) expect(out).not.toMatch(/<del>—<\/del>|— → /);
  });

  it('should say the column was removed in every format the other way round', async () => {
    const [oldText, newText] = texts();
    const result = await diffDocuments(await parseNotice(newText), await parseNotice(oldText));
    expect(result.changes.filter((c) => c.element === 'row').map((c) => c.fields)).toEqual([
      { 'values.2025': { old: 50, new: null, columnChange: 'removed' } },
      { 'values.2025': { old: 1200, new: null, columnChange: 'removed' } },
    ]);
    expect(renderDiffMarkdown(result)).toContain('| values.2025 | <del>50</del> | (column removed) |');
    expect(renderDiffGithub(result, { file: null })).toContain('values.2025: [-50-] (column removed)');
    expect(renderDiffHtml(result)).toContain('<td class="old text"><del>50</del></td><td class="new text">(column removed)</td>');
  });

  it('should say the column was removed the other way round', async () => {
    const [oldText, newText] = texts();
    expect(await cellLines(newText, oldText)).toEqual(['    values.2025: [-50-] (column removed)', '    values.2025: [-1200-] (column removed)']);
  });

  it('should still strike the dash of a cell the old column left empty', async () => {
    const [, newText] = texts();
    const emptied = newText.replace('亿元\t40\t45\t50', '亿元\t40\t45\t');
    expect(emptied).not.toBe(newText);
    expect(await cellLines(emptied, newText)).toEqual(['    values.2025: [-—-] → {+50+}']);
    const result = await diffDocuments(await parseNotice(emptied), await parseNotice(newText));
    expect(result.changes.find((c) => c.element === 'row')?.fields).toEqual({ 'values.2025': { old: null, new: 50 } });
  });
});

describe('plan diff of a goal added as a sentence of its own (goal-sentence)', () => {
  const labels = async (from: string, to: string): Promise<string[]> => {
    const old = readFileSync('fixtures/diff/goal-sentence/old.txt', 'utf8');
    expect(old).toContain(from);
    const result = await diffDocuments(await parseNotice(old), await parseNotice(old.replace(from, to)));
    return result.changes.map(changeLabel);
  };
  const GOAL = '研发投入强度达到3.5%。';

  it('should report the goal only, not the 工作目标 paragraph it was added to', async () => {
    expect(await renderDiffText(await pair('goal-sentence'), { color: false })).toBe(expectedText('goal-sentence'));
  });

  it('should report the goal only when the sentence is removed', async () => {
    const result = await diffFixtures('fixtures/diff/goal-sentence/new.txt', 'fixtures/diff/goal-sentence/old.txt');
    expect(result.changes.map((c) => [c.op, changeLabel(c)])).toEqual([['removed', 'goal 技术合同成交额 2022年']]);
  });

  it('should report the goal only when the sentence gives its year, stands first or has no stop', async () => {
    expect(await labels(GOAL, `${GOAL}到2022年底，技术合同成交额达到50亿元。`)).toEqual(['goal 技术合同成交额 2022年']);
    expect(await labels(GOAL, `技术合同成交额达到50亿元。${GOAL}`)).toEqual(['goal 技术合同成交额 2022年']);
    expect(await labels(GOAL, `${GOAL}技术合同成交额达到50亿元`)).toEqual(['goal 技术合同成交额 2022年']);
  });

  it('should report two goals of one new sentence as the goals only', async () => {
    expect(await labels(GOAL, `${GOAL}技术合同成交额达到50亿元，有效发明专利达到1200件。`)).toEqual([
      'goal 技术合同成交额 2022年',
      'goal 有效发明专利 2022年',
    ]);
  });

  it('should still report the paragraph when the new sentence says more than its goal', async () => {
    expect(await labels(GOAL, `${GOAL}技术合同成交额达到50亿元，全部在本区登记。`)).toEqual(['part 一 总体要求', 'goal 技术合同成交额 2022年']);
  });

  it('should still report another change of wording in the paragraph', async () => {
    const old = readFileSync('fixtures/diff/goal-sentence/old.txt', 'utf8');
    const revised = readFileSync('fixtures/diff/goal-sentence/new.txt', 'utf8').replace('加快建设创新型城区', '加快建设创新型强区');
    const result = await diffDocuments(await parseNotice(old), await parseNotice(revised));
    expect(result.changes.map(changeLabel)).toEqual(['part 一 总体要求', 'goal 技术合同成交额 2022年']);
  });
});
