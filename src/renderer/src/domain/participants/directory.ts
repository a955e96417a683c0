/**
 * The participants directory as the screen shows it: one row per participant with everything a
 * search, filter or sort needs worked out once (folded search key, competency names, team), so
 * that typing in the search box only runs a substring test per row, even at 5,000 people.
 */
import type { CareerStage, Competency, Participant, ParticipantStatus, Team, TeamKind, TeamMember } from '../model';
import { CAREER_STAGE_LABELS } from '../model';
import { foldForSearch, joinSearchKey, matchesTerms, queryTerms } from './search-text';

/** The confirmed team a participant belongs to. */
export interface TeamRef {
  teamId: string;
  number: number;
  kind: TeamKind;
}

/** One participant, ready to search, filter, sort and display. */
export interface DirectoryRow {
  id: string;
  participant: Participant;
  /** Folded name, email, department, job title, location and competency names (not the manager: searching a name should not list their reports). */
  searchKey: string;
  /** The folded name, the default sort order. */
  nameKey: string;
  /** Names of offered / wanted competencies in catalog order (unknown ids left out). */
  offerNames: string[];
  wantNames: string[];
  /** Offered / wanted competencies that are retired (still shown on the record). */
  retiredIds: string[];
  /** The confirmed team the person is in, null when not paired. */
  team: TeamRef | null;
}

/**
 * Who is paired: every participant in a confirmed team, with that team. A person in two
 * confirmed teams (should not happen) keeps the lowest-numbered one, so the result is stable.
 */
export function confirmedTeamIndex(teams: readonly Team[], members: readonly TeamMember[]): Map<string, TeamRef> {
  const confirmed = new Map<string, Team>();
  for (const t of teams) if (t.status === 'confirmed') confirmed.set(t.id, t);
  const index = new Map<string, TeamRef>();
  for (const m of members) {
    const team = confirmed.get(m.teamId);
    if (!team) continue;
    const previous = index.get(m.participantId);
    if (previous && previous.number <= team.number) continue;
    index.set(m.participantId, { teamId: team.id, number: team.number, kind: team.kind });
  }
  return index;
}

/** Directory rows for a roster; `teams` from `confirmedTeamIndex`. */
export function buildDirectoryRows(
  participants: readonly Participant[],
  catalog: readonly Competency[],
  teams: ReadonlyMap<string, TeamRef> = new Map(),
): DirectoryRow[] {
  const byId = new Map(catalog.map((c) => [c.id, c]));
  // Competency names are folded once per catalog, and values many people share (departments,
  // locations, job titles) once per roster: that keeps a 5,000-person rebuild short.
  const foldedCompetency = new Map(catalog.map((c) => [c.id, foldForSearch(c.name)]));
  const shared = new Map<string, string>();
  const foldShared = (value: string): string => {
    let folded = shared.get(value);
    if (folded === undefined) {
      folded = foldForSearch(value);
      shared.set(value, folded);
    }
    return folded;
  };
  const known = (ids: readonly string[]): Competency[] => {
    const list: Competency[] = [];
    for (const id of ids) {
      const c = byId.get(id);
      if (c) list.push(c);
    }
    return list.sort((a, b) => a.order - b.order);
  };
  return participants.map((p) => {
    const offers = known(p.offers);
    const wants = known(p.wants);
    const retiredIds = [...new Set([...p.offers, ...p.wants])].filter((id) => byId.get(id)?.retired === true);
    const nameKey = foldForSearch(p.name);
    const parts = [
      nameKey,
      foldForSearch(p.firstName),
      foldForSearch(p.lastName),
      foldForSearch(p.email),
      foldShared(p.department),
      foldShared(p.jobTitle),
      foldShared(p.location),
    ];
    for (const c of offers) parts.push(foldedCompetency.get(c.id) ?? '');
    for (const c of wants) parts.push(foldedCompetency.get(c.id) ?? '');
    return {
      id: p.id,
      participant: p,
      searchKey: joinSearchKey(parts),
      nameKey,
      offerNames: offers.map((c) => c.name),
      wantNames: wants.map((c) => c.name),
      retiredIds,
      team: teams.get(p.id) ?? null,
    };
  });
}

