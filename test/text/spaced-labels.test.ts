import { describe, expect, it } from 'vitest';
import { withoutOffsets } from '../helpers/offsets.js';
import { roleLabelSpaces } from '../../src/text/spaced-labels.js';

const closed = (text: string): string => withoutOffsets(text, roleLabelSpaces(text));

describe('roleLabelSpaces', () => {
  it.each([
    ['（牵　头　单　位：区民政局；配　合　单　位：区财政局）', '（牵头单位：区民政局；配合单位：区财政局）'],
    ['【责　任　单　位】区人社局', '【责任单位】区人社局'],
    ['牵　头　单　位：区卫生健康委', '牵头单位：区卫生健康委'],
    ['（牽　頭　單　位 ：区市场监管局）', '（牽頭單位 ：区市场监管局）'],
    ['（牵 头：区民政局）', '（牵头：区民政局）'],
  ])('should close the letter-spacing of a role label: %s', (text, expected) => {
    expect(closed(text)).toBe(expected);
  });

  it.each([
    ['名　　称：某某区人民政府办公室关于印发方案的通知'],
    ['发　文　字　号：某政办发〔2024〕8号'],
    ['到2025年，全区　养老　床位：3000张'],
    ['各街道办事处，区政府各部门：'],
    ['（牵头单位：区民政局）'],
  ])('should leave a text that has no spaced role label as it is: %s', (text) => {
    expect(roleLabelSpaces(text)).toEqual([]);
  });
});
