import type { PlanDocument } from '../../src/model/types.js';

/** Drops positions (and other layout detail) so models of the same notice in different forms compare equal. */
export function withoutPositions<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (key, v) => (key === 'position' || key.endsWith('Position') || key === 'cellStarts' ? undefined : v)),
  ) as T;
}

/** The substance of a model: what a reader checks against the document, without positions. */
export function substance(doc: PlanDocument): Record<string, unknown> {
  const m = doc.metadata;
  return withoutPositions({
    metadata: {
      title: m.title,
      indexNumber: m.indexNumber,
      issuer: m.issuer,
      documentNumber: m.documentNumber,
      subject: m.subject,
      writtenDate: m.writtenDate,
      publishedDate: m.publishedDate,
      validity: m.validity,
    },
    notice: doc.notice && {
      title: doc.notice.title,
      addressees: doc.notice.addressees,
      signatories: doc.notice.signatories,
      date: doc.notice.date,
      disclosure: doc.notice.disclosure,
      supersedes: doc.notice.supersedes.map((s) => s.raw),
    },
    plan: doc.plan && {
      title: doc.plan.title,
      period: doc.plan.period,
      parts: doc.plan.parts.map((p) => `${p.label}${p.title}`),
      sections: doc.plan.sections.map((s) => `${s.label}${s.title}`),
      tasks: doc.plan.tasks.map((t) => ({
        number: t.number,
        title: t.title,
        section: t.section?.number ?? null,
        lead: t.lead,
        participants: t.participants,
      })),
      goals: doc.plan.goals.map((g) => ({
        indicator: g.indicator,
        value: g.value,
        unit: g.unit,
        ...(g.qualifier ? { qualifier: g.qualifier } : {}),
        ...(g.year ? { year: g.year } : {}),
      })),
      safeguards: doc.plan.safeguards.map((s) => `${s.label}${s.title}`),
    },
    annexes: doc.annexes.map((a) => ({
      title: a.title,
      columns: a.table?.columns ?? null,
      rows: a.table?.rows.map((r) => ({ number: r.number, indicator: r.indicator, unit: r.unit, values: r.values })) ?? null,
    })),
  });
}
