import { describe, expect, it } from 'vitest';
// The built module: its worker threads load dist/batch/worker.js (npm test builds first).
import { runBatch } from '../../dist/batch/run-batch.js';

describe('runBatch', () => {
  it('should hand on every result, in order, before it returns, even when writing one is slow', async () => {
    // While the first result is being written, the workers finish every other job; the batch
    // must still wait for all of them to be handed on (it once returned with the last ones unwritten).
    // Fewer inputs than the look-ahead window (8 per worker), so no worker is held back meanwhile.
    const paths = Array.from({ length: 10 }, (_, i) => (i % 2 ? 'fixtures/hedong-2022.txt' : 'fixtures/variants/no-annex.txt'));
    const seen: number[] = [];
    await runBatch(paths, {
      kind: 'parse-jsonl',
      options: { format: 'auto', encoding: 'auto', maxBytes: 64 * 1024 * 1024 },
      jobs: 2,
      onResult: async (_path, result, index) => {
        if (index === 0) await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(result).toMatchObject({ ok: true });
        seen.push(index);
      },
    });
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => i));
  });
});
