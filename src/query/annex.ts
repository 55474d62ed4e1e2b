import type { PlanDocument } from '../model/types.js';
import { asList, grepRows } from './context.js';
import type { AnnexTableRow, QueryOptions } from './types.js';

/**
 * The rows of the documents' annex tables (the yearly breakdowns), each with its annex;
 * optionally only the rows whose indicator contains `grep`.
 */
export function queryAnnex(docs: PlanDocument | readonly PlanDocument[], filters: { grep?: string } = {}, options: QueryOptions = {}): Promise<AnnexTableRow[]> {
  return grepRows(
    docs,
    filters.grep,
    options,
    (doc) => doc.annexes.flatMap((annex) => (annex.table?.rows ?? []).map((row) => ({ ...row, source: doc.source.name, annex: { label: annex.label, title: annex.title } }))),
    (row) => row.indicator,
  );
}

/**
 * The value columns of the annex tables (the years of a yearly table), as the keys of the rows'
 * `values`, in table order; only columns that hold values in some row.
 */
export function annexValueColumns(docs: PlanDocument | readonly PlanDocument[]): string[] {
  const columns = new Set<string>();
  for (const doc of asList(docs)) {
    for (const annex of doc.annexes) {
      // The keys of `values`, not the headers as written: a header 2023年 keys its values as 2023.
      for (const row of annex.table?.rows ?? []) for (const key of Object.keys(row.values)) columns.add(key);
    }
  }
  return [...columns];
}
