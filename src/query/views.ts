import type { PlanDocument } from '../model/types.js';
import { annexTables, annexTextColumns, annexValueColumns } from './annex.js';
import { flatValue, positionFields } from './fields.js';
import type { QueryKind, TaskRef } from './types.js';
import { CHINESE_NUMERAL_CHARS, parseNumeral } from '../text/chinese-numeral.js';

/** Which role a column or cell speaks of, so renderers can mark and colour it. */
export type Tone = 'lead' | 'participant';

/** How the rows of one kind of query are shown in flat formats. */
export interface View {
  /** Every field `--fields` accepts. */
  fields: string[];
  /** The fields shown when none are asked for. */
  defaults: string[];
  /**
   * The column header of a field: for programs (CSV, TSV) the field name itself, so a header can
   * be given back to --fields; for people a shorter one where it helps (`2020` for `values.2020`).
   */
  header(field: string, human: boolean): string;
  /** The tone of a column (every cell of it), if any. */
  columnTone(field: string): Tone | undefined;
  /** The text of one cell; `human` for tables and Markdown read by people, not programs. */
  cell(row: unknown, field: string, value: unknown, human: boolean): string;
  /** The tone of one cell whose column has none (the role column of tasks). */
  cellTone(field: string, value: unknown): Tone | undefined;
}

export interface ViewContext {
  docs: readonly PlanDocument[];
  /** Whether the query names a unit (tasks then have a `role`). */
  dept: boolean;
}

const TASK_FIELDS = [
  'source', 'role', 'id', 'number', 'label', 'path', 'title', 'text',
  'section', 'section.number', 'section.title', 'lead', 'participants', 'roles', 'deadline', 'contacts',
  ...positionFields('position'),
];
const GOAL_FIELDS = [
  'source', 'indicator', 'value', 'upTo', 'raw', 'unit', 'qualifier', 'comparison', 'year', 'relative', 'baseYear', 'partOf', 'sentence',
  ...positionFields('position'),
];
const DEPARTMENT_FIELDS = ['unit', 'names', 'leadCount', 'joinCount', 'total', 'leads', 'joins'];
const METADATA_FIELDS = [
  'source', 'title', 'indexNumber', 'issuer', 'documentNumber', 'documentNumber.raw', 'documentNumber.agency',
  'documentNumber.year', 'documentNumber.serial', 'subject', 'writtenDate', 'publishedDate', 'validity', 'keywords', 'category',
];

const TONES: Partial<Record<string, Tone>> = {
  lead: 'lead',
  leadCount: 'lead',
  leads: 'lead',
  participants: 'participant',
  joinCount: 'participant',
  joins: 'participant',
};

/** The view of a kind of query over the given documents. */
export function viewOf(kind: QueryKind, context: ViewContext): View {
  const multi = context.docs.length > 1;
  const withSource = (fields: string[]): string[] => (multi ? ['source', ...fields] : fields);
  const base = {
    header: (field: string, _human: boolean) => field,
    columnTone: (field: string) => TONES[field],
    cell: (_row: unknown, _field: string, value: unknown, _human: boolean) => flatValue(value),
    cellTone: (field: string, value: unknown): Tone | undefined => (field === 'role' && (value === 'lead' || value === 'participant') ? value : undefined),
  };
  switch (kind) {
    case 'tasks': {
      // Deadlines are shown when the notices give any; most give none, and an empty column is noise.
      const due = context.docs.some((doc) => doc.plan?.tasks.some((t) => t.deadline));
      // So are the people to call, for the unit that leads a task to find them beside it.
      const named = context.docs.some((doc) => doc.plan?.tasks.some((t) => t.contacts?.length));
      return {
        ...base,
        fields: TASK_FIELDS,
        defaults: withSource([...(context.dept ? ['role'] : []), 'number', 'section.number', 'title', 'lead', 'participants', ...(due ? ['deadline'] : []), ...(named ? ['contacts'] : [])]),
        header: (field, human) => (human && field === 'section.number' ? 'section' : field),
        cell: (_row, field, value) => {
          // Outline labels carry their own punctuation: 二、(一)1. A label without any (a task
          // table's row numbers, 1 over 1) is set apart from the next one.
          if (field === 'path' && Array.isArray(value)) return value.map(String).reduce((out, label, i, all) => out + (i > 0 && !/[、.．)）〕\]】]$/.test(all[i - 1] as string) ? ' › ' : '') + label, '');
          // A contact may itself be written with 、 (王芳、138…): contacts are set apart with ; .
          if (field === 'contacts' && Array.isArray(value)) return value.map(flatValue).join('; ');
          return flatValue(value);
        },
      };
    }
    case 'departments':
      return {
        ...base,
        fields: DEPARTMENT_FIELDS,
        defaults: ['unit', 'leadCount', 'joinCount', 'total', 'leads', 'joins'],
        cell: (_row, field, value, human) => (field === 'leads' || field === 'joins' ? taskNumbers(value as TaskRef[], multi, human) : flatValue(value)),
      };
    case 'goals': {
      // A value alone reads as an exact target. Where a goal gives a range (控制在4.5%—5%: 4.5 up
      // to 5) its upper end is shown; where one is bounded by its verb alone (下降至25%: at most 25),
      // with no qualifying word nor range to say so, the comparison of every goal is.
      const goals = context.docs.flatMap((doc) => doc.plan?.goals ?? []);
      const ranged = goals.some((g) => g.upTo !== undefined);
      const bounded = goals.some((g) => g.comparison !== 'equal' && !g.qualifier && g.upTo === undefined);
      return {
        ...base,
        fields: GOAL_FIELDS,
        defaults: withSource(['indicator', 'value', ...(ranged ? ['upTo'] : []), 'unit', 'qualifier', ...(bounded ? ['comparison'] : []), 'year']),
      };
    }
    case 'annex': {
      const years = annexValueColumns(context.docs).map((column) => `values.${column}`);
      const own = annexTextColumns(context.docs).map((column) => `columns.${column}`);
      const tables = context.docs.flatMap(annexTables);
      const annexes = tables.length;
      const textTables = tables.filter((t) => t.table.kind === 'text').length;
      const captioned = tables.some((t) => t.caption !== null);
      // A table of figures reads as indicator, unit and years, then its columns of words (责任单位,
      // 备注); a table of text (a 重点任务分工表) by its own columns, whose 牵头单位 and 完成时限 those
      // would hide. Beside a table of figures, a text table adds only the columns that number and
      // indicator do not already show.
      const figures = textTables === 0 || annexes > textTables;
      const shown = figures ? annexTextColumns(context.docs, true).map((column) => `columns.${column}`) : own;
      return {
        ...base,
        fields: ['source', 'annex', 'annex.label', 'annex.title', 'caption', 'number', 'indicator', 'unit', 'values', ...years, 'spans', 'cells', 'columns', ...own, ...positionFields('position')],
        defaults: withSource([...(annexes > 1 ? ['annex.label'] : []), ...(captioned ? ['caption'] : []), ...(figures ? ['number', 'indicator', 'unit', ...years] : []), ...shown]),
        // People see a yearly table's years (2020, 2021, …) and a text table's headers (牵头单位) as column headers.
        header: (field, human) => (human && field.startsWith('values.') ? field.slice('values.'.length) : human && field.startsWith('columns.') ? field.slice('columns.'.length) : field),
        // A cell's own text may list units with 、, so the cells of a row are joined with a mark no cell uses.
        cell: (row, field, value, human) => {
          if (field === 'cells' && Array.isArray(value)) return value.map(flatValue).join(' | ');
          if (field === 'columns' && value !== null && typeof value === 'object') return Object.values(value).map(flatValue).join(' | ');
          // A cell merged over several years is kept at its first: the years it covers said beside it.
          if (field === 'spans' && value !== null && typeof value === 'object') return Object.values(value as Record<string, string[]>).map(spanText).join('; ');
          const span = human && field.startsWith('values.') ? (row as { spans?: Record<string, string[]> }).spans?.[field.slice('values.'.length)] : undefined;
          if (span && span.length > 1) return `${flatValue(value)} (${spanText(span)})`.trim();
          return flatValue(value);
        },
      };
    }
    case 'metadata':
      return {
        ...base,
        fields: METADATA_FIELDS,
        defaults: withSource(['title', 'documentNumber', 'issuer', 'indexNumber', 'subject', 'writtenDate', 'publishedDate', 'validity']),
      };
  }
}

