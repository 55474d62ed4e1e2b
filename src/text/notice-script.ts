import type { Simplifier } from './simplify.js';

const HAN = /[\u4e00-\u9fff]/;

/**
 * Writes simplified words in the characters a traditional notice writes them in, as learnt from the
 * converter's copy of the notice itself (it writes 區 where the copy has 区): a name the validator
 * offers from its simplified lists (区科技局) then reads as the notice would write it (區科技局). A
 * character stands in the form the notice writes it in most often (干 of 幹部 or of 乾淨, 台 or 臺),
 * and one the notice never writes otherwise stays as it is. The notice is read once, on first use.
 */
export function noticeScript(text: string, simplify: Simplifier): (words: string) => string {
  let forms: Map<string, string> | null = null;
  const learn = (): Map<string, string> => {
    const copy = simplify(text);
    const counts = new Map<string, Map<string, number>>();
    for (let i = 0; i < text.length && i < copy.length; i++) {
      const written = text[i] as string;
      if (!HAN.test(written)) continue;
      const simplified = copy[i] as string;
      let byForm = counts.get(simplified);
      if (!byForm) counts.set(simplified, (byForm = new Map()));
      byForm.set(written, (byForm.get(written) ?? 0) + 1);
    }
    const out = new Map<string, string>();
    for (const [simplified, byForm] of counts) {
      let best = simplified;
      let most = byForm.get(simplified) ?? 0;
      for (const [form, n] of byForm) if (n > most) [best, most] = [form, n];
      if (best !== simplified) out.set(simplified, best);
    }
    return out;
  };
  return (words: string): string => {
    forms ??= learn();
    const known = forms;
    return words.replace(/[\u4e00-\u9fff]/g, (c) => known.get(c) ?? c);
  };
}
