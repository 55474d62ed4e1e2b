import * as fs from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { append } from '../util/append.js';

// Not node:fs/promises, which costs a plain `plan parse` a few milliseconds of start-up to load.
const stat = promisify(fs.stat);
const readdir = promisify(fs.readdir);

/** File extensions taken from directories: the forms notices come in. */
export const NOTICE_EXTENSIONS = ['.txt', '.text', '.htm', '.html', '.shtml', '.xhtml', '.md', '.markdown'];

const GLOB_CHARS = /[*?[\]{}]/;

/** Files that sit beside notices in a collection but are not notices; skipped in directories (named explicitly, they are read). */
const PROJECT_FILES = /^(?:README|CHANGELOG|CHANGES|LICENSE|LICENCE|CONTRIBUTING|NOTICE)(?:\.[A-Za-z]+)?$/i;

async function kind(path: string): Promise<'file' | 'dir' | 'missing'> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules' || PROJECT_FILES.test(e.name)) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out);
    else if (e.isFile() && NOTICE_EXTENSIONS.some((ext) => e.name.toLowerCase().endsWith(ext))) out.push(path);
  }
}

/**
 * Expands command-line inputs: `-` stays standard input, a directory becomes the notice files
 * below it (recursively, sorted), a glob the files it matches (for shells that do not expand, or
 * quoted patterns). Anything else is passed on, so that reading it reports the problem by name.
 */
export async function expandInputs(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push(arg);
      continue;
    }
    const k = await kind(arg);
    if (k === 'dir') {
      const found: string[] = [];
      await walk(arg, found);
      append(out, found);
    } else if (k === 'missing' && GLOB_CHARS.test(arg)) {
      const { glob } = await import('tinyglobby');
      const matches = await glob(arg, { onlyFiles: true, expandDirectories: false });
      append(out, (matches.length ? matches.sort() : [arg]));
    } else out.push(arg);
  }
  return out;
}
