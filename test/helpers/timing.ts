import { expect } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

/** The fastest of a few runs, in milliseconds: noise only ever adds time. */
async function fastest(input: string, runs = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await parseNotice(input);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * Growth check: an input 8 times larger must not take anywhere near 64 times longer (what a
 * quadratic pass would take). Generous on purpose: it catches blow-ups, not slow machines.
 */
export async function expectLinear(make: (n: number) => string, n: number): Promise<void> {
  await parseNotice(make(n)); // warm up
  const small = await fastest(make(n));
  const large = await fastest(make(8 * n));
  expect(large / Math.max(small, 1)).toBeLessThan(24);
}
