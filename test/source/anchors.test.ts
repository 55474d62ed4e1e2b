import { describe, expect, it } from 'vitest';
import { sourceEnd, sourceOffset } from '../../src/source/anchors.js';

describe('sourceEnd', () => {
  // <p>80万m&sup2;，5&permil;</p>: the text 80万m²，5‰, each reference one character of it.
  const source = '<p>80万m&sup2;，5&permil;</p>';
  const block = {
    text: '80万m²，5‰',
    anchors: [
      { text: 0, source: 3 },
      { text: 5, source: 13 },
    ],
  };

  it('should end a span that ends on a character decoded from a reference after its semicolon', () => {
    expect(source.slice(sourceOffset(block.anchors, 0), sourceEnd(block, 5, source))).toBe('80万m&sup2;');
    expect(source.slice(sourceOffset(block.anchors, 5), sourceEnd(block, 8, source))).toBe('，5&permil;');
  });

  it('should end a span on a character written as itself one character after it', () => {
    expect(source.slice(3, sourceEnd(block, 3, source))).toBe('80万');
    expect(sourceEnd({ text: 'R&D', anchors: [] }, 2, 'R&D')).toBe(2);
  });
});
