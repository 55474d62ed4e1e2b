import { parentPort } from 'node:worker_threads';
import { runJob, type JobKind, type JobOptions } from './jobs.js';

interface Request {
  id: number;
  kind: JobKind;
  path: string;
  options: JobOptions;
}

// Each worker takes one job at a time from the pool and answers with its result.
parentPort?.on('message', (req: Request) => {
  void runJob(req.kind, req.path, req.options).then((result) =>
    // The output's buffer moves to the main thread instead of being copied.
    parentPort?.postMessage({ id: req.id, result }, result.ok ? [result.output.buffer as ArrayBuffer] : []),
  );
});
