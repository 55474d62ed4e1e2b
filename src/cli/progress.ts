import { lineSafe } from '../render/escape.js';
import { writeStderrLine } from './output.js';

/**
 * A progress bar on standard error, only when it is a terminal and the batch is long enough to
 * need one. Lines a batch has to say meanwhile (a file that failed) go through `log`, which prints
 * them above the bar: written straight to stderr they would land on the bar's line and be drawn over.
 */
export interface Progress {
  update(done: number, total: number): void;
  log(line: string): void;
  stop(): void;
}

const NONE: Progress = {
  update: () => undefined,
  log: writeStderrLine,
  stop: () => undefined,
};

export async function startProgress(total: number, label: string, stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): Promise<Progress> {
  if (!stream.isTTY || total < 20 || env.CI) return NONE;
  // cli-progress's MultiBar, even for one bar: it alone prints logged lines above its bars and
  // moves back to its bar by relative steps, where a SingleBar's saved cursor ends up above them.
  const { MultiBar } = (await import('cli-progress')).default;
  const bars = new MultiBar({ format: `${label} [{bar}] {value}/{total} {eta_formatted}`, stream, hideCursor: true, clearOnComplete: true });
  const bar = bars.create(total, 0);
  return {
    update: (done) => bar.update(done),
    log: (line) => bars.log(`${lineSafe(line)}\n`),
    stop: () => {
      // Lines logged since the last redraw are only written by a redraw.
      bars.update();
      bars.stop();
    },
  };
}