/** `none` stands for "career stage not given". */
export type StageFilterValue = CareerStage | 'none';

/** What the coordinator narrowed the directory to. Empty lists mean "any". */
export interface DirectoryFilter {
  query: string;
  /** One status, `current` (everyone but the withdrawn) or `all`. */
  status: DirectoryStatusFilter;
  departments: string[];
  careerStages: StageFilterValue[];
  paired: 'any' | 'paired' | 'unpaired';
  /** Competency id the person wants to develop, or null for any. */
  wants: string | null;
  /** Competency id the person can offer, or null for any. */
  offers: string | null;
}

/** The directory's status choice. */
export type DirectoryStatusFilter = ParticipantStatus | 'current' | 'all';

/** The status choices in the order the directory offers them. */
export const DIRECTORY_STATUS_CHOICES: readonly { value: DirectoryStatusFilter; label: string; word: string }[] = [
  { value: 'current', label: 'Interested or taking part', word: 'participants' },
  { value: 'interested', label: 'Interested', word: 'interested people' },
  { value: 'opted-in', label: 'Opted in', word: 'people opted in' },
  { value: 'active', label: 'Active', word: 'active participants' },
  { value: 'withdrawn', label: 'Withdrawn', word: 'withdrawn participants' },
  { value: 'all', label: 'Everyone', word: 'people, withdrawn included' },
];

/** True when a person with `status` passes the status choice. */
export function statusPasses(choice: DirectoryStatusFilter, status: ParticipantStatus): boolean {
  if (choice === 'all') return true;
  if (choice === 'current') return status !== 'withdrawn';
  return status === choice;
}

/** No narrowing except hiding people who withdrew. */
export const DEFAULT_DIRECTORY_FILTER: DirectoryFilter = {
  query: '',
  status: 'current',
  departments: [],
  careerStages: [],
  paired: 'any',
  wants: null,
  offers: null,
};

/** True when the filter narrows anything beyond the default. */
export function isFiltered(filter: DirectoryFilter): boolean {
  return (
    filter.query.trim() !== '' ||
    filter.status !== DEFAULT_DIRECTORY_FILTER.status ||
    filter.departments.length > 0 ||
    filter.careerStages.length > 0 ||
    filter.paired !== 'any' ||
    filter.wants !== null ||
    filter.offers !== null
  );
}

/** The rows that pass every part of the filter, in their given order. */
export function filterDirectory(rows: readonly DirectoryRow[], filter: DirectoryFilter): DirectoryRow[] {
  const terms = queryTerms(filter.query);
  const departments = filter.departments.length > 0 ? new Set(filter.departments) : null;
  const stages = filter.careerStages.length > 0 ? new Set<StageFilterValue>(filter.careerStages) : null;
  const out: DirectoryRow[] = [];
  for (const row of rows) {
    const p = row.participant;
    if (!statusPasses(filter.status, p.status)) continue;
    if (departments && !departments.has(p.department)) continue;
    if (stages && !stages.has(p.careerStage ?? 'none')) continue;
    if (filter.paired === 'paired' && row.team === null) continue;
    if (filter.paired === 'unpaired' && row.team !== null) continue;
    if (filter.wants !== null && !p.wants.includes(filter.wants)) continue;
    if (filter.offers !== null && !p.offers.includes(filter.offers)) continue;
    if (!matchesTerms(row.searchKey, terms)) continue;
    out.push(row);
  }
  return out;
}

/** Columns the directory can be sorted by. */
export type DirectorySortColumn =
  | 'name'
  | 'email'
  | 'department'
  | 'jobTitle'
  | 'careerStage'
  | 'location'
  | 'manager'
  | 'offers'
  | 'wants'
  | 'team'
  | 'status';

