/**
 * A target as a clause reader finds it, before extractGoals gives it a subject from the sentence
 * around it: the spans of its own words, its figure, qualifiers and verb.
 */
import { SUFFIX_QUALIFIERS } from './target-figure.js';
import type { Figure } from './figures.js';

export interface Found {
  /** Spans of the clause that make up the indicator (two when the verb comes before the figure). */
  parts: Array<[number, number]>;
  figure: Figure;
  qualifiers: string[];
  verb: string;
  from: number;
  to: number;
  /** A year written between the subject and the verb (产值2024年达到…、2025年达到…), for this target only. */
  year?: number;
  /** The year the target is measured from (比2020年下降13.5%). */
  baseYear?: number;
  /** Measured from the year before the target's (比上年增长8%, 同比增长6%). */
  basePrevious?: true;
  /** Opened by 其中 (or joined on to a target that was): a part of the target before it. */
  part?: true;
  /** A multiple of a level named in words (达到全省平均水平的1.2倍), its qualifier. */
  ofLevel?: true;
  /** One of a 分别 list's targets: the place of its subject in the list, and how many it has. */
  listed?: { place: number; of: number };
  /**
   * A target of a 分别 list that names no subjects (…分别达到7.5万元、4.6万元，年均分别增长6%、7.5%):
   * the subject at this place of the list before it is its own.
   */
  listPlace?: number;
  /**
   * One of a 分别 list's figures whose subjects are not as many (nor as many times the years): the
   * target of the subjects' words together, and the counts, for the reader to report.
   */
  unpaired?: { subjects: number; figures: number; first: boolean };
  /** A word the text implies, not writes (城乡: 城镇 or 农村), and the part it stands before. */
  implied?: { word: string; before: number };
  /** A stretch target after a target (增长6%左右，力争7%): the target before it, at a higher figure. */
  stretch?: true;
  /**
   * The running total in brackets after a target of additions (新增上云企业1.5万家（累计达到4万家）):
   * the level of the thing the target before adds to, for the same year.
   */
  runningTotal?: true;
}

/** 内 after a figure's unit, ending the clause or before a bracket. */
const WITHIN = /^内(?![\u4e00-\u9fff\dA-Za-z])/;

export function withSuffix(clause: string, f: Figure, found: Found): Found {
  // 5000余人次: the word inside the unit qualifies the figure, before a bound after it.
  if (f.over) found.qualifiers.push(f.over.word);
  // 分别控制在36、34和32微克/立方米以内: a bare figure of a list is bound as its last is.
  // 达到85%/90%以上: so is each figure of a slashed chain, as its last is.
  const after = clause.slice(f.sharedUnit?.to ?? f.slashed?.at(-1)?.end ?? f.end);
  const space = after.length - after.trimStart().length;
  const suffix = SUFFIX_QUALIFIERS.find((q) => after.startsWith(q, space));
  // 压缩至0.5天内, 1个工作日内: 内 closing the clause is a ceiling, as 以内 is (not 内 opening a word: 内容).
  const bound = suffix ?? (WITHIN.test(after.slice(space)) ? '内' : undefined);
  if (bound) {
    found.qualifiers.push(bound);
    if (found.to === f.end && !f.sharedUnit && !f.slashed) found.to += space + bound.length;
  }
  return found;
}
