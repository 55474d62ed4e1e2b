import type { AliasTable } from '../query/aliases.js';

/**
 * The result of comparing two PlanDocuments: what `plan diff --format json` prints and every diff
 * renderer reads. Names and meanings are a contract (DESIGN.md §4, README "plan diff").
 */
import type { AnnexRow, Attachment, Box, Footnote, Goal, MetadataValues, Notice, Part, Period, Position, Safeguard, Section, Task, TextNode } from '../model/types.js';

/**
 * What kind of element changed. `plan` (its preamble and closing statements), `part` (一、二、…),
 * `article` (第N条, compared when a document has no tasks), `unit` (a unit respelled) and `table` (a
 * table in the plan's text, 表1 年度目标, as opposed to one in an annex) extend the contract's list, and
 * so does `unparsed`: text the parse placed in no element, which a diff must not pass over in silence.
 */
export type ChangeKind = 'metadata' | 'notice' | 'plan' | 'part' | 'section' | 'goal' | 'task' | 'safeguard' | 'box' | 'table' | 'annex' | 'article' | 'unit' | 'unparsed';

/**
 * How it changed. `moved`: the same content in another group (section); `renumbered`: the same
 * content and group under another number. An element whose content changed is `modified`, and its
 * `fields` also name `number` and `section` when those changed too. `respelled` (kind `unit`
 * only): a unit written another way that names the same unit (区发改委 → 区发展改革委); no unit's
 * responsibility changed, so it does not count as a difference for `--exit-code`.
 */
export type ChangeOp = 'added' | 'removed' | 'modified' | 'moved' | 'renumbered' | 'respelled';

export const CHANGE_OPS: readonly ChangeOp[] = ['added', 'removed', 'modified', 'moved', 'renumbered', 'respelled'];

/** The ops that are differences of substance: all but a unit's respelling. */
export function isDifference(change: Pick<Change, 'op'>): boolean {
  return change.op !== 'respelled';
}

