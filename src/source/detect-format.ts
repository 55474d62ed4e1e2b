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

/** Any tag, comment or declaration: a page has them, plain text has none. */
const ANY_MARKUP = /<[A-Za-z!/?]/;

/**
 * Whether a text is markup line by line: several HTML tags, and most of its lines in the head open
 * with one (`<p>…</p>` lines, an article's body copied from a page's source). A text that only
 * mentions a tag, or keeps a few stray `<br>` inside its lines, is text still.
 */
function markupLines(head: string): boolean {
  if (!head.includes('<') || (head.match(HTML_TAG)?.length ?? 0) < 3) return false;
  let lines = 0;
  let tagged = 0;
  for (const line of head.split(/\r\n|\r|\n/)) {
    const t = line.trim();
    if (t.length === 0) continue;
    lines++;
    if (t.startsWith('<')) tagged++;
  }
  return tagged * 2 > lines;
}

/**
 * Chooses the adapter for an input: its extension first (.html .htm .shtml … → html, .md → markdown,
 * .txt → text), then what its text looks like. A .txt that is a whole saved web page (doctype or
 * <html> at the top), or a fragment of one written as lines of markup (`<p>…</p>`), is read as
 * HTML, as standard input holding it is; a page file (.htm) with no markup at all is plain text
 * saved under a page's name, read as text (as HTML its line breaks would be spaces). Standard
 * input and unknown extensions are sniffed. `--from` overrides all of this.
 */
export function detectFormat(name: string, text: string): SourceFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext && HTML_EXTENSIONS.has(ext)) return ANY_MARKUP.test(text) ? 'html' : 'text';
  if (ext && MARKDOWN_EXTENSIONS.has(ext)) return 'markdown';
  if (ext && TEXT_EXTENSIONS.has(ext)) {
    const head = text.slice(0, 8192).trimStart();
    return HTML_DOCUMENT.test(head) || markupLines(head) ? 'html' : 'text';
  }
  return sniffFormat(text) ?? 'text';
}
