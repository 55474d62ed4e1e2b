import { htmlText } from '../escape.js';

/** A labelled value of a card; both plain text. */
export interface CardField {
  label: string;
  value: string;
  /** Extra class for the value, e.g. to style a validity. */
  className?: string;
}

export interface MastheadOptions {
  /** Plain text over the title: what the page is and of which file. */
  kicker: string;
  /** Plain text. */
  title: string;
  /** Plain text under the title. */
  subtitle?: string | null;
  fields: readonly CardField[];
  /** Trusted HTML after the fields (counts, links). */
  extra?: string;
  id?: string;
  /** The title's heading level: 1 for the page's own title, 2 for one of several cards. */
  level?: 1 | 2;
}

/**
 * The card that heads a page (and each side of a comparison): what the notice is, its number,
 * issuer and dates, as label/value pairs, in the same look on every page plan writes.
 */
export function renderMasthead(options: MastheadOptions): string {
  const level = options.level ?? 1;
  // The page's own heading card is its banner; the cards of a comparison are plain blocks.
  const tag = level === 1 ? 'header' : 'div';
  const out = [`<${tag} class="masthead"${options.id ? ` id="${htmlText(options.id)}"` : ''}>`];
  out.push(`<p class="kicker">${htmlText(options.kicker)}</p>`);
  out.push(`<h${level}>${htmlText(options.title)}</h${level}>`);
  if (options.subtitle) out.push(`<p class="subtitle">${htmlText(options.subtitle)}</p>`);
  if (options.fields.length) {
    out.push('<dl class="fields">');
    for (const f of options.fields) {
      out.push(`<dt>${htmlText(f.label)}</dt><dd${f.className ? ` class="${htmlText(f.className)}"` : ''}>${htmlText(f.value)}</dd>`);
    }
    out.push('</dl>');
  }
  if (options.extra) out.push(options.extra);
  out.push(`</${tag}>`);
  return out.join('\n');
}
