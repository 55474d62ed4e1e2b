import * as fs from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fsReason } from '../io/errors.js';

/** An entry of a folder listing, as `readdir(…, { withFileTypes: true })` gives it. */
export interface DirEntry {
  name: string;
  isDirectory(): boolean;
  isFile(): boolean;
  isSymbolicLink(): boolean;
}

/**
 * What a walk asks of the file system. Node's by default; a test hands in one that refuses a
 * folder, as a user without the rights meets it, where the tests run as root and read everything.
 */
export interface WalkFs {
  readdir(path: string): Promise<DirEntry[]>;
  stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean }>;
  realpath(path: string): Promise<string>;
}

// Not node:fs/promises, which costs a plain `plan parse` a few milliseconds of start-up to load.
const readdir = promisify(fs.readdir);
export const NODE_FS: WalkFs = {
  readdir: (path) => readdir(path, { withFileTypes: true }),
  stat: promisify(fs.stat),
  // One system call, where fs.realpath walks the path a part at a time.
  realpath: promisify(fs.realpath.native),
};

/** A file is read, a folder searched; a link to nothing is named so that reading it reports it; a socket or a FIFO in a folder is none of these. */
export type EntryKind = 'file' | 'dir' | 'dangling' | 'other';

export interface FolderEntry {
  /** The folder's path joined with the name: as a user would name it, links and all. */
  path: string;
  name: string;
  /** What it is, a link taken for what it points to. */
  kind: EntryKind;
  /** Its real path (links resolved), null for a link to nothing: a file reached by two names is read once. */
  real: string | null;
}

/** A folder that could not be listed, and why, in the words a file that cannot be read is reported in. */
export interface UnreadableFolder {
  path: string;
  reason: string;
}

/**
 * The state of one walk over folders, shared by a directory scan and a glob: the real paths of
 * the folders listed, so that a folder reached again through a link (`latest → 2024`, a link to a
 * folder above) is not searched twice or round in a loop, and the folders that could not be listed.
 */
export interface FolderWalk {
  fs: WalkFs;
  seen: Set<string>;
  onUnreadable(folder: UnreadableFolder): void;
}

const byName = (a: DirEntry, b: DirEntry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * A folder's entries in sorted order, or null when this walk has listed it already (by its real
 * path) or it cannot be listed: then it is recorded as unreadable rather than stopping the batch,
 * whose other inputs are still read.
 */
export async function listFolder(dir: string, walk: FolderWalk): Promise<FolderEntry[] | null> {
  const realDir = await walk.fs.realpath(dir).catch(() => dir);
  if (walk.seen.has(realDir)) return null;
  walk.seen.add(realDir);
  let entries: DirEntry[];
  try {
    entries = await walk.fs.readdir(dir);
  } catch (error) {
    // A folder that is not there (a glob's fixed part naming none, one removed meanwhile) holds nothing to miss.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') walk.onUnreadable({ path: dir, reason: fsReason(error) });
    return null;
  }
  entries.sort(byName);
  const out: FolderEntry[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (!e.isSymbolicLink()) {
      const kind: EntryKind = e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other';
      out.push({ path, name: e.name, kind, real: join(realDir, e.name) });
      continue;
    }
    // A link is taken for what it points to (a page saved once and linked into several folders).
    try {
      const [info, real] = await Promise.all([walk.fs.stat(path), walk.fs.realpath(path)]);
      out.push({ path, name: e.name, kind: info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other', real });
    } catch {
      out.push({ path, name: e.name, kind: 'dangling', real: null });
    }
  }
  return out;
}
