import { describe, expect, it } from 'vitest';
import { FieldError, flatValue, getField, pickFields, selectFields } from '../../src/query/fields.js';

describe('selectFields', () => {
  const valid = ['number', 'title', 'section.title'];

  it('should return the defaults when no fields are asked for', () => {
    expect(selectFields(undefined, valid, ['number'])).toEqual(['number']);
  });

  it('should accept known fields in the order given, spaces and a full-width comma allowed', () => {
    expect(selectFields('title, section.title，number', valid, [])).toEqual(['title', 'section.title', 'number']);
  });

  it('should reject an unknown field with a message listing the valid ones', () => {
    expect(() => selectFields('number,titel', valid, [])).toThrow(FieldError);
    expect(() => selectFields('number,titel', valid, [])).toThrow('unknown field "titel"; valid fields: number, title, section.title');
  });
});

describe('getField and pickFields', () => {
  const row = { number: '1', section: { number: '一', title: 'T' }, values: { '2020': 1, '2020.6': 2 }, none: null };

  it('should follow nested paths', () => {
    expect(getField(row, 'section.title')).toBe('T');
    expect(getField(row, 'none.title')).toBeUndefined();
  });

  it('should read keys that hold a dot', () => {
    expect(getField(row, 'values.2020.6')).toBe(2);
    expect(getField(row, 'values.2020')).toBe(1);
  });

  it('should keep the nesting of picked fields', () => {
    expect(pickFields(row, ['number', 'section.title', 'values.2020.6', 'missing'])).toEqual({
      number: '1',
      section: { title: 'T' },
      values: { '2020.6': 2 },
      missing: null,
    });
  });
});

describe('flatValue', () => {
  it('should join lists with 、 and show nothing for null', () => {
    expect(flatValue(['区科技局', '区财政局'])).toBe('区科技局、区财政局');
    expect(flatValue(null)).toBe('');
    expect(flatValue(2.59)).toBe('2.59');
  });

  it('should show a document number as written and a position as line:column', () => {
    expect(flatValue({ raw: '河东政办函〔2022〕10号', agency: '河东政办函', year: 2022, serial: 10 })).toBe('河东政办函〔2022〕10号');
    expect(flatValue({ start: { line: 3, column: 1, offset: 9 }, end: { line: 3, column: 5, offset: 13 } })).toBe('3:1');
  });

  it('should show responsibility roles as label:units', () => {
    const roles = [
      { role: 'lead', label: '牵头单位', units: ['区科技局'] },
      { role: 'participant', label: '参与单位', units: ['区财政局', '区人社局'] },
    ];
    expect(flatValue(roles)).toBe('牵头单位:区科技局; 参与单位:区财政局、区人社局');
  });
});
