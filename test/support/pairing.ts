/**
 * Builders and fast-check arbitraries for the pairing tests (test-only: nothing in the app
 * imports this file). People, catalogs and settings are generated small and varied, so property
 * tests reach the corners: shared departments, hard rules, do-not-pair lists, odd counts.
 */
import fc from 'fast-check';
import type { CareerStage, Competency, CompetencyCategory, Participant } from '../../src/renderer/src/domain/model';
import type { PairingSettings, RuleMode } from '../../src/renderer/src/domain/pairing/pairing-settings';
import { pairingSettingsSchema } from '../../src/renderer/src/domain/pairing/pairing-settings';
import { blankParticipantFields } from './blank-participant';

const CATEGORIES: CompetencyCategory[] = ['self', 'business', 'people'];

/** A catalog with the given names; categories rotate self, business, people. */
export function makeCatalog(names: readonly string[], programId = 'prog'): Competency[] {
  return names.map((name, i) => ({
    id: `c${i}`,
    programId,
    name,
    description: '',
    category: CATEGORIES[i % 3] as CompetencyCategory,
    cluster: '',
    order: i,
    retired: false,
    builtinKey: null,
  }));
}

/** A participant with sensible empty defaults; `id` doubles as first name and email local part. */
export function makePerson(fields: Partial<Participant> & { id: string }): Participant {
  const first = fields.firstName ?? fields.id;
  return {
    ...blankParticipantFields(),
    emailKey: `${fields.id.toLowerCase()}@example.org`,
    email: `${fields.id.toLowerCase()}@example.org`,
    firstName: first,
    lastName: fields.lastName ?? 'Test',
    name: fields.name ?? `${first} ${fields.lastName ?? 'Test'}`,
    ...fields,
  };
}

/** Settings with every rule set as given (weights from the defaults). */
export function settingsWith(patch: Record<string, unknown>): PairingSettings {
  return pairingSettingsSchema.parse(patch);
}

const ruleArb = (modes: readonly RuleMode[]) =>
  fc.record({ mode: fc.constantFrom(...modes), weight: fc.integer({ min: 0, max: 6 }) });

/** Random pairing settings; hard rules appear often enough to matter. */
export function settingsArb(
  options: {
    objective?: PairingSettings['objective'];
    oddPerson?: PairingSettings['oddPerson'];
    minScore?: boolean;
  } = {},
): fc.Arbitrary<PairingSettings> {
  const modes: RuleMode[] = ['off', 'soft', 'soft', 'hard'];
  return fc
    .record({
      pointsPerCoveredWant: fc.integer({ min: 0, max: 4 }),
      bothWaysBonus: fc.integer({ min: 0, max: 5 }),
      rules: fc.record({
        sameDepartment: ruleArb(modes),
        sameManager: ruleArb(modes),
        knownWell: ruleArb(modes),
        previousPartners: ruleArb(modes),
        careerStage: fc.record({
          prefer: fc.constantFrom('similar' as const, 'mixed' as const),
          mode: fc.constantFrom(...modes),
          weight: fc.integer({ min: 0, max: 6 }),
        }),
        sameLocation: ruleArb(modes),
        mutualPreference: ruleArb(['off', 'soft', 'soft', 'hard']),
      }),
      objective: options.objective
        ? fc.constant(options.objective)
        : fc.constantFrom('total' as const, 'raise-weakest' as const),
      minPairScore:
        options.minScore === false ? fc.constant(null) : fc.option(fc.integer({ min: -2, max: 6 })),
      pairAsManyAsPossible: fc.constant(true),
      oddPerson: options.oddPerson
        ? fc.constant(options.oddPerson)
        : fc.constantFrom('triad' as const, 'leave-out' as const),
      groups: fc.constant({}),
    })
    .map((raw) => pairingSettingsSchema.parse(raw));
}

/** A generated roster with its catalog and previous-partner history. */
export interface Roster {
  people: Participant[];
  catalog: Competency[];
  previousPartners: [string, string][];
}

