import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold.js';
import { unitCellNote, withNote } from '../../src/parse/unit-cell-note.js';

describe('a 单位 cell with a note beside its unit', () => {
  it.each([
    ['家（累计）', '家', '累计'],
    ['家(累计)', '家', '累计'],
    ['亿元（当年）', '亿元', '当年'],
    ['（家，累计）', '家', '累计'],
    ['(万元,年度)', '万元', '年度'],
    ['（个、新增）', '个', '新增'],
    ['吨/万元（当年价）', '吨/万元', '当年价'],
    ['%（累计）', '%', '累计'],
    ['家 （累计）', '家', '累计'],
    ['（家）', '家', ''],
    ['累计（家次）', '家次', '累计'],
    ['当年（亿元）', '亿元', '当年'],
  ])('should read %s as the unit %s and the note "%s"', (cell, unit, note) => {
    expect(unitCellNote(cell, fold(cell))).toEqual({ unit, note });
  });

  it.each([
    ['a unit alone', '家'],
    ['a unit with a second counter in brackets', '万台（套）'],
    ['a unit with a rate base', '人/10万人'],
    ['a note alone in brackets', '（详见备注）'],
    ['a note with no unit in brackets after it', '见附表（一）'],
    ['words with a note in brackets', '详见备注（累计）'],
    ['a sentence in brackets after a unit', '家（含已认定的企业；不含分支机构）'],
    ['a bare figure in brackets after a unit', '家（2）'],
    ['an empty cell', ''],
  ])('should read no note in %s', (_name, cell) => {
    expect(unitCellNote(cell, fold(cell))).toBeNull();
  });

  it('should add the note to the indicator in the cell\'s brackets, once', () => {
    expect(withNote('省级以上企业技术中心', '累计', '家（累计）')).toBe('省级以上企业技术中心（累计）');
    expect(withNote('省级以上企业技术中心', '累计', '家(累计)')).toBe('省级以上企业技术中心(累计)');
    expect(withNote('省级以上企业技术中心（累计）', '累计', '家（累计）')).toBe('省级以上企业技术中心（累计）');
  });
});
