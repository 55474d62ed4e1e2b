import { randomBytes } from 'node:crypto';
import { createWriteStream, realpathSync, statSync, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../io/errors.js';

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Refuses an output path that is one of the inputs. */
export function assertNotAnInput(path: string, inputs: readonly string[]): void {
  const target = canonical(path);
  for (const input of inputs) {
    if (input !== '-' && canonical(input) === target) throw new InputError('EOVERWRITE', `${path}: refusing to overwrite an input file`);
  }
}

const WRITE_REASONS: Record<string, string> = {
  ENOENT: 'no such directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'over the disk quota',
  ENAMETOOLONG: 'file name too long',
};

/** One line naming the target, never the temporary file beside it that Node's own message would name. */
function writeError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  return new InputError(code, `cannot write to ${path}: ${WRITE_REASONS[code] ?? `error ${code}`}`);
}

/** A file written in pieces to a temporary name beside the target, renamed into place on commit. */
export interface AtomicOutput {
  write(text: string | Uint8Array): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export async function openAtomicOutput(path: string, inputs: readonly string[]): Promise<AtomicOutput> {
  assertNotAnInput(path, inputs);
  // Said before anything is written: a rename over a directory fails only at the end.
  if (isDirectory(path)) throw new InputError('EISDIR', `cannot write to ${path}: it is a directory`);
  const temp = join(dirname(resolve(path)), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const stream: WriteStream = createWriteStream(temp);
  let failure: unknown = null;
  stream.on('error', (e) => {
    failure = e;
  });
  await new Promise<void>((ok) => {
    stream.once('open', () => ok());
    stream.once('error', () => ok());
  });
  if (failure) throw writeError(path, failure);
  return {
    write: (text) =>
      new Promise<void>((ok, fail) => {
        if (failure) return fail(writeError(path, failure));
        if (stream.write(text)) ok();
        else stream.once('drain', () => ok());
      }),
    commit: async () => {
      await new Promise<void>((ok) => stream.end(() => ok()));
      if (failure) {
        await unlink(temp).catch(() => undefined);
        throw writeError(path, failure);
      }
      try {
        await rename(temp, resolve(path));
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw writeError(path, error);
      }
    },
    abort: async () => {
      stream.destroy();
      await unlink(temp).catch(() => undefined);
    },
  };
}
