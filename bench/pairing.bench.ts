/**
 * Full pairing plan time for generated rosters of 300, 1,000 and 2,000 people: scoring every pair
 * (bit masks), then the plan (exact matching, odd person, team reasons, quality summary); then
 * the same rosters in groups mode (pairing, merging pairs, swaps).
 * A 31-competency catalog, 2–6 offers and wants each, departments, managers, stages, locations,
 * and a few known-well and do-not-pair links. Seeded, so every run measures the same rosters.
 */
import type {
  CareerStage,
  Competency,
  CompetencyCategory,
  Participant,
} from '../src/renderer/src/domain/model';
import { planGroupsPrepared } from '../src/renderer/src/domain/pairing/groups';
import { defaultPairingSettings } from '../src/renderer/src/domain/pairing/pairing-settings';
import { planPairsPrepared } from '../src/renderer/src/domain/pairing/plan-pairs';
import { preparePairing } from '../src/renderer/src/domain/pairing/prepare';
import { seededRandom } from './seeded-random';

const SIZES = [300, 1000, 2000];
const CATEGORY_SIZES: [CompetencyCategory, number][] = [
  ['self', 4],
  ['business', 12],
  ['people', 15],
];
const STAGES: CareerStage[] = ['early', 'mid', 'late'];

const rng = seededRandom;

function catalog(): Competency[] {
  const out: Competency[] = [];
  for (const [category, count] of CATEGORY_SIZES) {
    for (let k = 0; k < count; k += 1) {
      const i = out.length;
      out.push({
        id: `c${i}`,
        programId: 'bench',
        name: `Competency ${i + 1}`,
        description: '',
        category,
        cluster: '',
        order: i,
        retired: false,
        builtinKey: null,
      });
    }
  }
  return out;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function sample(ids: readonly string[], count: number, random: () => number): string[] {
  const pool = [...ids];
  const out: string[] = [];
  for (let k = 0; k < count && pool.length > 0; k += 1)
    out.push(...pool.splice(Math.floor(random() * pool.length), 1));
  return out;
}

/** A seeded roster of `n` people choosing from `competencies` (also used by the UI bench). */
export function roster(n: number, competencies: readonly Competency[], seed: number): Participant[] {
  const random = rng(seed);
  const ids = competencies.map((c) => c.id);
  const departments = Array.from(
    { length: Math.max(4, Math.round(n / 40)) },
    (_, k) => `Department ${k + 1}`,
  );
  const managers = Array.from(
    { length: Math.max(4, Math.round(n / 8)) },
    (_, k) => `Manager ${k + 1}`,
  );
  const locations = ['Leeds', 'York', 'Hull', 'Remote'];
  const personId = (k: number): string => `p${String(k).padStart(5, '0')}`;
  return Array.from({ length: n }, (_, k): Participant => {
    const knownWell = Array.from({ length: Math.floor(random() * 4) }, () =>
      personId(Math.floor(random() * n)),
    );
    const doNotPair = random() < 0.05 ? [personId(Math.floor(random() * n))] : [];
    return {
      id: personId(k),
      programId: 'bench',
      emailKey: `${personId(k)}@example.org`,
      email: `${personId(k)}@example.org`,
      firstName: `First${k}`,
      lastName: `Last${k}`,
      name: `First${k} Last${k}`,
      department: pick(departments, random),
      jobTitle: '',
      careerStage: pick(STAGES, random),
      location: pick(locations, random),
      manager: pick(managers, random),
      offers: sample(ids, 2 + Math.floor(random() * 5), random),
      wants: sample(ids, 2 + Math.floor(random() * 5), random),
      knownWell: knownWell.filter((id) => id !== personId(k)),
      doNotPair: doNotPair.filter((id) => id !== personId(k)),
      preferredPartnerEmail: '',
      registeredWithEmail: '',
      notes: '',
      custom: {},
      status: 'active',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  });
}

function cell(value: string | number, width: number): string {
  return String(value).padStart(width);
}

function printRow(values: readonly (string | number)[], widths: readonly number[]): void {
  console.log(values.map((v, k) => cell(v, widths[k] ?? 10)).join('  '));
}

/** Measures scoring, solving and the whole plan for each roster size and prints two tables. */
export async function run(): Promise<void> {
  const cat = catalog();
  // Warm-up on a small roster so the first row does not carry the JIT's start-up cost.
  planPairsPrepared(
    preparePairing({
      participants: roster(200, cat, 1),
      catalog: cat,
      settings: defaultPairingSettings,
    }),
  );
  const header = [
    'n',
    'pairs scored',
    'scoring ms',
    'solve ms',
    'total ms',
    'teams',
    'unpaired',
    'total score',
    'wants %',
  ];
  const widths = header.map((h) => Math.max(h.length, 10));
  console.log('Pairing plan (pairs mode, default settings)');
  printRow(header, widths);
  for (const n of SIZES) {
    const participants = roster(n, cat, n);
    const t0 = performance.now();
    const prep = preparePairing({ participants, catalog: cat, settings: defaultPairingSettings });
    const t1 = performance.now();
    const plan = planPairsPrepared(prep);
    const t2 = performance.now();
    const row = [
      n,
      (n * (n - 1)) / 2,
      (t1 - t0).toFixed(0),
      (t2 - t1).toFixed(0),
      (t2 - t0).toFixed(0),
      plan.teams.length,
      plan.unpaired.length,
      plan.quality.totalScore,
      plan.quality.wantsCoveredPercent.toFixed(1),
    ];
    printRow(row, widths);
  }

  const groupHeader = [
    'n',
    'scoring ms',
    'groups ms',
    'total ms',
    'groups',
    'unplaced',
    'total score',
    'wants %',
  ];
  const groupWidths = groupHeader.map((h) => Math.max(h.length, 10));
  console.log('');
  console.log('Peer groups (groups mode, 3-5, mixed)');
  printRow(groupHeader, groupWidths);
  for (const n of SIZES) {
    const participants = roster(n, cat, n);
    const t0 = performance.now();
    const prep = preparePairing({ participants, catalog: cat, settings: defaultPairingSettings });
    const t1 = performance.now();
    const plan = planGroupsPrepared(prep);
    const t2 = performance.now();
    printRow(
      [
        n,
        (t1 - t0).toFixed(0),
        (t2 - t1).toFixed(0),
        (t2 - t0).toFixed(0),
        plan.teams.length,
        plan.unpaired.length,
        plan.quality.totalScore,
        plan.quality.wantsCoveredPercent.toFixed(1),
      ],
      groupWidths,
    );
  }
}
