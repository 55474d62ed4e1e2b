import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold.js';
import { matchRegistrationNumber } from '../../src/text/registration-number.js';

describe('registration numbers (规范性文件统一编号)', () => {
  it.each([
    ['ZJSP01-2023-0003', 'ZJSP01-2023-0003'],
    ['HNPR-2023-01001', 'HNPR-2023-01001'],
    ['　　ZJAC00-2022-0012　', 'ZJAC00-2022-0012'],
    ['统一编号：ZJSP01-2023-0003', 'ZJSP01-2023-0003'],
    ['规范性文件统一编号：ＨＮＰＲ－２０２３－０１００１', 'ＨＮＰＲ－２０２３－０１００１'],
  ])('should read %s as a registration number', (line, number) => {
    const at = matchRegistrationNumber(fold(line));
    expect(at && line.slice(at.from, at.to)).toBe(number);
  });

  it.each([
    ['GZ0120230012'], // no dashes: any other identifier may look so
    ['GB/T 9704-2012'],
    ['ISO-9001'],
    ['某政办发〔2023〕12号'],
    ['编号ZJSP01-2023-0003的文件已废止'],
    ['zjsp01-2023-0003'],
  ])('should not read %s as a registration number', (line) => {
    expect(matchRegistrationNumber(fold(line))).toBeNull();
  });
});
