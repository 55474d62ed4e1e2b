import { sourceOffset } from '../../src/source/anchors.js';
import type { Block, CellBlock } from '../../src/source/types.js';

/**
 * Checks that each character of each block (and table cell) maps to the place it came from in the
 * markup source: the same character, the `&` of a character reference that produced it, or, for
 * a space, whitespace or the tag that breaks the line there (`<br>` or a paragraph inside a table
 * cell). Returns readable problems; empty when every character is placed.
 */
export function anchorProblems(blocks: Block[], source: string): string[] {
  const problems: string[] = [];
  const check = (where: string, unit: Pick<CellBlock, 'text' | 'anchors' | 'start' | 'end'>): void => {
    for (let i = 0; i < unit.text.length; i++) {
      const c = unit.text[i] as string;
      const at = sourceOffset(unit.anchors, i);
      const s = source[at];
      const ok = s === c || s === '&' || (c === ' ' && s !== undefined && (/\s/.test(s) || s === '<'));
      if (!ok) {
        problems.push(`${where}: "${c}" at ${i} of "${unit.text.slice(0, 20)}" maps to ${JSON.stringify(source.slice(at, at + 10))}`);
        return;
      }
    }
    if (unit.end < unit.start) problems.push(`${where}: ends before it starts`);
  };
  blocks.forEach((block, k) => {
    if (block.kind === 'table') {
      block.rows?.forEach((row, r) => row.forEach((cell, c) => check(`block ${k} cell ${r}:${c}`, cell)));
    } else if (block.kind !== 'frontmatter') check(`block ${k}`, block);
  });
  return problems;
}

/** Blocks in a form that is easy to read in an expectation: kind (with depth), * for chrome, text. */
export function brief(blocks: Block[]): string[] {
  return blocks.map((b) => `${b.kind}${b.depth ? b.depth : ''}${b.chrome ? '*' : ''}: ${b.text}`);
}

/** Runs an adapter and checks that every character of its blocks is placed in the source. */
export async function readChecked(adapter: (source: string) => Promise<Block[]>, source: string): Promise<Block[]> {
  const blocks = await adapter(source);
  const problems = anchorProblems(blocks, source);
  if (problems.length > 0) throw new Error(`characters placed wrongly:\n${problems.join('\n')}`);
  return blocks;
}
