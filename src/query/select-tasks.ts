import type { PlanDocument, Task } from '../model/types.js';
import { suggest } from '../units/suggest.js';
import { fold } from '../text/fold.js';
import { secondName } from '../units/second-name.js';
import { asList, runQuery, type QueryContext } from './context.js';
import { isPlaceholderUnit } from './placeholder.js';
import type { OutsideNaming } from './named-outside-tasks.js';
import { inSection, labelAt, outlineLevel, parseSectionNumber, partOfSection, sectionPath, type OutlineLevel, type SectionAddress } from './section-number.js';
import { QueryError, type QueryOptions, type TaskFilters, type TaskRole, type TaskRow } from './types.js';
import { LEVEL_START, levelFreeForms } from './unit-matcher.js';
import { queryArguments } from '../util/arguments.js';

/**
 * The tasks of the documents that pass the filters, in document order. With `dept`, each row
 * says whether the unit leads the task or takes part in it.
 *
 * Throws a QueryError when the unit or section is in none of the documents (with suggestions),
 * or when a filter makes no sense.
 */
export async function queryTasks(
  docs: PlanDocument | readonly PlanDocument[],
  filters: TaskFilters = {},
  options: QueryOptions = {},
): Promise<TaskRow[]> {
  queryArguments('queryTasks', docs, filters, options);
  const list = asList(docs);
  return runQuery(list, options, Boolean(filters.dept || filters.grep), (ctx) => selectTasks(ctx, filters));
}

/** queryTasks on a prepared context. */
export function selectTasks(ctx: QueryContext, filters: TaskFilters): TaskRow[] {
  const role = filters.role ?? 'any';
  if (role !== 'any' && !filters.dept) throw new QueryError('bad-filter', `filters.role: "${role}" needs filters.dept: whose role?`, role, [], 'role');
  const unitKey = filters.dept === undefined ? null : resolveUnit(ctx, filters.dept);
  const fits = filters.dept === undefined ? null : ctx.placeFits(filters.dept);
  const section = filters.section === undefined ? null : resolveSection(ctx, filters.section);
  const grep = filters.grep === undefined ? null : ctx.searchKey(filters.grep);

  const rows: TaskRow[] = [];
  for (const doc of ctx.docs) {
    const scope = ctx.scopeOf(doc);
    for (const task of doc.plan?.tasks ?? []) {
      if (section !== null && !taskInSection(doc, task, section, ctx.searchKey.bind(ctx))) continue;
      if (grep !== null && !ctx.searchKey(`${task.title}\n${task.text}`).includes(grep)) continue;
      let taskRole: TaskRole | undefined;
      if (unitKey !== null) {
        const has = (names: readonly string[]): boolean => names.some((n) => ctx.matcher.answers(n, unitKey, scope) && fits?.(n, scope) !== false);
        taskRole = has(task.lead) ? 'lead' : has(task.participants) ? 'participant' : undefined;
        if (!taskRole || (role !== 'any' && role !== taskRole)) continue;
      }
      rows.push(taskRole ? { ...task, source: doc.source.name, role: taskRole } : { ...task, source: doc.source.name });
    }
  }
  return rows;
}

/**
 * The key of the unit a user named; a QueryError with suggestions if no task mentions it, or if
 * the name without its level word fits units at two levels.
 */
