import { describe, expect, it } from 'vitest';
import { stepItemNumber } from '../../src/validate/item-number-step.js';

describe('stepItemNumber', () => {
  it.each([
    ['1', 1, '2'],
    ['9', 1, '10'],
    ['2', -1, '1'],
    ['1', -1, null],
    ['１', 1, '２'],
    ['１０', -1, '９'],
    ['①', 1, '②'],
    ['⑳', 1, null],
    ['一', 1, '二'],
    ['九', 1, '十'],
    ['十', 1, '十一'],
    ['二', -1, '一'],
    ['a', 1, 'b'],
    ['z', 1, null],
  ] as const)('should give the item number next to %s by %i, written the same way: %s', (number, step, expected) => {
    expect(stepItemNumber(number, step)).toBe(expected);
  });
});
