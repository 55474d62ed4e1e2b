import type { SourceFormat } from '../model/types.js';

/** Chooses the adapter for an input: from its extension, then from what its text looks like. */
export function detectFormat(name: string, text: string): SourceFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext && ['html', 'htm', 'xhtml', 'shtml', 'jsp', 'asp', 'aspx', 'php'].includes(ext)) return 'html';
  if (ext && ['md', 'markdown', 'mdown', 'mkd'].includes(ext)) return 'markdown';
  if (ext && ['txt', 'text'].includes(ext)) return 'text';
  const head = text.slice(0, 4096).trimStart();
  if (/^(?:<!doctype html|<html|<\?xml)/i.test(head)) return 'html';
  const tags = head.match(/<\/?(?:p|div|span|td|tr|table|br|body|head|meta|a|h[1-6])\b[^>]*>/gi);
  if (tags && tags.length >= 3) return 'html';
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(head) || /^#{1,6} \S/m.test(head) || /^\|.+\|\s*\r?\n\|[ :-]+\|/m.test(head)) return 'markdown';
  return 'text';
}
