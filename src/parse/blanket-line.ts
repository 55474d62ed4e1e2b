/**
 * A line after a plan's items that names units for all of them at once, in the words the genre
 * uses for a level of government answerable for every task in its area rather than by a clause's
 * verb (以上任务由A负责落实 is read by covering-clause):
 *
 *   以上任务各县市人民政府均为责任单位，不再一一列出。   (the items, then the units and their role)
 *   各县（市）人民政府为以上各项任务的责任单位。        (the units, then the items and their role)
 *   各项任务各县市人民政府均负有属地责任。 / A对上述任务负有属地管理责任。
 *   以上任务的责任单位均包括各县市人民政府。
 *
 * A remark closing such a line (不再一一列出, 不再逐一列出, 不再一一列明, 以下不再列出) says the
 * units are left out of the items' own clauses; it is no part of the clause, and is also taken off a
 * covering line (以上任务均由A负责落实，不再一一列出). Read in the folded, simplified copy, so
 * traditional characters (以上任務各縣市人民政府均為責任單位) read the same.
 */
import type { Role } from '../model/types.js';
import { DUTY_WORD, LEAD_WORD, PART_WORD, ROLE_BODY_OR_SUBJECT } from '../text/role-words.js';
import { plausibleUnits } from './responsibility.js';

/** The items the line speaks of: those above (以上, 上述, 前述), or every task (各项任务). */
const ITEMS =
  '(?:(?<back>以上|上述|前述)(?:各项|各|所有|全部|这些|所列|[一二三四五六七八九十两\\d]{1,3}项)?|各项|所有|全部)(?:重点|主要)?(?:工作任务|任务|工作|措施|举措|事项)';
/** Adverbs between the units and what they are (均为, 都是, 同时为). */
const ALL = '(?:均|都|也|亦|同时|共同)?';
/** A role named as the units' (责任单位, 责任主体, 牵头单位, 属地责任单位, 第一责任主体). */
const LABEL = `(?<label>(?:属地|第一|直接)?(?:${LEAD_WORD}|${PART_WORD}|${DUTY_WORD})${ROLE_BODY_OR_SUBJECT})`;
/** A duty the units bear for every task in their area (负有属地责任, 承担主体责任, 负有属地管理责任). */
const DUTY = '(?<duty>(?:负有|承担|肩负)[\\u4e00-\\u9fff]{0,6}?责任)';
/** The units: a list, without the stops and colons a sentence or a label has. */
const UNITS = '(?<units>[^,;:。]{2,60}?)';

const SHAPES: readonly RegExp[] = [
  // 以上任务各县市人民政府均为责任单位 / 以上各项任务，A均负有属地责任
  new RegExp(`^${ITEMS}(?:的)?,?${UNITS}${ALL}(?:(?:为|是|作为)${LABEL}|${DUTY})$`, 'd'),
  // A为以上各项任务的责任单位
  new RegExp(`^${UNITS}${ALL}(?:为|是|作为)${ITEMS}(?:的)?${LABEL}$`, 'd'),
  // A对上述任务负有属地责任
  new RegExp(`^${UNITS}${ALL}对${ITEMS}${ALL}${DUTY}$`, 'd'),
  // 以上任务的责任单位均包括A
  new RegExp(`^${ITEMS}(?:的)?${LABEL}${ALL}(?:还)?(?:包括|包含|含)${UNITS}$`, 'd'),
];

/** The closing remark that the units are not written under each item (，不再一一列出). */
const REMARK = /[,;]?\s*(?:以下|下文|后文|文中|表中)?(?:均|将)?不(?:再|另)?(?:一一|逐一|逐项|重复|单独|分别|另行)?(?:列出|列明|列举|列示|标注|标明|注明|罗列)$/;

/** The length of the remark closing a line (`，不再一一列出`, its stops already taken off), or 0. */
export function remarkLength(body: string): number {
  if (!body.includes('不')) return 0;
  return REMARK.exec(body)?.[0].length ?? 0;
}

export interface BlanketReading {
  /** Where the units stand in the body. */
  units: [number, number];
  /** Where the words naming their role or duty stand (责任单位, 负有属地责任). */
  label: [number, number];
  role: Role;
  /** Whether the line points at the items above it (以上, 上述), not at every task (各项任务). */
  back: boolean;
}

const LEAD_AT = new RegExp(`^(?:属地|第一|直接)?${LEAD_WORD}`);
const PART_AT = new RegExp(`^(?:属地|第一|直接)?${PART_WORD}`);

/**
 * Reads a blanket line's body (without its closing stop and remark) in the shapes above, or null.
 * Whether what stands as the units names units is the caller's to judge.
 */
export function readBlanketLine(body: string): BlanketReading | null {
  // Every shape names the items and what the units are or bear: the cheap tests spare other lines.
  if (body.length > 90 || !/任务|工作|措施|事项/.test(body) || !/[为是]|负有|承担|肩负|包|含/.test(body)) return null;
  for (const shape of SHAPES) {
    const m = shape.exec(body);
    const at = m?.indices?.groups;
    if (!m?.groups || !at?.units) continue;
    const labelAt = at.label ?? at.duty;
    if (!labelAt) continue;
    const label = m.groups.label;
    const role: Role = !label ? 'responsible' : LEAD_AT.test(label) ? 'lead' : PART_AT.test(label) ? 'participant' : 'responsible';
    return { units: at.units, label: labelAt, role, back: m.groups.back !== undefined };
  }
  return null;
}

/**
 * Reads a whole blanket line or sentence as written (its closing stops and remark, 不再一一列出, taken
 * off here): offsets are the sentence's own. Null for any other sentence.
 */
export function readBlanketSentence(sentence: string): BlanketReading | null {
  let end = sentence.length;
  while (end > 0 && /[\s。.;；]/.test(sentence[end - 1] as string)) end--;
  const start = sentence.length - sentence.trimStart().length;
  end -= remarkLength(sentence.slice(start, end));
  const reading = readBlanketLine(sentence.slice(start, end));
  if (!reading || start === 0) return reading;
  return { ...reading, units: [reading.units[0] + start, reading.units[1] + start], label: [reading.label[0] + start, reading.label[1] + start] };
}

/**
 * Where a line written in a blanket wording that points back at the items stands, when what it holds
 * as the units reads as none (以上任务全县上下均为责任主体，不再一一列出。: 全县上下 is no unit): from
 * its first character to its end before the closing stops, brackets left off (（以上任务…）), and where
 * those words stand. Such a line
 * gives no item its units, is no part of the last item's words, and is reported as unread. Null for
 * any other line, and for one whose units read (the outline reads it as a covering line).
 */
export function unreadBlanketLine(match: string): { line: [number, number]; units: [number, number] } | null {
  // Every such line is short and names what it covers: the cheap tests spare most items the shapes.
  if (match.length > 160 || !/以上|上述|前述/.test(match)) return null;
  let end = match.trimEnd().length;
  while (end > 0 && /[。.;；]/.test(match[end - 1] as string)) end--;
  let from = match.length - match.trimStart().length;
  if (match[from] === '(' && match[end - 1] === ')') [from, end] = [from + 1, end - 1];
  const reading = readBlanketSentence(match.slice(from, end));
  if (!reading?.back || plausibleUnits(match.slice(from + reading.units[0], from + reading.units[1]))) return null;
  return { line: [from, end], units: [from + reading.units[0], from + reading.units[1]] };
}
