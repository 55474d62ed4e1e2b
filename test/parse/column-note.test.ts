import { describe, expect, it } from 'vitest';
import { readColumnHeader } from '../../src/parse/column-note.js';

describe('a task table column header with a note', () => {
  it.each([
    ['责任单位（第一个为牵头单位）', '责任单位'],
    ['责任单位(牵头单位排第一)', '责任单位'],
    ['责任单位【列首位的为牵头单位】', '责任单位'],
    ['责任单位（排在前面的为牵头单位）', '责任单位'],
  ])('should read %s by its name and make the first listed unit lead', (header, name) => {
    expect(readColumnHeader(header)).toEqual({ name, firstLeads: true });
  });

  it.each([
    ['责任单位（加粗为牵头）', '责任单位'],
    ['完成时限（年月）', '完成时限'],
    ['牵头单位', '牵头单位'],
    ['配合单位（含各街道）', '配合单位'],
  ])('should read %s by its name without saying who leads', (header, name) => {
    expect(readColumnHeader(header)).toEqual({ name, firstLeads: false });
  });
});
