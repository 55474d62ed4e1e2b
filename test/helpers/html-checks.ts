import { load } from 'cheerio';
import { HtmlValidate, type Message } from 'html-validate';

/**
 * Checks the HTML pages plan writes must pass, shared by the report and diff tests.
 *
 * html-validate's recommended rules, except `long-title`: a notice's title is often longer
 * than 70 characters and the page's title is the notice's (that rule is search-engine advice).
 */
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

/** Ids used more than once. */
export function duplicateIds(html: string): string[] {
  const $ = load(html);
  const seen = new Map<string, number>();
  $('[id]').each((_, el) => {
    const id = $(el).attr('id') as string;
    seen.set(id, (seen.get(id) ?? 0) + 1);
  });
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
}

/** In-page links (href="#…", in HTML and SVG) whose target id is not on the page. */
export function brokenAnchors(html: string): string[] {
  const $ = load(html);
  const ids = new Set($('[id]').map((_, el) => $(el).attr('id')).get());
  return $('[href^="#"]')
    .map((_, el) => decodeURIComponent(($(el).attr('href') as string).slice(1)))
    .get()
    .filter((id) => !ids.has(id));
}

/**
 * Anything that would make the browser fetch: a src, an href or xlink:href that is not an
 * in-page fragment, a CSS @import or url(), a <link>, <base>, <iframe>, <object>, <embed>,
 * a <meta http-equiv="refresh">, a script with src.
 */
export function externalReferences(html: string): string[] {
  const $ = load(html);
  const found: string[] = [];
  $('[src]').each((_, el) => void found.push(`src=${$(el).attr('src')}`));
  $('[href]').each((_, el) => {
    const href = $(el).attr('href') as string;
    if (!href.startsWith('#')) found.push(`href=${href}`);
  });
  $('[xlink\\:href]').each((_, el) => void found.push(`xlink:href=${$(el).attr('xlink:href')}`));
  $('link, base, iframe, object, embed, meta[http-equiv="refresh"]').each((_, el) => void found.push(`<${(el as { tagName: string }).tagName}>`));
  const css = $('style').text() + $('[style]').map((_, el) => $(el).attr('style')).get().join('\n');
  for (const m of css.matchAll(/@import|url\s*\(/gi)) found.push(`css ${m[0]}`);
  return found;
}

/**
 * Whether the page is well-formed: every element opened is closed, in order (void elements
 * and self-closed SVG elements aside). html-validate checks the rest of HTML's rules.
 */
export function unclosedElements(html: string): string[] {
  const VOID = new Set(['meta', 'br', 'input', 'link', 'img', 'hr', 'wbr', 'col', 'area', 'base', 'source', 'track', 'embed']);
  const open: string[] = [];
  const problems: string[] = [];
  // Script and style bodies are text, not markup.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  for (const m of markup.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g)) {
    const [, closing, rawName, selfClosing] = m as unknown as [string, string, string, string];
    const name = rawName.toLowerCase();
    if (VOID.has(name) || selfClosing) continue;
    if (!closing) open.push(name);
    else {
      const top = open.pop();
      if (top !== name) problems.push(`</${name}> closes <${top ?? 'nothing'}>`);
    }
  }
  return [...problems, ...open.map((name) => `<${name}> not closed`)];
}
