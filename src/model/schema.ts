/**
 * JSON Schema (draft-07) of the PlanDocument model: what `plan schema` prints. Tests validate
 * every parse output against it, so it stays in step with the types in ./types.ts.
 */

type Schema = Record<string, unknown>;

const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const nint = { type: ['integer', 'null'] } as const;
const strings = { type: 'array', items: str } as const;

function object(properties: Record<string, Schema>, optional: string[] = []): Schema {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
  };
}

function nullable(ref: string): Schema {
  return { oneOf: [{ type: 'null' }, { $ref: ref }] };
}

const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });
const list = (name: string): Schema => ({ type: 'array', items: ref(name) });

const definitions: Record<string, Schema> = {
  Point: object({ line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 }, offset: { type: 'integer', minimum: 0 } }),
  Position: object({ start: ref('Point'), end: ref('Point') }),
  DocumentNumber: object({ raw: str, agency: str, year: nint, serial: nint }),
  CitedNumber: object({ raw: str, agency: str, year: nint, serial: nint, position: ref('Position') }),
  TextNode: object({ text: str, position: ref('Position') }),
  Attachment: object({ label: str, title: str, href: str, omitted: { const: true }, position: ref('Position') }, ['href', 'omitted']),
  Diagnostic: object(
    {
      ruleId: str,
      severity: { enum: ['error', 'warning', 'info'] },
      message: str,
      line: { type: 'integer', minimum: 1 },
      column: { type: 'integer', minimum: 1 },
      position: ref('Position'),
      source: { enum: ['parse', 'validate', 'io'] },
    },
    ['position', 'source'],
  ),
  ChromeNode: object({
    kind: { enum: ['date-widget', 'accessibility', 'breadcrumb', 'navigation', 'share', 'footer', 'note', 'other'] },
    text: str,
    position: ref('Position'),
  }),
  MetadataField: object({ label: str, key: nstr, value: nstr, position: ref('Position') }),
  UnitRole: object({ role: { enum: ['lead', 'participant', 'responsible'] }, label: str, units: strings }),
  Responsibility: object({
    text: str,
    roles: list('UnitRole'),
    lead: strings,
    participants: strings,
    position: ref('Position'),
    standalone: { type: 'boolean' },
    bracketed: { const: false },
    deadline: str,
    contacts: strings,
  }, ['bracketed', 'deadline', 'contacts']),
  OutlineNode: object({
    kind: {
      enum: ['chinese', 'paren-chinese', 'arabic', 'decimal', 'paren-arabic', 'circled', 'latin', 'bullet', 'part', 'chapter', 'section', 'article', 'enumeration', 'tagged', 'heading', 'box'],
    },
    depth: { type: 'integer', minimum: 1 },
    number: str,
    ordinal: nint,
    label: str,
    title: str,
    text: str,
    paragraphs: list('TextNode'),
    responsibility: nullable('#/definitions/Responsibility'),
    position: ref('Position'),
    children: list('OutlineNode'),
    inline: { const: true },
  }, ['inline']),
  Goal: object(
    {
      indicator: str,
      value: { type: 'number' },
      raw: str,
      unit: str,
      qualifier: str,
      comparison: { enum: ['at-least', 'at-most', 'about', 'equal'] },
      upTo: { type: 'number' },
      year: int,
      relative: { enum: ['change', 'multiple'] },
      baseYear: int,
      partOf: str,
      sentence: str,
      position: ref('Position'),
    },
    ['qualifier', 'upTo', 'year', 'relative', 'baseYear', 'partOf'],
  ),
  SectionRef: object({ number: str, title: str }),
  Task: object({
    id: str,
    number: str,
    label: str,
    path: strings,
    title: str,
    text: str,
    section: nullable('#/definitions/SectionRef'),
    lead: strings,
    participants: strings,
    leadSimplified: strings,
    participantsSimplified: strings,
    roles: list('UnitRole'),
    deadline: str,
    contacts: strings,
    position: ref('Position'),
  }, ['leadSimplified', 'participantsSimplified', 'deadline', 'contacts']),
  Heading: object({ number: str, label: str, title: str, position: ref('Position') }),
  Safeguard: object({ number: str, label: str, title: str, text: str, lead: strings, participants: strings, leadSimplified: strings, participantsSimplified: strings, roles: list('UnitRole'), position: ref('Position') }, ['lead', 'participants', 'leadSimplified', 'participantsSimplified', 'roles']),
  Box: object({ number: str, label: str, title: str, text: str, section: nullable('#/definitions/SectionRef'), position: ref('Position') }),
  Plan: object({
    title: str,
    titlePosition: nullable('#/definitions/Position'),
    period: object({ start: nint, end: nint }),
    preamble: list('TextNode'),
    parts: list('Heading'),
    sections: list('Heading'),
    goals: list('Goal'),
    tasks: list('Task'),
    safeguards: list('Safeguard'),
    attachments: list('Attachment'),
    printedAs: object({ label: str, position: ref('Position') }),
    byline: object({ issuer: nstr, date: { oneOf: [{ type: 'null' }, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }] }, dateText: nstr, position: ref('Position') }),
    closing: list('TextNode'),
    imprint: ref('Imprint'),
    footnotes: list('Footnote'),
    boxes: list('Box'),
  }, ['printedAs', 'byline', 'closing', 'imprint', 'footnotes', 'boxes']),
  Footnote: object({ mark: str, text: str, position: ref('Position'), references: list('Position') }, ['references']),
  Notice: object({
    title: str,
    titlePosition: ref('Position'),
    titleFrom: { enum: ['metadata', 'page-title'] },
    documentNumber: nullable('#/definitions/DocumentNumber'),
    registrationNumber: object({ text: str, position: ref('Position') }),
    documentNumberPosition: ref('Position'),
    otherDocumentNumbers: { type: 'array', items: object({ raw: str, agency: str, year: nint, serial: nint, position: ref('Position') }) },
    addressees: strings,
    addresseesPosition: nullable('#/definitions/Position'),
    body: list('TextNode'),
    signatories: strings,
    signaturePosition: nullable('#/definitions/Position'),
    date: nstr,
    datePosition: nullable('#/definitions/Position'),
    disclosure: nstr,
    disclosurePosition: nullable('#/definitions/Position'),
    notes: list('TextNode'),
    supersedes: list('CitedNumber'),
    cites: list('CitedNumber'),
    attachments: list('Attachment'),
    imprint: ref('Imprint'),
    position: ref('Position'),
  }, ['imprint', 'notes', 'titleFrom', 'registrationNumber', 'documentNumberPosition', 'otherDocumentNumbers']),
  Imprint: object({ copiedTo: strings, printedBy: nstr, printedDate: { oneOf: [{ type: 'null' }, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }] }, position: ref('Position') }),
  AnnexRow: object({
    number: str,
    indicator: str,
    unit: nstr,
    values: { type: 'object', additionalProperties: { type: ['number', 'null'] } },
    ranges: { type: 'object', additionalProperties: ref('AnnexRange') },
    spans: { type: 'object', additionalProperties: strings },
    cells: strings,
    cellStarts: { type: 'array', items: ref('Point') },
    group: str,
    position: ref('Position'),
  }, ['ranges', 'spans', 'cellStarts', 'group']),
  AnnexRange: object({ value: { type: 'number' }, upTo: { type: 'number' } }),
  AnnexTable: object({ columns: strings, rows: list('AnnexRow'), kind: { enum: ['text'] }, caption: str, unit: str, notes: list('TextNode'), position: ref('Position') }, ['kind', 'caption', 'unit', 'notes']),
  BodyTable: object({ caption: nstr, path: strings, table: ref('AnnexTable'), position: ref('Position') }),
  Annex: object({ label: str, title: str, table: nullable('#/definitions/AnnexTable'), body: list('TextNode'), position: ref('Position') }),
  Unparsed: object({ text: str, reason: str, position: ref('Position') }),
};

