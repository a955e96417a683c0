/**
 * Pure edits on one program's competency catalog. Every operation takes the whole catalog and
 * returns either a new catalog (sorted in display order, `order` dense 0..n-1) or an error that
 * names the field and says what to change. Nothing is ever deleted: retired competencies stay
 * so that old pairings, logs and ratings keep their names.
 */
import { z } from 'zod';
import { CATEGORY_LABELS, CATEGORY_ORDER } from '../model';
import type { Competency, CompetencyCategory } from '../model';
import { BUILTIN_COMPETENCIES } from './builtin-catalog';
import { hasControlCharacters } from '../programs/plain-text';

/** Longest competency name, in characters. */
export const COMPETENCY_NAME_MAX = 80;
/** Longest competency description, in characters. */
export const COMPETENCY_DESCRIPTION_MAX = 300;
/** Longest cluster name, in characters. */
export const COMPETENCY_CLUSTER_MAX = 80;

/** Field an edit error points at, so the form can show the message next to it. */
export type CatalogEditField = 'name' | 'description' | 'category' | 'cluster' | 'id' | 'position' | 'program';

/** A rejected edit: which field is wrong and what to do about it. */
export interface CatalogEditError {
  ok: false;
  field: CatalogEditField;
  message: string;
}

/** Outcome of a catalog edit: the new catalog, or the reason it was refused. */
export type CatalogEditResult = { ok: true; catalog: Competency[] } | CatalogEditError;

/** Length in user-visible code points, so accented letters and emoji count once. */
function charCount(s: string): number {
  return [...s].length;
}

/**
 * The key two names are compared by: NFC, trimmed, inner whitespace collapsed, lower case.
 * "Oral  communication ", "oral communication" and a decomposed "é" all collide.
 */
export function competencyNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const nameSchema = z
  .string({ error: 'Give the competency a name.' })
  .refine((s) => !hasControlCharacters(s), {
    error: 'Remove the line break, tab or other invisible control character from the name.',
  })
  .normalize('NFC')
  .trim()
  .overwrite((s) => s.replace(/\s+/g, ' '))
  .min(1, { error: `Give the competency a name (1–${COMPETENCY_NAME_MAX} characters).` })
  .refine((s) => charCount(s) <= COMPETENCY_NAME_MAX, {
    error: (iss) =>
      `Shorten the name to ${COMPETENCY_NAME_MAX} characters or fewer (it has ${charCount(String(iss.input))}).`,
  });

const descriptionSchema = z
  .string({ error: 'The description must be text.' })
  .refine((s) => !hasControlCharacters(s, true), {
    error: 'Remove the invisible control character from the description (line breaks are fine).',
  })
  .normalize('NFC')
  .trim()
  .refine((s) => charCount(s) <= COMPETENCY_DESCRIPTION_MAX, {
    error: (iss) =>
      `Shorten the description to ${COMPETENCY_DESCRIPTION_MAX} characters or fewer (it has ${charCount(String(iss.input))}).`,
  });

const categorySchema = z.enum(['self', 'business', 'people'], {
  error: `Choose a category: ${CATEGORY_ORDER.map((c) => CATEGORY_LABELS[c]).join(', ')}.`,
});

const clusterSchema = z
  .string({ error: 'The cluster must be text (leave it empty for none).' })
  .refine((s) => !hasControlCharacters(s), {
    error: 'Remove the line break, tab or other invisible control character from the cluster.',
  })
  .normalize('NFC')
  .trim()
  .overwrite((s) => s.replace(/\s+/g, ' '))
  .refine((s) => charCount(s) <= COMPETENCY_CLUSTER_MAX, {
    error: `Shorten the cluster to ${COMPETENCY_CLUSTER_MAX} characters or fewer.`,
  });

/** What the coordinator types to add a competency; cleans text (NFC, trim) while validating. */
export const competencyDraftSchema = z.object({
  name: nameSchema,
  description: descriptionSchema.default(''),
  category: categorySchema,
  cluster: clusterSchema.default(''),
});

/** Draft as typed (description and cluster may be omitted). */
export type CompetencyDraft = z.input<typeof competencyDraftSchema>;
/** Draft after validation and clean-up. */
export type CleanCompetencyDraft = z.output<typeof competencyDraftSchema>;

