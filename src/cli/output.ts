import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../io/errors.js';

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Writes a result file atomically (a temporary file beside it, then rename), refusing to
 * overwrite any of the inputs.
 */
export async function writeOutputFile(path: string, content: string, inputs: readonly string[]): Promise<void> {
  const target = canonical(path);
  for (const input of inputs) {
    if (input !== '-' && canonical(input) === target) {
      throw new InputError('EOVERWRITE', `${path}: refusing to overwrite an input file`);
    }
  }
  const temp = join(dirname(resolve(path)), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, resolve(path));
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const reason = code === 'ENOENT' ? 'no such directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    throw new InputError(code, `${path}: cannot write: ${reason}`);
  }
}

/** Writes to stdout, resolving when the data is flushed; a closed pipe (| head) ends quietly. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolvePromise) => {
    if (text.length === 0) return resolvePromise();
    process.stdout.write(text, () => resolvePromise());
  });
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
