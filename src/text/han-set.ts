/**
 * A set of Han characters (U+4E00–U+9FFF) as a lookup table over that block: one array read per
 * character, for counting them in long texts.
 */
export class HanSet {
  readonly #table = new Uint8Array(0xa000 - 0x4e00);

  constructor(chars: string) {
    for (const c of chars) {
      const code = c.charCodeAt(0) - 0x4e00;
      if (code >= 0 && code < this.#table.length) this.#table[code] = 1;
    }
  }

  /**
   * How many characters of the text's first `limit` belong to the set, counting no further than
   * `enough` (a caller that needs five hits stops at the fifth).
   */
  count(text: string, limit: number, enough = Infinity): number {
    const n = Math.min(text.length, limit);
    // A local, not the private field, in the loop: it runs over tens of thousands of characters
    // before the optimising compiler has seen it.
    const table = this.#table;
    let hits = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i) - 0x4e00;
      if (c >= 0 && c < table.length && table[c] === 1 && ++hits >= enough) return hits;
    }
    return hits;
  }
}
