import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import type { Change, DiffResult } from '../../src/diff/types.js';
import { readFileSync } from 'node:fs';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';
import { changeLabel, entityText } from '../../src/render/diff-describe.js';
import { wdiff } from '../helpers/diff-expect.js';

const DIR = 'fixtures/diff/revisions';

/** A change as a reviewer reads it: op, label and each field as a wdiff redline or old → new. */
function brief(c: Change): string {
  const fields = Object.entries(c.fields ?? {}).map(([name, f]) => {
    if (f.redline) return `${name}: ${wdiff(f.redline)}`;
    if (f.added || f.removed) return `${name}: +${(f.added ?? []).join('、')} -${(f.removed ?? []).join('、')}`;
    return `${name}: ${JSON.stringify(f.old)} → ${JSON.stringify(f.new)}`;
  });
  return [`${c.op} ${changeLabel(c)}`, ...fields].join(' | ');
}

async function diffFiles(oldName: string, newName: string): Promise<DiffResult> {
  return diffDocuments(await parseFile(`${DIR}/${oldName}`), await parseFile(`${DIR}/${newName}`));
}

const GOALS = '（二）工作目标\n到2026年，城镇新建建筑中绿色建筑面积占比达到100%，完成既有公共建筑节能改造20万平方米。';

describe('plan diff on the prose of a plan and its title', () => {
  it.each([
    [
      'guiding-clause-struck.txt',
      [`modified part 一 总体要求 | text: （一）指导思想\n坚持生态优先、绿色发展，[-坚持系统观念，-]统筹推进新建建筑节能和既有建筑改造。\n${GOALS}`],
    ],
    [
      'part-sentence-added.txt',
      [`modified part 一 总体要求 | text: （一）指导思想\n坚持生态优先、绿色发展，坚持系统观念，统筹推进新建建筑节能和既有建筑改造。{+\n到2026年，绿色建筑成为城乡建设的主流形态。+}\n${GOALS}`],
    ],
    [
      'target-reworded.txt',
      [
        `modified part 一 总体要求 | text: （一）指导思想\n坚持生态优先、绿色发展，坚持系统观念，统筹推进新建建筑节能和既有建筑改造。\n（二）工作目标\n到2026年，城镇新建建筑[-中-]{+全面执行绿色建筑标准，+}绿色建筑面积占比达到100%，完成既有公共建筑节能改造20万平方米。`,
        'modified goal 绿色建筑面积占比 2026年 | indicator: "城镇新建建筑中绿色建筑面积占比" → "绿色建筑面积占比"',
      ],
    ],
    // The figure is the goal's: reported once, as the goal, not again as the sentence around it.
    ['target-figure-changed.txt', ['modified goal 完成既有公共建筑节能改造 2026年 | value: 20 → 25']],
    // So is the target year written in the goals' sentence.
    [
      'target-year-changed.txt',
      [
        'modified goal 城镇新建建筑中绿色建筑面积占比 2026年 → 2027年 | year: 2026 → 2027',
        'modified goal 完成既有公共建筑节能改造 2026年 → 2027年 | year: 2026 → 2027',
      ],
    ],
    ['plan-retitled.txt', ['modified plan | title: 青山区绿色建筑推广三年行动方案（[-2024—2026-]{+2025—2027+}年） | period: "2024—2026" → "2025—2027"']],
  ])('should report %s as %j', async (file, expected) => {
    const result = await diffFiles('base.txt', file);
    expect(result.changes.map(brief)).toEqual(expected);
  });

  it('should report the sub-items under a task, added or reworded, as part of its text', async () => {
    expect((await diffFiles('base.txt', 'task-items.txt')).changes.map(brief)).toEqual([
      'modified task 3 实施公共建筑节能改造 | text: 对能耗较高的办公楼宇开展节能诊断和改造。\n{+（1）开展能耗诊断。对年耗电量较大的楼宇逐栋诊断。\n（2）实施节能改造。优先改造照明和空调系统。+}',
    ]);
    expect((await diffFiles('task-items.txt', 'task-item-reworded.txt')).changes.map(brief)).toEqual([
      'modified task 3 实施公共建筑节能改造 | text: 对能耗较高的办公楼宇开展节能诊断和改造。\n（1）开展能耗诊断。对年耗电量较大的楼宇逐栋诊断。\n（2）实施节能改造。优先改造照明[-和-]{+、+}空调{+和电梯+}系统。',
    ]);
  });

  it.each([
    ['group-retitled.txt', ['modified section 二 实施城市更新节能行动 | title: [-推进既有建筑改造-]{+实施城市更新节能行动+}']],
    // Paired by number in its part when its tasks are no longer the same either.
    [
      'group-retitled-task-added.txt',
      [
        'modified section 二 实施城市更新节能行动 | title: [-推进既有建筑改造-]{+实施城市更新节能行动+}',
        'added task 5 推进建筑能耗监测',
        'renumbered task 5 → 6 推广可再生能源应用 | number: "5" → "6"',
        'renumbered task 6 → 7 培育绿色建材产业 | number: "6" → "7"',
      ],
    ],
    ['part-retitled.txt', ['modified part 一 总体思路 | title: 总体[-要求-]{+思路+}']],
  ])('should report a retitled part or group in %s as one modified element whose tasks stay put', async (file, expected) => {
    expect((await diffFiles('base.txt', file)).changes.map(brief)).toEqual(expected);
  });

  it('should report units respelled (区发改委, 区科学技术局, 区工信局, 区住房城乡建设局) as respelled, not as units added and removed', async () => {
    const result = await diffFiles('base.txt', 'units-respelled.txt');
    expect(result.changes.map(brief)).toEqual([
      'respelled unit 区发改委 | name: "区发展改革委" → "区发改委"',
      'respelled unit 区住房城乡建设局 | name: "区住房和城乡建设局" → "区住房城乡建设局"',
      'respelled unit 区科学技术局 | name: "区科技局" → "区科学技术局"',
      'respelled unit 区工信局 | name: "区工业和信息化局" → "区工信局"',
    ]);
    // No task changed: the units are the same, only written another way.
    expect(result.summary.kinds.task).toMatchObject({ modified: 0, unchanged: 6 });
  });

  it('should report the respelled units as written with --strict', async () => {
    const result = await diffDocuments(await parseFile(`${DIR}/base.txt`), await parseFile(`${DIR}/units-respelled.txt`), { strict: true });
    expect(result.changes.map(brief)).toEqual([
      'modified task 1 推行绿色设计 | participants: +区发改委 -区发展改革委',
      'modified task 2 推广装配式建筑 | lead: +区住房城乡建设局 -区住房和城乡建设局',
      'modified task 3 实施公共建筑节能改造 | participants: +区科学技术局 -区科技局',
      'modified task 5 推广可再生能源应用 | participants: +区工信局 -区工业和信息化局',
    ]);
  });

  it('should report an article taken from one chapter to another as moved, naming both chapters', async () => {
    expect((await diffFiles('regulation.txt', 'regulation-article-moved.txt')).changes.map(brief)).toEqual([
      'moved article 五 运营单位应当公布服务电话，受理投诉和建议 | chapter: "第二章 建设与运营" → "第三章 使用管理"',
    ]);
  });

  it.each(['year-range-hyphen.txt', 'document-number-parens.txt'])('should report no changes for a rendering difference (%s)', async (file) => {
    expect((await diffFiles('base.txt', file)).changes).toEqual([]);
    expect((await diffFiles(file, 'base.txt')).changes).toEqual([]);
  });

  it('should report the hyphen and the brackets as written with --strict', async () => {
    for (const file of ['year-range-hyphen.txt', 'document-number-parens.txt']) {
      const result = await diffDocuments(await parseFile(`${DIR}/base.txt`), await parseFile(`${DIR}/${file}`), { strict: true });
      expect(result.changes.length, file).toBeGreaterThan(0);
    }
  });

  it('should place a removed task at the next task of the old version that stayed, not at the end of one moved before it', async () => {
    const result = await diffFiles('base.txt', 'task-removed-neighbour-moved.txt');
    const removed = result.changes.find((c) => c.op === 'removed');
    // Old task 5 stood before old task 6, which is now task 4 on line 43; old task 4 moved to line 45.
    expect(removed).toMatchObject({ kind: 'task', old: { number: '5' }, line: 43, column: 1 });
  });

  it('should give tasks that share a title ids by their group, so a removed one never names a task still there', async () => {
    const oldDoc = await parseFile(`${DIR}/duplicate-titles.txt`);
    const newDoc = await parseFile(`${DIR}/duplicate-title-first-removed.txt`);
    const ids = (doc: typeof oldDoc): string[] => (doc.plan?.tasks ?? []).map((t) => t.id);
    expect(new Set(ids(oldDoc)).size).toBe(ids(oldDoc).length);
    // Titles that stand once keep the id of their title alone.
    expect(ids(oldDoc)).toContain('task-e1d461a9');
    const result = await diffDocuments(oldDoc, newDoc);
    const removed = result.changes.filter((c) => c.op === 'removed');
    expect(removed.map((c) => (c.old as { title: string }).title)).toEqual(['加强宣传推广']);
    expect(ids(newDoc)).not.toContain(removed[0]?.id);
    // The one left is paired with itself (old.id → its id now), not reported as removed and added.
    const survivor = result.changes.find((c) => c.kind === 'task' && (c.new as { title?: string } | null)?.title === '加强宣传推广');
    expect(survivor?.op).toBe('renumbered');
    expect((survivor?.old as { text: string }).text).toContain('推介会');
    // Its id lost the group hash with its twin: the change says so, and so does the twin's removal.
    const [groupHash, bare] = [(survivor?.old as { id: string }).id, (survivor?.new as { id: string }).id];
    expect(groupHash).toMatch(/^task-[0-9a-f]{8}-[0-9a-f]{8}$/);
    expect(bare).toBe(groupHash.slice(0, 'task-'.length + 8));
    expect(survivor?.fields?.id).toEqual({ old: groupHash, new: bare });
    expect(removed[0]?.idsChanged).toEqual([{ number: '7', title: '加强宣传推广', old: groupHash, new: bare }]);
  });

  it('should pair a rewritten task with the one of its title in its own group when the other was removed', async () => {
    const oldDoc = await parseFile(`${DIR}/duplicate-titles.txt`);
    const text = readFileSync(`${DIR}/duplicate-title-first-removed.txt`, 'utf8');
    const rewritten = text.replace('7.加强宣传推广。组织绿色建材企业参加推介会。', '7.加强宣传推广。每年举办一次建材博览活动，通过报纸、电视和网络平台介绍本地产品。');
    expect(rewritten).not.toBe(text);
    const result = await diffDocuments(oldDoc, await parseNotice(rewritten));
    const promoted = result.changes.filter((c) => c.kind === 'task' && ((c.new ?? c.old) as { title: string }).title === '加强宣传推广');
    // Not one removed and one added: old task 8 (group 三) is new task 7 (group 三), reworded.
    expect(promoted.map((c) => [c.op, (c.old as { number: string }).number, (c.new as { number: string } | null)?.number ?? null])).toEqual([
      ['removed', '3', null],
      ['modified', '8', '7'],
    ]);
  });

  it('should compare the document number under the title with the one in front matter', async () => {
    expect((await diffFiles('base.txt', 'front-matter-number.md')).changes).toEqual([]);
    expect((await diffFiles('front-matter-number.md', 'base.txt')).changes).toEqual([]);
    expect((await diffFiles('base.txt', 'front-matter-number-changed.md')).changes.map(brief)).toEqual([
      'modified metadata | documentNumber: {"raw":"青政办发〔2024〕3号","agency":"青政办发","year":2024,"serial":3} → {"raw":"青政办发〔2024〕5号","agency":"青政办发","year":2024,"serial":5}',
    ]);
  });

  it('should show the prose of a removed part with it', async () => {
    const result = await diffFiles('base.txt', 'part-removed.txt');
    const removed = result.changes.find((c) => c.kind === 'part' && c.op === 'removed');
    expect(removed && entityText(removed, removed.old)).toBe(`总体要求\n（一）指导思想\n坚持生态优先、绿色发展，坚持系统观念，统筹推进新建建筑节能和既有建筑改造。\n${GOALS}`);
  });

  it('should report no changes for the base against itself', async () => {
    expect((await diffFiles('base.txt', 'base.txt')).changes).toEqual([]);
  });
});
