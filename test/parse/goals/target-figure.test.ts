import { describe, expect, it } from 'vitest';
import { comparisonOf, readTargetCell } from '../../../src/parse/goals/target-figure.js';
import { fold } from '../../../src/text/fold.js';

const cell = (text: string) => {
  const t = readTargetCell(fold(text));
  return t && [t.value, t.upTo ?? null, t.unit, t.qualifiers.join('、'), t.comparison];
};

describe('readTargetCell', () => {
  it.each([
    ['70', [70, null, '', '', 'equal']],
    ['≥70', [70, null, '', '≥', 'at-least']],
    ['＞3000', [3000, null, '', '>', 'at-least']],
    ['≦5', [5, null, '', '≦', 'at-most']],
    ['<= 5', [5, null, '', '<=', 'at-most']],
    ['90%以上', [90, null, '%', '以上', 'at-least']],
    ['5.5%以内', [5.5, null, '%', '以内', 'at-most']],
    ['2%左右', [2, null, '%', '左右', 'about']],
    ['不低于500', [500, null, '', '不低于', 'at-least']],
    ['不超过10', [10, null, '', '不超过', 'at-most']],
    ['不高于0.35', [0.35, null, '', '不高于', 'at-most']],
    ['控制在4.5%—5%', [4.5, 5, '%', '', 'at-least']],
    ['力争15', [15, null, '', '力争', 'equal']],
    ['1—1.5', [1, 1.5, '', '', 'at-least']],
    ['5%-6%', [5, 6, '%', '', 'at-least']],
    ['3%～5%', [3, 5, '%', '', 'at-least']],
    ['5万至6万人', [5, 6, '万人', '', 'at-least']],
    ['35亿美元', [35, null, '亿美元', '', 'equal']],
    ['5000余', [5000, null, '', '余', 'at-least']],
    ['3.6万余人', [3.6, null, '万人', '余', 'at-least']],
    ['20多家以上', [20, null, '家', '多、以上', 'at-least']],
    ['120万㎡', [120, null, '万㎡', '', 'equal']],
  ])('should read the cell %s as a target', (text, expected) => {
    expect(cell(text)).toEqual(expected);
  });

  it.each([['待定'], ['—'], ['逐步提高'], ['2025年'], ['加快建设5个'], ['5余6']])('should read no target in the cell %s', (text) => {
    expect(cell(text)).toBeNull();
  });

  it.each([
    ['五十', [50, null, '', '', 'equal']],
    ['不少于二十所', [20, null, '所', '不少于', 'at-least']],
    ['一百二十个', [120, null, '个', '', 'equal']],
    ['三千亿元', [3000, null, '亿元', '', 'equal']],
    ['十五家以上', [15, null, '家', '以上', 'at-least']],
    ['百分之十', [10, null, '%', '', 'equal']],
    ['百分之百', [100, null, '%', '', 'equal']],
    ['百分之六点五左右', [6.5, null, '%', '左右', 'about']],
    ['千分之五以内', [5, null, '‰', '以内', 'at-most']],
  ])('should read the cell %s in Chinese numerals as a target', (text, expected) => {
    expect(cell(text)).toEqual(expected);
  });

  it.each([['十四五'], ['两三个'], ['百家'], ['两万五千人'], ['一批'], ['一是'], ['四个一'], ['百分之十个']])(
    'should read no target in the cell %s, which is no count in Chinese numerals',
    (text) => {
      expect(cell(text)).toBeNull();
    },
  );
});

describe('comparisonOf', () => {
  it.each([
    [['以上'], false, 'at-least'],
    [['≥'], false, 'at-least'],
    [['≤'], false, 'at-most'],
    [['不低于'], false, 'at-least'],
    [['低于'], false, 'at-most'],
    [['左右'], false, 'about'],
    [[], true, 'at-least'],
    [['以内'], true, 'at-most'],
    [['控制在'], true, 'at-least'],
    [['降至'], true, 'at-least'],
    [['不高于'], false, 'at-most'],
    [['不大于'], false, 'at-most'],
    [['不超'], false, 'at-most'],
    [['最高不超过'], false, 'at-most'],
    [[], false, 'equal'],
  ] as const)('should read %j (range: %s) as %s', (words, range, expected) => {
    expect(comparisonOf(words, range)).toBe(expected);
  });
});
