import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { changeLabel } from '../../src/render/diff-describe.js';

/** A plan whose tasks are written inside their group's paragraph (（一）…。一是…；二是…). */
const plan = (group: string): string =>
  ['某区数字经济发展行动方案', '一、重点任务', `（一）夯实数字基础设施。${group}`, '（二）做强数字核心产业。一是壮大人工智能产业（牵头单位：区科技局；参与单位：区经信局）；二是培育软件产业（牵头单位：区商务局）。', ''].join('\n');

const OLD = plan('一是加快5G网络建设（牵头单位：区经信局；参与单位：区住建局）；二是建设城市算力中心（牵头单位：区发改委；参与单位：区大数据局）。');

const changes = async (next: string): Promise<unknown[]> =>
  (await diffDocuments(await parseNotice(OLD), await parseNotice(next))).changes.map((c) => [c.kind, c.op, changeLabel(c), Object.keys(c.fields ?? {})]);

describe('diff of tasks written inside their group’s paragraph', () => {
  it('should find no change when the clauses are relabelled (牵头单位 → 责任单位), as for tasks of their own', async () => {
    expect(await changes(OLD.replace(/牵头单位/g, '责任单位').replace(/参与单位/g, '配合单位'))).toEqual([]);
  });

  it('should report a unit added once, as the task’s, not again as the group’s text', async () => {
    expect(await changes(OLD.replace('区住建局）', '区住建局、区财政局）'))).toEqual([['task', 'modified', 'task （一）一是 加快5G网络建设', ['participants']]]);
  });

  it('should report a task’s text changed once, as the task’s', async () => {
    expect(await changes(OLD.replace('建设城市算力中心', '建设城市智能算力中心'))).toEqual([['task', 'modified', 'task （一）二是 建设城市智能算力中心', ['title']]]);
  });

  it('should still report the group’s own words changed', async () => {
    expect(await changes(OLD.replace('（一）夯实数字基础设施。', '（一）夯实数字基础设施。加快新型基础设施布局。'))).toEqual([['section', 'modified', 'section 一 夯实数字基础设施', ['text']]]);
  });
});

describe('diff of a task inserted among those written inside their group’s paragraph', () => {
  it('should report the task added and those after it renumbered, not the marks between them as the group’s text', async () => {
    const group = (items: string) => ['某县方案', '一、重点任务', `（一）推进农村厕所革命。${items}`, ''].join('\n');
    const before = group('一是新建户厕3000户（牵头单位：县农业农村局）；二是建设公厕50座（牵头单位：县住建局）。');
    const after = group('一是开展厕所普查（牵头单位：县卫生健康局）；二是新建户厕3000户（牵头单位：县农业农村局）；三是建设公厕50座（牵头单位：县住建局）。');
    const diff = await diffDocuments(await parseNotice(before), await parseNotice(after));
    expect(diff.changes.map((c) => [c.kind, c.op])).toEqual([
      ['task', 'added'],
      ['task', 'renumbered'],
      ['task', 'renumbered'],
    ]);
  });
});
