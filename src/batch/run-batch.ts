import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runJob, type JobKind, type JobOptions, type JobResult } from './jobs.js';

export interface BatchOptions {
  kind: JobKind;
  options: JobOptions;
  /** Worker threads; 0 runs every job in this thread. Defaults to the cores, for batches that repay the start-up. */
  jobs?: number;
  /** Called with each result in input order, as soon as it and all before it are done. */
  onResult: (path: string, result: JobResult, index: number) => Promise<void> | void;
  /** Called after each job finishes (in completion order), for progress display. */
  onProgress?: (done: number, total: number) => void;
}

/** Below this many inputs, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 16;

export function defaultJobs(inputs: number): number {
  if (inputs < WORKER_THRESHOLD) return 0;
  return Math.max(1, Math.min(availableParallelism(), inputs));
}

/**
 * Runs jobs over the inputs, in worker threads for large batches, and reports results in input
 * order. At most a few jobs per worker are in flight, so memory stays bounded however many
 * inputs there are.
 */
export async function runBatch(paths: readonly string[], batch: BatchOptions): Promise<void> {
  const workers = batch.jobs ?? defaultJobs(paths.length);
  const total = paths.length;
  const pending = new Map<number, JobResult>();
  let nextToEmit = 0;
  let done = 0;

  const drain = async (): Promise<void> => {
    while (pending.has(nextToEmit)) {
      const result = pending.get(nextToEmit)!;
      pending.delete(nextToEmit);
      await batch.onResult(paths[nextToEmit]!, result, nextToEmit);
      nextToEmit++;
    }
  };
  // One emitter at a time: a caller that finds another one mid-write waits for it, so that the
  // batch does not end (and its output close) while earlier results are still being written.
  let emitting: Promise<void> = Promise.resolve();
  const emitReady = (): Promise<void> => (emitting = emitting.then(drain));
  const finish = async (index: number, result: JobResult): Promise<void> => {
    pending.set(index, result);
    done++;
    batch.onProgress?.(done, total);
    await emitReady();
  };

  if (workers <= 0) {
    for (let i = 0; i < total; i++) await finish(i, await runJob(batch.kind, paths[i]!, batch.options));
    return;
  }

  // Results waiting for an earlier slow one are held; cap how far ahead the workers may run.
  const window = workers * 8;
  let next = 0;
  const parked: Array<() => void> = [];
  const live = new Set<Worker>();
  const wake = (): void => {
    for (const resume of parked.splice(0)) resume();
  };

  // Each worker is kept two jobs deep, so it never waits for the main thread between jobs.
  const DEPTH = 2;
  const lane = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./worker.js', import.meta.url));
      live.add(worker);
      const inFlight = new Set<number>();
      const fill = (): void => {
        while (inFlight.size < DEPTH && next < total) {
          if (next - nextToEmit >= window) {
            parked.push(fill);
            return;
          }
          const id = next++;
          inFlight.add(id);
          worker.postMessage({ id, kind: batch.kind, path: paths[id], options: batch.options });
        }
        if (inFlight.size === 0 && next >= total) resolve();
      };
      worker.on('message', (msg: { id: number; result: JobResult }) => {
        inFlight.delete(msg.id);
        finish(msg.id, msg.result).then(() => {
          wake();
          fill();
        }, reject);
      });
      // A worker that dies (out of memory, a crash in native code) fails the inputs it held; a
      // fresh worker carries on with the rest.
      worker.on('error', (error) => {
        live.delete(worker);
        const failed = [...inFlight];
        inFlight.clear();
        Promise.all(failed.map((id) => finish(id, { ok: false, error: `${paths[id]}: internal error: ${error.message}` }))).then(() => {
          wake();
          void lane().then(resolve, reject);
        }, reject);
      });
      fill();
    });

  try {
    await Promise.all(Array.from({ length: workers }, lane));
    await emitReady();
  } finally {
    await Promise.all([...live].map((w) => w.terminate()));
  }
}
