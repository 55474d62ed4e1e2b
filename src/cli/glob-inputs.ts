import { basename } from 'node:path';
import { listFolder, type FolderEntry, type FolderWalk } from './folder-walk.js';

/**
 * Expands a quoted glob (for shells that do not expand, or patterns quoted on purpose) by walking
 * the folders below its fixed part with the directory scan's walk: links are followed, a folder
 * reached again through one (`latest → 2024`, `up → ..`) is not searched twice, a folder that
 * cannot be listed is recorded, not passed over unsaid. Each match is handed to `take` in sorted
 * order: a file (a link to nothing too, so that reading it names it), or a folder, which the
 * caller scans as it scans a folder named on the command line, and which is not searched further
 * here. Returns how many entries matched.
 */
export async function expandGlob(pattern: string, walk: FolderWalk, take: (entry: FolderEntry) => Promise<void>): Promise<number> {
  const { default: picomatch } = await import('picomatch');
  const scanned = picomatch.scan(pattern);
  // The fixed part keeps its escapes (`a\[1\]`); the folder on disk has none.
  const base = scanned.base.replace(/\\(.)/g, '$1') || '.';
  // `dir/*/` asks for folders only, as the shell reads it.
  const foldersOnly = /\/$/.test(scanned.glob);
  const glob = scanned.glob.replace(/\/+$/, '');
  // No pattern left: escapes only (`x\[1\].txt`) spell a name, which is taken if it is there; a bracket
  // or brace that opens no pattern (`gone[2J.txt`) is a missing file's name.
  if (!scanned.isGlob || glob === '') return takeLiteral(pattern.replace(/\\(.)/g, '$1'), walk, take);
  const matches = picomatch(glob, { dot: false });
  const mayHold = descentTest(glob, picomatch);
  let count = 0;

  const visit = async (dir: string, rel: readonly string[]): Promise<void> => {
    const entries = await listFolder(dir, walk);
    if (!entries) return;
    for (const e of entries) {
      const parts = [...rel, e.name];
      const matched = matches(parts.join('/'));
      if (e.kind === 'dir') {
        if (matched) {
          count++;
          await take(e);
        } else if (mayHold(parts)) await visit(e.path, parts);
      } else if (matched && !foldersOnly && (e.kind === 'file' || e.kind === 'dangling')) {
        count++;
        await take(e);
      }
    }
  };
  await visit(base, []);
  return count;
}

async function takeLiteral(path: string, walk: FolderWalk, take: (entry: FolderEntry) => Promise<void>): Promise<number> {
  const info = await walk.fs.stat(path).catch(() => null);
  if (!info) return 0;
  const real = await walk.fs.realpath(path).catch(() => null);
  await take({ path, name: basename(path), kind: info.isDirectory() ? 'dir' : 'file', real });
  return 1;
}

type Picomatch = typeof import('picomatch').default;

/**
 * Whether a folder at these relative parts may hold a match, by the pattern's parts one by one: so
 * that `sib/*` lists one level and `a/*\/b/*.txt` only the folders named `b`. Below a `**` anything
 * may match, but a hidden folder (`.git`) is entered only when the pattern names one, as `**` does
 * not match it.
 */
function descentTest(glob: string, picomatch: Picomatch): (parts: readonly string[]) => boolean {
  const namesHidden = /(?:^|\/)\./.test(glob);
  // A brace holding a slash (`{a,b/c}`) spans parts: it cannot be tested part by part.
  if (/\{[^}]*\/[^}]*\}/.test(glob)) return (parts) => namesHidden || !parts.some((p) => p.startsWith('.'));
  const segments = glob.split('/').map((s) => (s.includes('**') ? null : picomatch(s, { dot: false })));
  return (parts) => {
    for (let i = 0; i < parts.length; i++) {
      if (i >= segments.length) return false;
      const test = segments[i];
      if (test === null) return namesHidden || !parts.slice(i).some((p) => p.startsWith('.'));
      if (!test!(parts[i]!)) return false;
    }
    return parts.length < segments.length;
  };
}
