import type { SourceFormat } from '../model/types.js';

const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml', 'jhtml', 'jsp', 'asp', 'aspx', 'php']);
const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkd', 'mkdn']);
const TEXT_EXTENSIONS = new Set(['txt', 'text']);

/** Every extension a notice file is known by (lower case, without the dot): what a directory scan reads. */
export const NOTICE_FILE_EXTENSIONS: ReadonlySet<string> = new Set([...HTML_EXTENSIONS, ...MARKDOWN_EXTENSIONS, ...TEXT_EXTENSIONS]);

/** A page saved whole: it starts with a doctype or an <html> tag (after a comment or an XML declaration). */
const HTML_DOCUMENT = /^(?:<!--[\s\S]*?-->\s*|<\?xml[^>]*>\s*)*(?:<!doctype\s+html|<html[\s>])/i;
/** Tags that only markup has; three of them make a fragment such as a gov.cn content block. */
const HTML_TAG = /<\/?(?:p|div|span|td|tr|table|tbody|br|body|head|meta|a|h[1-6]|ul|ol|li|font|strong|b)\b[^<>]*>/gi;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;
const ATX_HEADING = /^#{1,6}[ \t]+\S/m;
const GFM_TABLE = /^\|.+\|[ \t]*\r?\n\|[ \t]*:?-{3,}/m;

/** What the text looks like, or null when nothing marks it as HTML or Markdown. */
export function sniffFormat(text: string): SourceFormat | null {
  const head = text.slice(0, 8192).trimStart();
  if (HTML_DOCUMENT.test(head)) return 'html';
  if ((head.match(HTML_TAG)?.length ?? 0) >= 3) return 'html';
  if (FRONT_MATTER.test(head) || ATX_HEADING.test(head) || GFM_TABLE.test(head)) return 'markdown';
  return null;
}

/**
 * Chooses the adapter for an input: its extension first (.html .htm .shtml … → html, .md → markdown,
 * .txt → text), then what its text looks like. A .txt that is a whole saved web page (doctype or
 * <html> at the top) is read as HTML, since no notice's text starts that way; standard input and
 * unknown extensions are sniffed. `--from` overrides all of this.
 */
export function detectFormat(name: string, text: string): SourceFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext && HTML_EXTENSIONS.has(ext)) return 'html';
  if (ext && MARKDOWN_EXTENSIONS.has(ext)) return 'markdown';
  if (ext && TEXT_EXTENSIONS.has(ext)) return HTML_DOCUMENT.test(text.slice(0, 8192).trimStart()) ? 'html' : 'text';
  return sniffFormat(text) ?? 'text';
}
