import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/errors.js';
import { readInput } from '../../src/io/read-input.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-read-'));
const small = join(dir, 'small.txt');
writeFileSync(small, '关于印发行动计划的通知\n');
const big = join(dir, 'big.txt');
writeFileSync(big, Buffer.alloc(4096, 0x41));
const broken = join(dir, 'broken.txt');
symlinkSync('nowhere.txt', broken);

/** input → the error code and message readInput must give, in either mode. */
const FAILURES: Array<[string, string, number, string, RegExp]> = [
  ['a missing file', join(dir, 'none.txt'), 1 << 20, 'ENOENT', /none\.txt: no such file$/],
  ['a link to nothing, named as a link rather than a missing file', broken, 1 << 20, 'ENOENT', /broken\.txt: broken link \(to nowhere\.txt\)$/],
  ['a directory', dir, 1 << 20, 'EISDIR', /is a directory, not a notice file$/],
  ['a file over the limit', big, 1024, 'ETOOBIG', /big\.txt: 4 kB is over the 1 kB input limit \(raise it with the maxBytes option\)$/],
  ['a path through a file', join(small, 'x.txt'), 1 << 20, 'ENOTDIR', /a part of the path is not a directory$/],
];

describe('readInput', () => {
  for (const sync of [false, true]) {
    const mode = sync ? 'blocking' : 'asynchronous';
    it(`should read a file's bytes unchanged (${mode})`, async () => {
      const bytes = await readInput(small, { sync });
      expect(Buffer.compare(bytes, readFileSync(small))).toBe(0);
    });
    for (const [what, path, maxBytes, code, message] of FAILURES) {
      it(`should refuse ${what} with ${code} (${mode})`, async () => {
        const error = await readInput(path, { sync, maxBytes }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).code).toBe(code);
        expect((error as InputError).message).toMatch(message);
      });
    }
  }
});
