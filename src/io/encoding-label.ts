/** Labels that browsers decode as GB18030 (the WHATWG Encoding standard's gbk family). */
const GB_FAMILY = new Set([
  'gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'csgb2312', 'chinese', 'iso-ir-58', 'gb_2312', 'gb_2312-80', 'csgb231280', 'csiso58gb231280',
]);
const UTF8 = new Set(['utf8', 'utf-8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']);
const UTF16LE = new Set(['utf-16', 'utf16', 'utf-16le', 'utf16le', 'ucs-2', 'unicode', 'csunicode', 'iso-10646-ucs-2', 'unicodefeff']);
const UTF16BE = new Set(['utf-16be', 'utf16be', 'unicodefffe']);
const BIG5 = new Set(['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5']);

/**
 * Normalises an encoding label the way browsers do for the labels notices use: gb2312 and gbk
 * mean GB18030, its superset. Other labels are returned lower-cased for iconv-lite to resolve.
 */
export function canonicalEncoding(label: string): string {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (GB_FAMILY.has(l)) return 'gb18030';
  if (UTF8.has(l)) return 'utf-8';
  if (UTF16LE.has(l)) return 'utf-16le';
  if (UTF16BE.has(l)) return 'utf-16be';
  if (BIG5.has(l)) return 'big5';
  return l;
}
