import type { Goal } from '../../model/types.js';
import { writtenFigure } from '../../model/goal-figure.js';
import { commonScale, inCommonScale, type ScaledFigure } from '../../model/goal-quantity.js';
import { sameMeasureUnit } from '../../text/measure-units.js';
import { meets, saysSeveralYears } from '../goal-annex-pairs.js';
import { ownScopeWord, withoutOwnScope } from '../own-scope.js';
import type { Rule } from '../rule.js';

/**
 * A target the plan states twice for one indicator and year (in its text and again in a table of
 * its goal section, or in two sentences) gives the same figure both times. The indicator must be
 * written the same (after width folding), so two targets of different scope are never compared,
 * except for the word for the notice's own whole area (全市A and A in a city's plan are one);
 * the two agree when either meets the other (90%以上 and 92%). A stretch target (力争) beside a
 * firm one is the plan's way of giving two figures and is not a contradiction; nor are a total over
 * several years (累计新增1500家) and one year's figure, nor a part (其中2025年新增600家) and its whole.
 */
export const goalRestated: Rule = {
  id: 'goal-restated',
  description: 'a target stated twice for the same indicator, year and unit (in the text and a table of the goals, or twice in the text) gives the same figure',
  defaultSeverity: 'warning',
  check(ctx) {
    const goals = ctx.doc.plan?.goals ?? [];
    const seen = new Map<string, Goal[]>();
    const own = ownScopeWord(ctx.doc, ctx.match);
    for (const goal of goals) {
      if (goal.year === undefined || STRETCH.test(ctx.match(goal.qualifier ?? ''))) continue;
      // 全区新建公共充电桩 in the text, 新建公共充电桩 in 表1: the plan's own area is no other scope.
      // A total over the years (累计新增1500家 by 2025) and the figure of the year 2025 are two targets;
      // only a total the goal names as such, as a table's column for 2025 may hold either.
      const total = saysSeveralYears(goal, ctx.match) ? 'total' : '';
      const key = [withoutOwnScope(ctx.match(goal.indicator), own).replace(/\s+/g, ''), goal.year, goal.relative ?? '', goal.baseYear ?? '', total].join('\u0001');
      const earlier = seen.get(key) ?? [];
      const clash = earlier.find((other) => !partAndWhole(ctx.match, other, goal) && !oneList(other, goal) && sameUnit(ctx.match, other, goal) && !agree(other, goal));
      if (clash) {
        const at = clash.position.start;
        ctx.report(
          `the target for ${goal.indicator} in ${goal.year} is ${writtenFigure(goal)} here but ${writtenFigure(clash)} at ${at.line}:${at.column}`,
          figureAt(ctx, goal),
        );
      }
      earlier.push(goal);
      seen.set(key, earlier);
    }
  },
};

/** A part (其中2025年新建1200个) and the target it is a part of, which is no restatement of it. */
function partAndWhole(match: (text: string) => string, a: Goal, b: Goal): boolean {
  const partOf = (part: Goal, whole: Goal): boolean => part.partOf !== undefined && match(part.partOf) === match(whole.indicator);
  return partOf(a, b) || partOf(b, a);
}

/**
 * The figures of one 分别 list whose subjects are not as many (甲、乙和丙分别达到50家和30家), read as
 * targets of the subjects together (goal-list-unpaired reports them): one statement, not two.
 */
function oneList(a: Goal, b: Goal): boolean {
  return a.sentence === b.sentence && a.sentence.includes('分别');
}

/** 力争, 争取, 努力: a stretch figure beside the firm one. */
const STRETCH = /力争|争取|努力|冲刺/;

/** One unit, spelt alike or not, in one scale or not (3000个 and 0.3万个). */
function sameUnit(match: (text: string) => string, a: Goal, b: Goal): boolean {
  return a.unit === b.unit || sameMeasureUnit(match(a.unit), match(b.unit)) || commonScale(a, b) !== null;
}

/** Whether either figure meets the other, both counted in one scale of their unit. */
function agree(a: Goal, b: Goal): boolean {
  const both = inCommonScale(a, b);
  const [x, y] = both ? [scaled(a, both.old), scaled(b, both.new)] : [a, b];
  return meets(x.value, y) || meets(y.value, x);
}

function scaled(g: Goal, figure: ScaledFigure): Goal {
  const { upTo: _upTo, ...rest } = g;
  return { ...rest, value: figure.value, ...(figure.upTo !== null ? { upTo: figure.upTo } : {}) };
}

/** Where the goal's figure is written, else the goal. */
function figureAt(ctx: Parameters<Rule['check']>[0], goal: Goal) {
  return ctx.find(goal.raw, goal.position) ?? goal.position;
}
