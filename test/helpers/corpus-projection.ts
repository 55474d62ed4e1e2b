import type { AnnexTable, OutlineNode, PlanDocument } from '../../src/model/types.js';

/** An outline item as a reader names it: its marker and its title. */
const named = (n: OutlineNode): string => `${n.label}${n.label && n.title ? ' ' : ''}${n.title}`;

const shape = (t: AnnexTable | null) =>
  t && { kind: t.kind ?? 'values', columns: t.columns, rows: t.rows.length, firstRow: t.rows[0]?.cells ?? [] };

interface TreeItem {
  kind: string;
  item: string;
  /** How many paragraphs the item has (an article's 款). */
  paragraphs: number;
  children: TreeItem[];
}

/** The whole outline, every level, for small documents that show how items nest. */
const tree = (nodes: OutlineNode[]): TreeItem[] =>
  nodes.map((n) => ({ kind: n.kind, item: named(n), paragraphs: n.paragraphs.length, children: tree(n.children) }));

/**
 * What a reader checks of a real document against its text: metadata, the notice, the outline's
 * top two levels (or, with `fullOutline`, every level), every task with its units and role labels,
 * goals, and the shapes of its tables. Positions and long texts are left out, so the expected
 * files stay readable.
 */
export function corpusProjection(doc: PlanDocument, options: { fullOutline?: boolean } = {}): Record<string, unknown> {
  const m = doc.metadata;
  const n = doc.notice;
  const p = doc.plan;
  return {
    metadata: {
      title: m.title,
      indexNumber: m.indexNumber,
      issuer: m.issuer,
      documentNumber: m.documentNumber?.raw ?? null,
      subject: m.subject,
      writtenDate: m.writtenDate,
      publishedDate: m.publishedDate,
      validity: m.validity,
      keywords: m.keywords,
      labels: m.fields.map((f) => f.label.replace(/[\s\u3000]+/g, '')),
      ...(m.derived ? { derived: m.derived } : {}),
    },
    notice: n && {
      title: n.title,
      ...(n.titleFrom ? { titleFrom: n.titleFrom } : {}),
      documentNumber: n.documentNumber?.raw ?? null,
      ...(n.registrationNumber ? { registrationNumber: n.registrationNumber.text } : {}),
      addressees: n.addressees,
      signatories: n.signatories,
      date: n.date,
      disclosure: n.disclosure,
      supersedes: n.supersedes.map((s) => s.raw),
      attachments: n.attachments.map((a) => a.title),
      ...(n.notes ? { notes: n.notes.map((t) => t.text) } : {}),
      ...(n.imprint ? { imprint: { copiedTo: n.imprint.copiedTo, printedBy: n.imprint.printedBy, printedDate: n.imprint.printedDate } } : {}),
    },
    plan: p && {
      title: p.title,
      period: p.period,
      attachments: p.attachments.map((a) => a.title),
      safeguards: p.safeguards.map((s) => `${s.label}${s.title}`),
      ...(p.closing ? { closing: p.closing.map((c) => c.text) } : {}),
      ...(p.imprint ? { imprint: { copiedTo: p.imprint.copiedTo, printedBy: p.imprint.printedBy, printedDate: p.imprint.printedDate } } : {}),
      ...(p.footnotes ? { footnotes: p.footnotes.map((f) => ({ mark: f.mark, text: f.text })) } : {}),
      ...(p.boxes ? { boxes: p.boxes.map((b) => ({ label: b.label, title: b.title, text: b.text, section: b.section })) } : {}),
    },
    outline: options.fullOutline
      ? tree(doc.outline)
      : doc.outline.map((top) => ({
          kind: top.kind,
          item: named(top),
          children: top.children.map((c) => `${c.kind} ${named(c)}`),
        })),
    tasks: (p?.tasks ?? []).map((t) => ({
      label: t.label,
      path: t.path,
      lead: t.lead,
      participants: t.participants,
      roles: t.roles.map((r) => r.label),
      ...(t.deadline ? { deadline: t.deadline } : {}),
      ...(t.contacts ? { contacts: t.contacts } : {}),
    })),
    goals: (p?.goals ?? []).map((g) => ({
      indicator: g.indicator,
      value: g.value,
      unit: g.unit,
      ...(g.qualifier ? { qualifier: g.qualifier } : {}),
      ...(g.year ? { year: g.year } : {}),
      ...(g.relative ? { relative: g.relative } : {}),
      ...(g.baseYear ? { baseYear: g.baseYear } : {}),
      ...(g.partOf ? { partOf: g.partOf } : {}),
    })),
    tables: (doc.tables ?? []).map((t) => ({ caption: t.caption, path: t.path, ...shape(t.table) })),
    annexes: doc.annexes.map((a) => ({ label: a.label, title: a.title, table: shape(a.table) })),
    unparsed: doc.unparsed.map((u) => u.text),
  };
}
