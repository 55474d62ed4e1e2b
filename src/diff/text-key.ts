import { substanceKey } from '../text/fold.js';
import { withoutThousands } from '../text/thousands.js';

/**
 * The key a text is compared by in a diff: its substance (width, spaces, line breaks and the kind
 * of quotes ignored) with what else only varies between renderings of one notice unified: a
 * hyphen or tilde in a range of figures (2023-2025年, 2023~2025年) is the dash (2023—2025年), and
 * every kind of bracket one bracket (宁政办发（2023）5号 is 宁政办发〔2023〕5号), and the full stop
 * of a text set in half-width punctuation (…提质增效.) the Chinese one (a point between two digits
 * is a decimal point); a figure's thousands separators are left out (1,500 is 1500), and a
 * superscript ² or ³ is the digit a page's <sup>2</sup> gives (m² is m2). `simplify` maps a 繁体
 * rendering onto the 简体 one.
 */
export function diffTextKey(text: string, simplify?: (text: string) => string): string {
  return substanceKey(withoutThousands(simplify ? simplify(text) : text))
    .replace(/(\d年?)[-~～](?=\d)/g, '$1—')
    .replace(/[(〔]/g, '〔')
    .replace(/[)〕]/g, '〕')
    .replace(/(?<!\d)[.｡]|[.｡](?!\d)/g, '。')
    .replace(/²/g, '2')
    .replace(/³/g, '3');
}
