import type { PlanDocument } from '../model/types.js';
import { CHANGE_OPS, type Change, type ChangeKind, type DiffSummary, type DocumentRef, type KindCounts, type OpCounts } from './types.js';

function zero(): OpCounts {
  return { added: 0, removed: 0, modified: 0, moved: 0, renumbered: 0, respelled: 0 };
}

export function documentRef(doc: PlanDocument): DocumentRef {
  const number = doc.metadata.documentNumber ?? doc.notice?.documentNumber ?? null;
  return {
    name: doc.source.name,
    title: doc.metadata.title ?? doc.notice?.title ?? doc.plan?.title ?? null,
    documentNumber: number?.raw ?? null,
    date: doc.notice?.date ?? doc.metadata.writtenDate ?? doc.metadata.publishedDate ?? null,
  };
}

/**
 * Counts the changes by operation and by kind. `present` lists the kinds either document has, with
 * how many of their elements stayed unchanged, so a kind with no changes still shows in the summary.
 */
export function summarize(
  oldDoc: PlanDocument,
  newDoc: PlanDocument,
  changes: readonly Change[],
  present: ReadonlyMap<ChangeKind, number>,
  strict: boolean,
): DiffSummary {
  const ops = zero();
  const kinds: Partial<Record<ChangeKind, KindCounts>> = {};
  for (const [kind, unchanged] of present) kinds[kind] = { ...zero(), unchanged };
  for (const c of changes) {
    ops[c.op]++;
    const k = (kinds[c.kind] ??= { ...zero(), unchanged: 0 });
    k[c.op]++;
  }
  return { old: documentRef(oldDoc), new: documentRef(newDoc), strict, changes: changes.length, ops, kinds };
}

/** Total of an op-count record, for renderers. */
export function countAll(counts: OpCounts): number {
  return CHANGE_OPS.reduce((n, op) => n + counts[op], 0);
}
