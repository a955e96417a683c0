/**
 * Speed mentoring rotation plan: 60 people × 8 rounds and 200 people × 10 rounds (targets: under
 * 1 s each for the whole plan), and a re-plan of the 200-person event after round 4 when one
 * person leaves (target: under 200 ms). Departments, 31 competencies, a few known-well links and
 * confirmed pairs kept apart, from a seeded generator so every run measures the same rooms.
 */
import { planRotation, rotationQuality, type SpeedPerson } from '../src/renderer/src/domain/speed';
import { medianMs, printTable } from './table';
import { seededRandom } from './seeded-random';

const rng = seededRandom;

function room(n: number, seed: number): { people: SpeedPerson[]; keptApart: string[][] } {
  const rnd = rng(seed);
  const pick = (k: number): string[] => Array.from({ length: k }, () => `c${Math.floor(rnd() * 31)}`);
  const people: SpeedPerson[] = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    department: `Department ${Math.floor(rnd() * 8)}`,
    offers: pick(2 + Math.floor(rnd() * 4)),
    wants: pick(2 + Math.floor(rnd() * 4)),
    knownWell: Array.from({ length: Math.floor(rnd() * 4) }, () => `p${Math.floor(rnd() * n)}`),
    doNotPair: rnd() < 0.03 ? [`p${Math.floor(rnd() * n)}`] : [],
  }));
  const keptApart: string[][] = [];
  for (let i = 0; i + 1 < n / 2; i += 2) keptApart.push([`p${i}`, `p${i + 1}`]);
  return { people, keptApart };
}

/** Median CPU time (user + system) in ms of `runs` calls: the machine is shared, wall time is not. */
function medianCpuMs(fn: () => unknown, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function run(): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const [n, rounds] of [
    [60, 8],
    [200, 10],
  ] as const) {
    const { people, keptApart } = room(n, n);
    const input = { people, keptApart, rounds, oddCount: 'triad' as const, everyoneMeetsEveryone: false, held: [] };
    let plan = planRotation(input);
    const planMs = await medianMs(() => (plan = planRotation(input)), 3);
    const q = rotationQuality(plan.rounds, people);
    const held = plan.rounds.slice(0, 4);
    const replanInput = { ...input, people: people.slice(1), held };
    const replanMs = await medianMs(() => planRotation(replanInput), 3);
    const planCpu = medianCpuMs(() => planRotation(input));
    const replanCpu = medianCpuMs(() => planRotation(replanInput));
    rows.push([
      `${n} × ${rounds}`,
      plan.rounds.length,
      `${planMs.toFixed(0)} (${planCpu.toFixed(0)} CPU)`,
      `${replanMs.toFixed(0)} (${replanCpu.toFixed(0)} CPU)`,
      `${q.unknownPercent} %`,
      `${q.differentDepartmentPercent} %`,
      q.repeats,
    ]);
  }
  printTable(['people × rounds', 'planned', 'plan ms', 're-plan after round 4 ms', "don't know well", 'other department', 'repeats'], rows);
}
