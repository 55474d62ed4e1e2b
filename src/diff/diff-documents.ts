import type { PlanDocument } from '../model/types.js';
import { diffAnnexes } from './diff-annex.js';
import { diffArticles, partsBesideArticles } from './diff-articles.js';
import type { EntityDiff } from './diff-entities.js';
import { diffGoals, goalsReportedWhole, goalsRequalified } from './diff-goals.js';
import { diffMetadata } from './diff-metadata.js';
import { diffNotice } from './diff-notice.js';
import { diffParts, diffSections } from './diff-sections.js';
import { planParts } from './plan-parts.js';
import { diffSafeguards } from './diff-safeguards.js';
import { diffBoxes } from './diff-boxes.js';
import { diffTables } from './diff-tables.js';
import { diffPlan } from './diff-plan.js';
import { diffTasks } from './diff-tasks.js';
import { diffUnparsed } from './diff-unparsed.js';
import { spreadGroupClauses } from './spread-group-clauses.js';
import { compareContext } from './context.js';
import { inDocumentOrder } from './document-order.js';
import { prosePair } from './prose.js';
import { respelledUnits } from './respelled-units.js';
import { summarize } from './summarize.js';
import type { Change, ChangeKind, DiffOptions, DiffResult } from './types.js';
import { optionalBoolean, optionalObject, optionsObject, planDocument } from '../util/arguments.js';

/**
 * Compares two versions of a notice element by element: header, notice, parts and groups, goals,
 * tasks, safeguards, tables in the text and in annexes (and articles, for a document without tasks),
 * and the text the parse placed in none of them. Both may come
 * from any input form; text is compared by substance unless `strict`.
 */
export async function diffDocuments(oldInput: PlanDocument, newInput: PlanDocument, options: DiffOptions = {}): Promise<DiffResult> {
  planDocument('diffDocuments', 'oldDoc', oldInput);
  planDocument('diffDocuments', 'newDoc', newInput);
  options = optionsObject('diffDocuments', options);
  optionalBoolean('diffDocuments', 'options.strict', options.strict);
  optionalObject('diffDocuments', 'options.aliases', options.aliases);
  const ctx = await compareContext(oldInput, newInput, options);
  // A group's clause written once over its items in one version and on each item in the other.
  const oldDoc = spreadGroupClauses(oldInput, newInput, ctx);
  const newDoc = spreadGroupClauses(newInput, oldInput, ctx);
  const strict = ctx.strict;
  // Goals first: the prose leaves out what a goal change already reports (see maskGoalFigures).
  const goals = diffGoals(oldDoc, newDoc, ctx);
  const prose = prosePair(oldDoc, newDoc, ctx, goalsReportedWhole(goals.changes), goalsRequalified(goals.changes));
  const oldPlan = oldDoc.plan;
  const newPlan = newDoc.plan;
  const present = new Map<ChangeKind, number>();
  const changes: Change[] = [];

  const metadata = diffMetadata(oldDoc, newDoc, ctx);
  changes.push(...metadata);
  present.set('metadata', metadata.length === 0 ? 1 : 0);
  if (oldDoc.notice || newDoc.notice) {
    const notice = diffNotice(oldDoc, newDoc, ctx);
    changes.push(...notice);
    present.set('notice', notice.length === 0 ? 1 : 0);
  }

  // The plan's own text (preamble, closing statements) is counted only when it changed: it is one
  // element of every plan, and a row saying so in every summary would say nothing.
  const planText = diffPlan(oldDoc, newDoc, ctx);
  changes.push(...planText);
  if (planText.length > 0) present.set('plan', 0);

  const add = (kind: ChangeKind, has: boolean, result: EntityDiff): void => {
    changes.push(...result.changes);
    if (has) present.set(kind, result.unchanged);
  };
  const has = (pick: (p: NonNullable<PlanDocument['plan']>) => readonly unknown[]): boolean =>
    (oldPlan ? pick(oldPlan).length : 0) + (newPlan ? pick(newPlan).length : 0) > 0;

  // A document without tasks (a regulation) is compared by its articles instead.
  const hasTasks = has((p) => p.tasks);
  const oldParts = hasTasks ? planParts(oldDoc) : partsBesideArticles(oldDoc);
  const newParts = hasTasks ? planParts(newDoc) : partsBesideArticles(newDoc);
  const parts = diffParts(oldParts, newParts, newPlan, prose, ctx);
  add('part', oldParts.length + newParts.length > 0, parts);
  const articles = hasTasks ? null : diffArticles(oldDoc, newDoc, { old: oldParts, new: newParts, alignment: parts.alignment }, ctx);
  const sections = diffSections(oldPlan, newPlan, { old: oldParts, new: newParts }, prose, ctx);
  add('section', has((p) => p.sections), sections);
  add('goal', has((p) => p.goals), goals);
  const tasks = diffTasks(oldPlan, newPlan, sections.alignment, ctx);
  add('task', hasTasks, tasks);
  // Tables in the plan's text and in annexes: compared here, reported after the units respelt,
  // which their unit columns (责任单位) may respell too.
  const tables = diffTables(oldDoc, newDoc, ctx);
  const annexes = diffAnnexes(oldDoc, newDoc, ctx);
  // Units respelled in the tasks' lists and the tables' unit cells, after the tasks; counted only
  // when there are some.
  const units = respelledUnits([...tasks.respellings, ...tables.respellings, ...annexes.respellings]);
  changes.push(...units);
  if (units.length > 0) present.set('unit', 0);
  if (articles) add('article', articles.steps.length > 0, articles);
  add('safeguard', has((p) => p.safeguards), diffSafeguards(oldPlan, newPlan, prose, ctx));
  add('box', has((p) => p.boxes ?? []), diffBoxes(oldPlan, newPlan, ctx));

  // Tables in the plan's text, like annex tables: what counts as unchanged is their rows.
  changes.push(...tables.changes);
  if (tables.present) present.set('table', tables.unchangedRows);

  changes.push(...annexes.changes);
  // For annexes, what counts as unchanged is the rows of their tables: the cells are what is compared.
  if (oldDoc.annexes.length + newDoc.annexes.length > 0) present.set('annex', annexes.unchangedRows);

  // Text neither version's parse placed: counted only when either has some.
  if (oldDoc.unparsed.length + newDoc.unparsed.length > 0) add('unparsed', true, diffUnparsed(oldDoc, newDoc, ctx));

  const ordered = inDocumentOrder(changes);
  return { summary: summarize(oldDoc, newDoc, ordered, present, strict), changes: ordered };
}
