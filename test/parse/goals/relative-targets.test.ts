import { readFile } from 'node:fs/promises';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../src/diff/diff-documents.js';
import { parseFile, parseNotice } from '../../../src/parse/parse-notice.js';
import { entityText } from '../../../src/render/diff-describe.js';
import { reportHtml } from '../../helpers/report.js';
import { positionProblems } from '../../helpers/positions.js';
import { runCli } from '../../helpers/run-cli.js';
import { schemaErrors } from '../../helpers/schema.js';
import { findings } from '../../validate/findings.js';

/** A plan whose targets are mostly changes from 2020 (翻一番, 下降13.5%, 提高2个百分点), with a yearly annex. */
const FILE = 'fixtures/goals/relative-targets.txt';

describe('targets relative to a base year, through parse, validate, query, diff and report', () => {
  it('should read each target with its base year and whether it is a change or a multiple', async () => {
    const doc = await parseFile(FILE);
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.raw, g.unit, g.qualifier ?? '', g.comparison, g.year, g.baseYear ?? null, g.relative ?? null])).toEqual([
      ['全区地区生产总值', 2, '翻一番', '倍', '', 'equal', 2025, 2020, 'multiple'],
      ['城市更新投资', 2, '翻一番', '倍', '', 'equal', 2025, 2020, 'multiple'],
      ['城市更新投资', 200, '200', '亿元', '', 'equal', 2025, null, null],
      ['单位地区生产总值能耗下降', 13.5, '13.5', '%', '', 'equal', 2025, 2020, 'change'],
      ['万元GDP用水量降低', 16, '16', '%', '以上', 'at-least', 2025, 2020, 'change'],
      ['森林覆盖率提高', 2, '2', '个百分点', '', 'equal', 2025, 2020, 'change'],
      ['城镇调查失业率', 5.5, '5.5', '%', '以内', 'at-most', 2025, null, null],
      ['常住人口城镇化率', 70, '70', '%', '', 'equal', 2025, null, null],
      ['数字经济核心产业增加值', 4, '翻两番', '倍', '', 'equal', 2025, 2020, 'multiple'],
    ]);
    expect(schemaErrors(doc)).toEqual([]);
    expect(positionProblems(doc, await readFile(FILE, 'utf8'))).toEqual([]);
  });

  it('should not hold a cumulative change since 2020 against the annex row of each year, and compare the level with its row', async () => {
    // 13.5% since 2020 is no 2025 value of the row 单位地区生产总值能耗下降 (2.7); 70% is the 城镇化率 row's 2025 value.
    expect(await findings('goal-annex-consistency', await readFile(FILE, 'utf8'))).toEqual([]);
  });

  it('should list the base year and the kind of target in plan query goals', () => {
    const r = runCli(['query', FILE, 'goals', '--grep', '2020年', '--fields', 'indicator,value,unit,relative,baseYear', '--format', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\r\n')).toEqual([
      'indicator,value,unit,relative,baseYear',
      '全区地区生产总值,2,倍,multiple,2020',
      '城市更新投资,2,倍,multiple,2020',
      '城市更新投资,200,亿元,,',
      '单位地区生产总值能耗下降,13.5,%,change,2020',
      '万元GDP用水量降低,16,%,change,2020',
      '森林覆盖率提高,2,个百分点,change,2020',
      '数字经济核心产业增加值,4,倍,multiple,2020',
    ]);
  });

  it('should report a changed multiple, change or base year as the goal, the figure not again as prose', async () => {
    const text = await readFile(FILE, 'utf8');
    const revised = text.replace('全区地区生产总值较2020年翻一番', '全区地区生产总值较2020年翻两番').replace('下降13.5%', '下降14%');
    const changes = (await diffDocuments(await parseNotice(text), await parseNotice(revised))).changes;
    expect(changes.map((c) => [c.kind, c.op, (c.new as { indicator?: string } | null)?.indicator, c.fields])).toEqual([
      ['goal', 'modified', '全区地区生产总值', { value: { old: 2, new: 4 } }],
      ['goal', 'modified', '单位地区生产总值能耗下降', { value: { old: 13.5, new: 14 } }],
    ]);
    const rebased = text.replace('森林覆盖率比2020年提高', '森林覆盖率比2019年提高');
    const moved = (await diffDocuments(await parseNotice(text), await parseNotice(rebased))).changes.filter((c) => c.kind === 'goal');
    expect(moved.map((c) => [c.op, c.fields])).toEqual([['modified', { baseYear: { old: 2020, new: 2019 } }]]);
  });

  it('should describe a relative goal with its base year and the figure as written', async () => {
    const doc = await parseFile(FILE);
    const [doubling, , , fall] = doc.plan!.goals;
    const change = { kind: 'goal', op: 'added', old: null, new: doubling } as unknown as Parameters<typeof entityText>[0];
    expect(entityText(change, doubling!)).toBe('全区地区生产总值 较2020年 翻一番 (2025)');
    expect(entityText(change, fall!)).toBe('单位地区生产总值能耗下降 较2020年 13.5% (2025)');
  });

  it('should show in the report a doubling as written, with its base year, beside no annex row', async () => {
    const $ = load(await reportHtml(FILE));
    const row = $('table.indicators tr').filter((_, tr) => $(tr).find('th').text() === '全区地区生产总值');
    expect(row.find('td').eq(0).text()).toBe('倍');
    expect(row.find('td').eq(-2).text()).toBe('2025年 较2020年 翻一番');
    expect(row.find('.badge').text()).toBe('附件无此指标');
  });
});
