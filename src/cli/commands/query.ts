import { InputError } from '../../io/errors.js';
import type { PlanDocument, SourceFormat } from '../../model/types.js';
import { loadUnitAliases } from '../unit-aliases.js';
import { queryAnnex } from '../../query/annex.js';
import { departmentLoad } from '../../query/departments.js';
import { FieldError, pickFields, selectFields } from '../../query/fields.js';
import { queryGoals } from '../../query/goals.js';
import { queryMetadata } from '../../query/metadata.js';
import { queryTasks } from '../../query/select-tasks.js';
import { QUERY_KINDS, QueryError, type QueryKind, type QueryOptions, type RoleFilter, type TaskFilters } from '../../query/types.js';
import { viewOf } from '../../query/views.js';
import { useColor } from '../../render/color.js';
import { oneLine } from '../../render/escape.js';
import { tabulate, transpose } from '../../render/tabular.js';
import { parseSize, UsageError } from '../main.js';
import { writeStderrLine, writeStdout } from '../output.js';
import { announceDecoding, decodingReport } from '../decoding-report.js';
import { unreadAnnexPlansNote } from '../unread-annex-plans.js';
import { readNotice } from '../read-notice.js';
import { expandCommandInputs, refuseStdinTwice, unreadableFolderMessage, unreadableInOrder, type UnreadableInput } from '../expand-inputs.js';

export type QueryFormat = 'table' | 'json' | 'csv' | 'tsv' | 'markdown';

export interface QueryCliOptions {
  dept?: string;
  role?: RoleFilter;
  section?: string;
  grep?: string;
  fields?: string;
  format?: QueryFormat;
  bom?: boolean;
  config?: string;
  from?: SourceFormat | 'auto';
  encoding?: string;
  maxSize?: string;
}

/** The filters each kind of query takes; any other is a usage error rather than silently ignored. */
const FILTERS: Record<QueryKind, ReadonlyArray<keyof TaskFilters>> = {
  tasks: ['dept', 'role', 'section', 'grep'],
  departments: ['dept', 'role', 'section', 'grep'],
  goals: ['grep'],
  annex: ['grep'],
  metadata: [],
};

/** `plan query <input…> <kind>`: the inputs, then what to list. */
export function splitArguments(args: readonly string[]): { inputs: string[]; kind: QueryKind } {
  const kind = args[args.length - 1];
  const kinds = QUERY_KINDS.join(', ');
  if (args.length === 1 && QUERY_KINDS.includes(kind as QueryKind)) {
    throw new UsageError(`query: name the notices to read before "${kind}"; e.g. plan query notice.txt ${kind}`);
  }
  if (args.length < 2 || !QUERY_KINDS.includes(kind as QueryKind)) {
    const got = kind === undefined ? '' : ` (got "${oneLine(kind)}")`;
    throw new UsageError(`query: name the inputs, then what to list: ${kinds}${got}; e.g. plan query notice.txt tasks`);
  }
  return { inputs: args.slice(0, -1), kind: kind as QueryKind };
}

