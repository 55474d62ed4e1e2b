import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { deadlineCellLines } from '../../src/source/deadline-cell-lines.js';

// A 完成时限 cell written over two lines (<br>, two <p>, <br> in a Markdown cell) giving a date a line
// keeps its dates apart, as a unit cell keeps its units, and task-deadline then checks each.

const HEAD = '<tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>';
const page = (due: string) =>
  `<html><body><h2>某市2025年城市更新工作要点</h2><p>一、重点任务分工</p><table>${HEAD}<tr><td>1</td><td>新增社区养老服务站10个。</td><td>市民政局</td><td>各街道办事处</td><td>${due}</td></tr></table></body></html>`;
const md = (due: string) =>
  ['# 某市2025年城市更新工作要点', '', '## 一、重点任务分工', '', '| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |', '| --- | --- | --- | --- | --- |', `| 1 | 新增社区养老服务站10个。 | 市民政局 | 各街道办事处 | ${due} |`].join('\n');

describe('a 完成时限 cell of several lines', () => {
  it('should keep the dates of an HTML cell apart (<br>, <p> each), never glued into one', async () => {
    for (const [due, expected] of [
      ['2025年6月底前<br>2026年12月底前', '2025年6月底前 2026年12月底前'],
      ['<p>2025年6月底前启动</p><p>2026年12月底前完成</p>', '2025年6月底前启动 2026年12月底前完成'],
    ]) {
      const doc = await parseNotice(page(due!), { format: 'html' });
      expect(doc.plan!.tasks.map((t) => t.deadline)).toEqual([expected]);
    }
  });

  it('should keep the dates of a Markdown cell parted by <br> apart', async () => {
    const doc = await parseNotice(md('2025年6月底前<br>2026年12月底前'), { format: 'markdown' });
    expect(doc.plan!.tasks.map((t) => t.deadline)).toEqual(['2025年6月底前 2026年12月底前']);
  });

  it('should join a date cut by the wrap, or a line running on past a pause, as written', async () => {
    expect((await parseNotice(page('2025年<br>6月底前'), { format: 'html' })).plan!.tasks[0]!.deadline).toBe('2025年6月底前');
    expect(deadlineCellLines(['2025年', '6月底前'])).toBeNull();
    expect(deadlineCellLines(['2025年6月底前完成方案，', '2026年全面完成'])).toBeNull();
    expect(deadlineCellLines(['2025年6月底前', '2026年12月底前'])?.(0)).toBe(true);
  });
});
