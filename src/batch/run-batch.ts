import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { economiseCompilation } from './compile-budget.js';
import { runJob, type JobKind, type JobOptions, type JobResult } from './jobs.js';

export interface BatchOptions {
  kind: JobKind;
  options: JobOptions;
  /**
   * Threads that run jobs: this one and `jobs − 1` worker threads; 0 or 1 runs every job in this
   * thread. Defaults to the cores, for batches that repay starting workers.
   */
  jobs?: number;
  /** Called with each result in input order, as soon as it and all before it are done. */
  onResult: (path: string, result: JobResult, index: number) => Promise<void> | void;
  /** The worker script; the compiled worker beside this module by default. */
  workerUrl?: URL;
  /** Called after each job finishes (in completion order), for progress display. */
  onProgress?: (done: number, total: number) => void;
}

/** Below this many inputs, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 16;

export function defaultJobs(inputs: number): number {
  if (inputs < WORKER_THRESHOLD) return 1;
  return Math.max(1, Math.min(availableParallelism(), inputs));
}

/**
 * Runs jobs over the inputs, in this thread and worker threads for large batches, and reports
 * results in input order. At most a few jobs per thread are in flight, so memory stays bounded
 * however many inputs there are.
 */
export async function runBatch(paths: readonly string[], batch: BatchOptions): Promise<void> {
  const threads = batch.jobs ?? defaultJobs(paths.length);
  const total = paths.length;
  const pending = new Map<number, JobResult>();
  let nextToEmit = 0;
  let done = 0;

  // Results are written one at a time, in input order. Every call queues behind the one before, so
  // a result that arrives while an earlier one is being written is never skipped, and the last
  // call returns only when everything ready has been written.
  let chain: Promise<void> = Promise.resolve();
  const emitReady = (): Promise<void> =>
    (chain = chain.then(async () => {
      while (pending.has(nextToEmit)) {
        const result = pending.get(nextToEmit)!;
        pending.delete(nextToEmit);
        await batch.onResult(paths[nextToEmit]!, result, nextToEmit);
        nextToEmit++;
      }
    }));
  const finish = async (index: number, result: JobResult): Promise<void> => {
    pending.set(index, result);
    done++;
    batch.onProgress?.(done, total);
    await emitReady();
  };

  if (threads <= 1) {
    for (let i = 0; i < total; i++) await finish(i, await runJob(batch.kind, paths[i]!, batch.options));
    return;
  }

  economiseCompilation();

  // Results waiting for an earlier slow one are held; cap how far ahead the threads may run.
  const window = threads * 8;
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
      const worker = new Worker(batch.workerUrl ?? new URL('./worker.js', import.meta.url));
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

  // This thread parses too, between handing results on: a worker fewer to start, and one isolate
  // fewer compiling the parser.
  const localLane = async (): Promise<void> => {
    while (next < total) {
      if (next - nextToEmit >= window) {
        await new Promise<void>((resume) => parked.push(resume));
        continue;
      }
      const id = next++;
      await finish(id, await runJob(batch.kind, paths[id]!, batch.options));
      wake();
      // Let the workers' messages in between jobs, so they are never starved of work.
      await new Promise<void>((resume) => setImmediate(resume));
    }
  };

  try {
    await Promise.all([...Array.from({ length: threads - 1 }, lane), localLane()]);
    await emitReady();
  } finally {
    await Promise.all([...live].map((w) => w.terminate()));
  }
}
