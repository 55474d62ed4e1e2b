import { sameMeasureUnit } from '../text/measure-units.js';
import { thousandScales } from '../text/unit-spellings.js';
import type { Goal } from './types.js';

/** Multipliers a unit may open with (0.2万个 is 2000个; 1.8万亿元 is 18000亿元). */
const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

type Figure = Pick<Goal, 'value' | 'unit'> & Partial<Pick<Goal, 'upTo'>>;

/**
 * The multiplier opening `unit` at `at`, or undefined: 万, 亿, and 千 where it scales the unit after
 * it (千公顷) rather than being part of one (千克, 千瓦).
 */
function multiplierAt(unit: string, at: number): number | undefined {
  const c = unit[at] as string;
  if (c === '千') return thousandScales(unit.slice(at + 1)) ? 1e3 : undefined;
  return MULTIPLIERS[c];
}

/** A unit split into the multipliers it opens with and the unit counted (万个 → 1e4 and 个; 千公顷 → 1e3 and 公顷). */
function splitUnit(unit: string): { scale: number; base: string } {
  let scale = 1;
  let at = 0;
  for (let m = multiplierAt(unit, at); at < unit.length - 1 && m !== undefined; m = multiplierAt(unit, at)) {
    scale *= m;
    at++;
  }
  return { scale, base: unit.slice(at) };
}

const sameAmount = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));

/**
 * A figure converted to another scale of its unit, rounded so that binary fractions do not show
 * (1.1万 is 11000, not 11000.000000000002).
 */
const rescale = (value: number, factor: number): number => Number((value * factor).toPrecision(12));

/**
 * The unit two figures can both be counted in, when their units differ only by a multiplier (个
 * and 万个, 亿元 and 万亿元) or a spelling of one unit (万m² and 万平方米): the finer of the two as
 * written, with the factor that brings each figure to it. Null for units that are not one unit
 * (个 and 座), or for one unit written alike (no scale to bring them to).
 */
export function commonScale(a: Pick<Goal, 'unit'>, b: Pick<Goal, 'unit'>): { unit: string; old: number; new: number } | null {
  if (a.unit === b.unit) return null;
  const [x, y] = [splitUnit(a.unit ?? ''), splitUnit(b.unit ?? '')];
  if (!x.base || !sameMeasureUnit(x.base, y.base)) return null;
  const unit = x.scale <= y.scale ? a.unit : b.unit;
  const fine = Math.min(x.scale, y.scale);
  return { unit, old: x.scale / fine, new: y.scale / fine };
}

/** A figure (and the upper end of a range) counted in a scale of its unit. */
export interface ScaledFigure {
  value: number;
  upTo: number | null;
}

/** Two figures counted in one unit; `rescaled` when one was written in another scale of it (万个 beside 个). */
export interface FiguresInOneScale {
  unit: string;
  rescaled: boolean;
  old: ScaledFigure;
  new: ScaledFigure;
}

/**
 * Two goals' figures counted in one unit (see commonScale): 8000个 and 1万个 as 8000 and 10000 个.
 * Null where the units are not one unit, or are written alike.
 */
export function inCommonScale(a: Figure, b: Figure): FiguresInOneScale | null {
  const scale = commonScale(a, b);
  if (!scale || !Number.isFinite(a.value) || !Number.isFinite(b.value)) return null;
  const side = (g: Figure, factor: number): ScaledFigure => ({ value: rescale(g.value, factor), upTo: g.upTo === undefined ? null : rescale(g.upTo, factor) });
  return { unit: scale.unit, rescaled: scale.old !== scale.new, old: side(a, scale.old), new: side(b, scale.new) };
}

/**
 * Whether two goals state one quantity, written with another multiplier (2000个 and 0.2万个) or its
 * unit spelt another way (万m² and 万m2): the target did not change. False for figures written alike
 * in one unit (nothing was rewritten), which compare as they stand.
 */
export function sameQuantity(a: Figure, b: Figure): boolean {
  const both = inCommonScale(a, b);
  if (!both || !sameAmount(both.old.value, both.new.value)) return false;
  return both.old.upTo === null || both.new.upTo === null ? both.old.upTo === both.new.upTo : sameAmount(both.old.upTo, both.new.upTo);
}
