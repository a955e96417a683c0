/**
 * The competencies a confirmed team works on: 3–6 in total and one or two per category by
 * default (the program's `SelectionRules`). The suggestion prefers competencies one member offers
 * and another wants, then ones somebody wants, and fills only as far as the rules require with
 * anything else. A category with no active competency in the catalog asks for nothing.
 */
import type { Competency, CompetencyCategory, Participant, SelectionRules, Team } from '../model';
import { CATEGORY_LABELS, CATEGORY_ORDER } from '../model';

/** Result of checking a team's choice against the program rules. */
export interface CompetencyValidation {
  valid: boolean;
  /** One message per problem, in words a coordinator can act on. */
  messages: string[];
}

/** A suggested choice for a team. */
export interface CompetencySuggestion extends CompetencyValidation {
  /** Chosen competency ids, in catalog order. */
  competencyIds: string[];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function activeCatalog(catalog: readonly Competency[]): Competency[] {
  const seen = new Set<string>();
  return catalog
    .filter((c) => !c.retired)
    .slice()
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
}

function availableByCategory(active: readonly Competency[]): Map<CompetencyCategory, number> {
  const out = new Map<CompetencyCategory, number>();
  for (const c of active) out.set(c.category, (out.get(c.category) ?? 0) + 1);
  return out;
}

/** How many a category needs: the rule's minimum, or fewer if the catalog has fewer. */
function categoryMinimum(available: number, rules: SelectionRules): number {
  return Math.min(rules.minPerCategory, available);
}

/** Why the rules cannot be met with this catalog at all (empty when they can). */
export function selectionRulesProblems(
  catalog: readonly Competency[],
  rules: SelectionRules,
): string[] {
  const problems: string[] = [];
  if (rules.minTotal > rules.maxTotal) {
    problems.push(
      `The rules ask for at least ${rules.minTotal} but at most ${rules.maxTotal} competencies`,
    );
  }
  if (rules.minPerCategory > rules.maxPerCategory) {
    problems.push(
      `The rules ask for at least ${rules.minPerCategory} but at most ${rules.maxPerCategory} competencies per category`,
    );
  }
  const available = availableByCategory(activeCatalog(catalog));
  let low = 0;
  let high = 0;
  for (const n of available.values()) {
    low += categoryMinimum(n, rules);
    high += Math.min(rules.maxPerCategory, n);
  }
  if (low > rules.maxTotal) {
    problems.push(
      `One per category already needs ${plural(low, 'competency', 'competencies')}, more than the maximum of ${rules.maxTotal}`,
    );
  }
  if (high < rules.minTotal) {
    problems.push(
      `The catalog and the per-category maximum allow only ${plural(high, 'competency', 'competencies')}, fewer than the minimum of ${rules.minTotal}`,
    );
  }
  return problems;
}

/** Checks a team's chosen competency ids against the catalog and the program rules. */
export function validateTeamCompetencies(
  ids: readonly string[],
  catalog: readonly Competency[],
  rules: SelectionRules,
): CompetencyValidation {
  const messages: string[] = [];
  const byId = new Map(catalog.map((c) => [c.id, c] as const));
  const chosen: Competency[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    const c = byId.get(id);
    if (!c) {
      messages.push(`Unknown competency (${id}): choose it again from the catalog`);
      continue;
    }
    if (seen.has(id)) {
      messages.push(`${c.name} is chosen more than once`);
      continue;
    }
    seen.add(id);
    if (c.retired) {
      messages.push(`${c.name} is retired and can no longer be chosen`);
      continue;
    }
    chosen.push(c);
  }
  if (chosen.length < rules.minTotal) {
    messages.push(
      `Choose at least ${plural(rules.minTotal, 'competency', 'competencies')} (${chosen.length} chosen)`,
    );
  }
  if (chosen.length > rules.maxTotal) {
    messages.push(
      `Choose no more than ${plural(rules.maxTotal, 'competency', 'competencies')} (${chosen.length} chosen)`,
    );
  }
  const available = availableByCategory(activeCatalog(catalog));
  for (const category of CATEGORY_ORDER) {
    const count = chosen.filter((c) => c.category === category).length;
    const need = categoryMinimum(available.get(category) ?? 0, rules);
    const label = CATEGORY_LABELS[category];
    if (count < need) messages.push(`Choose at least ${need} from ${label} (${count} chosen)`);
    if (count > rules.maxPerCategory)
      messages.push(`Choose no more than ${rules.maxPerCategory} from ${label} (${count} chosen)`);
  }
  return { valid: messages.length === 0, messages };
}

/**
 * Suggests a valid choice for a team. When the rules can be met with this catalog the result is
 * always valid; otherwise it is the closest choice and the messages say why.
 */
export function suggestTeamCompetencies(
  members: readonly Participant[],
  catalog: readonly Competency[],
  rules: SelectionRules,
): CompetencySuggestion {
  const active = activeCatalog(catalog);
  const position = new Map(active.map((c, i) => [c.id, i] as const));
  const complementary = new Map<string, number>();
  const wanted = new Map<string, number>();
  const offered = new Map<string, number>();
  members.forEach((m, i) => {
    for (const id of new Set(m.wants)) wanted.set(id, (wanted.get(id) ?? 0) + 1);
    for (const id of new Set(m.offers)) offered.set(id, (offered.get(id) ?? 0) + 1);
    members.forEach((o, j) => {
      if (i === j) return;
      for (const id of new Set(m.wants)) {
        if (o.offers.includes(id)) complementary.set(id, (complementary.get(id) ?? 0) + 1);
      }
    });
  });
  // Best first: complementary (offered by one, wanted by another), then wanted, then offered.
  const ranked = [...active].sort(
    (a, b) =>
      (complementary.get(b.id) ?? 0) - (complementary.get(a.id) ?? 0) ||
      (wanted.get(b.id) ?? 0) - (wanted.get(a.id) ?? 0) ||
      (offered.get(b.id) ?? 0) - (offered.get(a.id) ?? 0) ||
      (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0),
  );
  const available = availableByCategory(active);
  const chosen = new Set<string>();
  const perCategory = new Map<CompetencyCategory, number>();
  const take = (c: Competency): void => {
    chosen.add(c.id);
    perCategory.set(c.category, (perCategory.get(c.category) ?? 0) + 1);
  };
  const room = (c: Competency): boolean =>
    !chosen.has(c.id) && (perCategory.get(c.category) ?? 0) < rules.maxPerCategory;

  for (const category of CATEGORY_ORDER) {
    const need = Math.min(
      categoryMinimum(available.get(category) ?? 0, rules),
      rules.maxPerCategory,
    );
    for (const c of ranked) {
      if ((perCategory.get(category) ?? 0) >= need) break;
      if (c.category === category && room(c)) take(c);
    }
  }
  for (const c of ranked) {
    if (chosen.size >= rules.minTotal) break;
    if (room(c)) take(c);
  }
  for (const c of ranked) {
    if (chosen.size >= rules.maxTotal) break;
    if ((complementary.get(c.id) ?? 0) > 0 && room(c)) take(c);
  }
  const competencyIds = active.filter((c) => chosen.has(c.id)).map((c) => c.id);
  const check = validateTeamCompetencies(competencyIds, catalog, rules);
  const problems = check.valid ? [] : selectionRulesProblems(catalog, rules);
  return { competencyIds, valid: check.valid, messages: [...problems, ...check.messages] };
}

/** The competencies a team's documents print, and whether the team still has to confirm them. */
export interface TeamCompetencyPlan {
  /** Competency ids, in the team's order when chosen, in catalog order when suggested. */
  competencyIds: string[];
  /**
   * True while these are the app's suggestion: the team has not chosen (nothing stored), or the
   * stored ones are the suggestion saved at confirmation and not yet agreed by the team.
   */
  toConfirm: boolean;
  /** Why the suggestion cannot follow the program rules (empty when it does, or when chosen). */
  problems: string[];
}

/**
 * What every document (letter, agreement, worksheets) prints for one team: its own choice once
 * made, else the one suggestion of `suggestTeamCompetencies`, marked as still to confirm.
 * Teams stored before `competenciesAgreed` existed count as having chosen what they hold.
 */
export function teamCompetencyPlan(
  team: Pick<Team, 'competencyIds' | 'competenciesAgreed'>,
  members: readonly Participant[],
  catalog: readonly Competency[],
  rules: SelectionRules,
): TeamCompetencyPlan {
  const known = new Set(catalog.map((c) => c.id));
  const stored = [...new Set(team.competencyIds)].filter((id) => known.has(id));
  if (stored.length > 0) {
    return { competencyIds: stored, toConfirm: team.competenciesAgreed === false, problems: [] };
  }
  const suggestion = suggestTeamCompetencies(members, catalog, rules);
  return { competencyIds: suggestion.competencyIds, toConfirm: true, problems: suggestion.messages };
}
