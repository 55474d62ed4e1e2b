import * as fs from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { InputError } from '../io/errors.js';
import { UsageError } from './main.js';
import { append } from '../util/append.js';

// Not node:fs/promises, which costs a plain `plan parse` a few milliseconds of start-up to load.
const stat = promisify(fs.stat);
const readdir = promisify(fs.readdir);

/** File extensions taken from directories: the forms notices come in. */
export const NOTICE_EXTENSIONS = ['.txt', '.text', '.htm', '.html', '.shtml', '.xhtml', '.md', '.markdown'];

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Files that sit beside notices in a repository and are surely none: a README.md, a LICENSE.txt.
 * Only these base names with a documentation extension, and only files: a folder is always
 * searched, and `notice.txt` (or a NOTICE folder) is what notices are called. Named explicitly,
 * such a file is read.
 */
const PROJECT_FILES = /^(?:README|CHANGELOG|CHANGES|LICENSE|LICENCE|CONTRIBUTING)\.(?:md|markdown|txt)$/i;

/** What a directory scan found, and the files it passed over as no notices (said on stderr). */
export interface ExpandedInputs {
  inputs: string[];
  skipped: string[];
}

async function kind(path: string): Promise<'file' | 'dir' | 'missing'> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

async function walk(dir: string, out: string[], skipped: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out, skipped);
    else if (!e.isFile() || !NOTICE_EXTENSIONS.some((ext) => e.name.toLowerCase().endsWith(ext))) continue;
    else if (PROJECT_FILES.test(e.name)) skipped.push(path);
    else out.push(path);
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
  for (const arg of args) {
    if (arg === '-') {
      out.push(arg);
      continue;
    }
    const k = await kind(arg);
    if (k === 'dir') {
      const found: string[] = [];
      await walk(arg, found, skipped);
      append(out, found);
    } else if (k === 'missing' && GLOB_CHARS.test(arg)) {
      const { glob } = await import('tinyglobby');
      const matches = await glob(arg, { onlyFiles: true, expandDirectories: false });
      append(out, (matches.length ? matches.sort() : [arg]));
    } else out.push(arg);
  }
  return { inputs: out, skipped };
}

/** Standard input can be read once: a second `-` would read nothing and be refused as empty. */
export function refuseStdinTwice(args: readonly string[]): void {
  if (args.filter((a) => a === '-').length > 1) throw new UsageError('only one input can be standard input (-)');
}

/** What the files a directory scan passed over were, in a few words, or null. */
export function skippedNote(skipped: readonly string[]): string | null {
  if (skipped.length === 0) return null;
  const names = skipped.slice(0, 3).join(', ') + (skipped.length > 3 ? ', …' : '');
  return `skipped ${skipped.length} ${skipped.length === 1 ? 'file' : 'files'} named like a repository's README or LICENSE (${names}); give one by name to read it`;
}

/**
 * The inputs of a command that takes many: expanded, with one line on standard error for what a
 * directory scan skipped; none at all is an input error.
 */
export async function expandCommandInputs(args: readonly string[]): Promise<string[]> {
  refuseStdinTwice(args);
  const { inputs, skipped } = await expandInputs(args);
  const note = skippedNote(skipped);
  if (inputs.length === 0) throw new InputError('ENOINPUT', `${args.join(' ')}: no notice files found${note ? ` (${note})` : ''}`);
  if (note) process.stderr.write(`plan: ${note}\n`);
  return inputs;
}