const isoDate = { oneOf: [{ type: 'null' }, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }] };

export const planDocumentSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://plan-notice.invalid/schema/plan-document-1.json',
  title: 'PlanDocument',
  description: 'A Chinese government policy notice as parsed by `plan parse` (schemaVersion 1).',
  definitions,
  ...object({
    schemaVersion: { const: 1 },
    source: object({
      name: str,
      format: { enum: ['text', 'html', 'markdown'] },
      encoding: str,
      sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      bytes: { type: 'integer', minimum: 0 },
    }),
    chrome: list('ChromeNode'),
    metadata: object({
      title: nstr,
      indexNumber: nstr,
      issuer: nstr,
      documentNumber: nullable('#/definitions/DocumentNumber'),
      subject: nstr,
      writtenDate: isoDate,
      publishedDate: isoDate,
      validity: nstr,
      keywords: nstr,
      category: strings,
      fields: list('MetadataField'),
      position: nullable('#/definitions/Position'),
      derived: {
        type: 'array',
        items: { enum: ['title', 'indexNumber', 'issuer', 'documentNumber', 'subject', 'writtenDate', 'publishedDate', 'validity', 'keywords'] },
        minItems: 1,
        uniqueItems: true,
      },
    }, ['derived']),
    notice: nullable('#/definitions/Notice'),
    plan: nullable('#/definitions/Plan'),
    outline: list('OutlineNode'),
    annexes: list('Annex'),
    tables: list('BodyTable'),
    unparsed: list('Unparsed'),
    diagnostics: list('Diagnostic'),
  }, ['tables']),
};
