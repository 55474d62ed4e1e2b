import type { Metadata, MetadataValues, PlanDocument, Position } from '../model/types.js';
import { compareFields, proseField, valueField, type CompareContext, type FieldRule } from './fields.js';
import type { Change } from './types.js';

const KEYS: ReadonlyArray<keyof MetadataValues> = [
  'title',
  'indexNumber',
  'issuer',
  'documentNumber',
  'subject',
  'writtenDate',
  'publishedDate',
  'validity',
  'keywords',
];

const RULES: ReadonlyArray<FieldRule<MetadataValues>> = KEYS.map((key) =>
  key === 'title' ? proseField<MetadataValues>(key, (m) => m.title) : valueField<MetadataValues>(key, (m) => m[key]),
);

/** The header's values, without the positions of the label lines they were read from. */
export function metadataValues(m: Metadata): MetadataValues {
  const out = {} as Record<keyof MetadataValues, unknown>;
  for (const key of KEYS) out[key] = m[key];
  return out as MetadataValues;
}

/** The header (名称, 索引号, 发文字号 …) as one element: one change naming every field that differs. */
export function diffMetadata(oldDoc: PlanDocument, newDoc: PlanDocument, ctx: CompareContext): Change[] {
  const a = metadataValues(oldDoc.metadata);
  const b = metadataValues(newDoc.metadata);
  const fields = compareFields(RULES, a, b, ctx);
  if (!fields) return [];
  const firstChanged = newDoc.metadata.fields.find((f) => f.key !== null && f.key in fields);
  const position: Position | null = firstChanged?.position ?? newDoc.metadata.position;
  return [
    {
      kind: 'metadata',
      op: 'modified',
      old: a,
      new: b,
      fields,
      line: position?.start.line ?? 1,
      column: position?.start.column ?? 1,
    },
  ];
}
