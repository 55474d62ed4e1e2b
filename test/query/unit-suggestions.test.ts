import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { departmentLoad } from '../../src/query/departments.js';
import { queryTasks } from '../../src/query/select-tasks.js';
import type { QueryNote } from '../../src/query/types.js';

/** The suggestions a --dept name that no task names gets. */
async function suggestionsFor(text: string, dept: string): Promise<readonly string[]> {
  const error: unknown = await queryTasks(await parseNotice(text), { dept }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'no-such-unit', query: dept });
  return (error as { suggestions: readonly string[] }).suggestions;
}

const TRADITIONAL = ['某區工作要點', '一、重點任務', '1.推進商貿流通數字化。（牽頭單位：區商務局；參與單位：區委網信辦）', '2.加強宣傳引導。（牽頭單位：區委宣傳部）'].join('\n');
const BRACKETED = ['某区工作要点', '一、重点任务', '1.推进知识产权强区建设。（牵头单位：区市场监管局（区知识产权局）；配合单位：区司法局）'].join('\n');

describe('did you mean, for a --dept name no task names', () => {
  it('should offer a traditional notice\'s unit for a simplified misspelling, as for a traditional one', async () => {
    expect(await suggestionsFor(TRADITIONAL, '区商务居')).toEqual(['區商務局']);
    expect(await suggestionsFor(TRADITIONAL, '區商務居')).toEqual(['區商務局']);
  });

  it('should offer a traditional notice\'s unit whose name holds the simplified text asked for', async () => {
    expect(await suggestionsFor(TRADITIONAL, '区委网信')).toEqual(['區委網信辦']);
    expect(await suggestionsFor(TRADITIONAL, '区委宣')).toEqual(['區委宣傳部']);
  });

  it('should offer a unit with a second name in brackets for a misspelling of either of its names', async () => {
    expect(await suggestionsFor(BRACKETED, '区市场监官局')).toEqual(['区市场监管局（区知识产权局）']);
    expect(await suggestionsFor(BRACKETED, '区知识产权居')).toEqual(['区市场监管局（区知识产权局）']);
  });

  it('should offer a unit across full- and half-width brackets', async () => {
    const text = BRACKETED.replace('区市场监管局（区知识产权局）', '区市场监管局(区知识产权局)');
    expect(await suggestionsFor(text, '区知识产权居')).toEqual(['区市场监管局(区知识产权局)']);
  });
});

describe('a --dept unit that no task names but a safeguard does', () => {
  const SAFEGUARD = ['某区2024年工作要点', '一、重点任务', '1.建设零工市场。（牵头单位：区人社局；配合单位：区财政局）', '二、保障措施', '（一）强化督查考核。将各项任务纳入年度绩效考核。（责任单位：区委督查室）', '（二）加强宣传。（區委宣傳部負責）'].join('\n');

  it('should answer empty with a note saying where it is named, not "no unit named"', async () => {
    const notes: QueryNote[] = [];
    expect(await queryTasks(await parseNotice(SAFEGUARD, { name: 'p.txt' }), { dept: '区委督查室' }, { onNote: (note) => notes.push(note) })).toEqual([]);
    expect(notes).toEqual([
      {
        ruleId: 'unit-outside-tasks',
        severity: 'info',
        message: 'no task names "区委督查室": it is named only in the safeguard （一）强化督查考核 (line 5)',
        source: 'p.txt',
        position: expect.objectContaining({ start: expect.objectContaining({ line: 5 }) }),
        unit: '区委督查室',
      },
    ]);
  });

  it('should find it across widths and characters, and give departments no row for it', async () => {
    const doc = await parseNotice(SAFEGUARD);
    const notes: QueryNote[] = [];
    expect(await departmentLoad(doc, { dept: '区委宣传部' }, { onNote: (note) => notes.push(note) })).toEqual([]);
    expect(notes.map((n) => n.unit)).toEqual(['區委宣傳部']);
  });

  it('should say nothing for a unit a task names', async () => {
    const notes: QueryNote[] = [];
    await queryTasks(await parseNotice(SAFEGUARD), { dept: '区财政局', role: 'lead' }, { onNote: (note) => notes.push(note) });
    expect(notes).toEqual([]);
  });
});
