/**
 * Validity scanners: where a byte sequence stops being valid UTF-8, GB18030 or UTF-16.
 *
 * Each scanner reports the invalid stretches the way the WHATWG Encoding standard decodes them:
 * every stretch becomes exactly one U+FFFD, so a decoder that decodes the valid runs between them
 * and puts one U+FFFD in place of each stretch produces the same text a browser does, and knows
 * the text offset of every damaged place.
 */

/** An invalid stretch: where it starts in the scanned bytes and how many bytes it covers. */
export interface BadRun {
  start: number;
  length: number;
}

/** Length of the valid UTF-8 sequence at i (> 0), or minus the length of the invalid stretch there. */
function utf8At(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  if (b < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return -1;
  // The maximal subpart: a lead byte and the continuation bytes that still fit it.
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    const min = k === 1 ? lo : 0x80;
    const max = k === 1 ? hi : 0xbf;
    if (c === undefined || c < min || c > max) return -k;
  }
  return need + 1;
}

/** Length of the valid GB18030 sequence at i (> 0), or minus the length of the invalid stretch there. */
function gb18030At(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  // 0x80 is the euro sign in the gbk family; 0xff is never valid.
  if (b <= 0x80) return 1;
  if (b === 0xff) return -1;
  const b1 = bytes[i + 1];
  if (b1 === undefined) return -1;
  if ((b1 >= 0x40 && b1 <= 0x7e) || (b1 >= 0x80 && b1 <= 0xfe)) return 2;
  if (b1 >= 0x30 && b1 <= 0x39) {
    // A four-byte sequence cut off by the end of the input is one error, however much of it is there.
    const b2 = bytes[i + 2];
    if (b2 === undefined) return -2;
    if (b2 < 0x81 || b2 > 0xfe) return -1;
    const b3 = bytes[i + 3];
    if (b3 === undefined) return -3;
    if (b3 < 0x30 || b3 > 0x39) return -1;
    // Four-byte pointers that map to no code point (WHATWG gb18030 decoder, step "pointer").
    const pointer = ((b - 0x81) * 10 + (b1 - 0x30)) * 1260 + (b2 - 0x81) * 10 + (b3 - 0x30);
    if ((pointer > 39419 && pointer < 189000) || pointer > 1237575) return -4;
    return 4;
  }
  // An invalid trail byte that is ASCII is read again as a character of its own.
  return b1 < 0x80 ? -1 : -2;
}

function scanWith(bytes: Uint8Array, at: (bytes: Uint8Array, i: number) => number): BadRun[] {
  const bad: BadRun[] = [];
  for (let i = 0; i < bytes.length; ) {
    const n = at(bytes, i);
    if (n > 0) i += n;
    else {
      bad.push({ start: i, length: -n });
      i += -n;
    }
  }
  return bad;
}

export function scanUtf8(bytes: Uint8Array): BadRun[] {
  return scanWith(bytes, utf8At);
}

export function scanGb18030(bytes: Uint8Array): BadRun[] {
  return scanWith(bytes, gb18030At);
}

/** Unpaired surrogates (and a last odd byte) in UTF-16 bytes. */
export function scanUtf16(bytes: Uint8Array, littleEndian: boolean): BadRun[] {
  const bad: BadRun[] = [];
  const unit = (i: number): number =>
    littleEndian ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8) : ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
  const even = bytes.length - (bytes.length % 2);
  for (let i = 0; i < even; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < even ? unit(i + 2) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) i += 2;
      else bad.push({ start: i, length: 2 });
    } else if (u >= 0xdc00 && u <= 0xdfff) bad.push({ start: i, length: 2 });
  }
  if (bytes.length % 2 === 1) bad.push({ start: bytes.length - 1, length: 1 });
  return bad;
}
