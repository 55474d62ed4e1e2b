import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

/** A notice whose tasks stand only in an HTML table with the given rows under the given header. */
const page = (header: string, rows: string) =>
  parseNotice(
    `<html><body><h1>关于印发某区重点任务清单的通知</h1><p>各街道办事处：</p><p>现印发给你们，请认真落实。</p>` +
      `<p align="right">某区人民政府办公室</p><p align="right">2024年3月8日</p><p align="center">某区重点任务清单</p>` +
      `<table border="1"><tr>${header}</tr>${rows}</table></body></html>`,
    { format: 'html' },
  );

describe('tasks from a task table', () => {
  it('should count the groups of a column spanning rows whose measures have numbers of their own', async () => {
    const doc = await page(
      '<td>序号</td><td>主要任务</td><td>工作措施</td><td>牵头单位</td><td>配合单位</td>',
      '<tr><td>1</td><td rowspan="2">夯实数字基础设施</td><td>新建5G基站500个</td><td rowspan="2">区经信局</td><td>区住建局</td></tr>' +
        '<tr><td>2</td><td>建设边缘计算节点2个</td><td>区数据资源局</td></tr>' +
        '<tr><td>3</td><td>做强数字产业</td><td>引进工业软件企业10家</td><td>区商务局</td><td>区投资促进局</td></tr>',
    );
    const plan = doc.plan!;
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      ['1', '夯实数字基础设施'],
      ['2', '做强数字产业'],
    ]);
    expect(plan.tasks.map((t) => [t.number, t.section?.title, t.lead, t.participants])).toEqual([
      ['1', '夯实数字基础设施', ['区经信局'], ['区住建局']],
      ['2', '夯实数字基础设施', ['区经信局'], ['区数据资源局']],
      ['3', '做强数字产业', ['区商务局'], ['区投资促进局']],
    ]);
  });

  it('should read a 责任单位 column beside a 牵头单位 column as the units taking part', async () => {
    const doc = await page(
      '<td>序号</td><td>工作任务</td><td>责任单位</td><td>牵头单位</td>',
      '<tr><td>1</td><td>新建5G基站500个</td><td>区住建局、区城管局</td><td>区经信局</td></tr>',
    );
    const task = doc.plan!.tasks[0]!;
    expect([task.lead, task.participants, task.roles.map((r) => r.label)]).toEqual([['区经信局'], ['区住建局', '区城管局'], ['牵头单位', '责任单位']]);
  });

  it('should keep units separated by a slash in a cell apart', async () => {
    const doc = await page(
      '<td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td>',
      '<tr><td>1</td><td>退休一件事</td><td>区人社局</td><td>区医保局/区社保中心</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.lead, t.participants])).toEqual([[['区人社局'], ['区医保局', '区社保中心']]]);
  });

  it('should keep units listed one per line in a cell apart', async () => {
    const doc = await page(
      '<td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td>',
      '<tr><td>1</td><td>新建5G基站500个</td><td>区经信局</td><td><p>区住建局</p><p>区城管局</p></td></tr>' +
        '<tr><td>2</td><td>建设边缘计算节点</td><td>区发改局<br/>区科技局</td><td></td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['区经信局'], ['区住建局', '区城管局']],
      [['区发改局', '区科技局'], []],
    ]);
  });
});
