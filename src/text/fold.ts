/**
 * A copy of a text for matching: full-width ASCII folded to half-width, every kind of space to
 * an ASCII space. The copy has exactly the same length, so an offset found in it is an offset in
 * the original; the model always keeps the original.
 */
export function fold(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let d = c;
    if (c >= 0xff01 && c <= 0xff5e) d = c - 0xfee0;
    else if (c === 0x3000 || c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x09) d = 0x20;
    else if (c === 0xfe59) d = 0x28; // ﹙
    else if (c === 0xfe5a) d = 0x29; // ﹚
    else if (c === 0xfe50 || c === 0xfe51) d = c === 0xfe50 ? 0x2c : 0x3001; // ﹐ ﹑
    else if (c === 0x2236) d = 0x3a; // ∶ (ratio sign, used as a colon)
    if (d !== c) changed = true;
    out += String.fromCharCode(d);
  }
  return changed ? out : text;
}

/** Removes every space, for comparing labels written with padding (`名    称`). */
export function squeeze(text: string): string {
  return fold(text).replace(/ +/g, '');
}

/**
 * A key for comparing texts by substance: width folded, spaces removed, and the punctuation that
 * varies between renderings unified. Not length-preserving; only for equality tests.
 */
export function substanceKey(text: string): string {
  return fold(text)
    .replace(/[ \r\n\u200b\ufeff]+/g, '')
    .replace(/[，]/g, ',')
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[—–－―]+/g, '—')
    .replace(/[〔［【\[]/g, '〔')
    .replace(/[〕］】\]]/g, '〕');
}
