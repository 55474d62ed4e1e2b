import type { Goal, OutlineNode, Position } from '../model/types.js';
import { walk } from './outline.js';

/** Units of measure that follow a target figure, longest first so 万千瓦 wins over 千瓦. */
const UNITS = [
  '个百分点', '万平方米', '平方公里', '平方米', '万千瓦时', '千瓦时', '万千瓦', '千瓦', '兆瓦', '万吨标准煤', '吨标准煤', '万吨', '吨',
  '亿元', '万元', '元', '万人次', '人次', '万人', '万户', '万家', '万个', '万套', '万辆', '亿', '万',
  '%', '‰', '件', '家', '个', '项', '人', '名', '所', '座', '台', '套', '倍', '户', '份', '篇', '次', '批', '条', '支', '张',
  '处', '张', '床', '辆', '公里', '千米', '米', '亩', '公顷', '小时', '天', '岁', '级', '类', '部', '场', '期', '届', '门',
];
const UNIT_RE = UNITS.map((u) => u.replace(/[%]/g, '%')).join('|');
/** A figure and its unit, not a year (2022年) nor part of a date or document number. */
const FIGURE = new RegExp(`(?<![\\d.〔\\[])(\\d+(?:\\.\\d+)?)\\s*(${UNIT_RE})`, 'g');

const VERBS = [
  '提高到', '提高至', '提升到', '提升至', '增长到', '增加到', '增加至', '下降到', '下降至', '降低到', '降低至', '控制在', '保持在',
  '稳定在', '达到', '突破', '超过', '不低于', '不少于', '不超过', '高于', '低于', '增至', '降至', '达',
];
const VERB_FIRST = ['新建', '新增', '建成', '建设', '培育', '引进', '打造', '创建', '认定', '完成', '实现', '推动', '支持', '培养', '组建'];
const PREFIX_QUALIFIERS = ['力争', '争取', '确保', '基本', '累计', '年均', '平均', '总量', '总数'];
const SUFFIX_QUALIFIERS = ['以上', '左右', '以内', '以下', '及以上', '以上水平'];

function comparisonOf(qualifiers: string[], verb: string): Goal['comparison'] {
  const all = [...qualifiers, verb].join('');
  if (/以内|以下|不超过|低于|控制在|降至|降低|下降/.test(all)) return 'at-most';
  if (/以上|突破|超过|不低于|不少于|高于/.test(all)) return 'at-least';
  if (/左右/.test(all)) return 'about';
  return 'equal';
}

/** The item titles under which a plan states its numeric targets. */
export function isGoalHeading(title: string): boolean {
  return /目标/.test(title) && title.length <= 20;
}

export interface GoalSource {
  /** Original paragraph text and its folded copy. */
  text: string;
  match: string;
  /** Maps a span of the paragraph to a source position. */
  position: (from: number, to: number) => Position;
}

/**
 * Extracts numeric targets from a paragraph: `X达到N单位`, `X突破N单位`, `X、Y分别达到a、b和c`,
 * `力争新建N单位Y`, `X N单位`. The year comes from 到YYYY年 earlier in the paragraph.
 */
export function extractGoals(source: GoalSource): Goal[] {
  const goals: Goal[] = [];
  const { text, match } = source;
  let year: number | undefined;
  // Sentences end at 。 and ；; clauses within them at ，.
  const sentenceRe = /[^。;]+[。;]?/g;
  for (let s = sentenceRe.exec(match); s; s = sentenceRe.exec(match)) {
    const sStart = s.index;
    const sentence = s[0];
    const yearMatch = /到 ?(\d{4}) ?年/.exec(sentence);
    if (yearMatch) year = Number(yearMatch[1]);
    const clauseRe = /[^,]+,?/g;
    for (let c = clauseRe.exec(sentence); c; c = clauseRe.exec(sentence)) {
      const cStart = sStart + c.index;
      const clause = c[0].replace(/[,。;]$/, '');
      const found = clauseGoals(clause, cStart, text, year);
      for (const g of found) {
        goals.push({ ...g, sentence: text.slice(sStart, sStart + sentence.length).replace(/[。;；]$/, ''), position: source.position(g.from, g.to) } as Goal);
      }
    }
  }
  return goals.map((g) => {
    const { from: _from, to: _to, ...rest } = g as Goal & { from?: number; to?: number };
    return rest as Goal;
  });
}

interface Found {
  indicator: string;
  value: number;
  raw: string;
  unit: string;
  qualifier?: string;
  comparison: Goal['comparison'];
  year?: number;
  from: number;
  to: number;
}

