import { describe, expect, it } from 'vitest';
import { fold, substanceKey } from '../../src/text/fold.js';

describe('fold', () => {
  it('should fold full-width punctuation and digits and keep the length', () => {
    const text = '（牵头单位：区科技局，参与单位：区财政局）２０２２';
    expect(fold(text)).toBe('(牵头单位:区科技局,参与单位:区财政局)2022');
    expect(fold(text)).toHaveLength(text.length);
  });

  it('should turn every kind of space into an ASCII space', () => {
    expect(fold('名\u3000称\u2002:\u00a0x')).toBe('名 称 : x');
  });

  it('should leave Chinese punctuation that has no half-width form alone', () => {
    expect(fold('各委办局、各街道。〔2022〕')).toBe('各委办局、各街道。〔2022〕');
  });

  it('should give the same substance key to width and spacing variants', () => {
    expect(substanceKey('区科技局，参与单位：\n区财政局')).toBe(substanceKey('区科技局,参与单位:区财政局'));
  });
});
