import type { AlignSpec } from './align.js';
import type { CompareContext } from './fields.js';

/**
 * How titled prose (safeguards, 专栏 boxes) is paired across revisions: by title and text, then by
 * title (the text rewritten), then by text (retitled), then by similarity.
 */
export function alignTitledProse<T extends { title: string; text: string }>(ctx: CompareContext): AlignSpec<T> {
  return {
    keys: [(s) => `${ctx.key(s.title)}\u0001${ctx.key(s.text)}`, (s) => ctx.key(s.title) || null, (s) => ctx.key(s.text) || null],
    similarity: (s) => ctx.key(`${s.title}\n${s.text}`),
  };
}
