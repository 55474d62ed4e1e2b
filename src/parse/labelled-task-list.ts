import type { Marker } from '../text/markers.js';
import type { Item } from './context.js';

/**
 * A task list written as labelled lines, one record per task, as a table row would be laid out:
 *
 *     序号：1
 *     工作任务：深化“一网通办”改革
 *     工作措施：推动高频政务服务事项“掌上办”。
 *     责任单位：区政务服务办
 *     完成时限：2025年6月底
 *
 * Each 序号：N opens a task numbered N. Its units and deadline are clause lines, read as under any
 * item; the fields below name its title and its text.
 */

/** 序号：1 alone on its line (folded text: the colon is half-width). */
const RECORD_NUMBER = /^\s*序号\s*:\s*(\d{1,3})\s*[。.;；]?\s*$/;

/** The labels of a record's fields: what the task is (its title) and how it is done (its text). */
const FIELD = /^\s*(工作任务|重点任务|主要任务|具体任务|任务名称|任务事项|工作内容|任务|工作措施|具体措施|主要措施|工作举措|具体举措)\s*:\s*/;
const MEASURE_LABEL = /措施|举措/;

export type RecordField = { kind: 'task' | 'measure'; value: string };

/** The field a line of a record gives (工作任务：… / 工作措施：…), with its value as written. */
export function recordField(item: Item): RecordField | null {
  const m = FIELD.exec(item.match);
  if (!m) return null;
  const value = item.text.slice(m[0].length).trim();
  if (value.length === 0) return null;
  return { kind: MEASURE_LABEL.test(m[1] as string) ? 'measure' : 'task', value };
}

/**
 * The marker of a line 序号：N that opens a record: only when the line after it is one of the
 * record's fields, since a lone 序号 line could be a table's header flattened into lines.
 */
export function recordMarker(item: Item, next: Item | undefined): Marker | null {
  const m = RECORD_NUMBER.exec(item.match);
  if (!m || !next || !recordField(next)) return null;
  const number = m[1] as string;
  return { kind: 'arabic', number, ordinal: Number(number), label: item.text.trim(), length: item.text.length };
}
