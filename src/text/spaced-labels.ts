import { ROLE_LABEL_SOURCE } from './role-words.js';
import { simplifyLabelGlyphs } from './simplify.js';

/**
 * The spaces inside a role label set with letter-spacing (（牵　头　单　位：区科技局, 【配 合 单 位】), as
 * Word and PDF copies space a short label to the width of a longer one: their offsets, so that the
 * source stage can take them out and every later stage reads 牵头单位. Only a word that closes up
 * to a role label and stands before its colon or closing bracket is touched; a header's padded
 * label (名　　称：) is read by its own rule and kept as written.
 */
export function roleLabelSpaces(text: string): number[] {
  // Most paragraphs hold no space at all: a search for one spares them the pattern.
  if (!SPACE.test(text) || !MAYBE_SPACED.test(text)) return [];
  const out: number[] = [];
  for (const m of text.matchAll(SPACED_WORD_ALL)) {
    const word = m[1] as string;
    const closed = simplifyLabelGlyphs(word.replace(SPACES_ALL, ''));
    if (!ROLE_LABEL.test(closed)) continue;
    const from = (m.index as number) + m[0].length - word.length - (m[2] as string).length;
    for (let i = 0; i < word.length; i++) if (SPACE.test(word[i] as string)) out.push(from + i);
  }
  return out;
}

const GAP = '[ \\u3000\\u00a0]+';
/** Two Han characters with spaces between them, then a colon or a closing bracket: the least a spaced label shows. */
const MAYBE_SPACED = new RegExp(`[\\u3400-\\u9fff]${GAP}[\\u3400-\\u9fff](?:${GAP}[\\u3400-\\u9fff])*[ \\u3000]*[:：︰】\\]]`);
/** A spaced word of two to six characters, standing apart before it and followed by its colon or closing bracket. */
const SPACED_WORD_ALL = new RegExp(
  `(?:^|[（(【\\[；;，,。:：\\s])((?:[\\u3400-\\u9fff]${GAP}){1,5}[\\u3400-\\u9fff])([ \\u3000]*)(?=[:：︰】\\]])`,
  'g',
);
const SPACES_ALL = /[ \u3000\u00a0]+/g;
const SPACE = /[ \u3000\u00a0]/;
const ROLE_LABEL = new RegExp(`^${ROLE_LABEL_SOURCE}$`);
