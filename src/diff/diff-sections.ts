import type { Part, Plan, Section } from '../model/types.js';
import { diffEntities, type EntityDiff, type EntitySpec } from './diff-entities.js';
import { proseField, valueField, type CompareContext } from './fields.js';
import type { OwnedProse, ProsePair } from './prose.js';
import { partPlace } from './plan-parts.js';
import type { HeadingEntity } from './types.js';

/** A part or group with its text, and the keys it is paired by besides its title. */
interface Heading {
  entity: HeadingEntity;
  /** What it holds (a group's tasks, a part's text): the same, whatever it is called now. */
  content: string | null;
  /** Where it stands: its number (a group's within its part). */
  place: string | null;
}

/**
 * Parts (一、二、) and groups of tasks ((一)(二)) compare alike: by title, by what they hold, by a
 * similar title, and last by their number where they stand (a group renamed from 优化市场环境 to
 * 维护公平竞争秩序 is still (三) of 二、: one group retitled, not one removed and one added).
 */
function headingSpec(kind: 'part' | 'section', ctx: CompareContext, prose: Pick<ProsePair, 'textKey' | 'figureSpans'>): EntitySpec<Heading> {
  return {
    kind,
    align: { keys: [(h) => ctx.key(h.entity.title), (h) => h.content], similarity: (h) => ctx.key(h.entity.title), lastKeys: [(h) => h.place] },
    fields: [proseField<Heading>('title', (h) => h.entity.title), proseField<Heading>('text', (h) => h.entity.text, prose.textKey, prose.figureSpans)],
    number: valueField<Heading>('number', (h) => h.entity.number),
    entity: (h) => h.entity,
    position: (h) => h.entity.position,
  };
}

function textOf(h: Part | Section, kind: 'part' | 'section', prose: OwnedProse): HeadingEntity {
  return { ...h, text: prose.of(kind, h.position.start.offset) };
}

function partHeadings(parts: readonly Part[], prose: OwnedProse, ctx: CompareContext): Heading[] {
  return parts.map((p) => {
    const entity = textOf(p, 'part', prose);
    // A part under a chapter (第二章's 一、) stands at its number within that chapter.
    const outer = partPlace(p.position.start.offset, parts, p);
    return { entity, content: entity.text ? ctx.key(entity.text) : null, place: p.number ? (outer ? `${outer}\u0001${p.number}` : p.number) : null };
  });
}

function sectionHeadings(plan: Plan | null, parts: readonly Part[], prose: OwnedProse, ctx: CompareContext): Heading[] {
  const tasks = new Map<string, string[]>();
  for (const t of plan?.tasks ?? []) {
    if (!t.section) continue;
    const k = `${t.section.number}\u0001${t.section.title}`;
    tasks.set(k, [...(tasks.get(k) ?? []), ctx.key(t.title)]);
  }
  const partOf = (s: Section): string => partPlace(s.position.start.offset, parts);
  return (plan?.sections ?? []).map((s) => ({
    entity: textOf(s, 'section', prose),
    content: (tasks.get(`${s.number}\u0001${s.title}`) ?? []).sort().join('\u0001') || null,
    place: s.number ? `${partOf(s)}\u0001${s.number}` : null,
  }));
}

/** The parts of each version (see planParts); the caller leaves out those compared as articles. */
export function diffParts(oldParts: readonly Part[], newParts: readonly Part[], newPlan: Plan | null, prose: ProsePair, ctx: CompareContext): EntityDiff {
  return diffEntities(
    partHeadings(oldParts, prose.old, ctx),
    partHeadings(newParts, prose.new, ctx),
    headingSpec('part', ctx, prose),
    ctx,
    newPlan?.titlePosition ?? null,
  );
}

/** The groups of tasks; their alignment also tells which tasks moved to another group. */
export function diffSections(
  oldPlan: Plan | null,
  newPlan: Plan | null,
  parts: { old: readonly Part[]; new: readonly Part[] },
  prose: ProsePair,
  ctx: CompareContext,
): EntityDiff {
  return diffEntities(
    sectionHeadings(oldPlan, parts.old, prose.old, ctx),
    sectionHeadings(newPlan, parts.new, prose.new, ctx),
    headingSpec('section', ctx, prose),
    ctx,
    newPlan?.titlePosition ?? null,
  );
}