const DEPARTMENTS = ['Sales', 'Finance', 'IT', ''];
const MANAGERS = ['Kim', 'Lee', ''];
const LOCATIONS = ['Leeds', 'York', ''];
const STAGES: (CareerStage | null)[] = [null, 'early', 'mid', 'late'];

/**
 * Random rosters of `minPeople`–`maxPeople` people over a small catalog, with relations (known
 * well, do-not-pair, preferences, registrations) between them and some withdrawn people.
 */
export function rosterArb(
  options: {
    minPeople?: number;
    maxPeople?: number;
    competencies?: number;
    registrations?: boolean;
    withdrawn?: boolean;
  } = {},
): fc.Arbitrary<Roster> {
  const minPeople = options.minPeople ?? 0;
  const maxPeople = options.maxPeople ?? 10;
  const catalog = makeCatalog(
    Array.from({ length: options.competencies ?? 8 }, (_, i) => `Skill ${i}`),
  );
  const ids = catalog.map((c) => c.id);
  const traits = fc.record({
    department: fc.constantFrom(...DEPARTMENTS),
    manager: fc.constantFrom(...MANAGERS),
    location: fc.constantFrom(...LOCATIONS),
    careerStage: fc.constantFrom(...STAGES),
    offers: fc.subarray(ids, { maxLength: 4 }),
    wants: fc.subarray(ids, { maxLength: 4 }),
    knownWell: fc.array(fc.nat(99), { maxLength: 2 }),
    doNotPair: fc.array(fc.nat(99), { maxLength: 1 }),
    preferred: fc.option(fc.nat(99), { freq: 3 }),
    registered:
      options.registrations === false ? fc.constant(null) : fc.option(fc.nat(99), { freq: 8 }),
    status:
      options.withdrawn === false
        ? fc.constant('active' as const)
        : fc.constantFrom(
            'active' as const,
            'active' as const,
            'active' as const,
            'withdrawn' as const,
          ),
  });
  return fc
    .tuple(
      fc.array(traits, { minLength: minPeople, maxLength: maxPeople }),
      fc.array(fc.tuple(fc.nat(99), fc.nat(99)), { maxLength: 3 }),
    )
    .map(([rows, history]) => {
      const n = rows.length;
      const id = (k: number): string => `p${String(k).padStart(2, '0')}`;
      const people = rows.map((r, k) =>
        makePerson({
          id: id(k),
          department: r.department,
          manager: r.manager,
          location: r.location,
          careerStage: r.careerStage,
          offers: r.offers,
          wants: r.wants,
          knownWell: r.knownWell.map((x) => id(x % n)).filter((x) => x !== id(k)),
          doNotPair: r.doNotPair.map((x) => id(x % n)).filter((x) => x !== id(k)),
          preferredPartnerEmail: r.preferred === null ? '' : `${id(r.preferred % n)}@example.org`,
          registeredWithEmail: r.registered === null ? '' : `${id(r.registered % n)}@example.org`,
          status: r.status,
        }),
      );
      const previousPartners =
        n === 0
          ? []
          : history.map(([a, b]): [string, string] => [
              `${id(a % n)}@example.org`,
              `${id(b % n)}@example.org`,
            ]);
      return { people, catalog, previousPartners };
    });
}

/** Every matching of `n` vertices using allowed edges, as mate arrays (brute force, small n only). */
export function allMatchings(n: number, allowed: (i: number, j: number) => boolean): number[][] {
  const out: number[][] = [];
  const mate = new Array<number>(n).fill(-1);
  const visit = (from: number): void => {
    let v = from;
    while (v < n && mate[v] !== -1) v += 1;
    if (v >= n) {
      out.push([...mate]);
      return;
    }
    mate[v] = -2; // v stays unmatched in this branch
    visit(v + 1);
    for (let u = v + 1; u < n; u += 1) {
      if (mate[u] !== -1 || !allowed(v, u)) continue;
      mate[v] = u;
      mate[u] = v;
      visit(v + 1);
      mate[u] = -1;
    }
    mate[v] = -1;
  };
  visit(0);
  return out.map((m) => m.map((x) => (x === -2 ? -1 : x)));
}
