import * as fs from 'node:fs';
import { promisify } from 'node:util';
import { InputError } from './errors.js';

// node:fs is loaded with Node itself; node:fs/promises would cost every `plan` start-up a few
// milliseconds of loading (it brings in streams and readline).
const stat = promisify(fs.stat);
const readFile = promisify(fs.readFile);

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface ReadOptions {
  /** Refuse inputs larger than this many bytes. */
  maxBytes?: number;
  /** Where `-` reads from; standard input by default. */
  stdin?: NodeJS.ReadableStream;
  /**
   * Read a file with blocking calls. For batch loops and worker threads, where nothing else waits
   * on the thread: an asynchronous read takes five thread-pool round trips (stat, open, fstat, read,
   * close), and each one waits for the event loop, which a running parse holds, so the thread sat
   * idle between notices.
   */
  sync?: boolean;
}

/** Reads a path, or standard input for `-`, into bytes, with one clear error for each way it can fail. */
export async function readInput(path: string, options: ReadOptions = {}): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (path === '-') return readStream(options.stdin ?? process.stdin, maxBytes);
  let info;
  try {
    info = options.sync ? fs.statSync(path) : await stat(path);
  } catch (error) {
    throw fsError(path, error);
  }
  if (info.isDirectory()) throw new InputError('EISDIR', `${path}: is a directory, not a notice file`);
  if (!info.isFile()) throw new InputError('ENOTFILE', `${path}: not a regular file`);
  if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
  try {
    return options.sync ? fs.readFileSync(path) : await readFile(path);
  } catch (error) {
    throw fsError(path, error);
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  if ((stream as { isTTY?: boolean }).isTTY) {
    throw new InputError('ETTY', '-: standard input is a terminal; pipe a notice into it or give a file name');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) throw tooLarge('-', size, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function tooLarge(path: string, size: number, maxBytes: number): InputError {
  return new InputError(
    'ETOOBIG',
    `${path}: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} input limit (raise it with --max-size)`,
  );
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} kB`;
  return `${n} bytes`;
}

function fsError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  const reason: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory, not a notice file',
    ENOTDIR: 'a part of the path is not a directory',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'file name too long',
  };
  return new InputError(code, `${path}: ${reason[code] ?? (error as Error).message}`);
}
