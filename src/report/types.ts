import type { Diagnostic, Goal, Position, Severity } from '../model/types.js';

/**
 * The view data of `plan report`: what the page shows, worked out from the model, with every
 * piece of document text still raw (the renderer escapes it) and every element keeping its
 * position and the anchor it is shown under.
 */
export interface ReportView {
  /** The input as named (`-` for standard input). */
  source: string;
  header: HeaderCard;
  indicators: IndicatorSeries[];
  matrix: UnitMatrix;
  sections: TaskGroup[];
  findings: Finding[];
}

/** One line of the header card. */
export interface HeaderField {
  /** What the field is, for styling and tests: `documentNumber`, `issuer`, `writtenDate` … */
  key: string;
  /** The label shown (Chinese, as a notice names it). */
  label: string;
  value: string;
  position: Position | null;
}

export interface HeaderCard {
  anchor: string;
  /** The notice's title (or the plan's, or the file name when there is neither). */
  title: string;
  /** The plan's own title when the notice wraps one, e.g. 河东区科技创新三年行动计划(2020—2022年). */
  planTitle: string | null;
  fields: HeaderField[];
  /** Documents the notice repeals, as written. */
  supersedes: Array<{ raw: string; position: Position }>;
}

/** One year's value of an annex row. */
export interface SeriesPoint {
  year: number;
  value: number | null;
}

/**
 * How the text's goal and the annex row agree. `agree`: the row's value for the goal's year meets
 * the goal (equals it, or lies on the right side of a floor or ceiling, within a range);
 * `disagree`: it does not; `goal-only`: a goal with no annex row; `annex-only`:
 * an annex row no goal names; `no-value`: the row has no value for the goal's year.
 */
export type Agreement = 'agree' | 'disagree' | 'goal-only' | 'annex-only' | 'no-value';

/** An indicator with its yearly targets from the annex and its target in the text, side by side. */
export interface IndicatorSeries {
  anchor: string;
  indicator: string;
  unit: string | null;
  /** The annex row, when there is one. */
  annex: { label: string; number: string; indicator: string; position: Position } | null;
  /** The row's yearly values, in year order; empty for a goal without a row. */
  points: SeriesPoint[];
  /** The goal of the text that names this indicator, when there is one. */
  goal: Goal | null;
  /** The year the goal is compared at (its own year, or the table's last). */
  goalYear: number | null;
  agreement: Agreement;
  /** The annex's value at `goalYear`, when the two disagree. */
  annexValue: number | null;
}

export type MatrixRole = 'lead' | 'participant';

/** A unit in the matrix, in load order (the order of `plan query departments`). */
export interface MatrixUnit {
  /** A short id for the page (`u1` …), used by the matrix, the bars and the task filter. */
  key: string;
  /** The name the unit is written as most often. */
  name: string;
  /** Every spelling found. */
  names: string[];
  leadCount: number;
  joinCount: number;
  total: number;
  /** Position of the unit's first mention among the tasks (0-based), for sorting by document order. */
  firstMention: number;
}

export interface MatrixTask {
  anchor: string;
  id: string;
  number: string;
  title: string;
  section: string | null;
}

/** The department × task matrix: `roles[u][t]` is unit u's part in task t, or null. */
export interface UnitMatrix {
  units: MatrixUnit[];
  tasks: MatrixTask[];
  roles: Array<Array<MatrixRole | null>>;
}

export interface UnitRef {
  /** The matrix unit's key. */
  key: string;
  /** The name as the task writes it. */
  name: string;
}

export interface TaskEntry {
  anchor: string;
  id: string;
  number: string;
  label: string;
  title: string;
  /** The task's text after its title (the responsibility clause is not part of it). */
  text: string;
  lead: UnitRef[];
  participants: UnitRef[];
  /** The role labels as written (牵头单位, 配合单位 …), for the legend of each list. */
  leadLabel: string | null;
  participantLabel: string | null;
  /** When the task is due, as the notice writes it; null when it gives none. */
  deadline: string | null;
  position: Position;
}

export interface TaskGroup {
  /** Null for tasks outside any section. */
  anchor: string | null;
  number: string | null;
  label: string | null;
  title: string | null;
  tasks: TaskEntry[];
}

/** A validation finding with the place on the page it is about. */
export interface Finding {
  anchor: string;
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  /** The element of the page the finding is about, when one holds its place. */
  target: { anchor: string; label: string } | null;
  /** The source line around the place, cut to a readable length, with the marked part apart. */
  excerpt: { before: string; marked: string; after: string } | null;
}

/** What the report is built from. */
export interface ReportInput {
  /** The decoded input text the model's positions point into. */
  text: string;
  /** Validation findings (validateDocument), in any order. */
  findings: readonly Diagnostic[];
}
