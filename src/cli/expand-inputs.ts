import { extname } from 'node:path';
import { CONFIG_NAMES } from '../config/config-names.js';
import { InputError } from '../io/errors.js';
import { NOTICE_FILE_EXTENSIONS } from '../source/detect-format.js';
import { UsageError } from './main.js';
import { writeStderrLine } from './output.js';
import { listFolder, NODE_FS, type FolderWalk, type UnreadableFolder, type WalkFs } from './folder-walk.js';

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Files that sit beside notices in a repository and are surely none: a README.md, a LICENSE.txt.
 * Only these base names with a documentation extension, and only files: a folder is always
 * searched, and `notice.txt` (or a NOTICE folder) is what notices are called. Named explicitly,
 * such a file is read.
 */
const PROJECT_FILES = /^(?:README|CHANGELOG|CHANGES|LICENSE|LICENCE|CONTRIBUTING)\.(?:md|markdown|txt)$/i;

/** A folder that could not be listed, with its place among the inputs: it stood before `inputs[at]`. */
export interface UnreadableInput extends UnreadableFolder {
  at: number;
}

/**
 * What the inputs expanded to, the files a directory scan passed over as no notices, the files of
 * other kinds it did not read (a PDF or a Word file beside the pages), the files an earlier input
 * had given already, and the folders that could not be listed: all said on stderr.
 */
export interface ExpandedInputs {
  inputs: string[];
  skipped: string[];
  others: string[];
  /** Files that an earlier input reached already (the same real file, by this name or another): read once. */
  repeated: string[];
  /** Files the same input reached again under another name (a link beside the page): each with the name it is read under. */
  aliases: Array<{ path: string; readAs: string }>;
  unreadable: UnreadableInput[];
  /** The command line named one file (or standard input): neither a folder nor a glob. */
  single: boolean;
}

export interface ExpandOptions {
  /** The file system to walk; Node's by default. */
  fs?: WalkFs;
}

const isNoticeFile = (name: string): boolean => NOTICE_FILE_EXTENSIONS.has(extname(name).slice(1).toLowerCase());

/**
 * The inputs found so far. Each real file is read once, under the first name that reaches it: within
 * one input (a folder holding a link to a page beside it, a glob matching a folder and a file in it)
 * that is the way the walk reads; a file that another input gave already is noted as repeated.
 */
class InputList implements ExpandedInputs {
  inputs: string[] = [];
  skipped: string[] = [];
  others: string[] = [];
  repeated: string[] = [];
  aliases: Array<{ path: string; readAs: string }> = [];
  unreadable: UnreadableInput[] = [];
  single = false;
  private readonly firstFrom = new Map<string, { from: number; path: string }>();

  /** A file found by input number `from`; `real` null where it has none to compare (a link to nothing, standard input). */
  add(path: string, real: string | null, from: number): void {
    if (real !== null) {
      const first = this.firstFrom.get(real);
      if (first !== undefined) {
        // The same name met twice in one walk (a glob matching a folder and a file in it) is no news.
        if (first.from !== from) this.repeated.push(path);
        else if (first.path !== path) this.aliases.push({ path, readAs: first.path });
        return;
      }
      this.firstFrom.set(real, { from, path });
    }
    this.inputs.push(path);
  }

  /** A walk for one input: links are followed, each folder is searched once, and one that cannot be listed is kept in its place. */
  walk(fs: WalkFs): FolderWalk {
    return { fs, seen: new Set(), onUnreadable: (folder) => void this.unreadable.push({ ...folder, at: this.inputs.length }) };
  }
}

/** The notice files below a folder, in sorted order; hidden entries and node_modules are passed over. */
async function scanFolder(dir: string, walk: FolderWalk, list: InputList, from: number): Promise<void> {
  const entries = await listFolder(dir, walk);
  if (!entries) return;
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    if (e.kind === 'dir') await scanFolder(e.path, walk, list, from);
    // A link to nothing is not dropped unsaid: named like a notice it is passed on, so that reading it
    // names it as unreadable (exit 2); else it is counted with the files of other kinds. A socket or
    // a FIFO is no file to read.
    else if (e.kind === 'dangling') {
      if (isNoticeFile(e.name)) list.add(e.path, null, from);
      else list.others.push(e.path);
    } else if (e.kind !== 'file') continue;
    // The tool's own settings file is no notice, nor a file of another kind left unread.
    else if (!isNoticeFile(e.name)) {
      if (!CONFIG_NAMES.includes(e.name)) list.others.push(e.path);
    } else if (PROJECT_FILES.test(e.name)) list.skipped.push(e.path);
    else list.add(e.path, e.real, from);
  }
}

