import type { Annex, AnnexTable, PlanDocument } from '../model/types.js';

/**
 * The tables an annex holds after its first (表2 after 表1, a 重点项目表 after the yearly table):
 * the parser keeps them in the document's `tables`, their path the annex's label alone.
 */
export function annexLaterTables(doc: PlanDocument): Array<{ annex: Annex; table: AnnexTable }> {
  const out: Array<{ annex: Annex; table: AnnexTable }> = [];
  if (!doc.tables || doc.tables.length === 0 || doc.annexes.length === 0) return out;
  const byLabel = new Map<string, Annex>();
  for (const annex of doc.annexes) if (!byLabel.has(annex.label)) byLabel.set(annex.label, annex);
  for (const t of doc.tables) {
    const annex = t.path.length === 1 ? byLabel.get(t.path[0]!) : undefined;
    if (annex) out.push({ annex, table: t.table });
  }
  return out;
}