function fail(field: CatalogEditField, message: string): CatalogEditError {
  return { ok: false, field, message };
}

function firstIssue(error: z.ZodError, fallback: CatalogEditField): CatalogEditError {
  const issue = error.issues[0];
  const head = issue?.path[0];
  const field: CatalogEditField =
    head === 'name' || head === 'description' || head === 'category' || head === 'cluster' ? head : fallback;
  return fail(field, issue?.message ?? 'This value is not valid.');
}

function categoryIndex(c: CompetencyCategory): number {
  return CATEGORY_ORDER.indexOf(c);
}

/**
 * The catalog in display order (category self → business → people, then `order`) with `order`
 * renumbered 0..n-1. Every edit ends here so the invariant holds whatever came in.
 */
export function sortCatalog(catalog: readonly Competency[]): Competency[] {
  return catalog
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        categoryIndex(a.c.category) - categoryIndex(b.c.category) || a.c.order - b.c.order || a.i - b.i,
    )
    .map(({ c }, order) => (c.order === order ? c : { ...c, order }));
}

/** Renumbers a list that is already in the intended display order. */
function renumber(list: readonly Competency[]): Competency[] {
  return list.map((c, order) => (c.order === order ? c : { ...c, order }));
}

/** A clash with an existing name, or null when the name is free. `exceptId` is the record being renamed. */
function nameClash(catalog: readonly Competency[], name: string, exceptId: string | null): CatalogEditError | null {
  const key = competencyNameKey(name);
  const other = catalog.find((c) => c.id !== exceptId && competencyNameKey(c.name) === key);
  if (!other) return null;
  return other.retired
    ? fail(
        'name',
        `“${other.name}” already exists as a retired competency. Reinstate it instead, or choose a different name.`,
      )
    : fail('name', `Another competency is already called “${other.name}”. Choose a different name.`);
}

/**
 * Index at which a competency of `category`/`cluster` goes in a sorted list: after the last
 * member of that cluster in the category, or at the end of the category when the cluster is new.
 */
function insertionIndex(sorted: readonly Competency[], category: CompetencyCategory, cluster: string): number {
  let lastInCluster = -1;
  let lastInCategory = -1;
  let firstAfterCategory = sorted.length;
  sorted.forEach((c, i) => {
    if (c.category === category) {
      lastInCategory = i;
      if (c.cluster === cluster) lastInCluster = i;
    } else if (categoryIndex(c.category) > categoryIndex(category) && i < firstAfterCategory) {
      firstAfterCategory = i;
    }
  });
  if (lastInCluster >= 0) return lastInCluster + 1;
  if (lastInCategory >= 0) return lastInCategory + 1;
  return firstAfterCategory;
}

function notFound(): CatalogEditError {
  return fail('id', 'This competency is no longer in the catalog. Close the form and reopen the catalog.');
}

function findIndex(sorted: readonly Competency[], id: string): number | CatalogEditError {
  const index = sorted.findIndex((c) => c.id === id);
  return index >= 0 ? index : notFound();
}

/**
 * Adds a new competency at the end of its cluster (or category). The program id is taken from
 * the catalog, or from `programId` when the catalog is empty.
 */
export function addCompetency(
  catalog: readonly Competency[],
  draft: CompetencyDraft,
  newId: () => string,
  programId: string | undefined = catalog[0]?.programId,
): CatalogEditResult {
  const parsed = competencyDraftSchema.safeParse(draft);
  if (!parsed.success) return firstIssue(parsed.error, 'name');
  if (programId === undefined || programId === '') {
    return fail('program', 'Open a program before adding competencies to its catalog.');
  }
  const clash = nameClash(catalog, parsed.data.name, null);
  if (clash) return clash;
  const sorted = sortCatalog(catalog);
  const added: Competency = {
    id: newId(),
    programId,
    name: parsed.data.name,
    description: parsed.data.description,
    category: parsed.data.category,
    cluster: parsed.data.cluster,
    order: 0,
    retired: false,
    builtinKey: null,
  };
  const at = insertionIndex(sorted, added.category, added.cluster);
  return { ok: true, catalog: renumber([...sorted.slice(0, at), added, ...sorted.slice(at)]) };
}