async function kind(path: string, fs: WalkFs): Promise<'file' | 'dir' | 'missing'> {
  try {
    return (await fs.stat(path)).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

/**
 * Expands command-line inputs: `-` stays standard input, a directory becomes the notice files
 * below it (recursively, sorted), a glob the files it matches and the notice files in the folders
 * it matches (for shells that do not expand, or quoted patterns). A name that is a file is that
 * file, glob characters (`x[1].txt`, `怀政办[2023]15号.txt`) and all. Anything else is passed on, so
 * that reading it reports the problem by name.
 */
export async function expandInputs(args: readonly string[], options: ExpandOptions = {}): Promise<ExpandedInputs> {
  const fs = options.fs ?? NODE_FS;
  const list = new InputList();
  let named = 0;
  for (const [from, arg] of args.entries()) {
    if (arg === '-') {
      list.add(arg, null, from);
      named++;
      continue;
    }
    const k = await kind(arg, fs);
    if (k === 'dir') await scanFolder(arg, list.walk(fs), list, from);
    else if (k === 'missing' && GLOB_CHARS.test(arg)) {
      const walk = list.walk(fs);
      const unreadable = list.unreadable.length;
      const { expandGlob } = await import('./glob-inputs.js');
      const matched = await expandGlob(arg, walk, async (e) => (e.kind === 'dir' ? scanFolder(e.path, walk, list, from) : list.add(e.path, e.real, from)));
      // A pattern that matches nothing is passed on, so that reading it says so; one whose folders could not be listed has said why.
      if (matched === 0 && list.unreadable.length === unreadable) list.inputs.push(arg);
    } else {
      list.add(arg, k === 'file' ? await fs.realpath(arg).catch(() => null) : null, from);
      named++;
    }
  }
  list.single = args.length === 1 && named === 1;
  return list;
}

/** Standard input can be read once: a second `-` would read nothing and be refused as empty. */
export function refuseStdinTwice(args: readonly string[]): void {
  if (args.filter((a) => a === '-').length > 1) throw new UsageError('only one input can be standard input (-)');
}

const files = (n: number): string => `${n} ${n === 1 ? 'file' : 'files'}`;

const listed = (paths: readonly string[]): string => paths.slice(0, 3).join(', ') + (paths.length > 3 ? ', …' : '');

/** What the files the expansion passed over were, in a few words, or null. */
export function skippedNote(
  skipped: readonly string[],
  others: readonly string[] = [],
  repeated: readonly string[] = [],
  aliases: ReadonlyArray<{ path: string; readAs: string }> = [],
): string | null {
  const notes: string[] = [];
  if (skipped.length > 0) {
    notes.push(`skipped ${files(skipped.length)} named like a repository's README or LICENSE (${listed(skipped)}); give one by name to read it`);
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
  if (repeated.length > 0) notes.push(`passed over ${files(repeated.length)} that an earlier input had given already (${listed(repeated)}); each file is read once`);
  if (aliases.length > 0) {
    const named = listed(aliases.map((a) => `${a.path} read as ${a.readAs}`));
    notes.push(`passed over ${files(aliases.length)} read already under another name (${named}); each file is read once`);
  }
  return notes.length > 0 ? notes.join('; ') : null;
}

/** The line for a folder that could not be listed: its name and why, as for a file that cannot be read. */
export function unreadableFolderMessage(folder: UnreadableFolder): string {
  return `${folder.path}: ${folder.reason}; the files in this folder were not read`;
}

/**
 * The folders that could not be listed, handed out in their place among the inputs' results, so
 * that the lines on stderr (and a report's entries) keep the inputs' order: `due(i)` gives those
 * that stood before input i and were not given yet; `due(Infinity)` the rest.
 */
export function unreadableInOrder(unreadable: readonly UnreadableInput[]): (before: number) => UnreadableInput[] {
  let next = 0;
  return (before) => {
    const out: UnreadableInput[] = [];
    while (next < unreadable.length && unreadable[next]!.at <= before) out.push(unreadable[next++]!);
    return out;
  };
}

/**
 * The inputs of a command that takes many: expanded, with one line on standard error for what the
 * expansion passed over; nothing at all to read (no file, no folder that could not be listed) is an
 * input error.
 */
export async function expandCommandInputs(args: readonly string[]): Promise<ExpandedInputs> {
  refuseStdinTwice(args);
  const expanded = await expandInputs(args);
  const note = skippedNote(expanded.skipped, expanded.others, expanded.repeated, expanded.aliases);
  if (expanded.inputs.length === 0 && expanded.unreadable.length === 0) {
    throw new InputError('ENOINPUT', `${args.join(' ')}: no notice files found${note ? ` (${note})` : ''}`);
  }
  if (note) writeStderrLine(`plan: ${note}`);
  return expanded;
}
