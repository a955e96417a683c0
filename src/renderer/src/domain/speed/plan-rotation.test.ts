import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRotation, roundsForEveryone } from './plan-rotation';
import { rotationQuality } from './quality';
import { meetingKey, roundMeetings, type RotationInput, type SpeedPerson, type SpeedRound } from './speed-model';
import { tableMoves } from './tables';

const DEPARTMENTS = ['Finance', 'IT', 'Sales', 'HR', ''];

/** A room of people with departments, skills, known-well and do-not-pair links, and teams. */
const roomArb = (maxPeople: number) =>
  fc
    .integer({ min: 0, max: maxPeople })
    .chain((n) =>
      fc.record({
        n: fc.constant(n),
        departments: fc.array(fc.constantFrom(...DEPARTMENTS), { minLength: n, maxLength: n }),
        offers: fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }), { minLength: n, maxLength: n }),
        wants: fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }), { minLength: n, maxLength: n }),
        known: fc.array(fc.tuple(fc.nat(n), fc.nat(n)), { maxLength: n }),
        refused: fc.array(fc.tuple(fc.nat(n), fc.nat(n)), { maxLength: Math.ceil(n / 4) }),
        teams: fc.array(fc.tuple(fc.nat(n), fc.nat(n)), { maxLength: Math.ceil(n / 4) }),
      }),
    )
    .map(({ n, departments, offers, wants, known, refused, teams }) => {
      const id = (i: number): string => `p${i % Math.max(n, 1)}`;
      const people: SpeedPerson[] = Array.from({ length: n }, (_, i) => ({
        id: id(i),
        name: `Person ${i}`,
        department: departments[i]!,
        offers: offers[i]!.map((c) => `c${c}`),
        wants: wants[i]!.map((c) => `c${c}`),
        knownWell: known.filter(([a]) => a % n === i).map(([, b]) => id(b)),
        doNotPair: refused.filter(([a]) => a % n === i).map(([, b]) => id(b)),
      }));
      // Confirmed teams never share a member: keep each person in at most one.
      const used = new Set<string>();
      const keptApart: string[][] = [];
      for (const [a, b] of teams) {
        if (n === 0 || id(a) === id(b) || used.has(id(a)) || used.has(id(b))) continue;
        used.add(id(a));
        used.add(id(b));
        keptApart.push([id(a), id(b)]);
      }
      return { people, keptApart };
    });

const inputArb = (maxPeople: number) =>
  fc.record({
    room: roomArb(maxPeople),
    rounds: fc.integer({ min: 1, max: 8 }),
    oddCount: fc.constantFrom('triad' as const, 'sit-out' as const),
    everyone: fc.boolean(),
  });

function toInput(x: {
  room: { people: SpeedPerson[]; keptApart: string[][] };
  rounds: number;
  oddCount: 'triad' | 'sit-out';
  everyone: boolean;
}): RotationInput {
  return {
    people: x.room.people,
    keptApart: x.room.keptApart,
    rounds: x.rounds,
    oddCount: x.oddCount,
    everyoneMeetsEveryone: x.everyone,
    held: [],
  };
}

/** Pairs the hard rules keep apart. */
function bannedPairs(input: RotationInput): Set<string> {
  const out = new Set<string>();
  for (const t of input.keptApart) out.add(meetingKey(t[0]!, t[1]!));
  for (const p of input.people) for (const q of p.doNotPair) if (q !== p.id) out.add(meetingKey(p.id, q));
  return out;
}

function expectHardRules(rounds: readonly SpeedRound[], input: RotationInput): void {
  const seen = new Set<string>();
  const banned = bannedPairs(input);
  for (const [a, b] of roundMeetings(rounds)) {
    const key = meetingKey(a, b);
    expect(seen.has(key), `${a} and ${b} meet twice`).toBe(false);
    seen.add(key);
    expect(banned.has(key), `${a} and ${b} are kept apart`).toBe(false);
  }
}

function expectEveryonePlacedOnce(round: SpeedRound, ids: readonly string[]): void {
  const placed = [...round.tables.flatMap((t) => t.people), ...round.sitOut];
  expect([...placed].sort()).toEqual([...ids].sort());
  const numbers = round.tables.map((t) => t.table);
  expect(new Set(numbers).size).toBe(numbers.length);
  for (const t of round.tables) expect(t.people.length === 2 || t.people.length === 3).toBe(true);
}

