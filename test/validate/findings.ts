import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/types.js';
import { parseLoaded, parseNotice } from '../../src/parse/parse-notice.js';
import { loadSource } from '../../src/source/load-source.js';
import { validateDocument, type ValidateOptions } from '../../src/validate/validate.js';

/**
 * A small, complete and correct notice (fixtures/validate/base-notice.txt): header, notice, a
 * plan with goals and tasks, and a yearly annex. Rule tests change a line or two of it to make
 * the case each one shows, and give positions by its line numbers.
 */
export const BASE_NOTICE = readFileSync(new URL('../../fixtures/validate/base-notice.txt', import.meta.url), 'utf8');

/** The base notice with whole lines replaced: `{ 30: 'new text of line 30' }`. */
export function withLines(changes: Record<number, string>, text = BASE_NOTICE): string {
  const lines = text.split('\n');
  for (const [line, replacement] of Object.entries(changes)) lines[Number(line) - 1] = replacement;
  return lines.join('\n');
}

/** Parses a notice written inline and validates it. */
export async function validateText(text: string, options: ValidateOptions = {}): Promise<Diagnostic[]> {
  const doc = await parseNotice(text, { name: 'inline.txt' });
  return validateDocument(doc, text, options);
}

/**
 * A small HTML notice whose tasks are the rows of a task table (fixtures/validate/task-table.html):
 * 序号 1–3, each with a 牵头单位 and a 配合单位 cell.
 */
export const TASK_TABLE_HTML = readFileSync(new URL('../../fixtures/validate/task-table.html', import.meta.url), 'utf8');

/** One rule's findings (`line:column severity`) on an HTML page, read as `plan validate` reads it. */
export async function htmlFindings(ruleId: string, html: string): Promise<string[]> {
  const source = await loadSource(new TextEncoder().encode(html), { name: 'inline.html' });
  const all = validateDocument(await parseLoaded(source), source);
  return all.filter((d) => d.ruleId === ruleId).map((d) => `${d.line}:${d.column} ${d.severity}`);
}

/** One rule's findings on a text, as `line:column severity` strings, in order. */
export async function findings(ruleId: string, text: string, options: ValidateOptions = {}): Promise<string[]> {
  const all = await validateText(text, options);
  return all.filter((d) => d.ruleId === ruleId).map((d) => `${d.line}:${d.column} ${d.severity}`);
}

/** One rule's messages on a text. */
export async function messages(ruleId: string, text: string, options: ValidateOptions = {}): Promise<string[]> {
  const all = await validateText(text, options);
  return all.filter((d) => d.ruleId === ruleId).map((d) => d.message);
}

/** A named text a rule accepts. */
export type ValidCase = [name: string, text: string];
/** A named text and the findings (`line:column severity`) the rule must report on it. */
export type InvalidCase = [name: string, text: string, expected: string[]];

/** A rule's table of valid and invalid examples, one test each (call inside `describe`). */
export function ruleTable(ruleId: string, valid: readonly ValidCase[], invalid: readonly InvalidCase[]): void {
  it.each(valid)('should accept %s', async (_name, text) => {
    expect(await findings(ruleId, text)).toEqual([]);
  });
  it.each(invalid)('should report %s', async (_name, text, expected) => {
    expect(await findings(ruleId, text)).toEqual(expected);
  });
}

/**
 * The base notice with its yearly annex replaced by a 重点任务分工表 that restates its three tasks
 * (line 40 the header 序号 | 重点任务 | 牵头单位 | 配合单位, tab-separated; rows from line 41): a
 * task table beside the text's own tasks. `rows` are the cells of each row, tab-joined here.
 */
export function withTaskAnnex(rows: ReadonlyArray<readonly string[]>, columns: readonly string[] = ['序号', '重点任务', '牵头单位', '配合单位']): string {
  const head = BASE_NOTICE.split('\n').slice(0, 35);
  return [...head, '附件', '', '重点任务分工表', '', columns.join('\t'), ...rows.map((r) => r.join('\t')), ''].join('\n');
}

/** The three rows of withTaskAnnex that agree with the text's tasks. */
export const TASK_ANNEX_ROWS: ReadonlyArray<readonly string[]> = [
  ['1', '建设算力中心', '区科技局', '区财政局、区发展改革委'],
  ['2', '推进基站覆盖', '区工信局', '区财政局'],
  ['3', '培育数字企业', '区商务局', '区科技局'],
];
