import { simplifyLabelGlyphs } from '../text/simplify.js';
import { HEADER_CELL_LINE } from './line-wrap.js';

/** A line that may name a column: short, no mark of a sentence or a figure. */
const NAME_LINE = /^[\u4e00-\u9fff（）()、]{2,12}$/;
/** The fewest known column names that make a run of short lines a table's header. */
const MIN_NAMES = 3;
/**
 * A year column's name (2023年, 2025年目标值, 2022年（基期）, 2024年(亿元), 到2025年): a column of
 * figures, as a table of indicators heads them after 序号 | 指标 | 单位.
 */
/** Other names a table of indicators heads its columns with (指标内容 | 计量单位 | …); 主要指标 titles one too. */
const INDICATOR_NAME_LINE = /^(?:指标(?:名称|内容)?|(?:计量)?单位)$/;
const YEAR_NAME_LINE = /^到?(?:19|20)\d{2}年?(?:度|底|末)?(?:[\u4e00-\u9fff]{1,4}|[（(][^()（）]{1,6}[)）])?$/;

const knownName = (key: string): boolean => HEADER_CELL_LINE.test(key) || INDICATOR_NAME_LINE.test(key);

/**
 * The lines of task tables and tables of indicators flattened one cell per line (as scraped pages
 * print a table): from a header run of column names (序号 | 重点任务 | 牵头单位 | 完成时限, or 序号 | 指标 |
 * 单位 | 2023年 | 2024年, three known names or more among short lines, a year's column counting as one
 * after a known name) up to the next blank line. Their cells are whole lines, never a paragraph's lines
 * wrapped at a width: a cell as long as a wrap width by chance (…新改建农村户用卫生厕所3000座) is
 * not the start of the next cell's line (县农业农村局), nor is a long indicator's name (…研发机构覆盖率)
 * the start of its unit's (%), and the cells are no evidence of a wrap width.
 * A cell wrapped over lines in its table is read where the table is (see parse/flat-wrapped-cells).
 */
export function flatTableLines(lines: ReadonlyArray<{ text: string }>): Set<number> {
  const out = new Set<number>();
  // A 繁体 page names its columns 序號, 指標, 單位, 責任單位: read as their simplified names.
  const squeezed = (k: number): string => simplifyLabelGlyphs(lines[k]!.text.replace(/[ \u3000\u00a0]/g, ''));
  for (let k = 0; k < lines.length; k++) {
    const first = lines[k]!.text;
    // Most lines are no column's name: the cheap test first.
    if (first.length > 16 || first.length < 2 || !knownName(squeezed(k))) continue;
    let names = 0;
    let j = k;
    for (; j < lines.length; j++) {
      const key = squeezed(j);
      // Years alone (2023年 over 2024年 in a list of the plan's stages) head no table: only after a known name.
      if (knownName(key) || (names > 0 && YEAR_NAME_LINE.test(key))) names++;
      else if (!NAME_LINE.test(key)) break;
    }
    if (names < MIN_NAMES) continue;
    let end = j;
    while (end < lines.length && lines[end]!.text.length > 0) end++;
    for (let i = k; i < end; i++) out.add(i);
    k = end;
  }
  return out;
}
