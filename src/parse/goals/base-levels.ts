/**
 * The levels a target is measured from or starts at: a base year (比2020年, 较“十三五”末, 在2020年
 * 基础上), the year before (比上年, 同比), and a starting figure (由2022年的38.5%提高到40%).
 */
import { fiveYearPlanEnd } from '../../text/five-year-plan.js';
import { alternation } from './target-figure.js';
import { VERBS } from './verbs.js';
import type { Figure } from './figures.js';

/** 由2022年的, 从, 由上年的: what opens the level a target starts from, right before its figure. */
const STARTING_FROM = /(?:由|从) ?(?:(?:\d{4} ?年(?:底|末)?|上年|去年|目前|现在|现有)的? ?)?$/;

/** The verb of the level reached, right after the starting one (提高到, 降至, 增加到). */
const REACHED = new RegExp(`^ ?(?:${alternation(VERBS)})`);

/**
 * The levels a clause's targets start from (由2022年的38.5%提高到40%, 从35%提高到45%以上, 由5家增加到
 * 10家): a figure after 由 or 从 with a target verb and another figure after it. Each with where
 * its words begin, so that they are cut from the subject of the target that follows.
 */
export function startingLevelsOf(clause: string, figures: readonly Figure[]): Array<{ figure: Figure; from: number }> {
  // The goal test runs on every paragraph: a cheap test before the regexes.
  if (!clause.includes('由') && !clause.includes('从')) return [];
  const out: Array<{ figure: Figure; from: number }> = [];
  for (let k = 0; k + 1 < figures.length; k++) {
    const f = figures[k]!;
    if (f.upTo !== undefined) continue;
    const opening = STARTING_FROM.exec(clause.slice(Math.max(0, f.index - 12), f.index));
    const next = figures[k + 1]!;
    if (!opening || !REACHED.test(clause.slice(f.end, next.index))) continue;
    out.push({ figure: f, from: f.index - opening[0].length });
  }
  return out;
}

/**
 * The level a relative target is measured from, within clause[from, to): 比2020年, 较2020年底,
 * 比“十三五”末 (2020), 在2020年基础上. Not the 比 of 之比 or 占比 (研发支出与地区生产总值之比2024年达到…).
 */
const BASE = /(?<![之占])(?:比|较) ?(?:(\d{4}) ?年(?:底|末)?|[“"]?十([一二三四五])五[”"]?(?:期)?末)|在 ?(\d{4}) ?年(?:的)?基础上/;

export function baseOf(clause: string, from = 0, to = clause.length): { year: number; from: number; to: number } | null {
  const m = BASE.exec(clause.slice(from, to));
  if (!m) return null;
  const written = m[1] ?? m[3];
  const year = written !== undefined ? Number(written) : fiveYearPlanEnd(m[2] ?? '');
  return { year, from: from + m.index, to: from + m.index + m[0].length };
}

/**
 * 比上年, 较上年, 比去年同期, 比上一年度, 同比 (增长…, 分别下降…, or ending the subjects of a list:
 * 起数、死亡人数同比分别下降): a change from the year before the target's.
 */
const PREVIOUS_YEAR = /(?<![之占])(?:比|较) ?(?:上年|上一年|去年)度?(?:同期)?|同比(?= ?(?:分别)? ?(?:增长|增速|增幅|提高|提升|下降|降低|增加|减少)|$)/;

export function previousYearOf(clause: string, from: number, to: number): { previous: true; from: number; to: number } | null {
  const slice = clause.slice(from, to);
  // The goal test runs on every paragraph: a cheap test before the regex.
  if (!slice.includes('上') && !slice.includes('去') && !slice.includes('同比')) return null;
  const m = PREVIOUS_YEAR.exec(slice);
  return m ? { previous: true, from: from + m.index, to: from + m.index + m[0].length } : null;
}
