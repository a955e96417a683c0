/**
 * Participants directory at 1,000, 5,000 and 20,000 people: preparing the rows (folded search
 * keys, competency names, teams), one search keystroke, a combined filter, sorting by name and by
 * career stage, the filter facets, and the skills coverage. Seeded, so every run measures the same
 * rosters; names carry accents as real rosters do.
 */
import type { CareerStage, Competency, CompetencyCategory, Participant, Team, TeamMember } from '../src/renderer/src/domain/model';
import { computeCoverage } from '../src/renderer/src/domain/participants/coverage';
import {
  DEFAULT_DIRECTORY_FILTER,
  buildDirectoryRows,
  confirmedTeamIndex,
  directoryFacets,
  filterDirectory,
  sortDirectory,
} from '../src/renderer/src/domain/participants/directory';
import { medianMs, printTable } from './table';
import { seededRandom } from './seeded-random';

const SIZES = [1000, 5000, 20000];
const CATEGORIES: CompetencyCategory[] = ['self', 'business', 'people'];
const STAGES: (CareerStage | null)[] = ['early', 'mid', 'late', null];
const FIRST = ['Zoë', 'José', 'Ngozi', 'Siobhán', 'Lukas', 'Mei Lin', 'Rahul', 'Amara', 'Björn', 'Fatima', 'Grace', 'Tomasz', 'Hana', 'Élodie'];
const LAST = ['Hartmann', 'Ortega', 'Okafor', 'Ní Bhriain', 'Müller', 'Chen', 'Deshpande', 'Nwosu', 'Lindqvist', "O'Connell", 'Wiśniewski', 'Nguyễn'];
const DEPARTMENTS = ['Nursing', 'Pharmacy', 'Research & Quality', 'Human Resources', 'Information Technology', 'Finance', 'Estates', 'Radiology'];

const rng = seededRandom;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function catalog(): Competency[] {
  return Array.from({ length: 31 }, (_, i) => ({
    id: `c${i}`,
    programId: 'bench',
    name: `Competency number ${i + 1}`,
    description: '',
    category: CATEGORIES[i % 3] as CompetencyCategory,
    cluster: '',
    order: i,
    retired: false,
    builtinKey: null,
  }));
}

function roster(size: number, random: () => number): Participant[] {
  const some = () => Array.from({ length: 2 + Math.floor(random() * 4) }, () => `c${Math.floor(random() * 31)}`);
  return Array.from({ length: size }, (_, i) => {
    const name = `${pick(FIRST, random)} ${pick(LAST, random)}`;
    const email = `person${i}@example.org`;
    return {
      id: `p${i}`,
      programId: 'bench',
      emailKey: email,
      email,
      firstName: '',
      lastName: '',
      name,
      department: pick(DEPARTMENTS, random),
      jobTitle: 'Specialist',
      careerStage: pick(STAGES, random),
      location: 'Riverside Campus',
      manager: '',
      offers: some(),
      wants: some(),
      knownWell: [],
      doNotPair: [],
      preferredPartnerEmail: '',
      registeredWithEmail: '',
      notes: '',
      custom: {},
      status: random() < 0.05 ? 'withdrawn' : 'active',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  });
}

function teams(people: readonly Participant[]): { teams: Team[]; members: TeamMember[] } {
  const out: Team[] = [];
  const members: TeamMember[] = [];
  for (let i = 0; i + 1 < people.length * 0.6; i += 2) {
    const id = `t${i}`;
    out.push({
      id,
      programId: 'bench',
      kind: 'pair',
      status: 'confirmed',
      number: i / 2 + 1,
      locked: false,
      facilitated: false,
      score: 0,
      reasons: [],
      competencyIds: [],
      letterSentOn: '', confirmedOn: '', endedOn: '', endedReason: '',
      createdAt: '',
      updatedAt: '',
    });
    members.push(
      { id: `${id}a`, teamId: id, programId: 'bench', participantId: `p${i}` },
      { id: `${id}b`, teamId: id, programId: 'bench', participantId: `p${i + 1}` },
    );
  }
  return { teams: out, members };
}

/** Prints one line per roster size: median milliseconds of each step. */
export async function run(): Promise<void> {
  const rows: (string | number)[][] = [];
  const cat = catalog();
  for (const size of SIZES) {
    const people = roster(size, rng(size));
    const t = teams(people);
    const index = confirmedTeamIndex(t.teams, t.members);
    const directory = buildDirectoryRows(people, cat, index);
    const build = await medianMs(() => buildDirectoryRows(people, cat, confirmedTeamIndex(t.teams, t.members)));
    // One keystroke of a search that still matches many people, and one that matches few.
    const keystrokeBroad = await medianMs(() => filterDirectory(directory, { ...DEFAULT_DIRECTORY_FILTER, query: 'mu' }), 9);
    const keystrokeNarrow = await medianMs(
      () => filterDirectory(directory, { ...DEFAULT_DIRECTORY_FILTER, query: 'zoe hartm' }),
      9,
    );
    const combined = await medianMs(
      () =>
        filterDirectory(directory, {
          ...DEFAULT_DIRECTORY_FILTER,
          departments: ['Nursing', 'Finance'],
          careerStages: ['early'],
          paired: 'unpaired',
          wants: 'c4',
        }),
      9,
    );
    const sortName = await medianMs(() => sortDirectory(directory, { column: 'name', direction: 'asc' }));
    const sortStage = await medianMs(() => sortDirectory(directory, { column: 'careerStage', direction: 'desc' }));
    const facets = await medianMs(() => directoryFacets(directory));
    const coverage = await medianMs(() => computeCoverage(people, cat));
    rows.push([size, build, keystrokeBroad, keystrokeNarrow, combined, sortName, sortStage, facets, coverage]);
  }
  printTable(
    ['people', 'rows ms', 'search "mu" ms', 'search "zoe hartm" ms', '4 filters ms', 'sort name ms', 'sort stage ms', 'facets ms', 'coverage ms'],
    rows,
  );
}