export async function runQueryCommand(args: string[], opts: QueryCliOptions): Promise<void> {
  const { inputs: named, kind } = splitArguments(args);
  refuseStdinTwice(named);
  const filters: TaskFilters = { dept: opts.dept, role: opts.role === 'any' ? undefined : opts.role, section: opts.section, grep: opts.grep };
  for (const name of ['dept', 'role', 'section', 'grep'] as const) {
    // An empty filter would match nothing (or everything): a slip of the shell, not a question.
    if (filters[name] !== undefined && filters[name]!.trim() === '') throw new UsageError(`--${name}: give a value, not an empty one`);
    if (filters[name] !== undefined && !FILTERS[kind].includes(name)) {
      throw new UsageError(`--${name} does not apply to ${kind}${FILTERS[kind].length ? ` (it takes ${FILTERS[kind].map((f) => `--${f}`).join(', ')})` : ''}`);
    }
  }
  const format: QueryFormat = opts.format ?? (process.stdout.isTTY ? 'table' : 'tsv');
  if (opts.bom && format !== 'csv' && format !== 'tsv') throw new UsageError('--bom is for --format csv or tsv');

  // A directory or a quoted glob names the notices in it, as for parse and validate.
  const { inputs, unreadable } = await expandCommandInputs(named);
  const { docs, failed } = await parseInputs(inputs, unreadable, opts);
  if (docs.length === 0) {
    process.exitCode = 2;
    return;
  }
  const aliases = await loadUnitAliases(inputs, opts.config);

  // A usage error (a field the rows do not have) comes before any answer.
  const view = viewOf(kind, { docs, dept: filters.dept !== undefined });
  let fields: string[];
  try {
    fields = selectFields(opts.fields, view.fields, view.defaults);
  } catch (error) {
    // The valid fields include annex column headers: document text, so made safe to print.
    if (error instanceof FieldError) throw new UsageError(oneLine(`--fields: ${error.message}`));
    throw error;
  }

  let rows: unknown[];
  try {
    // A note (a unit named only outside the tasks) explains an empty answer; it is no error.
    rows = await runKind(kind, docs, filters, { aliases, onNote: (note) => writeStderrLine(oneLine(`plan: ${note.source}: ${note.message}`)) });
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    if (error.code === 'bad-filter') throw new UsageError(oneLine(badFilterMessage(error)));
    // Like grep: nothing to find is exit 1, with a hint on stderr and nothing on stdout.
    writeStderrLine(`plan: ${notFoundMessage(error, docs)}`);
    process.exitCode = failed ? 2 : 1;
    return;
  }

  await writeStdout(await render(rows, { format, fields, picked: opts.fields !== undefined, single: kind === 'metadata' && docs.length === 1, bom: opts.bom, view }));
  // A section there is that holds no tasks (三、保障措施) answers with no rows, as a unit that leads
  // nothing does; said on stderr so that it reads as the notice's, not as a filter gone wrong.
  if (rows.length === 0 && filters.section !== undefined && (kind === 'tasks' || kind === 'departments')) {
    const bare = await queryTasks(docs, { section: filters.section }, { aliases });
    if (bare.length === 0) writeStderrLine(oneLine(`plan: section ${filters.section}${docs.length === 1 ? ` in ${docs[0]?.source.name}` : ''} holds no tasks`));
  }
  if (failed) process.exitCode = 2;
}

function runKind(kind: QueryKind, docs: PlanDocument[], filters: TaskFilters, options: QueryOptions): Promise<unknown[]> | unknown[] {
  switch (kind) {
    case 'tasks':
      return queryTasks(docs, filters, options);
    case 'departments':
      return departmentLoad(docs, filters, options);
    case 'goals':
      return queryGoals(docs, filters, options);
    case 'annex':
      return queryAnnex(docs, filters, options);
    case 'metadata':
      return queryMetadata(docs);
  }
}

interface RenderOptions {
  format: QueryFormat;
  fields: string[];
  /** Whether the user chose the fields (JSON then keeps only those). */
  picked: boolean;
  /** One document's header: a table turns it on its side. JSON stays an array, one row per input, as for every kind. */
  single: boolean;
  bom: boolean | undefined;
  view: ReturnType<typeof viewOf>;
}

async function render(rows: unknown[], o: RenderOptions): Promise<string> {
  if (o.format === 'json') {
    const out = o.picked ? rows.map((row) => pickFields(row, o.fields)) : rows;
    return `${JSON.stringify(out, null, 2)}\n`;
  }
  const marked = o.format === 'table' || o.format === 'markdown';
  let tab = tabulate(rows, o.fields, o.view, marked);
  // One document's header reads as a list of fields, not a table one row high and very wide.
  if (marked && o.single) tab = transpose(tab);
  switch (o.format) {
    case 'table': {
      const { renderTable } = await import('../../render/table.js');
      // A terminal that reports no size (0 columns) is taken as unlimited, as is a pipe without COLUMNS.
      const width = (process.stdout.isTTY && process.stdout.columns) || Number(process.env.COLUMNS) || undefined;
      return renderTable(tab, { color: useColor(process.stdout), width });
    }
    case 'csv': {
      const { renderCsv } = await import('../../render/csv.js');
      return renderCsv(tab, { bom: o.bom });
    }
    case 'tsv': {
      const { renderTsv } = await import('../../render/tsv.js');
      return renderTsv(tab, { bom: o.bom });
    }
    case 'markdown': {
      const { renderMarkdownTable } = await import('../../render/markdown-table.js');
      return renderMarkdownTable(tab);
    }
  }
}