export interface DirectorySort {
  column: DirectorySortColumn;
  direction: 'asc' | 'desc';
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const STAGE_RANK: Record<CareerStage, number> = { early: 0, mid: 1, late: 2 };

type Key = string | number | null;

function rawKey(row: DirectoryRow, column: DirectorySortColumn): Key {
  const p = row.participant;
  switch (column) {
    case 'name':
      return row.nameKey;
    case 'careerStage':
      return p.careerStage === null ? null : STAGE_RANK[p.careerStage];
    case 'offers':
      return p.offers.length;
    case 'wants':
      return p.wants.length;
    case 'team':
      return row.team === null ? null : row.team.number;
    case 'status':
      return p.status;
    default: {
      const value = p[column];
      // Blank text sorts with the missing values, after everything filled in.
      return value.trim() === '' ? null : value;
    }
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Rows sorted by one column, ties broken by name then email so the order never depends on
 * storage order. Missing values (no career stage, no team, blank text) always come last. Text is
 * compared folded (case and accents ignored), computed once per row, so 5,000 rows sort quickly.
 */
export function sortDirectory(rows: readonly DirectoryRow[], sort: DirectorySort): DirectoryRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  // Departments, locations and the like repeat: fold each distinct value once.
  const folded = new Map<string, string>();
  const fold = (value: string): string => {
    let f = folded.get(value);
    if (f === undefined) {
      f = foldForSearch(value);
      folded.set(value, f);
    }
    return f;
  };
  const keyed = rows.map((row) => {
    const raw = rawKey(row, sort.column);
    return { row, key: typeof raw === 'string' && sort.column !== 'name' ? fold(raw) : raw, name: row.nameKey };
  });
  keyed.sort((x, y) => {
    if (x.key === null || y.key === null) {
      if (x.key !== y.key) return x.key === null ? 1 : -1;
    } else {
      const c = typeof x.key === 'number' && typeof y.key === 'number' ? x.key - y.key : compareText(String(x.key), String(y.key));
      if (c !== 0) return sign * c;
    }
    return (
      compareText(x.name, y.name) ||
      compareText(x.row.participant.emailKey, y.row.participant.emailKey) ||
      compareText(x.row.id, y.row.id)
    );
  });
  return keyed.map((k) => k.row);
}

/** A choice in a filter list with how many rows have it. */
export interface FacetOption<V extends string = string> {
  value: V;
  label: string;
  count: number;
}

/** Departments and career stages present in the rows, with counts, for the filter lists. */
export function directoryFacets(rows: readonly DirectoryRow[]): {
  departments: FacetOption[];
  careerStages: FacetOption<StageFilterValue>[];
} {
  const departments = new Map<string, number>();
  const stages = new Map<StageFilterValue, number>();
  for (const { participant: p } of rows) {
    if (p.department.trim() !== '') departments.set(p.department, (departments.get(p.department) ?? 0) + 1);
    const stage = p.careerStage ?? 'none';
    stages.set(stage, (stages.get(stage) ?? 0) + 1);
  }
  const stageOrder: StageFilterValue[] = ['early', 'mid', 'late', 'none'];
  return {
    departments: [...departments]
      .map(([value, count]) => ({ value, label: value, count }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    careerStages: stageOrder
      .filter((s) => stages.has(s))
      .map((s) => ({ value: s, label: s === 'none' ? 'Not given' : CAREER_STAGE_LABELS[s], count: stages.get(s) ?? 0 })),
  };
}

/** "Pair 07", "Triad 03", "Group 02". */
export function teamLabel(team: Pick<TeamRef, 'kind' | 'number'>): string {
  const word = team.kind === 'pair' ? 'Pair' : team.kind === 'triad' ? 'Triad' : 'Group';
  return `${word} ${String(team.number).padStart(2, '0')}`;
}
