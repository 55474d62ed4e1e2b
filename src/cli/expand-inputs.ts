import * as fs from 'node:fs';
import { promisify } from 'node:util';
import { extname, join } from 'node:path';
import { InputError } from '../io/errors.js';
import { NOTICE_FILE_EXTENSIONS } from '../source/detect-format.js';
import { UsageError } from './main.js';
import { writeStderrLine } from './output.js';
import { append } from '../util/append.js';

// Not node:fs/promises, which costs a plain `plan parse` a few milliseconds of start-up to load.
const stat = promisify(fs.stat);
const readdir = promisify(fs.readdir);
const realpath = promisify(fs.realpath);

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Files that sit beside notices in a repository and are surely none: a README.md, a LICENSE.txt.
 * Only these base names with a documentation extension, and only files: a folder is always
 * searched, and `notice.txt` (or a NOTICE folder) is what notices are called. Named explicitly,
 * such a file is read.
 */
const PROJECT_FILES = /^(?:README|CHANGELOG|CHANGES|LICENSE|LICENCE|CONTRIBUTING)\.(?:md|markdown|txt)$/i;

/**
 * What a directory scan found, the files it passed over as no notices, and the files of other
 * kinds it did not read (a PDF or a Word file beside the pages): both said on stderr.
 */
export interface ExpandedInputs {
  inputs: string[];
  skipped: string[];
  others: string[];
}

interface Scan {
  found: string[];
  skipped: string[];
  others: string[];
  /** The real paths of the folders searched, so that a link back to a folder above is not followed round. */
  seen: Set<string>;
}

async function kind(path: string): Promise<'file' | 'dir' | 'missing'> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

const isNoticeFile = (name: string): boolean => NOTICE_FILE_EXTENSIONS.has(extname(name).slice(1).toLowerCase());

async function walk(dir: string, scan: Scan): Promise<void> {
  const real = await realpath(dir).catch(() => dir);
  if (scan.seen.has(real)) return;
  scan.seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    // A link is taken for what it points to (a page saved once and linked into several folders).
    const what = e.isSymbolicLink() ? await kind(path) : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'missing';
    if (what === 'dir') await walk(path, scan);
    // A link to nothing is not dropped unsaid: named like a notice it is passed on, so that reading it
    // names it as unreadable (exit 2); else it is counted with the files of other kinds. A socket or
    // a FIFO is no file to read.
    else if (what === 'missing' && e.isSymbolicLink()) (isNoticeFile(e.name) ? scan.found : scan.others).push(path);
    else if (what !== 'file') continue;
    else if (!isNoticeFile(e.name)) scan.others.push(path);
    else if (PROJECT_FILES.test(e.name)) scan.skipped.push(path);
    else scan.found.push(path);
  }
}

/**
 * Expands command-line inputs: `-` stays standard input, a directory becomes the notice files
 * below it (recursively, sorted), a glob the files it matches (for shells that do not expand, or
 * quoted patterns). Anything else is passed on, so that reading it reports the problem by name.
 */
export async function expandInputs(args: readonly string[]): Promise<ExpandedInputs> {
  const out: string[] = [];
  const skipped: string[] = [];
  const others: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push(arg);
      continue;
    }
    const k = await kind(arg);
    if (k === 'dir') {
      const scan: Scan = { found: [], skipped, others, seen: new Set() };
      await walk(arg, scan);
      append(out, scan.found);
    } else if (k === 'missing' && GLOB_CHARS.test(arg)) {
      const { glob } = await import('tinyglobby');
      const matches = await glob(arg, { onlyFiles: true, expandDirectories: false });
      append(out, (matches.length ? matches.sort() : [arg]));
    } else out.push(arg);
  }
  return { inputs: out, skipped, others };
}

/** Standard input can be read once: a second `-` would read nothing and be refused as empty. */
export function refuseStdinTwice(args: readonly string[]): void {
  if (args.filter((a) => a === '-').length > 1) throw new UsageError('only one input can be standard input (-)');
}

const files = (n: number): string => `${n} ${n === 1 ? 'file' : 'files'}`;

/** What the files a directory scan passed over were, in a few words, or null. */
export function skippedNote(skipped: readonly string[], others: readonly string[] = []): string | null {
  const notes: string[] = [];
  if (skipped.length > 0) {
    const names = skipped.slice(0, 3).join(', ') + (skipped.length > 3 ? ', …' : '');
    notes.push(`skipped ${files(skipped.length)} named like a repository's README or LICENSE (${names}); give one by name to read it`);
  }
  if (others.length > 0) {
    const byKind = new Map<string, number>();
    for (const path of others) {
      const ext = extname(path).toLowerCase() || '(no extension)';
      byKind.set(ext, (byKind.get(ext) ?? 0) + 1);
    }
    const kinds = [...byKind].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([ext, n]) => `${ext} ${n}`).join(', ');
    notes.push(`did not read ${files(others.length)} of other kinds (${kinds}); give one by name to read it as a notice`);
  }
  return notes.length > 0 ? notes.join('; ') : null;
}

/**
 * The inputs of a command that takes many: expanded, with one line on standard error for what a
 * directory scan skipped; none at all is an input error.
 */
export async function expandCommandInputs(args: readonly string[]): Promise<string[]> {
  refuseStdinTwice(args);
  const { inputs, skipped, others } = await expandInputs(args);
  const note = skippedNote(skipped, others);
  if (inputs.length === 0) throw new InputError('ENOINPUT', `${args.join(' ')}: no notice files found${note ? ` (${note})` : ''}`);
  if (note) writeStderrLine(`plan: ${note}`);
  return inputs;
}