function clauseGoals(clause: string, at: number, text: string, year: number | undefined): Found[] {
  const figures: Array<{ value: string; unit: string; index: number; end: number }> = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(clause); m; m = FIGURE.exec(clause)) {
    // 2022年 is a year, not a target measured in 年.
    if (/^\d{4}$/.test(m[1] as string) && /^年/.test(clause.slice(m.index + (m[1] as string).length).trim())) continue;
    figures.push({ value: m[1] as string, unit: m[2] as string, index: m.index, end: m.index + m[0].length });
  }
  if (figures.length === 0) return [];
  const original = (from: number, to: number): string => text.slice(at + from, at + to);
  const lead = clause.replace(/^到 ?\d{4} ?年(?:底|末|初)?(?:前)?,?/, '');
  const leadOffset = clause.length - lead.length;
  const first = figures[0]!;
  const head = clause.slice(leadOffset, first.index);

  // X、Y和Z分别达到a、b和c
  const each = /^(.*?)分别(?:达到|为|突破|超过|增长到|提高到)?$/.exec(head);
  if (each && figures.length > 1) {
    const subjectsText = each[1] as string;
    const subjects = splitSubjects(subjectsText);
    if (subjects.length === figures.length) {
      let cursor = leadOffset;
      return figures.map((f, k) => {
        const subj = subjects[k] as string;
        const idx = clause.indexOf(subj, cursor);
        cursor = idx + subj.length;
        return makeFound(original(idx, idx + subj.length), f, clause, at, [], head.slice(subjectsText.length), year, idx);
      });
    }
  }

  return figures.flatMap((f, k) => {
    const segStart = k === 0 ? leadOffset : figures[k - 1]!.end;
    const segment = clause.slice(segStart, f.index);
    const verb = VERBS.find((v) => segment.endsWith(v) || segment.replace(/(?:力争|争取)$/, '').endsWith(v));
    let indicatorText: string;
    let indicatorFrom: number;
    const qualifiers: string[] = [];
    if (verb) {
      const before = segment.slice(0, segment.lastIndexOf(verb));
      indicatorText = before;
      indicatorFrom = segStart;
      if (['突破', '超过', '不低于', '不少于'].includes(verb)) qualifiers.push(verb);
    } else {
      indicatorText = segment;
      indicatorFrom = segStart;
    }
    // Strip qualifiers written before the verb or figure: 力争, 确保 …
    let stripped = indicatorText;
    for (;;) {
      const q = PREFIX_QUALIFIERS.find((p) => stripped.endsWith(p));
      if (!q || q === '总量' || q === '总数') break;
      qualifiers.unshift(q);
      stripped = stripped.slice(0, -q.length);
    }
    for (;;) {
      const q = PREFIX_QUALIFIERS.find((p) => stripped.startsWith(p) && p !== '总量' && p !== '总数');
      if (!q) break;
      qualifiers.unshift(q);
      stripped = stripped.slice(q.length);
      indicatorFrom += q.length;
    }
    let indicator = original(indicatorFrom - leadOffset + leadOffset, indicatorFrom + stripped.length).trim();
    let indicatorLength = stripped.length;
    // 力争新建2家市级重点实验室: the verb comes first and the object after the figure.
    const verbFirst = VERB_FIRST.find((v) => stripped.endsWith(v));
    if (verbFirst && stripped.length <= verbFirst.length + 1) {
      const rest = /^[\u4e00-\u9fff“”"()（）]+/.exec(clause.slice(f.end));
      if (rest) {
        indicator = original(indicatorFrom, indicatorFrom + stripped.length).trim() + original(f.end, f.end + rest[0].length);
        indicatorLength = f.end + rest[0].length - indicatorFrom;
      }
    }
    if (!indicator || /^[\d.%]+$/.test(indicator)) return [];
    const found = makeFound(indicator, f, clause, at, qualifiers, verb ?? '', year, indicatorFrom);
    found.to = Math.max(found.to, at + indicatorFrom + indicatorLength);
    return [found];
  });
}

function makeFound(
  indicator: string,
  f: { value: string; unit: string; index: number; end: number },
  clause: string,
  at: number,
  qualifiers: string[],
  verb: string,
  year: number | undefined,
  from: number,
): Found {
  const after = clause.slice(f.end);
  const suffix = SUFFIX_QUALIFIERS.filter((q) => after.startsWith(q)).sort((a, b) => b.length - a.length)[0];
  const qs = suffix ? [...qualifiers, suffix] : [...qualifiers];
  const found: Found = {
    indicator: indicator.replace(/^[,、和及]+|[,、]+$/g, '').trim(),
    value: Number(f.value),
    raw: f.value,
    unit: f.unit,
    comparison: comparisonOf(qs, verb),
    from: at + from,
    to: at + f.end + (suffix?.length ?? 0),
  };
  if (qs.length > 0) found.qualifier = qs.join('、');
  if (year !== undefined) found.year = year;
  return found;
}

function splitSubjects(list: string): string[] {
  return list
    .split(/、|和|及|与/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The outline items that hold a plan's targets, and their paragraphs. */
export function goalNodes(outline: OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  walk(outline, (node) => {
    if (isGoalHeading(node.title)) out.push(node);
  });
  return out;
}
