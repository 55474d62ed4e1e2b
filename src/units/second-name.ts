import { fold } from '../text/fold.js';

/**
 * How the name of a body ends. A bracket holds a second name only when what is in it reads as
 * one: `区发展改革委（区粮食和物资储备局）`, `人行某县支行（国家外汇管理局某县支局）`, not `各镇（街道）` or
 * `金贸产业园（AB）`.
 */
const BODY_END = /(?:局|委|办|部|厅|室|署|院|会|馆|站|队|社|所|处|行|中心)$/;
/** Words that start a gloss, not a name: （含…）, （牵头）, （各…）. */
const GLOSS_START = /^(?:含|包括|牵头|牽頭|各|等|按|负责|負責)/;

/** 原 before a name in the bracket: the name the unit had before, which notices and people still use. */
const FORMER = /^原(?=\S{3})/;

/** A unit written with the second name it also goes by, in brackets after its main name. */
export interface SecondName {
  /** The name before the bracket, as written: 区委组织部. */
  main: string;
  /** The name in the bracket, as written: 区委人才办. */
  second: string;
}

/**
 * The two names of a unit that carries two (一个机构两块牌子): `区委组织部（区委人才办）` is
 * 区委组织部 and 区委人才办 at once; null for a name without a bracketed second name.
 */
export function secondName(name: string): SecondName | null {
  const m = /^(.+?)\s*\(\s*([^()]+?)\s*\)$/.exec(fold(name).trim());
  if (!m) return null;
  const main = m[1] as string;
  // A former name after a reorganisation (机构改革): 区科技局（原区科委） goes by 区科委 as well.
  const second = (m[2] as string).replace(FORMER, '');
  if (second.length < 3 || GLOSS_START.test(second) || !BODY_END.test(second) || !BODY_END.test(main)) return null;
  return { main, second };
}
