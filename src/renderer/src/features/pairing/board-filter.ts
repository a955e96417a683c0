/**
 * Searching and filtering the proposals on the board: by a name (or e-mail, or "Pair 07"), by a
 * department, and weakest first. Pure, so the board shows exactly the pairs that match and the
 * count ("12 of 90 pairs") always agrees with the cards.
 */

/** What one proposal offers to the filter. */
export interface FilterableTeam {
  /** "Pair 07". */
  label: string;
  score: number;
  /** False when the team breaks a hard rule (shown first when weakest come first). */
  allowed: boolean;
  members: readonly { name: string; department: string; email: string }[];
}

/** The filter the coordinator set. */
export interface BoardFilter {
  /** Words to find in a name, an e-mail, a department or the team's label; blank for all. */
  text: string;
  /** Only teams with someone from this department; null for all. */
  department: string | null;
  order: 'board' | 'weakest';
}

/** Shows everything in board order. */
export const NO_FILTER: BoardFilter = { text: '', department: null, order: 'board' };

/** Lower case, accents off, spaces collapsed: "Zoë  Ng" finds "zoe ng". */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when the filter narrows anything down (order alone does not). */
export function isFiltering(filter: BoardFilter): boolean {
  return foldText(filter.text) !== '' || filter.department !== null;
}

/** Whether one team matches the filter's text and department. */
export function matchesFilter(team: FilterableTeam, filter: BoardFilter): boolean {
  if (
    filter.department !== null &&
    !team.members.some((m) => foldText(m.department) === foldText(filter.department ?? ''))
  )
    return false;
  const words = foldText(filter.text).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const label = foldText(team.label);
  // "pair 7" finds "Pair 07".
  const haystack = [
    label,
    label.replace(/ 0+(\d)/, ' $1'),
    ...team.members.flatMap((m) => [foldText(m.name), foldText(m.department), foldText(m.email)]),
  ].join(' \u0000 ');
  return words.every((w) => haystack.includes(w));
}

/**
 * The teams to show, in the order to show them: indexes into `teams`. Weakest first puts teams
 * that break a hard rule first, then lower scores; ties keep board order.
 */
export function filterTeams(teams: readonly FilterableTeam[], filter: BoardFilter): number[] {
  const shown = teams.flatMap((t, i) => (matchesFilter(t, filter) ? [i] : []));
  if (filter.order === 'weakest') {
    shown.sort((a, b) => {
      const x = teams[a] as FilterableTeam;
      const y = teams[b] as FilterableTeam;
      return Number(x.allowed) - Number(y.allowed) || x.score - y.score || a - b;
    });
  }
  return shown;
}

/** Departments to filter by: every non-blank department on the board, once, alphabetically. */
export function departmentsOf(teams: readonly FilterableTeam[]): string[] {
  const seen = new Map<string, string>();
  for (const t of teams)
    for (const m of t.members) {
      const d = m.department.trim();
      if (d !== '' && !seen.has(foldText(d))) seen.set(foldText(d), d);
    }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
