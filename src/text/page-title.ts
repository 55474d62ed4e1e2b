/**
 * Where a page's <title> parts the document's title from the site's name: `_`, `|`, or a dash
 * set off by spaces (关于…的通知_某县人民政府, 关于…的通知 - 某县人民政府). These part the title
 * whatever stands beside them.
 */
const CLEAR_SEPARATOR = /\s*[_|｜]\s*|\s+[-—–－―]+\s+/g;

/**
 * A dash with no spaces (关于…的通知-某县人民政府, ——, －, 某县人民政府--关于…): it may part the
 * title from the site's name, but also stands inside titles (“5G-A”, 2024-2026年, 主题——副题), so
 * it parts them only where a run of such parts is a notice's title on its own. A dash between
 * digits is a range, never a separator.
 */
const DASH_SEPARATOR = /(?<!\d)[-—–－―]+(?!\d)/g;

/**
 * The part of a page's <title> that is a notice's title (关于…的通知), as offsets into it, or null.
 * Of the parts a dash leaves, the fewest that together read as a notice's title win: the site's
 * name beside the title drops off, a dash inside the title keeps its halves together.
 */
export function noticeTitleInPageTitle(text: string, readsAsTitle: (part: string) => boolean): { from: number; to: number } | null {
  for (const clear of parts(text, 0, text.length, CLEAR_SEPARATOR)) {
    const pieces = parts(text, clear.from, clear.to, DASH_SEPARATOR);
    for (let n = 1; n <= pieces.length; n++) {
      for (let i = 0; i + n <= pieces.length; i++) {
        const from = pieces[i]!.from;
        const to = pieces[i + n - 1]!.to;
        if (readsAsTitle(text.slice(from, to))) return { from, to };
      }
    }
  }
  return null;
}

/** The trimmed stretches of text[from, to) between the matches of `separator`. */
function parts(text: string, from: number, to: number, separator: RegExp): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  const slice = text.slice(from, to);
  let at = 0;
  const push = (end: number): void => {
    const part = slice.slice(at, end);
    const t = part.trim();
    if (t) {
      const start = from + at + part.indexOf(t);
      out.push({ from: start, to: start + t.length });
    }
  };
  for (const sep of slice.matchAll(separator)) {
    push(sep.index as number);
    at = (sep.index as number) + sep[0].length;
  }
  push(slice.length);
  return out;
}