/**
 * Task numbers for a cell of the matrix: `1、2、4、5、6`, or where the tasks are when their numbers
 * repeat (`（一）1（1）、（二）1`); with several files, grouped by file:
 * `a.txt: 1、2; b.txt: 3`. For people, runs of three or more consecutive numbers of one style
 * under the same labels shorten to a range: `1、2、4–6`, `（一）–（三）`, `一–三`, `一（一）–一（三）`.
 */
/** The columns a merged cell covers, first to last: `2023–2025`. */
function spanText(keys: readonly string[]): string {
  return keys.length > 1 ? `${keys[0]}–${keys[keys.length - 1]}` : (keys[0] ?? '');
}

function taskNumbers(refs: readonly TaskRef[], multi: boolean, human: boolean): string {
  const groups: Array<{ source: string; numbers: string[] }> = [];
  for (let i = 0; i < refs.length; ) {
    let j = i;
    while (human && j + 1 < refs.length && follows(refs[j] as TaskRef, refs[j + 1] as TaskRef)) j++;
    const first = refs[i] as TaskRef;
    const number = j - i >= 2 ? `${first.where}–${(refs[j] as TaskRef).where}` : first.where;
    const group = groups[groups.length - 1];
    if (group && group.source === first.source) group.numbers.push(number);
    else groups.push({ source: first.source, numbers: [number] });
    i = j - i >= 2 ? j + 1 : i + 1;
  }
  return groups.map((g) => (multi ? `${g.source}: ${g.numbers.join('、')}` : g.numbers.join('、'))).join('; ');
}

/**
 * Whether task `b` is numbered right after task `a` in the same file, under the same labels and in
 * the same style (3 → 4, （二） → （三）, 一（二） → 一（三）, 二.1 → 二.2).
 */
function follows(a: TaskRef, b: TaskRef): boolean {
  if (a.source !== b.source) return false;
  const x = lastNumber(a.where);
  const y = lastNumber(b.where);
  return x !== null && y !== null && x.stem === y.stem && x.style === y.style && y.value === x.value + 1;
}

/**
 * The last label of a task's place, Arabic or Chinese, bare or bracketed (3, 三, （三）, (3)), after
 * the labels above it (its stem: 一 of 一（三）, 二. of 二.1), and how it is written: a run shortens
 * only within one style under one stem, so （一）、（二）、（三） gives （一）–（三） but 3 and （四） stay apart.
 */
const LAST_NUMBER = new RegExp(`^(.*?)([（(]?)([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)([）)]?)$`);

function lastNumber(where: string): { stem: string; value: number; style: string } | null {
  const m = LAST_NUMBER.exec(where);
  if (!m) return null;
  const [, stem = '', open = '', digits = '', close = ''] = m;
  if ((open === '') !== (close === '')) return null;
  const value = parseNumeral(digits);
  return value === null ? null : { stem, value, style: `${open}${/^[0-9]/.test(digits) ? '0' : '一'}${close}` };
}
