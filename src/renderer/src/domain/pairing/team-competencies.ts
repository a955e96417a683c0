/**
 * The competencies a confirmed team works on: 3–6 in total and one or two per category by
 * default (the program's `SelectionRules`). The suggestion prefers competencies one member offers
 * and another wants, in both directions, then ones somebody wants, and fills only as far as the
 * rules require with anything else. A category with no current competency cannot be chosen from:
 * checking a choice then asks for nothing there, and the rules' problems say so.
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

/**
 * Why the rules cannot be met with this catalog at all (empty when they can), including a
 * category with no current competency while the rules ask for some from each.
 */
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
  if (rules.minPerCategory > 0) {
    for (const category of CATEGORY_ORDER) {
      if ((available.get(category) ?? 0) === 0) {
        problems.push(
          `The catalog has no current competency in ${CATEGORY_LABELS[category]}, so a team cannot choose one from each category: add one to the catalog`,
        );
      }
    }
  }
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
 * THE suggestion for a team, used by the pairing board's confirm, the competency chooser and every
 * document. Pure and deterministic (the members' order does not matter). Picks one at a time,
 * best first: something that helps a member nobody helps yet (so both partners get something from
 * the other), then what more members can help with, then what more want, then what more offer,
 * then catalog order. First the per-category minimum, then up to the total minimum, then more
 * complementary ones up to the maximum. When the rules cannot be met with this catalog (e.g. a
 * category has no competency) the result is the closest choice, `valid` is false and the
 * messages say why, rather than a silently smaller choice.
 */
export function suggestTeamCompetencies(
  members: readonly Participant[],
  catalog: readonly Competency[],
  rules: SelectionRules,
): CompetencySuggestion {
  const active = activeCatalog(catalog);
  const position = new Map(active.map((c, i) => [c.id, i] as const));
  // Who can help whom with each competency: "giver>taker" by participant id.
  const helps = new Map<string, Set<string>>();
  const wanted = new Map<string, number>();
  const offered = new Map<string, number>();
  for (const m of members) {
    for (const id of new Set(m.wants)) wanted.set(id, (wanted.get(id) ?? 0) + 1);
    for (const id of new Set(m.offers)) offered.set(id, (offered.get(id) ?? 0) + 1);
    for (const o of members) {
      if (o.id === m.id) continue;
      for (const id of new Set(m.wants)) {
        if (!o.offers.includes(id)) continue;
        const set = helps.get(id) ?? new Set<string>();
        set.add(`${o.id}>${m.id}`);
        helps.set(id, set);
      }
    }
  }
  const complementary = (id: string): number => helps.get(id)?.size ?? 0;
  const helped = new Set<string>();
  const chosen = new Set<string>();
  const perCategory = new Map<CompetencyCategory, number>();
  const room = (c: Competency): boolean =>
    !chosen.has(c.id) && (perCategory.get(c.category) ?? 0) < rules.maxPerCategory;
  const key = (c: Competency): number[] => [
    [...(helps.get(c.id) ?? [])].filter((d) => !helped.has(d.slice(d.indexOf('>') + 1))).length,
    complementary(c.id),
    wanted.get(c.id) ?? 0,
    offered.get(c.id) ?? 0,
    -(position.get(c.id) ?? 0),
  ];
  const better = (a: number[], b: number[]): boolean => {
    for (let i = 0; i < a.length; i += 1) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    return false;
  };
  const pick = (fits: (c: Competency) => boolean): boolean => {
    let best: Competency | null = null;
    let bestKey: number[] = [];
    for (const c of active) {
      if (!room(c) || !fits(c)) continue;
      const k = key(c);
      if (best === null || better(k, bestKey)) [best, bestKey] = [c, k];
    }
    if (best === null) return false;
    chosen.add(best.id);
    perCategory.set(best.category, (perCategory.get(best.category) ?? 0) + 1);
    for (const d of helps.get(best.id) ?? []) helped.add(d.slice(d.indexOf('>') + 1));
    return true;
  };

  const available = availableByCategory(active);
  for (const category of CATEGORY_ORDER) {
    const need = Math.min(categoryMinimum(available.get(category) ?? 0, rules), rules.maxPerCategory);
    while ((perCategory.get(category) ?? 0) < need && pick((c) => c.category === category));
  }
  while (chosen.size < rules.minTotal && pick(() => true));
  while (chosen.size < rules.maxTotal && pick((c) => complementary(c.id) > 0));

  const competencyIds = active.filter((c) => chosen.has(c.id)).map((c) => c.id);
  const check = validateTeamCompetencies(competencyIds, catalog, rules);
  const problems = selectionRulesProblems(catalog, rules);
  return {
    competencyIds,
    valid: check.valid && problems.length === 0,
    messages: [...problems, ...(problems.length > 0 ? [] : check.messages)],
  };
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
