import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { isFrequencyNote } from '../../src/parse/deadline.js';

/** A task's clause followed by a bracket of its own that says when, or how often, the work is done. */
const HEAD = '某省示例行动方案（2024—2026年）\n一、重点任务\n';
const parsed = async (items: string) => {
  const doc = await parseNotice(HEAD + items);
  return {
    tasks: doc.plan?.tasks.map((t) => ({ number: t.number, text: t.text, lead: t.lead, participants: t.participants, deadline: t.deadline ?? null })),
    warnings: doc.diagnostics.filter((d) => d.ruleId === 'clause-unread' || d.ruleId === 'task-units').map((d) => d.ruleId),
  };
};

describe('a time bracket after a task clause', () => {
  it.each([
    ['（2024年起持续推进）', '2024年起持续推进'],
    ['（2024年启动，持续推进）', '2024年启动，持续推进'],
    ['（2024年6月底前启动）', '2024年6月底前启动'],
  ])('should read %s as the deadline, the clause keeping its units', async (bracket, deadline) => {
    expect(await parsed(`1.开展老年人防诈骗宣传。（责任单位：省公安厅、省委宣传部，各市州人民政府）${bracket}\n`)).toEqual({
      tasks: [{ number: '1', text: '开展老年人防诈骗宣传。', lead: ['省公安厅', '省委宣传部', '各市州人民政府'], participants: [], deadline }],
      warnings: [],
    });
  });

  it('should read the deadline after a verbal clause in brackets too', async () => {
    expect((await parsed('1.建设老年食堂。（省民政厅牵头，省财政厅配合）（2024年起持续推进）\n')).tasks).toEqual([
      { number: '1', text: '建设老年食堂。', lead: ['省民政厅'], participants: ['省财政厅'], deadline: '2024年起持续推进' },
    ]);
  });

  it.each(['（每年开展）', '（每季度调度一次）', '（每月至少通报1次）'])('should keep %s, how often and no deadline, in the task text', async (bracket) => {
    expect(await parsed(`1.开展老年人防诈骗宣传。（责任单位：省公安厅、省委宣传部，各市州人民政府）${bracket}\n`)).toEqual({
      tasks: [{ number: '1', text: `开展老年人防诈骗宣传。${bracket}`, lead: ['省公安厅', '省委宣传部', '各市州人民政府'], participants: [], deadline: null }],
      warnings: [],
    });
  });

  it.each([
    ['每年开展', true],
    ['每季度调度一次', true],
    ['每月至少通报1次', true],
    ['每年开展两次专项检查', false],
    ['每年新增就业1万人', false],
  ])('should take %s for a note of how often: %s', (inside, often) => {
    expect(isFrequencyNote(inside)).toBe(often);
  });
});
