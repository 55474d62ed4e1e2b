import { fold } from '../text/fold.js';

/**
 * The key two unit names are compared by: width folded, spaces and punctuation dropped. The
 * caller may pass a simplifier so that 區科技局 and 区科技局 share a key. Every kind of bracket
 * goes: 各县〔市、区〕人民政府 (the usual form inside a bracket) and 各县〈市、区〉政府 (a gazette's inner
 * bracket) are 各县（市、区）人民政府 and 各县（市、区）政府.
 */
export function unitKey(name: string, simplify?: (s: string) => string): string {
  const folded = fold(name).replace(/[\s()（）〔〕［］[\]【】〈〉“”"'‘’《》<>·•、,，.。;；:：]/g, '');
  return simplify ? simplify(folded) : folded;
}
