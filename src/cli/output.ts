import { writeSync } from 'node:fs';
import { lineSafe } from '../render/escape.js';

/**
 * Writes one message on standard error. A file's name or a document's words in it may hold control
 * characters (an escape sequence, a line break): they are shown as escapes, so that the message
 * stays one line and cannot drive the terminal.
 */
export function writeStderrLine(line: string): void {
  process.stderr.write(`${lineSafe(line)}\n`);
}

/**
 * Writes a result file atomically (a temporary file beside it, then rename), refusing to
 * overwrite any of the inputs.
 */
export async function writeOutputFile(path: string, content: string, inputs: readonly string[]): Promise<void> {
  const { openAtomicOutput } = await import('./atomic-output.js');
  const out = await openAtomicOutput(path, inputs);
  try {
    await out.write(content);
    await out.commit();
  } catch (error) {
    await out.abort();
    throw error;
  }
}

/**
 * Writes to stdout, resolving when the data is written; a closed pipe (| head) ends quietly.
 *
 * The bytes go to file descriptor 1 with blocking writes, which is what process.stdout does for
 * files and pipes on POSIX anyway: creating process.stdout loads Node's stream modules, 2–4 ms of
 * a one-file `plan parse`. A descriptor the other side made non-blocking (EAGAIN), or any other
 * failure but a closed pipe, hands the rest to process.stdout, as does Windows, whose console
 * wants process.stdout's conversion.
 */
export function writeStdout(text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return Promise.resolve();
  const rest = direct ? writeDirect(typeof text === 'string' ? Buffer.from(text, 'utf8') : text) : text;
  if (rest === null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    stdoutStream().write(rest, () => resolvePromise());
  });
}

let direct = process.platform !== 'win32';

/** Writes bytes to fd 1; returns what is left for process.stdout, or null when all was written. */
function writeDirect(bytes: Uint8Array): Uint8Array | null {
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(1, bytes, at, bytes.length - at);
    return null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
    direct = false;
    return bytes.subarray(at);
  }
}

let quietOnClosedPipe = false;

/**
 * process.stdout, made to end quietly when the reader stops early (| head) instead of dying on an
 * unhandled EPIPE. Everything that writes to stdout through the stream takes it from here.
 */
export function stdoutStream(): NodeJS.WriteStream {
  if (!quietOnClosedPipe) {
    quietOnClosedPipe = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return process.stdout;
}
