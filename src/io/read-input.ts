import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { InputError, fsReason } from './errors.js';

// node:fs is loaded with Node itself; node:fs/promises would cost every `plan` start-up a few
// milliseconds of loading (it brings in streams and readline).
const stat = promisify(fs.stat);
const readFile = promisify(fs.readFile);
const open = promisify(fs.open);

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
  // A pipe or a device (`plan diff <(git show BASE:f.txt) f.txt` names /dev/fd/63) has no size to
  // check beforehand: it is read as a stream, up to the limit, as standard input is.
  if (info.isFIFO() || info.isCharacterDevice()) return readSpecial(path, maxBytes, options.sync ?? false);
  if (!info.isFile()) throw new InputError('ENOTFILE', `${path}: not a regular file`);
  if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
  try {
    return options.sync ? fs.readFileSync(path) : await readFile(path);
  } catch (error) {
    throw fsError(path, error);
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number, name = '-'): Promise<Buffer> {
  if ((stream as { isTTY?: boolean }).isTTY) {
    throw new InputError('ETTY', '-: standard input is a terminal; pipe a notice into it or give a file name');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    // Reading stops at the chunk that crosses the limit: the input's real size is not known.
    if (size > maxBytes) throw tooLarge(name, null, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Reads a named pipe or a device to its end (or the size limit); a terminal is refused, as for `-`. */
async function readSpecial(path: string, maxBytes: number, sync: boolean): Promise<Buffer> {
  let fd: number;
  try {
    fd = sync ? fs.openSync(path, 'r') : await open(path, 'r');
  } catch (error) {
    throw fsError(path, error);
  }
  let closeFd = true;
  try {
    if (isTerminal(fd)) throw new InputError('ETTY', `${path}: is a terminal; pipe a notice into it or give a file name`);
    if (!sync) {
      // The stream closes the descriptor when it ends or is destroyed.
      closeFd = false;
      return await readStream(fs.createReadStream('', { fd }), maxBytes, path);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(65536);
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      size += n;
      if (size > maxBytes) throw tooLarge(path, null, maxBytes);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks);
  } catch (error) {
    throw error instanceof InputError ? error : fsError(path, error);
  } finally {
    if (closeFd) fs.closeSync(fd);
  }
}

/** How the library says to raise the limit; the command line says it with its flag (see cli/read-notice). */
export const LIMIT_HINT = '(raise it with the maxBytes option)';

function tooLarge(path: string, size: number | null, maxBytes: number): InputError {
  const what = size === null ? `larger than the ${formatBytes(maxBytes)} input limit` : `${formatBytes(size)} is over the ${formatBytes(maxBytes)} input limit`;
  return new InputError('ETOOBIG', `${path}: ${what} ${LIMIT_HINT}`);
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} kB`;
  return `${n} bytes`;
}

function fsError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  const target = code === 'ENOENT' ? brokenLinkTarget(path) : null;
  return new InputError(code, `${path}: ${target === null ? fsReason(error) : `broken link (to ${target})`}`);
}

/**
 * Where a link that leads nowhere points, or null when the path is no link. "No such file" for a
 * name the user can see in a listing sends them looking for the wrong thing; asked only on failure.
 */
function brokenLinkTarget(path: string): string | null {
  try {
    return fs.lstatSync(path).isSymbolicLink() ? fs.readlinkSync(path) : null;
  } catch {
    return null;
  }
}

/**
 * Whether a descriptor is a terminal. node:tty brings in the stream and network modules, which a
 * parse of a named file never needs: it is loaded only for the pipes and devices that ask.
 */
function isTerminal(fd: number): boolean {
  const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return tty.isatty(fd);
}
