/** A progress bar on standard error, only when it is a terminal and the batch is long enough to need one. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const NONE: Progress = { update: () => undefined, stop: () => undefined };

export async function startProgress(total: number, label: string): Promise<Progress> {
  if (!process.stderr.isTTY || total < 20 || process.env.CI) return NONE;
  const { SingleBar } = (await import('cli-progress')).default;
  const bar = new SingleBar(
    { format: `${label} [{bar}] {value}/{total} {eta_formatted}`, stream: process.stderr, hideCursor: true, clearOnComplete: true },
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