export function resolveUnit(ctx: QueryContext, name: string): string {
  const key = ctx.matcher.key(name);
  const mentions = ctx.unitMentions();
  const fits = ctx.placeFits(name);
  // One name per unit, the first written, so that a unit spelt two ways is offered once; and no
  // placeholder (有关部门), which is not a unit to offer.
  const units = new Map<string, string>();
  for (const { name: n, scope } of mentions) {
    const k = ctx.matcher.key(n, scope);
    if (isPlaceholderUnit(n)) continue;
    // Offered by a spelling with its level word where one is written (区科技局, not 科技局).
    const first = units.get(k);
    if (first === undefined || (!LEVEL_START.test(first) && LEVEL_START.test(n))) units.set(k, n);
  }

  // 科技局 for 区科技局, 组织部 for 区委组织部: a name without its level word means the one unit of
  // that name at some level, by its main name or by the second name it is written with (知识产权局
  // for 区科技局（区知识产权局）). The query's own first character is not taken for a level word:
  // 市场监管局 is no 市 unit. Asked before the name is looked up as written: where the inputs name
  // the unit at two levels, a notice that writes it bare too (meaning its own level's) does not
  // make the question any less ambiguous.
  const levelled = new Map<string, string>();
  for (const [k, n] of units) {
    const asked = [k, ctx.matcher.secondKey(n)].find((form) => form !== null && levelFreeForms(form).includes(key));
    if (asked) levelled.set(k, asked);
  }
  const nameOf = (k: string): string => units.get(k) as string;
  // A notice that names 区科技局 and 市科技局 and also writes 科技局 alone leaves that 科技局 a unit of
  // its own (it has its row in departments): the name as written finds it, and only it.
  if (levelled.size > 1 && !units.has(key)) {
    throw new QueryError('no-such-unit', `"${name}" is ambiguous: no unit goes by that name alone`, name, [...levelled.keys()].map(nameOf));
  }
  if (mentions.some((m) => ctx.matcher.answers(m.name, key, m.scope) && fits(m.name, m.scope))) {
    // 区督查室 is the 区政府督查室 (a department under its government is keyed without 政府), but where
    // the notices also name a 区委督查室, the name without either organ may be that one as well.
    const party = partyForm(key, ctx.searchKey(name));
    if (party !== null && units.has(party) && units.has(key)) {
      throw new QueryError('no-such-unit', `"${name}" is ambiguous: the government and the Party committee each have one`, name, [nameOf(key), nameOf(party)]);
    }
    return key;
  }
  if (levelled.size === 1) return [...levelled.values()][0] as string;
  // 区督查室 where the notices name only the 区委督查室: the name without either organ is the one
  // unit of that name there is (with both named it is ambiguous, above).
  const party = partyForm(key, ctx.searchKey(name));
  if (party !== null && units.has(party) && !units.has(key)) return party;
  // 区科技局 for 科技局: a notice that names its units without their level word (牵头单位：科技局)
  // means its own level's, as long as it names that unit at no level.
  const bare = ctx.matcher.withoutOwnLevel(key);
  if (bare !== null && units.has(bare)) return bare;
  // A unit no task names but a safeguard's clause does is a unit of the notice that leads and joins
  // nothing: an empty answer, with a note saying where it is named, rather than "no unit named".
  const outside = ctx.outsideMentions().filter((m) => !isPlaceholderUnit(m.name));
  const namedOutside = outside.filter((m) => ctx.matcher.answers(m.name, key, m.scope) && fits(m.name, m.scope));
  if (namedOutside.length > 0) {
    noteNamedOutside(ctx, namedOutside);
    return key;
  }
  // Those units are offered too, after the tasks' own names of a unit.
  const offered = new Map(units);
  for (const m of outside) {
    const k = ctx.matcher.key(m.name, m.scope);
    if (!offered.has(k)) offered.set(k, m.name);
  }
  // Close spellings, and names whose short form holds the one asked for (发改委 in 区发展改革委).
  const close = closeUnits(ctx, name, offered.values());
  const holding = [...offered.keys()].filter((k) => key.length >= 2 && k.includes(key));
  const suggestions = [...new Set([...close, ...holding])].slice(0, 3).map((k) => offered.get(k) as string);
  throw new QueryError('no-such-unit', `no unit named "${name}"`, name, suggestions);
}

