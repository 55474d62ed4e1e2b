import type { MetadataValues, PlanDocument } from '../../model/types.js';
import { squeeze } from '../../text/fold.js';
import { isNoneValue } from '../../text/none-value.js';
import type { Rule } from '../rule.js';

/** The fields a published notice's header must fill, with their usual labels. */
const REQUIRED: Array<[keyof MetadataValues, string]> = [
  ['title', '名称'],
  ['indexNumber', '索引号'],
  ['issuer', '发布机构'],
  ['documentNumber', '发文字号'],
];

/**
 * Fields only some sites' headers have (有效性 is in the Tianjin template, not in gov.cn's): their
 * absence says nothing, but a header that has one and leaves it empty is incomplete.
 */
const IF_PRESENT: Array<[keyof MetadataValues, string]> = [['validity', '有效性']];

/** Date fields that may be missing from a header, but are worth a warning when left empty. */
const DATES: Array<[keyof MetadataValues, string]> = [
  ['writtenDate', '成文日期'],
  ['publishedDate', '发文日期'],
];

/**
 * The document's own title line (the notice's, or the plan's where there is no covering notice).
 * Many site templates (Zhejiang's 索引号/发布机构/发文字号/成文日期 grid among them) print the
 * title as the page's heading instead of as a 名称 row: the title is given, so a header without
 * 名称 is not incomplete.
 */
function ownTitle(doc: PlanDocument): string | null {
  // A notice whose title was read from the header or the page's <title> prints none of its own.
  if (doc.notice?.titleFrom) return null;
  return doc.notice?.title || doc.plan?.title || null;
}

export const headerRequired: Rule = {
  id: 'header-required',
  description:
    'the page header has 名称, 索引号, 发布机构 and 发文字号 filled in (名称 may be left out where the document has its own title line), and 有效性 where it has the field; a header that is front matter or <meta> tags and an empty 成文日期 or 发文日期 are warnings, and so is no header at all unless the notice prints its own title and 发文字号',
  defaultSeverity: 'error',
  check(ctx) {
    const meta = ctx.doc.metadata;
    if (meta.fields.length === 0 || !meta.position) {
      // Text from print or PDF, a gazette's text or a Markdown copy, has no page header: that is the
      // form it came in, not a fault of the notice. The header is a portal's page furniture; a notice
      // that prints its own title and 发文字号 is known by them, so nothing is missing. Without its
      // number, a text names nothing to find it by: worth a warning.
      const notice = ctx.doc.notice;
      if (notice?.title && notice.documentNumber) return;
      const unnumbered = notice?.documentNumber ? '' : ' and prints no document number of its own';
      ctx.report(`the notice has no header (${REQUIRED.map(([, label]) => label).join(', ')})${unnumbered}`, ctx.pointAt(0), { severity: 'warning' });
      return;
    }
    // A collection's front matter or a page's <meta> tags hold what their makers chose to keep,
    // not the government site's disclosure header: a field they lack is worth a warning only.
    const start = meta.position.start.offset;
    const borrowed = ctx.blocks.some((b) => b.kind === 'frontmatter' && b.start <= start && start < b.end);
    const missingLevel = borrowed ? { severity: 'warning' as const } : undefined;
    const missing: string[] = [];
    for (const [key, name] of REQUIRED) {
      const fields = meta.fields.filter((f) => f.key === key);
      if (fields.length === 0) {
        if (key !== 'title' || !ownTitle(ctx.doc)) missing.push(name);
      }
      else if (fields.every((f) => f.value === null)) ctx.report(`${squeeze(fields[0]!.label)} is empty`, fields[0]!.position, missingLevel);
      else if (fields.every((f) => f.value === null || isNoneValue(f.value))) {
        const said = fields.find((f) => f.value !== null)!;
        ctx.report(`${squeeze(said.label)} is empty (it says "${said.value!.trim()}")`, said.position, missingLevel);
      }
    }
    if (borrowed && missing.length > 0) {
      // What front matter leaves out is one choice of the collection, reported once, as a notice
      // with no header at all is; the number printed by the title stands in for a missing 发文字号.
      const notice = ctx.doc.notice;
      const known = missing.includes('发文字号') && notice?.title && notice.documentNumber ? `; it is known by its own title and number ${notice.documentNumber.raw}` : '';
      ctx.report(`the header has no ${missing.join(', ')}${known}`, meta.position.start, missingLevel);
    } else {
      for (const name of missing) ctx.report(`the header has no ${name}`, meta.position.start, missingLevel);
    }
    for (const [key] of IF_PRESENT) {
      const fields = meta.fields.filter((f) => f.key === key);
      if (fields.length > 0 && fields.every((f) => f.value === null)) ctx.report(`${squeeze(fields[0]!.label)} is empty`, fields[0]!.position, missingLevel);
    }
    for (const [key, name] of DATES) {
      const field = meta.fields.find((f) => f.key === key);
      if (field && field.value === null) ctx.report(`${squeeze(field.label) || name} is empty`, field.position, { severity: 'warning' });
    }
  },
};