/** One run of a word-level redline: text both versions share, or text only the old / new one has. */
export interface RedlineSegment {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** A changed field: its old and new value; lists also say what was added and removed. */
export interface FieldChange {
  old: unknown;
  new: unknown;
  added?: string[];
  removed?: string[];
  /** For prose (titles, task text): old → new as a word-level redline. */
  redline?: RedlineSegment[];
  /**
   * For a table row's cell (`values.2025`, `cells.备注`): `added` when only the new version of the
   * table has its column, `removed` when only the old one does. The missing side (`old` or `new`)
   * is then null because there was no cell, not because a figure was blanked or filled in.
   */
  columnChange?: 'added' | 'removed';
  /**
   * For a goal's figure written in another scale of its unit in each version (8000个 → 1万个): the
   * unit `old` and `new` are both counted in (the finer of the two, 个), so the figures compare as
   * numbers (8000 → 10000), and `written` the figure as each version writes it.
   */
  unit?: string;
  written?: { old: string; new: string };
}

/**
 * One year's figure that changed: a goal's target for that year, or a yearly annex table's cell.
 * `old` is null for a year only the new version has a figure for, `new` for one it dropped.
 */
export interface YearChange {
  year: number;
  old: number | null;
  new: number | null;
}

/** An annex (its table as a whole), for changes to its title, columns or text, or an annex added or removed. */
export interface AnnexEntity {
  label: string;
  title: string;
  columns: string[];
  /** Its paragraphs outside the table's cells and the notes under its table, one a line ('' for none). */
  text: string;
  position: Position;
}

/** A stretch of text the parse placed in no element (the model's `unparsed`), as the diff compares it. */
export interface UnparsedEntity {
  text: string;
  position: Position;
}

/** A row of an annex table, with the title of the annex it belongs to. */
export type AnnexRowEntity = AnnexRow & { annex: string };

/** A table in the plan's text (not in an annex), for changes to its caption or columns, or a table added or removed. */
export interface TableEntity {
  /** `表1 年度目标` as written, or null for a table without one. */
  caption: string | null;
  /** Labels of the outline items it stands in, outermost first. */
  path: string[];
  columns: string[];
  position: Position;
}

/** A row of a table in the plan's text, with the caption of its table (null: the table has none). */
export type TableRowEntity = AnnexRow & { table: string | null };

/** A regulation article (第N条) with the text of all its items. */
export interface ArticleEntity {
  number: string;
  label: string;
  title: string;
  text: string;
  /** The chapter it stands in, as written (`第二章 申领与使用`), or null. */
  chapter: string | null;
  position: Position;
  /** Where its chapter starts, for pairing chapters while comparing; not part of the output. */
  chapterOffset?: number;
}

/**
 * A part (一、) or group of tasks ((一)) with its `text`: the prose under its heading that no task,
 * safeguard or group of its own holds (一、总体要求's 指导思想 and 工作目标 paragraphs).
 */
export type HeadingEntity = (Part | Section) & { text: string };

/** A plan's own text outside its items, as the `plan` change shows it. */
export interface PlanTextEntity {
  title: string;
  /** The years the plan covers, from its title. */
  period: Period;
  preamble: TextNode[];
  closing: TextNode[];
  /** Its notes (①…), each with its mark. */
  footnotes: Footnote[];
  /** The files it lists as its own 附件. */
  attachments: Attachment[];
  position: Position | null;
}

/** A task that kept its content but not its id: its number and title now, and its old and new id. */
export interface IdChange {
  number: string;
  title: string;
  old: string;
  new: string;
}

/**
 * The header's values, as a change of kind `metadata` carries them. A header added or removed
 * also says where that version gives them (its header, or the first line of the text stating one).
 */
export type MetadataEntity = MetadataValues & { position?: Position };

/** A unit's name as one version writes it, for a unit respelled. */
export interface UnitEntity {
  name: string;
}

/** Where a respelled unit stands in the new version: an element and the field that lists it. */
export interface UnitPlace {
  kind: ChangeKind;
  /** For a table's row (`cells.责任单位`): `row`, as the change of a row says. */
  element?: Change['element'];
  /** The task's id. */
  id?: string;
  number: string;
  title: string;
  /** `lead` or `participants`, or a row's `cells.<column>`. */
  field: string;
  line: number;
}

export type DiffEntity =
  | UnitEntity
  | MetadataEntity
  | Notice
  | PlanTextEntity
  | HeadingEntity
  | Goal
  | Task
  | Safeguard
  | Box
  | AnnexEntity
  | UnparsedEntity
  | AnnexRowEntity
  | TableEntity
  | TableRowEntity
  | ArticleEntity;

export interface Change {
  kind: ChangeKind;
  op: ChangeOp;
  /** For tasks: the task's stable id (the new one when the task was retitled; `old.id` has the old one). */
  id?: string;
  /**
   * For tasks whose number alone does not tell them apart (1（2） in a plan whose items restart at
   * （1）): where the task stands in each version as `plan query` names it, its labels from its group
   * down. Absent where the number says it.
   */
  places?: { old: string | null; new: string | null };
  /** For annex and table changes: whether the annex (or table) as a whole or one of its rows changed. */
  element?: 'annex' | 'table' | 'row';
  old: DiffEntity | null;
  new: DiffEntity | null;
  /** The fields that changed (for `modified`, `moved`, `renumbered`). */
  fields?: Record<string, FieldChange>;
  /**
   * For goals and rows of yearly tables (annex or text) whose figures changed: each year's old and new
   * figure, in year order, so that a goal set for several years says which year's target moved.
   */
  years?: YearChange[];
  /** For a unit respelled: each element (and its field) that writes the unit the new way. */
  where?: UnitPlace[];
  /**
   * For a task added or removed whose title other tasks share: those of them whose id changed
   * because it came or went (ids of tasks sharing a title carry their group's hash, and a title
   * left alone loses it), so a reader can follow them; the tasks themselves may be unchanged.
   */
  idsChanged?: IdChange[];
  /**
   * For goals: the word that sets the target beside another for the same indicator and year (力争,
   * 争取: a stretch; 确保: a floor), as the new version writes it (the old one, for a removal);
   * absent for a plain target. With the indicator and year it names the goal, in every format
   * (`goal 全区高新技术企业 2025年 (力争)`), the same in both revisions.
   */
  stretch?: string;
  /**
   * For a goal of the text that a table in the plan's text restates (the sentence's 1000亿元 as 表1
   * 主要指标's 2026年 cell): each such cell, where it stands in each version (null: that version's
   * table does not restate that version's goal). The change's own line is the sentence's; these name
   * the table's lines, which changed with it. Absent when no table restates the goal.
   */
  restated?: RestatedCell[];
  /** Where the change is in the NEW document; for a removal, where the element used to stand. */
  line: number;
  column: number;
}

/** A table cell restating a goal: the table's caption (null: none), the cell's column, its start in each version. */
export interface RestatedCell {
  table: string | null;
  column: string;
  old: { line: number; column: number } | null;
  new: { line: number; column: number } | null;
}

export type OpCounts = Record<ChangeOp, number>;

export interface KindCounts extends OpCounts {
  /** Elements present in both versions with no change. */
  unchanged: number;
}

export interface DocumentRef {
  name: string;
  title: string | null;
  documentNumber: string | null;
  date: string | null;
}

export interface DiffSummary {
  old: DocumentRef;
  new: DocumentRef;
  /** Whether text was compared exactly as written (`--strict`) rather than by substance. */
  strict: boolean;
  /** Number of changes. */
  changes: number;
  ops: OpCounts;
  /** Counts per kind of element, for the kinds either document has. */
  kinds: Partial<Record<ChangeKind, KindCounts>>;
}

export interface DiffResult {
  summary: DiffSummary;
  changes: Change[];
}

export interface DiffOptions {
  /** Compare text exactly as written instead of by substance (width, spaces, line breaks). */
  strict?: boolean;
  /** The user's unit aliases (canonical name → other names), as `plan query` takes them. */
  aliases?: AliasTable;
}