/** One note per input: `no task names "区委督查室": it is named only in the safeguard （一）… (line 9)`. */
function noteNamedOutside(ctx: QueryContext, namings: ReadonlyArray<OutsideNaming & { source: string }>): void {
  const sources = [...new Set(namings.map((m) => m.source))];
  for (const source of sources) {
    const here = namings.filter((m) => m.source === source);
    const first = here[0] as OutsideNaming;
    const places = [...new Set(here.map((m) => `${m.where} (line ${m.position.start.line})`))];
    ctx.notes.push({
      ruleId: 'unit-outside-tasks',
      severity: 'info',
      message: `no task names "${first.name}": it is named only in ${places.join(' and ')}`,
      source,
      position: first.position,
      unit: first.name,
    });
  }
}

/**
 * The keys of the units whose names are close to the one asked for, closest first. Names are
 * compared as --dept matches them, width folded and traditional characters simplified (区商务居 is
 * close to 區商務局), and a unit with a second name in brackets by each of its names
 * (区知识产权居 is close to 区市场监管局（区知识产权局）), not by the whole bracketed name.
 */
function closeUnits(ctx: QueryContext, name: string, names: Iterable<string>): string[] {
  const unitOf = new Map<string, string>();
  for (const n of names) {
    const two = secondName(n);
    for (const form of two ? [two.main, two.second] : [n]) {
      const folded = ctx.searchKey(form);
      if (!unitOf.has(folded)) unitOf.set(folded, n);
    }
  }
  return suggest(ctx.searchKey(name), unitOf.keys(), Infinity).map((form) => ctx.matcher.key(unitOf.get(form) as string));
}

/**
 * The key of the Party committee's unit of a name written with a level word but neither organ
 * (区督查室 → 区委督查室); null for one that names the committee or the government (区政府督查室).
 */
function partyForm(key: string, asked: string): string | null {
  return LEVEL_START.test(key) && key[1] !== '委' && !asked.includes('政府') ? `${key[0] as string}委${key.slice(1)}` : null;
}

/** Whether a task is in the section asked for, and in the part asked for when one is. */
function taskInSection(doc: PlanDocument, task: Task, asked: SectionAddress, key: (text: string) => string): boolean {
  if (asked.title !== undefined) {
    if (task.section !== null && (key(task.section.title) === asked.title || underTitled(doc, task.section.number, asked.title, key))) return true;
    return inPartTitled(doc, task, asked.title, key);
  }
  if (asked.level !== undefined) return underLabel(task, asked.path, asked.level);
  if (task.section === null) return false;
  if (task.section.number === '' && asked.part === null) return standsIn(doc, task, asked.path);
  if (!inSection(task.section.number, asked.path)) return false;
  if (asked.part === null) return true;
  const ref = task.section;
  const sections = doc.plan?.sections ?? [];
  const section = sections.find((s) => s.number === ref.number && s.title === ref.title);
  if (section === undefined) return false;
  const part = partOfSection(task.path, section.label);
  if (part !== null) return part === asked.part;
  // A 重点任务 group numbered within a table's group row (1.1 under （一）夯实数字基础设施) has no label
  // of its own in the path: its part is the one above that row's label.
  const row = sections.find((s) => s !== section && s.label !== '' && task.path.includes(s.label) && inSection(ref.number, sectionPath(s.number) ?? [NaN]));
  return row !== undefined && partOfSection(task.path, row.label) === asked.part;
}

/**
 * Whether a label above the task in its path (its part, its group) is at the level asked for with
 * its number. The task's own label is none: a task is no section.
 */
function underLabel(task: Task, asked: readonly number[], level: OutlineLevel): boolean {
  for (let k = 0; k < task.path.length - 1; k++) if (labelAt(task.path[k] as string, level, asked)) return true;
  return false;
}

/**
 * The level the user wrote a section number at (see outlineLevel), when some task stands under a
 * label of that level with that number: `二` is the part 二、 with its groups, `（二）` a group, `2` a
 * group numbered in digits (a task table's 重点任务 group, a decimal outline's chapter, a `2.` over
 * its `（1）` measures). Undefined when none does (a notice whose tasks stand in （一）（二） groups
 * only, under a part 二、 without them): the number is then read at any level, as before.
 */
