import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/model/types.js';
import { parseFile } from '../../src/parse/parse-notice.js';
import { taskTablePage } from '../helpers/task-table-page.js';

/** The tasks whose position ends before it starts. */
const backwards = (doc: PlanDocument): string[] =>
  doc.plan!.tasks.filter((t) => t.position.end.offset < t.position.start.offset).map((t) => t.number);

/** A task table with one row per line, so that each task's line is its row's. */
const table = (rows: string) =>
  taskTablePage('<td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td><td>责任领导</td>', rows, '2025年3月8日');

describe('positions of rows under cells spanning rows', () => {
  it('should place each task on its own row when a cell in the last column spans rows', async () => {
    const doc = await table(
      '<tr><td>1</td><td>建设智慧停车场5处。</td><td>区交通局</td><td>区城管委</td><td>2025年6月底前</td><td rowspan="3">王刚</td></tr>\n' +
        '<tr><td>2</td><td>新增公共充电桩300个。</td><td>区发展改革委</td><td>区供电公司</td><td>2025年9月底前</td></tr>\n' +
        '<tr><td>3</td><td>改造老旧小区道路10公里。</td><td>区住房城乡建设委</td><td>各街道办事处</td><td>2025年11月底前</td></tr>\n',
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.position.start.line, t.position.end.line])).toEqual([
      ['1', 5, 5],
      ['2', 6, 6],
      ['3', 7, 7],
    ]);
  });

  it('should start a row at its own first cell when the cells before it span from a row above', async () => {
    const doc = await table(
      '<tr><td rowspan="2">1</td><td>建设智慧停车场5处。</td><td>区交通局</td><td>区城管委</td><td>2025年6月底前</td><td>王刚</td></tr>\n' +
        '<tr><td>新增公共充电桩300个。</td><td>区发展改革委</td><td>区供电公司</td><td>2025年9月底前</td><td>李静</td></tr>\n',
    );
    const second = doc.plan!.tasks[1]!;
    expect([second.position.start.line, second.position.end.line]).toEqual([6, 6]);
  });

  it('should give every task of a table with spans an end at or after its start', async () => {
    for (const file of ['task-table-grouped.html', 'task-table-task-content.html', 'task-table-word-cells.html', 'task-table-leader-rowspan.html']) {
      const doc = await parseFile(`fixtures/styles/${file}`);
      expect(doc.plan!.tasks.length, file).toBeGreaterThan(0);
      expect(backwards(doc), file).toEqual([]);
    }
  });
});

describe('positions of rows laid out over several lines', () => {
  const MULTILINE = [
    '# 关于印发某镇村庄清洁行动方案的通知',
    '',
    '各村（社区）：',
    '',
    '现将《某镇村庄清洁行动方案》印发给你们，请认真贯彻落实。',
    '',
    '某镇人民政府',
    '',
    '2025年2月10日',
    '',
    '## 某镇村庄清洁行动方案',
    '',
    '### 一、重点任务',
    '',
    '  ----------------------------------------------',
    '  序号   任务             牵头单位     配合单位',
    '  ------ ---------------- ------------ ----------',
    '  1      清理村内积存垃   镇农业农村   各村',
    '         圾，整治房前屋   办',
    '         后环境',
    '',
    '  2      整治河塘沟渠     镇水务站     镇财政所',
    '  ----------------------------------------------',
    '',
    '### 二、保障措施',
    '',
    '（一）加强组织领导。镇成立工作专班。',
    '',
  ].join('\n');

  it('should span every line of a pandoc multiline row, a cell before the last wrapping further than it', async () => {
    const { parseNotice } = await import('../../src/parse/parse-notice.js');
    const doc = await parseNotice(MULTILINE, { name: 'clean.md' });
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => [t.number, t.lead, t.position.start.line, t.position.end.line])).toEqual([
      ['1', ['镇农业农村办'], 18, 20],
      ['2', ['镇水务站'], 22, 22],
    ]);
    expect(MULTILINE.slice(tasks[0]!.position.start.offset, tasks[0]!.position.end.offset).endsWith('后环境')).toBe(true);
    expect(tasks.map((t) => t.section?.number)).toEqual(['一', '一']);
  });
});