function updateOne(
  catalog: readonly Competency[],
  id: string,
  change: (c: Competency) => Competency,
): CatalogEditResult {
  const sorted = sortCatalog(catalog);
  const index = findIndex(sorted, id);
  if (typeof index !== 'number') return index;
  return { ok: true, catalog: sorted.map((c, i) => (i === index ? change(c) : c)) };
}

/** Renames a competency; the new name must be unique in the program (case and spacing ignored). */
export function renameCompetency(catalog: readonly Competency[], id: string, name: string): CatalogEditResult {
  const parsed = nameSchema.safeParse(name);
  if (!parsed.success) return firstIssue(parsed.error, 'name');
  if (!catalog.some((c) => c.id === id)) return notFound();
  const clash = nameClash(catalog, parsed.data, id);
  if (clash) return clash;
  return updateOne(catalog, id, (c) => ({ ...c, name: parsed.data }));
}

/** Replaces a competency's description (may be empty). */
export function describeCompetency(
  catalog: readonly Competency[],
  id: string,
  description: string,
): CatalogEditResult {
  const parsed = descriptionSchema.safeParse(description);
  if (!parsed.success) return firstIssue(parsed.error, 'description');
  return updateOne(catalog, id, (c) => ({ ...c, description: parsed.data }));
}

/**
 * Moves a competency to another category and/or cluster. It lands after the last member of
 * the target cluster (or at the end of the category), so clusters stay together.
 */
export function moveCompetency(
  catalog: readonly Competency[],
  id: string,
  category: CompetencyCategory,
  cluster: string,
): CatalogEditResult {
  const cat = categorySchema.safeParse(category);
  if (!cat.success) return firstIssue(cat.error, 'category');
  const clu = clusterSchema.safeParse(cluster);
  if (!clu.success) return firstIssue(clu.error, 'cluster');
  const sorted = sortCatalog(catalog);
  const index = findIndex(sorted, id);
  if (typeof index !== 'number') return index;
  const current = sorted[index] as Competency;
  if (current.category === cat.data && current.cluster === clu.data) return { ok: true, catalog: sorted };
  const rest = sorted.filter((_, i) => i !== index);
  const moved: Competency = { ...current, category: cat.data, cluster: clu.data };
  const at = insertionIndex(rest, moved.category, moved.cluster);
  return { ok: true, catalog: renumber([...rest.slice(0, at), moved, ...rest.slice(at)]) };
}

/** Where to move a competency: one step up or down within its category, or to a catalog index. */
export type ReorderTarget = 'up' | 'down' | number;

/**
 * Moves a competency within its category. `'up'`/`'down'` at the edge of the category leave the
 * catalog unchanged; a numeric index (0-based, whole catalog in display order) must lie within the
 * competency's own category, because categories always display in a fixed order.
 */
export function reorderCompetency(
  catalog: readonly Competency[],
  id: string,
  target: ReorderTarget,
): CatalogEditResult {
  const sorted = sortCatalog(catalog);
  const index = findIndex(sorted, id);
  if (typeof index !== 'number') return index;
  const current = sorted[index] as Competency;
  let first = index;
  while (first > 0 && sorted[first - 1]?.category === current.category) first -= 1;
  let last = index;
  while (last < sorted.length - 1 && sorted[last + 1]?.category === current.category) last += 1;

  let to: number;
  if (target === 'up') to = Math.max(first, index - 1);
  else if (target === 'down') to = Math.min(last, index + 1);
  else {
    if (!Number.isInteger(target) || target < 0 || target >= sorted.length) {
      return fail('position', `Choose a position between 1 and ${sorted.length}.`);
    }
    if (target < first || target > last) {
      return fail(
        'position',
        `“${current.name}” is in ${CATEGORY_LABELS[current.category]}, which runs from position ${first + 1} to ${last + 1}. ` +
          'Choose a position in that range, or move it to another category first.',
      );
    }
    to = target;
  }
  if (to === index) return { ok: true, catalog: sorted };
  const rest = sorted.filter((_, i) => i !== index);
  return { ok: true, catalog: renumber([...rest.slice(0, to), current, ...rest.slice(to)]) };
}

