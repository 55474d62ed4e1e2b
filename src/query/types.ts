import type { AnnexRow, Goal, Metadata, Position, Task } from '../model/types.js';
import type { Simplifier } from '../text/simplify.js';
import type { AliasTable } from './aliases.js';

/** What `plan query` lists. */
export type QueryKind = 'tasks' | 'departments' | 'goals' | 'annex' | 'metadata';
export const QUERY_KINDS: readonly QueryKind[] = ['tasks', 'departments', 'goals', 'annex', 'metadata'];

/** The part a unit plays in a task. */
export type TaskRole = 'lead' | 'participant';
export type RoleFilter = TaskRole | 'any';

export interface TaskFilters {
  /** A unit name: as written, in another width or traditional characters, or an alias. */
  dept?: string;
  /** With `dept`: only the tasks it leads, or only those it takes part in. */
  role?: RoleFilter;
  /** A section (the (一) groups) by number: `一`, `1`, `(一)`. */
  section?: string;
  /** Text the task's title or text contains, simplified or traditional. */
  grep?: string;
}

export interface QueryOptions {
  /** Other names of units: canonical name → names (`.planrc.json` `units.aliases`). */
  aliases?: AliasTable;
  /**
   * Traditional → simplified converter. By default it is loaded when the documents look
   * traditional, or when a name or text matches nothing without it; `null` never loads it.
   */
  simplify?: Simplifier | null;
  /**
   * Told what a caller should know about an answer beside its rows: a unit asked for by `dept`
   * that no task names but the notice names elsewhere (a safeguard's clause), so that the empty
   * answer is not taken for a misspelt name.
   */
  onNote?: (note: QueryNote) => void;
}

/** Something said about a query's answer, as data: what, where in which input. */
export interface QueryNote {
  ruleId: 'unit-outside-tasks';
  severity: 'info';
  /** For people: `"区委督查室" is named only in the safeguard （一）强化督查考核 (line 9)`. */
  message: string;
  /** The input the note is about. */
  source: string;
  position: Position;
  /** The unit's name as the input writes it. */
  unit: string;
}

/** A task of a document, with the file it comes from and, when asked about a unit, the unit's part. */
export interface TaskRow extends Task {
  source: string;
  role?: TaskRole;
}

/** A task named in the department matrix. */
export interface TaskRef {
  source: string;
  id: string;
  number: string;
  /**
   * Where the task is, when its number alone does not say: its labels from its section down
   * (（一）1（1）); otherwise its number.
   */
  where: string;
  title: string;
}

/** One unit's workload: the tasks it leads and those it joins. */
export interface DepartmentRow {
  /**
   * The name the unit is written as most often in the documents' tasks, all of them whatever the
   * filters count (see departmentRows); a kind of local unit (各乡镇) where only an addressee of two
   * kinds (各街道（乡镇）) names it.
   */
  unit: string;
  /** Every spelling of the unit found, as written. */
  names: string[];
  leadCount: number;
  joinCount: number;
  total: number;
  leads: TaskRef[];
  joins: TaskRef[];
}

export interface GoalRow extends Goal {
  source: string;
}

export interface AnnexTableRow extends AnnexRow {
  source: string;
  /** The annex the row belongs to. */
  annex: { label: string; title: string };
  /**
   * The caption of the table the row is in, when it is not the annex's first table (重点项目表 after
   * a yearly table): as written, or empty when the table has none. Absent for the first table.
   */
  caption?: string;
  /**
   * A text table's cells (a 重点任务分工表, an indicator list) keyed by their column header as
   * written (`牵头单位`, `完成时限`): the table's own columns, which `number`, `indicator` and `unit`
   * do not cover. Absent for a table of figures, whose `values` hold its columns.
   */
  columns?: Record<string, string>;
}

export interface MetadataRow extends Metadata {
  source: string;
}

export type QueryErrorCode = 'no-such-unit' | 'no-such-section' | 'bad-filter';

/**
 * A query that cannot be answered as asked: a unit or section the documents do not have (the
 * grep-like "nothing to find", exit 1) or a filter that makes no sense (a usage error).
 */
export class QueryError extends Error {
  override name = 'QueryError';
  constructor(
    readonly code: QueryErrorCode,
    message: string,
    /** What the user asked for (a unit name or section number). */
    readonly query: string = '',
    /** Close unit names the user may have meant, best first; for a section, the sections there are. */
    readonly suggestions: readonly string[] = [],
    /** For a bad-filter error, the filter at fault (the command line names its flag). */
    readonly filter?: keyof TaskFilters,
  ) {
    super(message);
  }
}
