/**
 * A table's column name without the spaces that set it letter-spaced (指&nbsp;&nbsp;标, 序　　号,
 * 单  位（万元）): Word and typists pad a short header to the width of its column, and the same
 * table elsewhere (a text copy, another version) names it 指标. Only a short name of Han characters
 * in pieces is closed up, a bracketed note may end it; any other header keeps its text as written
 * (2023年 目标, 指标 A).
 */
export function headerName(text: string): string {
  const trimmed = text.trim();
  // Most headers hold no space at all: a search for one spares them the patterns.
  if (!SPACE.test(trimmed)) return trimmed;
  const pieces = trimmed.split(SPACES);
  const last = pieces.length - 1;
  let han = 0;
  for (let k = 0; k <= last; k++) {
    const m = (k === last ? LAST_PIECE : HAN_PIECE).exec(pieces[k] as string);
    if (!m) return trimmed;
    han += (m[1] as string).length;
  }
  return han <= MAX_HAN ? pieces.join('') : trimmed;
}

/** The most Han characters a letter-spaced column name has (责 任 单 位, 完 成 时 限（年月）). */
const MAX_HAN = 8;
const SPACE = /[ \t\u00a0\u3000\u2000-\u200a]/;
const SPACES = /[ \t\u00a0\u3000\u2000-\u200a]+/;
const HAN_PIECE = /^([\u3400-\u9fff]+)$/;
/** The last piece: Han characters, perhaps none, and perhaps a bracketed note (（万元）, （%）). */
const LAST_PIECE = /^([\u3400-\u9fff]*)(?:[（(][^（()）]{1,12}[）)])?$/;