/** Retires a competency: kept on the records that use it, no longer offered for new choices. */
export function retireCompetency(catalog: readonly Competency[], id: string): CatalogEditResult {
  return updateOne(catalog, id, (c) => (c.retired ? c : { ...c, retired: true }));
}

/** Brings a retired competency back into use. Its name is still unique, since retired names stay reserved. */
export function reinstateCompetency(catalog: readonly Competency[], id: string): CatalogEditResult {
  return updateOne(catalog, id, (c) => (c.retired ? { ...c, retired: false } : c));
}

/** `base` with the shortest " (custom)" / " (custom N)" suffix that is not yet taken, within the length limit. */
function customName(base: string, taken: Set<string>): string {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ' (custom)' : ` (custom ${n})`;
    const room = COMPETENCY_NAME_MAX - charCount(suffix);
    const candidate = [...base].slice(0, room).join('').trimEnd() + suffix;
    if (!taken.has(competencyNameKey(candidate))) return candidate;
  }
}

/**
 * Restores the built-in model: every built-in competency (matched by `builtinKey`) gets its
 * built-in name, description, category and cluster back and is un-retired; missing ones are
 * re-created. Custom competencies are kept exactly as they are (retired or not) and placed after
 * the built-ins of their category. A custom whose name now collides with a built-in name is
 * renamed "Name (custom)" so names stay unique. If two records claim the same built-in key, the
 * first in display order is the built-in and the others become custom. Idempotent.
 */
export function restoreDefaults(
  catalog: readonly Competency[],
  programId: string,
  newId: () => string,
): Competency[] {
  const sorted = sortCatalog(catalog);
  const byKey = new Map<string, Competency>();
  for (const c of sorted) {
    if (c.builtinKey !== null && !byKey.has(c.builtinKey) && BUILTIN_COMPETENCIES.some((b) => b.key === c.builtinKey)) {
      byKey.set(c.builtinKey, c);
    }
  }
  const builtins: Competency[] = BUILTIN_COMPETENCIES.map((b) => {
    const existing = byKey.get(b.key);
    return {
      id: existing?.id ?? newId(),
      programId: existing?.programId ?? programId,
      name: b.name,
      description: b.description,
      category: b.category,
      cluster: b.cluster,
      order: 0,
      retired: false,
      builtinKey: b.key,
    };
  });
  const restoredIds = new Set(builtins.map((c) => c.id));
  const taken = new Set(builtins.map((c) => competencyNameKey(c.name)));
  const customs: Competency[] = [];
  for (const c of sorted) {
    if (restoredIds.has(c.id)) continue;
    const key = competencyNameKey(c.name);
    const name = taken.has(key) ? customName(c.name.normalize('NFC').trim(), taken) : c.name;
    taken.add(competencyNameKey(name));
    customs.push(name === c.name && c.builtinKey === null ? c : { ...c, name, builtinKey: null });
  }
  const ordered = CATEGORY_ORDER.flatMap((category) => [
    ...builtins.filter((c) => c.category === category),
    ...customs.filter((c) => c.category === category),
  ]);
  return renumber(ordered);
}

/** Competencies that can be chosen today (not retired), in display order. */
export function activeCompetencies(catalog: readonly Competency[]): Competency[] {
  return sortCatalog(catalog).filter((c) => !c.retired);
}

/** One category of the catalog, with its clusters in order of first appearance. */
export interface CategoryGroup {
  category: CompetencyCategory;
  label: string;
  competencies: Competency[];
  clusters: { cluster: string; competencies: Competency[] }[];
}

/**
 * The catalog grouped for display: all three categories in fixed order (possibly empty), each
 * split into clusters. Includes whatever it is given; pass `activeCompetencies(...)` to hide retired ones.
 */
export function groupByCategory(catalog: readonly Competency[]): CategoryGroup[] {
  const sorted = sortCatalog(catalog);
  return CATEGORY_ORDER.map((category) => {
    const competencies = sorted.filter((c) => c.category === category);
    const clusters: CategoryGroup['clusters'] = [];
    for (const c of competencies) {
      const group = clusters.find((g) => g.cluster === c.cluster);
      if (group) group.competencies.push(c);
      else clusters.push({ cluster: c.cluster, competencies: [c] });
    }
    return { category, label: CATEGORY_LABELS[category], competencies, clusters };
  });
}
