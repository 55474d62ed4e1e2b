import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256Wasm } from '../../src/io/sha256.js';

const openssl = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('should give the FIPS 180-4 example digest of %j', (text, digest) => {
    expect(sha256Wasm(new TextEncoder().encode(text))).toBe(digest);
  });

  // The padding takes one block or two, and inputs over a chunk are fed in several calls.
  it.each([1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 17_772, (1 << 20) - 1, 1 << 20, (1 << 20) + 56, 3 * (1 << 20) + 7])(
    'should agree with OpenSSL on %i bytes',
    (length) => {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + (i >> 8)) & 0xff);
      expect(sha256Wasm(bytes)).toBe(openssl(bytes));
    },
  );

  it('should agree with OpenSSL on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => sha256Wasm(bytes) === openssl(bytes)),
      { numRuns: 500 },
    );
  });

  it('should give the same digest whichever engine sha256Hex uses', () => {
    const bytes = new Uint8Array(700_000).fill(7);
    // The second and third calls pass the megabyte after which node:crypto takes over.
    expect([sha256Hex(bytes), sha256Hex(bytes), sha256Hex(bytes)]).toEqual(Array(3).fill(openssl(bytes)));
  });
});
