import { describe, expect, it } from 'vitest';
import { decimalInPlace } from '../../src/text/decimal-place.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import type { OutlineNode } from '../../src/model/types.js';

/** Every item's label, depth-first, indented by its depth (`1.`, `  1.1`). */
const labels = (nodes: readonly OutlineNode[], depth = 0): string[] => nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.label}`, ...labels(n.children, depth + 1)]);

const outline = async (lines: string[]): Promise<OutlineNode[]> => (await parseNotice(['某区城市更新行动计划', '', ...lines, ''].join('\n'), { format: 'text' })).outline;

describe('a decimal figure opening a wrapped line (3.12平方公里) is no decimal item', () => {
  /** Tasks 1. 2. 3. under 一、, the second's sentence wrapped before the figure `line` opens with. */
  const wrapped = (line: string): string[] => [
    '一、重点任务',
    '1.推进老旧小区改造。完成老旧小区改造30个。（牵头单位：区住房城乡建设委）',
    '2.推进城市更新片区建设。启动城市更新片区建设，面积',
    `${line}（牵头单位：区规划资源局）`,
    '3.推进口袋公园建设。新建口袋公园10个。（牵头单位：区绿化市容局）',
  ];

  it.each([
    ['an area in 平方公里', '3.12平方公里，带动社会投资。'],
    ['an area in 公顷', '3.15公顷，同步完善配套设施。'],
    ['a sum in 万元', '2.5万元以上的项目落地。'],
    ['an area of full width', '３．１２平方公里，带动社会投资。'],
    ['a figure of two places before the point', '12.35平方米的口袋公园。'],
  ])('should keep %s under item 2 in its text, not read it as an item', async (_, line) => {
    const nodes = await outline(wrapped(line));
    expect(labels(nodes)).toEqual(['一、', '  1.', '  2.', '  3.']);
    expect(nodes[0]!.children[1]!.text).toContain(line);
  });

  it('should keep such a figure in the text of a decimal item it does not number on from (3.12 under 2.3)', async () => {
    const nodes = await outline(['1 总体要求', '', '1.1 指导思想。坚持新发展理念。', '', '2 重点任务', '', '2.1 推进老旧小区改造。完成改造30个。', '', '2.2 推进片区建设。启动片区建设，面积', '3.12平方公里，带动投资。', '', '2.3 推进口袋公园建设。新建口袋公园10个。', '2.15平方公里用于绿化。']);
    expect(labels(nodes)).toEqual(['1', '  1.1', '2', '  2.1', '  2.2', '  2.3']);
    expect(nodes[1]!.children[1]!.text).toContain('3.12平方公里');
    expect(nodes[1]!.children[2]!.text).toContain('2.15平方公里');
  });
});

describe('decimal items where the numbering puts them', () => {
  it('should read decimal items that open lists and number on, a level down and up again', async () => {
    const nodes = await outline(['1.1 指导思想。坚持新发展理念。', '1.2 基本原则。坚持统筹推进。', '2.1 推进老旧小区改造。完成改造30个。', '2.1.1 加装电梯。新增加装电梯50部。', '2.1.2 完善设施。改造管网20公里。', '2.2 推进口袋公园建设。新建口袋公园10个。']);
    expect(labels(nodes)).toEqual(['1.1', '1.2', '2.1', '  2.1.1', '  2.1.2', '2.2']);
  });

  it('should read an item after a number skipped or repeated by a typo (2.1, 2.3, 2.3), which outline-sequence reports', async () => {
    const nodes = await outline(['一、重点任务', '', '2.1 推进老旧小区改造。完成改造30个。', '2.3 推进片区建设。启动片区建设。', '2.3 推进口袋公园建设。新建口袋公园10个。']);
    expect(labels(nodes)).toEqual(['一、', '  2.1', '  2.3', '  2.3']);
  });

  it.each([
    // [number, last decimal item read, in place?]
    ['2.1', null, true],
    ['3.1', [2, 4], true],
    ['2.1.1', [2, 1], true],
    ['2.4', [2, 3], true],
    ['2.5', [2, 3], true],
    ['2.3', [2, 3], true],
    ['2.4', [2, 3, 2], true],
    ['3.12', null, false],
    ['3.12', [2, 3], false],
    ['2.15', [2, 3], false],
    ['2.6', [2, 3], false],
    ['2.2', [2, 3], false],
    ['2.3', [2, 3, 2], false],
    ['2.3.2', [2, 3], false],
  ] as const)('should tell whether %s stands in place after %j: %s', (number, last, expected) => {
    expect(decimalInPlace(number, last)).toBe(expected);
  });
});
