/**
 * Roster import speed: the whole pure pipeline (decode → parse → map → validate → competency
 * matching → merge plan) against papaparse's bare parse of the same bytes, which is the floor no
 * importer can beat. Targets: pipeline within 3× the bare parse, 10,000 rows under 1.5 s.
 * Run: node --import tsx -e "import('./bench/roster.bench.ts').then(m=>m.run())"
 */
import Papa from 'papaparse';
import { fixtureCatalog } from '../test/fixtures/roster/fixture-data.mjs';
import { suggestMapping } from '../src/renderer/src/domain/roster/column-mapping';
import { exportParticipantsCsv } from '../src/renderer/src/domain/roster/export-csv';
import { prepareImport } from '../src/renderer/src/domain/roster/prepare-import';
import { readRoster } from '../src/renderer/src/domain/roster/read-roster';
import type { CareerStage, Participant } from '../src/renderer/src/domain/model';

const PROGRAM = 'bench-program';
const catalog = fixtureCatalog(PROGRAM);

const FIRST = ['Amélie', 'Jürgen', 'Sofía', 'Grace', 'Kwame', 'Priya', 'Tomasz', 'Fatima', 'Heike', 'Liam', 'Chen', 'Zoë', 'Björn', 'Lucía', 'David', 'Ines'];
const LAST = ['Durand', 'Müller', 'Núñez', 'O’Brien', 'Mensah', 'Raghunathan', 'Wiśniewski', 'Al-Sayed', 'Strauß', 'Okafor', 'Peña', 'Clarke', 'Lindqvist', 'Nguyen'];
const DEPARTMENTS = ['Finance', 'Engineering', 'People & Culture', 'Operations', 'IT', 'Research', 'Legal', 'Sales', 'Marketing'];
const STAGES: CareerStage[] = ['early', 'mid', 'late'];
// Typed variants people really use, so matching does real work (some exact, some not).
const TYPOS: Record<string, string> = { 'Stress management': 'stress mgmt', 'Analytical thinking': 'analytical thinkng', 'Oral communication': 'Oral comms' };

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A realistic roster CSV of `n` people, as Excel would save it (BOM, CRLF). */
function rosterBytes(n: number): Uint8Array {
  const rand = rng(n);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const people: Participant[] = [];
  for (let i = 0; i < n; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const offers = new Set<string>();
    const wants = new Set<string>();
    while (offers.size < 3) offers.add(pick(catalog).id);
    while (wants.size < 3) wants.add(pick(catalog).id);
    people.push({
      id: `p${i}`,
      programId: PROGRAM,
      emailKey: `person.${i}@example.org`,
      email: `person.${i}@example.org`,
      firstName: first,
      lastName: last,
      name: `${first} ${last}`,
      department: pick(DEPARTMENTS),
      jobTitle: `Specialist ${i % 40}`,
      careerStage: pick(STAGES),
      location: pick(['London', 'Lyon', 'Remote', 'Dublin']),
      manager: `${pick(FIRST)} ${pick(LAST)}`,
      offers: [...offers],
      wants: [...wants],
      knownWell: i > 0 && i % 7 === 0 ? [`p${i - 1}`] : [],
      doNotPair: [],
      preferredPartnerEmail: '',
      registeredWithEmail: '',
      notes: i % 5 === 0 ? 'Prefers online meetings, "camera on" is fine.\nTuesdays or Thursdays.' : '',
      custom: { 'Shirt size': pick(['S', 'M', 'L']) },
      status: 'active',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  }
  let csv = exportParticipantsCsv(people, catalog);
  for (const [name, typo] of Object.entries(TYPOS)) csv = csv.split(`; ${name}`).join(`; ${typo}`);
  return new TextEncoder().encode(csv);
}

/** Best and median wall time of `runs` runs: the best is what the code costs on a quiet machine. */
async function timeRuns(runs: number, f: () => unknown): Promise<{ best: number; median: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { best: times[0] as number, median: times[Math.floor(times.length / 2)] as number };
}

async function pipeline(bytes: Uint8Array): Promise<number> {
  const read = await readRoster(bytes, 'roster.csv');
  const prepared = prepareImport(read, suggestMapping(read.headers), catalog, [], { programId: PROGRAM });
  return prepared.drafts.length;
}

function bareParse(bytes: Uint8Array): number {
  return Papa.parse<string[]>(new TextDecoder().decode(bytes)).data.length;
}

/** Print bare parse vs whole pipeline for 2,000 and 10,000 rows. */
export async function run(): Promise<void> {
  const rows: string[][] = [['rows', 'size', 'bare parse', 'pipeline', 'ratio', 'median ratio', 'targets (≤3×, 10k ≤1500 ms)']];
  for (const n of [2_000, 10_000]) {
    const bytes = rosterBytes(n);
    const drafts = await pipeline(bytes);
    if (drafts !== n) throw new Error(`pipeline produced ${drafts} drafts for ${n} rows`);
    // Warm both paths up (JIT) before timing.
    for (let i = 0; i < 3; i++) {
      bareParse(bytes);
      await pipeline(bytes);
    }
    const floor = await timeRuns(9, () => bareParse(bytes));
    const whole = await timeRuns(9, () => pipeline(bytes));
    const ratio = whole.best / floor.best;
    const ok = ratio <= 3 && (n < 10_000 || whole.best <= 1500);
    rows.push([
      n.toLocaleString('en'),
      `${(bytes.length / 1e6).toFixed(2)} MB`,
      `${floor.best.toFixed(1)} ms`,
      `${whole.best.toFixed(1)} ms`,
      `${ratio.toFixed(2)}×`,
      `${(whole.median / floor.median).toFixed(2)}×`,
      ok ? 'met' : ratio > 3 ? 'ratio missed' : 'time missed',
    ]);
  }
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length))) ?? [];
  console.log('Roster import: whole pipeline (decode, parse, map, validate, competency matching, merge plan)');
  console.log('vs papaparse bare parse of the same bytes; best of 9 runs (median ratio alongside)');
  for (const r of rows) console.log(r.map((cell, c) => cell.padStart(widths[c] as number)).join('  '));
}