describe('planRotation invariants', () => {
  it('never repeats a meeting, never seats people kept apart, and places everyone present in every round', () => {
    fc.assert(
      fc.property(inputArb(16), (x) => {
        const input = toInput(x);
        const plan = planRotation(input);
        const ids = input.people.map((p) => p.id);
        expectHardRules(plan.rounds, input);
        for (const round of plan.rounds) expectEveryonePlacedOnce(round, ids);
        expect(rotationQuality(plan.rounds, input.people).repeats).toBe(0);
        if (!input.everyoneMeetsEveryone) {
          expect(plan.rounds.length).toBeLessThanOrEqual(input.rounds);
          expect(plan.short).toBe(plan.rounds.length < input.rounds);
        }
        if (plan.short) expect(plan.message).toContain(plan.rounds.length === 0 ? 'No round' : `Only ${plan.rounds.length} round`);
        else expect(plan.message).toBe('');
      }),
    );
  });

  it('an odd count gives one table of three per round, or one sit-out chosen by the fair rule', () => {
    fc.assert(
      fc.property(inputArb(15), (x) => {
        const input = { ...toInput(x), everyoneMeetsEveryone: false };
        const plan = planRotation(input);
        const n = input.people.length;
        const sat = new Map<string, number>(input.people.map((p) => [p.id, 0]));
        for (const round of plan.rounds) {
          const triads = round.tables.filter((t) => t.people.length === 3).length;
          if (n % 2 === 0) {
            expect(triads).toBe(0);
            expect(round.sitOut).toEqual([]);
          } else if (input.oddCount === 'triad') {
            expect(triads).toBe(1);
            expect(round.sitOut).toEqual([]);
          } else {
            expect(triads).toBe(0);
            expect(round.sitOut).toHaveLength(1);
            // Nobody sits out twice before everyone has once.
            const least = Math.min(...sat.values());
            expect(sat.get(round.sitOut[0]!)).toBe(least);
            sat.set(round.sitOut[0]!, least + 1);
          }
        }
      }),
    );
  });

  it('soft rules come in order: with a choice, nobody meets someone they know well', () => {
    // Four people, two know each other well: a first round exists without them meeting.
    const person = (id: string, knownWell: string[] = []): SpeedPerson => ({
      id,
      name: id,
      department: 'Finance',
      offers: [],
      wants: [],
      knownWell,
      doNotPair: [],
    });
    const people = [person('a', ['b']), person('b'), person('c'), person('d')];
    const plan = planRotation({ people, rounds: 1, oddCount: 'triad', everyoneMeetsEveryone: false, keptApart: [], held: [] });
    expect(rotationQuality(plan.rounds, people).unknownPercent).toBe(100);
    // Departments come next, then complementary skills.
    const withDepartments: SpeedPerson[] = [
      { ...person('a'), department: 'IT', offers: ['x'] },
      { ...person('b'), department: 'IT', wants: ['x'] },
      { ...person('c'), department: 'HR' },
      { ...person('d'), department: 'HR' },
    ];
    const second = planRotation({ people: withDepartments, rounds: 1, oddCount: 'triad', everyoneMeetsEveryone: false, keptApart: [], held: [] });
    expect(rotationQuality(second.rounds, withDepartments).differentDepartmentPercent).toBe(100);
  });

  it('"everyone meets everyone" seats every allowed pair exactly once in n−1 rounds (n when odd)', () => {
    fc.assert(
      fc.property(roomArb(14), (room) => {
        const input: RotationInput = {
          people: room.people,
          keptApart: room.keptApart,
          rounds: 1,
          oddCount: 'triad',
          everyoneMeetsEveryone: true,
          held: [],
        };
        const plan = planRotation(input);
        const n = room.people.length;
        expect(plan.rounds).toHaveLength(roundsForEveryone(n));
        const banned = bannedPairs(input);
        const met = new Set(roundMeetings(plan.rounds).map(([a, b]) => meetingKey(a, b)));
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++) {
            const key = meetingKey(room.people[i]!.id, room.people[j]!.id);
            expect(met.has(key)).toBe(!banned.has(key));
          }
        }
        expectHardRules(plan.rounds, input);
      }),
    );
  });

  it('with the same people, exactly one of each table stays and the other moves', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2, max: 6 }), (half, rounds) => {
        const people: SpeedPerson[] = Array.from({ length: 2 * half }, (_, i) => ({
          id: `p${i}`,
          name: `P${i}`,
          department: DEPARTMENTS[i % 4]!,
          offers: [],
          wants: [],
          knownWell: [],
          doNotPair: [],
        }));
        const plan = planRotation({ people, rounds, oddCount: 'triad', everyoneMeetsEveryone: false, keptApart: [], held: [] });
        for (let r = 1; r < plan.rounds.length; r++) {
          expect(tableMoves(plan.rounds[r - 1]!.tables, plan.rounds[r]!.tables)).toBe(half);
        }
      }),
    );
  });

  it('says how many rounds work when too few people are there', () => {
    const people: SpeedPerson[] = ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      name: id,
      department: '',
      offers: [],
      wants: [],
      knownWell: [],
      doNotPair: [],
    }));
    const plan = planRotation({ people, rounds: 5, oddCount: 'triad', everyoneMeetsEveryone: false, keptApart: [], held: [] });
    expect(plan.rounds).toHaveLength(3);
    expect(plan.short).toBe(true);
    expect(plan.message).toContain('Only 3 rounds can be planned');
    expect(plan.message).toContain('you asked for 5 rounds');
  });
});

describe('re-planning after someone leaves or arrives', () => {
  it('keeps the rounds already held and every hard rule across the whole event', () => {
    fc.assert(
      fc.property(inputArb(14), fc.nat(), fc.nat(), fc.boolean(), (x, k, who, arrives) => {
        const input = toInput(x);
        const first = planRotation(input);
        const heldCount = first.rounds.length === 0 ? 0 : k % (first.rounds.length + 1);
        const held = first.rounds.slice(0, heldCount);
        const snapshot = JSON.parse(JSON.stringify(held)) as SpeedRound[];
        let people = input.people;
        if (arrives) {
          people = [...people, { id: 'newcomer', name: 'Newcomer', department: 'IT', offers: [], wants: [], knownWell: [], doNotPair: [] }];
        } else if (people.length > 0) {
          people = people.filter((_, i) => i !== who % people.length);
        }
        const again = planRotation({ ...input, people, held, everyoneMeetsEveryone: false });
        expect(again.rounds.slice(0, heldCount)).toEqual(snapshot);
        expectHardRules(again.rounds, { ...input, people: [...input.people, ...people] });
        const ids = people.map((p) => p.id);
        for (const round of again.rounds.slice(heldCount)) expectEveryonePlacedOnce(round, ids);
      }),
    );
  });
});