function askedLevel(ctx: QueryContext, text: string, asked: SectionAddress): OutlineLevel | undefined {
  if (asked.part !== null || asked.path.length === 0) return undefined;
  const at = outlineLevel(text);
  if (at === null) return undefined;
  return ctx.docs.some((doc) => (doc.plan?.tasks ?? []).some((t) => underLabel(t, asked.path, at))) ? at : undefined;
}

/**
 * Whether a task of a numberless section (a task table's 类别 粮食安全, written without a number)
 * stands within a numbered section asked for (the table under 二、重点任务): the section holds it.
 */
function standsIn(doc: PlanDocument, task: Task, asked: readonly number[]): boolean {
  const at = task.position.start.offset;
  return (doc.plan?.sections ?? []).some(
    (s) => s.number !== '' && inSection(s.number, asked) && s.position.start.offset <= at && at < s.position.end.offset,
  );
}

/**
 * Whether a task's section is a group within a numbered section of the title asked for (a task
 * table's 类别 政务环境, numbered 1, over its 重点任务 groups 1.1, 1.2).
 */
function underTitled(doc: PlanDocument, number: string, title: string, key: (text: string) => string): boolean {
  if (!number.includes('.')) return false;
  return (doc.plan?.sections ?? []).some((s) => {
    if (!s.number || s.number === number || key(s.title) !== title) return false;
    const path = sectionPath(s.number);
    return path !== null && inSection(number, path);
  });
}

/**
 * Whether a task stands in a part of the title asked for (二、重点任务 over its （一）（二） groups): the
 * part is a section of the outline a user names by its title as by its number.
 */
function inPartTitled(doc: PlanDocument, task: Task, title: string, key: (text: string) => string): boolean {
  const at = task.position.start.offset;
  return (doc.plan?.parts ?? []).some((p) => p.position.start.offset <= at && at < p.position.end.offset && key(p.title) === title);
}

/** The section a user named; a QueryError if no document has it. */
export function resolveSection(ctx: QueryContext, text: string): SectionAddress {
  const value = sectionNumber(text);
  if (value === null) return sectionByTitle(ctx, text);
  const level = askedLevel(ctx, text, value);
  if (level !== undefined) return { ...value, level };
  const numbers = ctx.docs.flatMap((doc) => (doc.plan?.sections ?? []).flatMap((s) => (s.number ? [s.number] : [])));
  const found =
    value.part === null ? numbers.some((n) => inSection(n, value.path)) : ctx.docs.some((doc) => (doc.plan?.tasks ?? []).some((t) => taskInSection(doc, t, value, ctx.searchKey.bind(ctx))));
  if (!found) throw new QueryError('no-such-section', `no section ${text}`, text, offeredSections(ctx));
  return value;
}

/**
 * The sections to offer when none fits, each as `--section` reads it: the parts that hold tasks by
 * their numbers (`二` is the part 二、 with its groups, see askedLevel), and where there are such
 * parts the groups by their labels as written (`（二）`, not the `二` that reads as the part); the
 * items holding tasks that a number reaches by its level (see subgroupNumbers). Sections without
 * numbers (a task table's 类别) are offered by their titles; a lone one is the table's own section,
 * no grouping of its tasks.
 */
function offeredSections(ctx: QueryContext): string[] {
  const asPart = ctx.docs.some((doc) => partNumbers(doc).length > 0);
  const numbered = (doc: PlanDocument): string[] =>
    (doc.plan?.sections ?? []).flatMap((s) => (!s.number ? [] : asPart && outlineLevel(s.label) === 'group' ? [s.label.trim()] : [s.number]));
  const titled = ctx.docs.flatMap((doc) => (doc.plan?.sections ?? []).flatMap((s) => (s.number ? [] : [s.title])));
  const hasNumbers = ctx.docs.some((doc) => numbered(doc).length > 0);
  const offered = hasNumbers || titled.length < 2 ? inOutlineOrder(ctx.docs.flatMap((doc) => [...partNumbers(doc), ...numbered(doc), ...subgroupNumbers(doc)])) : titled;
  return [...new Set(offered)];
}

