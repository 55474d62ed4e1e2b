import type { Position } from '../model/types.js';
import { align, alignedSteps, type AlignedStep, type AlignSpec, type Alignment } from './align.js';
import { compareFields, type CompareContext, type FieldRule, type Respelling } from './fields.js';
import type { Change, ChangeKind, DiffEntity, FieldChange, UnitPlace, YearChange } from './types.js';

/** How to compare one kind of element that a document has a list of. */
export interface EntitySpec<T> {
  kind: ChangeKind;
  align: AlignSpec<T>;
  /** Content fields: a change in any of them makes the element `modified`. */
  fields: ReadonlyArray<FieldRule<T>>;
  /** Fields whose names depend on the element (an annex row's columns); content fields too. */
  moreFields?: (a: T, b: T, ctx: CompareContext) => Record<string, FieldChange>;
  /** Its group: a change alone makes it `moved`. */
  placement?: FieldRule<T>;
  /** Its number: a change alone makes it `renumbered`. */
  number?: FieldRule<T>;
  /**
   * Its identity (a task's id): named in the fields when it changed, but no change by itself, since
   * it follows from the content (a new title) or from another element (a task sharing the title).
   */
  identity?: FieldRule<T>;
  entity: (item: T) => DiffEntity;
  position: (item: T) => Position | null;
  id?: (item: T) => string;
  element?: Change['element'];
  /** For figures set by year (goals, yearly table rows): which years' figures the changed fields are. */
  years?: (a: T, b: T, fields: Readonly<Record<string, FieldChange>>) => YearChange[];
  /** How a unit respelled in one of its lists names the element (tasks: number and title). */
  place?: (item: T) => { number: string; title: string };
  /** Units respelt in lists whose names depend on the element (a row's `cells.责任单位`), with that name. */
  moreRespellings?: (a: T, b: T, ctx: CompareContext) => Array<Respelling & { field: string }>;
}

/** A unit respelled in one element's list, with where it stands in the new version. */
export interface PlacedRespelling extends Respelling {
  place: UnitPlace;
}

export interface EntityDiff {
  changes: Change[];
  /** Elements in both versions with no change. */
  unchanged: number;
  alignment: Alignment;
  /** Both versions in new-document order, each step with its change (null: unchanged). */
  steps: Array<AlignedStep & { change: Change | null }>;
  /** Units respelled in paired elements (not changes of the elements themselves). */
  respellings: PlacedRespelling[];
}

const START = { line: 1, column: 1 };

/**
 * Aligns two lists of elements by content and classifies each: added, removed, modified (with its
 * fields), moved, renumbered, or unchanged (not reported). Changes come in new-document order,
 * removals where the element used to stand.
 */
export function diffEntities<T>(
  oldItems: readonly T[],
  newItems: readonly T[],
  spec: EntitySpec<T>,
  ctx: CompareContext,
  fallback: Position | null = null,
): EntityDiff {
  const alignment = align(oldItems, newItems, spec.align);
  const steps = alignedSteps(alignment, oldItems.length);
  const partner = new Map(alignment.pairs);
  const base = (): Pick<Change, 'kind' | 'element'> => (spec.element ? { kind: spec.kind, element: spec.element } : { kind: spec.kind });

  const respellings: PlacedRespelling[] = [];
  const respellingRules = spec.fields.filter((rule) => rule.respellings);
  const collectRespellings = (a: T, b: T): void => {
    const found = [
      ...respellingRules.flatMap((rule) => (rule.respellings?.(a, b, ctx) ?? []).map((r) => ({ ...r, field: rule.name }))),
      ...(spec.moreRespellings?.(a, b, ctx) ?? []),
    ];
    for (const { field, ...r } of found) {
      const where = spec.place?.(b) ?? { number: '', title: '' };
      const element = spec.element ? { element: spec.element } : {};
      respellings.push({ ...r, place: { kind: spec.kind, ...element, ...ids(spec, b), ...where, field, line: at(spec.position(b)).line } });
    }
  };

  const classify = (step: AlignedStep): Change | null => {
    const a = step.old === null ? null : (oldItems[step.old] as T);
    const b = step.new === null ? null : (newItems[step.new] as T);
    if (a === null && b !== null) return { ...base(), op: 'added', ...ids(spec, b), old: null, new: spec.entity(b), ...at(spec.position(b)) };
    if (b === null && a !== null) {
      return { ...base(), op: 'removed', ...ids(spec, a), old: spec.entity(a), new: null, ...removalAnchor(partner, oldItems.length, step.old as number, newItems, spec, fallback) };
    }
    if (a === null || b === null) return null;
    if (spec.place) collectRespellings(a, b);
    const content = { ...compareFields(spec.fields, a, b, ctx), ...spec.moreFields?.(a, b, ctx) };
    const placement = spec.placement?.compare(a, b, ctx) ?? null;
    const number = spec.number?.compare(a, b, ctx) ?? null;
    const op = Object.keys(content).length > 0 ? 'modified' : placement ? 'moved' : number ? 'renumbered' : null;
    if (op === null) return null;
    const fields: Record<string, FieldChange> = {};
    const identity = spec.identity?.compare(a, b, ctx) ?? null;
    if (identity && spec.identity) fields[spec.identity.name] = identity;
    if (number && spec.number) fields[spec.number.name] = number;
    if (placement && spec.placement) fields[spec.placement.name] = placement;
    Object.assign(fields, content);
    const years = spec.years?.(a, b, fields) ?? [];
    return { ...base(), op, ...ids(spec, b), old: spec.entity(a), new: spec.entity(b), fields, ...(years.length ? { years } : {}), ...at(spec.position(b)) };
  };

  const withChanges = steps.map((step) => ({ ...step, change: classify(step) }));
  return {
    changes: withChanges.flatMap((step) => (step.change ? [step.change] : [])),
    unchanged: withChanges.filter((step) => step.old !== null && step.new !== null && !step.change).length,
    alignment,
    steps: withChanges,
    respellings,
  };
}

/** The element's identity: the new version's, or the old one's for a removal. */
function ids<T>(spec: EntitySpec<T>, item: T): { id?: string } {
  return spec.id ? { id: spec.id(item) } : {};
}

function at(position: Position | null): { line: number; column: number } {
  return position ? { line: position.start.line, column: position.start.column } : { ...START };
}

/**
 * A removed element has no place in the new document: it is shown where its old neighbours stand
 * now, at the start of the next element of the old version that was kept (where it stood), or
 * after the kept one before it. Neighbours are taken in the old order: in new-document order the
 * element before a removed one may be one moved there from elsewhere.
 */
function removalAnchor<T>(
  partner: ReadonlyMap<number, number>,
  oldCount: number,
  removed: number,
  newItems: readonly T[],
  spec: EntitySpec<T>,
  fallback: Position | null,
): { line: number; column: number } {
  for (let i = removed + 1; i < oldCount; i++) {
    const j = partner.get(i);
    if (j !== undefined) return at(spec.position(newItems[j] as T));
  }
  for (let i = removed - 1; i >= 0; i--) {
    const j = partner.get(i);
    if (j === undefined) continue;
    const p = spec.position(newItems[j] as T);
    if (p) return { line: p.end.line, column: p.end.column };
  }
  return at(fallback);
}
