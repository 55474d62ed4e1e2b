import { describe, expect, it } from 'vitest';
import { DEADLINE_COLUMN, isTaskHeaderRun, PROBLEM_COLUMN } from '../../src/text/task-columns.js';

describe('task table column names', () => {
  it('should read the deadline columns of 整改方案 and 分工方案 tables', () => {
    for (const name of ['完成时限', '时间节点', '完成时间节点', '整改时限', '整改期限', '办结时限', '时间进度', '进度要求', '进度安排', '时限要求']) expect(DEADLINE_COLUMN.test(name), name).toBe(true);
    for (const name of ['责任单位', '整改措施', '备注', '时间表']) expect(DEADLINE_COLUMN.test(name), name).toBe(false);
  });

  it('should read a problem column by its usual names and no task column as one', () => {
    for (const name of ['问题', '存在问题', '反馈问题', '问题描述', '问题清单', '巡察反馈问题', '审计发现问题']) expect(PROBLEM_COLUMN.test(name), name).toBe(true);
    for (const name of ['整改措施', '问题类别', '工作任务']) expect(PROBLEM_COLUMN.test(name), name).toBe(false);
  });

  it('should take a run of column names with a task and a unit column after 序号 for a task table\'s header', () => {
    expect(isTaskHeaderRun(['序号', '存在问题', '整改措施', '责任单位', '整改时限'])).toBe(true);
    expect(isTaskHeaderRun(['序号', '重点领域', '工作任务', '牵头单位', '配合单位', '完成时限'])).toBe(true);
  });

  it('should take a leader\'s or a person\'s column beside the task and unit columns (责任领导, 分管区领导, 具体责任人)', () => {
    expect(isTaskHeaderRun(['序号', '工作任务', '责任领导', '责任单位', '完成时限'])).toBe(true);
    expect(isTaskHeaderRun(['序号', '重点任务', '分管区领导', '牵头单位', '具体责任人'])).toBe(true);
  });

  it.each(['行动名称', '专项行动', '重点行动', '工程名称', '重点工程', '任务名称', '工作内容'])(
    'should take a %s column, as a plan of 专项行动 or 重点工程 names its tasks, for a task table\'s task column',
    (name) => {
      expect(isTaskHeaderRun(['序号', name, '牵头单位', '配合单位'])).toBe(true);
    },
  );

  it.each(['包村领导', '包保领导', '包片领导', '包联领导', '挂钩领导', '挂点领导', '分管局领导', '镇领导', '旗级领导', '区级责任领导', '牵头区领导'])(
    'should take a %s column, a leader\'s label a clause knows, as a leader\'s column of a task table',
    (leader) => {
      expect(isTaskHeaderRun(['序号', '工作内容', '责任单位', leader, '完成时限'])).toBe(true);
    },
  );

  it('should not take 领导 bare or a word of prose with it for a leader\'s column', () => {
    expect(isTaskHeaderRun(['序号', '工作内容', '责任单位', '领导'])).toBe(false);
    expect(isTaskHeaderRun(['序号', '工作内容', '责任单位', '组织领导'])).toBe(false);
  });

  it('should not take a run without a unit column, without 序号 first, or with a line that names no column', () => {
    expect(isTaskHeaderRun(['序号', '指标', '单位', '2025年'])).toBe(false);
    expect(isTaskHeaderRun(['存在问题', '整改措施', '责任单位'])).toBe(false);
    expect(isTaskHeaderRun(['序号', '工作任务', '区财政局', '责任单位'])).toBe(false);
    expect(isTaskHeaderRun(['序号', '责任单位', '完成时限'])).toBe(false);
  });
});