/** The numbers of the parts (一、, Ⅱ) that tasks stand under in their paths: `--section 二` takes such a part whole. */
function partNumbers(doc: PlanDocument): string[] {
  const found: string[] = [];
  for (const task of doc.plan?.tasks ?? []) {
    for (const label of task.path.slice(0, -1)) {
      if (outlineLevel(label) === 'part') found.push(fold(label).trim().replace(/\s*[、.．]$/, ''));
    }
  }
  return found;
}

/**
 * The numbers of the items that hold tasks below a section without being one (a `2.` over its
 * `（1）` `（2）` tasks, under a part whose other measures carry their own clauses), as a user asks
 * for them: `--section 2` reaches them by their level (see askedLevel), so they are offered too.
 */
function subgroupNumbers(doc: PlanDocument): string[] {
  const own = new Set((doc.plan?.sections ?? []).map((s) => s.label));
  const found: string[] = [];
  for (const task of doc.plan?.tasks ?? []) {
    for (const label of task.path.slice(0, -1)) {
      const level = own.has(label) ? null : outlineLevel(label);
      const path = level === 'digits' || level === 'group' ? sectionPath(label) : null;
      if (!path) continue;
      found.push(level === 'digits' ? path.join('.') : label.trim());
    }
  }
  return found;
}

/**
 * Section numbers as a reader lists them: by kind (一, then 1, then Ⅰ …, each kind where it first
 * appears), and by number within a kind; a batch's documents name theirs in any order.
 */
function inOutlineOrder(numbers: readonly string[]): string[] {
  const kind = (n: string): string =>
    /^\d/.test(fold(n).trim()) ? 'digits' : /^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX]/.test(n.trim()) ? 'roman' : /^[(〔[]/.test(fold(n).trim()) ? 'group' : 'words';
  const kinds = [...new Set(numbers.map(kind))];
  const path = (n: string): number[] => sectionPath(n) ?? [];
  const byPath = (a: string, b: string): number => {
    const [x, y] = [path(a), path(b)];
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
    return x.length - y.length;
  };
  return [...numbers].sort((a, b) => kinds.indexOf(kind(a)) - kinds.indexOf(kind(b)) || byPath(a, b));
}

/**
 * The section number a user wrote; null when the text is no number, and may be a title. A part's
 * number over a group that is none (`一（人才）`) is a number mistyped, no title.
 */
function sectionNumber(text: string): SectionAddress | null {
  try {
    return parseSectionNumber(text);
  } catch (error) {
    const part = /^(.+?)[、.．]?\s*[(（〔[]/.exec(text.trim());
    if (error instanceof QueryError && error.code === 'bad-filter' && !(part && sectionPath(part[1] as string))) return null;
    throw error;
  }
}

/**
 * A section named by its title, written as the notice writes it (simplified or traditional, any
 * width, spaces aside): the sections of a task table's 类别 column have no number to ask for them
 * by. A QueryError listing the sections there are (by number, else by title) if none has that title.
 */
function sectionByTitle(ctx: QueryContext, text: string): SectionAddress {
  const title = ctx.searchKey(text);
  // A part's title names the part (二、重点任务), whether or not it holds tasks: a part of none
  // (三、保障措施) is a section with no tasks, no section missing.
  const outline = ctx.docs.flatMap((doc) => [...(doc.plan?.sections ?? []), ...(doc.plan?.parts ?? [])]);
  if (title && outline.some((s) => ctx.searchKey(s.title) === title)) return { path: [], part: null, title };
  throw new QueryError('no-such-section', `no section ${text}`, text, offeredSections(ctx));
}