/** A filter's fault in the command line's words: its flag (--section: …, --role lead needs --dept), not the library's option. */
function badFilterMessage(error: QueryError): string {
  if (error.filter === 'role') return `--role ${error.query} needs --dept: whose role?`;
  return error.message.replace(/^filters\.(\w+):/, '--$1:');
}

/** `no unit "区科技" in a.txt; did you mean 区科技局?` */
export function notFoundMessage(error: QueryError, docs: readonly PlanDocument[]): string {
  const where = docs.length === 1 ? ` in ${docs[0]?.source.name}` : ' in any input';
  let hint = '';
  if (error.code === 'no-such-unit') {
    hint = tableNaming(error.query, docs) ?? (error.suggestions.length ? `; did you mean ${orList(error.suggestions)}?` : (boxNaming(error.query, docs) ?? ' (plan query … departments lists the units)'));
  }
  if (error.code === 'no-such-section') hint = error.suggestions.length ? `; its sections are ${error.suggestions.join(', ')}` : '; its tasks are not grouped in sections';
  return oneLine(`${error.message}${where}${hint}`);
}

/**
 * Where a unit no task names is named in a 专栏 box's lines (a list of projects, each with its units):
 * the box is text, not tasks, so the unit is found there and said so rather than not at all.
 */
function boxNaming(name: string, docs: readonly PlanDocument[]): string | null {
  for (const doc of docs) {
    const box = doc.plan?.boxes?.find((b) => b.text.includes(name));
    if (box) return ` (it is named only in the lines of ${box.label}, which are the box's text, not tasks)`;
  }
  return null;
}

/**
 * Where a unit no task names is named in a row of a table that stays a table (an annex's task
 * table whose rows the text neither restates nor points to, a project list): found there and said
 * so, with the line, rather than not at all. Asked of the exact name as written in a cell.
 */
function tableNaming(name: string, docs: readonly PlanDocument[]): string | null {
  const wanted = name.trim();
  if (!wanted) return null;
  for (const doc of docs) {
    const tables = [
      ...doc.annexes.flatMap((a) => (a.table ? [{ where: a.label || 'an annex', table: a.table }] : [])),
      ...(doc.tables ?? []).map((t) => ({ where: t.caption ?? t.path[0] ?? 'the text', table: t.table })),
    ];
    for (const { where, table } of tables) {
      for (const row of table.rows) {
        const k = row.cells.findIndex((c) => c.split(/[、，,；;\s]+/).some((u) => u === wanted));
        if (k < 0) continue;
        const line = row.cellStarts?.[k]?.line ?? row.position.start.line;
        return ` (it is named only in the table of ${where}, line ${line}, whose rows are not read as tasks)`;
      }
    }
  }
  return null;
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/**
 * Parses every input; with several, one that fails is reported and the rest still answer, as they
 * do when a folder could not be listed (reported in its place among them).
 */
async function parseInputs(inputs: string[], unreadable: readonly UnreadableInput[], opts: QueryCliOptions): Promise<{ docs: PlanDocument[]; failed: number }> {
  const maxBytes = parseSize(opts.maxSize ?? '64M');
  const docs: PlanDocument[] = [];
  let failed = 0;
  const unreadableDue = unreadableInOrder(unreadable);
  const reportUnreadable = (before: number): void => {
    for (const folder of unreadableDue(before)) {
      failed++;
      writeStderrLine(`plan: ${unreadableFolderMessage(folder)}`);
    }
  };
  for (const [index, input] of inputs.entries()) {
    reportUnreadable(index);
    try {
      const doc = await readNotice(input, { format: opts.from ?? 'auto', encoding: opts.encoding ?? 'auto', maxBytes });
      // Rows read from text that may be mis-decoded must not pass silently (exit 1, as parse).
      announceDecoding(decodingReport(doc, opts.encoding !== undefined && opts.encoding !== 'auto'));
      // So must a plan in an annex whose tasks the answer cannot hold; the answer stands (exit unchanged).
      const unread = unreadAnnexPlansNote(doc);
      if (unread) writeStderrLine(`plan: ${unread}`);
      docs.push(doc);
    } catch (error) {
      if ((inputs.length === 1 && unreadable.length === 0) || !(error instanceof InputError)) throw error;
      failed++;
      writeStderrLine(`plan: ${error.message}`);
    }
  }
  reportUnreadable(Infinity);
  return { docs, failed };
}
