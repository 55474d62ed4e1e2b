/**
 * A goal is one year's target: revised from 到2023年…到2025年… to 到2025年…到2027年…, the 2023 target
 * is dropped and a 2027 one set, and 2025 is kept. Pairing 2023 with 2027 over the kept year would
 * report one goal moved four years, and the paragraph as reworded around it.
 */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import type { DiffResult } from '../../src/diff/types.js';
import { changeLabel } from '../../src/render/diff-describe.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

const notice = (goals: string): string =>
  `某区楼宇经济发展方案\n\n一、发展目标\n${goals}\n\n二、主要任务\n1.开展楼宇精准招商。（牵头单位：区投促局；配合单位：区商务局）\n`;
const diff = async (a: string, b: string): Promise<DiffResult> => diffDocuments(await parseNotice(notice(a)), await parseNotice(notice(b)));
const described = (result: DiffResult): string[][] => result.changes.map((c) => [c.op, changeLabel(c)]);

describe('plan diff of a goal whose years were shifted past a year both versions keep', () => {
  it('should report the earlier year removed and the later one added, not one target moved over the kept year', async () => {
    const result = await diff('到2023年，全区税收亿元楼宇达到30栋。到2025年，全区税收亿元楼宇达到40栋。', '到2025年，全区税收亿元楼宇达到40栋。到2027年，全区税收亿元楼宇达到50栋。');
    expect(described(result)).toEqual([
      ['removed', 'goal 全区税收亿元楼宇 2023年'],
      ['added', 'goal 全区税收亿元楼宇 2027年'],
    ]);
  });

  it('should not report the paragraph as changed where the sentences dropped and added state only their goals', async () => {
    const result = await diff(
      '到2023年，全区海洋生产总值达到1500亿元。到2025年，全区海洋生产总值达到1800亿元，年均增长8%左右；省级以上海洋科技创新平台达到20个。',
      '到2025年，全区海洋生产总值达到1800亿元，年均增长8%左右；省级以上海洋科技创新平台达到20个。到2027年，全区海洋生产总值达到2200亿元。',
    );
    expect(described(result)).toEqual([
      ['removed', 'goal 全区海洋生产总值 2023年'],
      ['added', 'goal 全区海洋生产总值 2027年'],
    ]);
  });

  it('should still pair a target brought to another year when the kept year is not between them', async () => {
    const result = await diff('到2023年，全区税收亿元楼宇达到30栋。到2025年，全区税收亿元楼宇达到40栋。', '到2024年，全区税收亿元楼宇达到35栋。到2025年，全区税收亿元楼宇达到45栋。');
    expect(described(result)).toEqual([
      ['modified', 'goal 全区税收亿元楼宇 2023年 → 2024年'],
      ['modified', 'goal 全区税收亿元楼宇 2025年'],
    ]);
    expect(result.changes[0]?.years).toEqual([
      { year: 2023, old: 30, new: null },
      { year: 2024, old: null, new: 35 },
    ]);
  });

  it('should read the indicator without its area word when telling the kept year', async () => {
    const result = await diff('到2023年，全区税收亿元楼宇达到30栋。到2025年，税收亿元楼宇达到40栋。', '到2025年，税收亿元楼宇达到40栋。到2027年，全区税收亿元楼宇达到50栋。');
    expect(described(result)).toEqual([
      ['removed', 'goal 全区税收亿元楼宇 2023年'],
      ['added', 'goal 全区税收亿元楼宇 2027年'],
    ]);
  });

  it('should still pair a lone target moved to another year', async () => {
    const result = await diff('到2023年，全区税收亿元楼宇达到30栋。', '到2027年，全区税收亿元楼宇达到50栋。');
    expect(described(result)).toEqual([['modified', 'goal 全区税收亿元楼宇 2023年 → 2027年']]);
  });
});
