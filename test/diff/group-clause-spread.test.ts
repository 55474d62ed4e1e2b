import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import type { Change, DiffResult } from '../../src/diff/types.js';

// One clause over a group's items (以上任务由…) in one version, the clause on each item in the other.
const plan = (groups: string[]): string => ['某县2024年乡村建设工作要点', '', '　　为扎实推进乡村建设，制定本要点。', '', ...groups].join('\n');
const ONCE = plan([
  '　　一、农村道路提升',
  '　　1.新建农村公路40公里。',
  '　　2.改造危桥6座。',
  '　　以上任务由县交通运输局牵头，县财政局、各乡镇配合。',
  '',
  '　　二、人居环境整治',
  '　　3.新建农村公厕15座。',
  '　　4.清理河塘沟渠30处。',
  '　　以上任务由县农业农村局牵头，县水利局配合。',
  '',
]);
const EACH = plan([
  '　　一、农村道路提升',
  '　　1.新建农村公路40公里。（牵头单位：县交通运输局；配合单位：县财政局、各乡镇）',
  '　　2.改造危桥6座。（牵头单位：县交通运输局；配合单位：县财政局、各乡镇）',
  '',
  '　　二、人居环境整治',
  '　　3.新建农村公厕15座。（牵头单位：县农业农村局；配合单位：县水利局）',
  '　　4.清理河塘沟渠30处。（牵头单位：县水利局；配合单位：县农业农村局）',
  '',
]);

const diff = async (a: string, b: string): Promise<DiffResult> => diffDocuments(await parseNotice(a, { format: 'text' }), await parseNotice(b, { format: 'text' }));
const brief = (changes: readonly Change[]): unknown[] =>
  changes.map((c) => [c.kind, c.op, (c.new as { title?: string } | null)?.title, c.fields && Object.fromEntries(Object.entries(c.fields).map(([k, f]) => [k, [f.added, f.removed]]))]);

describe('plan diff of a group clause moved down to each item', () => {
  it('should report only the item whose units differ from the clause, in either direction', async () => {
    expect(brief((await diff(ONCE, EACH)).changes)).toEqual([['task', 'modified', '清理河塘沟渠30处', { lead: [['县水利局'], ['县农业农村局']], participants: [['县农业农村局'], ['县水利局']] }]]);
    expect(brief((await diff(EACH, ONCE)).changes)).toEqual([['task', 'modified', '清理河塘沟渠30处', { lead: [['县农业农村局'], ['县水利局']], participants: [['县水利局'], ['县农业农村局']] }]]);
  });

  it('should never report a heading both versions have as added, as a part or as a section', async () => {
    const result = await diff(ONCE, EACH);
    expect(result.changes.filter((c) => c.kind === 'part' || c.kind === 'section')).toEqual([]);
  });

  it('should report no change when every item keeps the clause units', async () => {
    const same = EACH.replace('（牵头单位：县水利局；配合单位：县农业农村局）', '（牵头单位：县农业农村局；配合单位：县水利局）');
    expect((await diff(ONCE, same)).changes).toEqual([]);
  });

  it('should still report an item reworded under the group', async () => {
    const reworded = EACH.replace('改造危桥6座', '改造危桥8座');
    expect(brief((await diff(ONCE, reworded)).changes).map((c) => (c as unknown[]).slice(0, 3))).toEqual([
      ['task', 'modified', '改造危桥8座'],
      ['task', 'modified', '清理河塘沟渠30处'],
    ]);
  });
});
