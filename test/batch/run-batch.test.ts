import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run-batch.js';

// The compiled worker (npm test builds dist/ first).
const WORKER = new URL('../../dist/batch/worker.js', import.meta.url);
const OPTIONS = { format: 'auto', encoding: 'auto', maxBytes: 64 * 1024 * 1024 } as const;

describe('runBatch', () => {
  const inputs = Array.from({ length: 40 }, (_, i) => (i % 3 ? 'fixtures/hedong-2022.txt' : 'fixtures/variants/no-annex.txt'));

  it.each([0, 1, 2, 3])('should deliver every result once, in input order, however slow the writer (--jobs %i)', async (jobs) => {
    if (jobs > 0 && !existsSync(WORKER)) throw new Error('dist/batch/worker.js is missing: run npm run build');
    const seen: number[] = [];
    let writing = false;
    await runBatch(inputs, {
      kind: 'parse-jsonl',
      options: OPTIONS,
      jobs,
      workerUrl: WORKER,
      onResult: async (_path, result, index) => {
        expect(writing).toBe(false);
        writing = true;
        expect(result.ok).toBe(true);
        // A writer slower than the workers, and irregular, as a pipe can be.
        await new Promise((r) => setTimeout(r, index % 5 === 0 ? 15 : 1));
        seen.push(index);
        writing = false;
      },
    });
    expect(seen).toEqual(inputs.map((_, i) => i));
  });

  it.each([0, 2])('should hand over each model as UTF-8 bytes in a buffer of its own (--jobs %i)', async (jobs) => {
    const names: string[] = [];
    const buffers = new Set<ArrayBufferLike>();
    await runBatch(inputs.slice(0, 6), {
      kind: 'parse-jsonl',
      options: OPTIONS,
      jobs,
      workerUrl: WORKER,
      onResult: (_path, result) => {
        if (!result.ok) throw new Error(result.error);
        // A buffer shared with other data could not be transferred from a worker without a copy.
        // It may be longer than the output (it is sized for the worst case), never shared.
        expect(result.output.byteOffset).toBe(0);
        expect(buffers.has(result.output.buffer)).toBe(false);
        buffers.add(result.output.buffer);
        names.push((JSON.parse(new TextDecoder().decode(result.output)) as { source: { name: string } }).source.name);
      },
    });
    expect(names).toEqual(inputs.slice(0, 6));
  });

  it('should report an unreadable input as a failed result and go on', async () => {
    const results: Array<[number, boolean]> = [];
    await runBatch(['fixtures/hedong-2022.txt', 'no/such/file.txt', 'fixtures/hedong-2022.txt'], {
      kind: 'parse-jsonl',
      options: OPTIONS,
      jobs: 2,
      workerUrl: WORKER,
      onResult: (_path, result, index) => {
        results.push([index, result.ok]);
      },
    });
    expect(results).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
  });
});
