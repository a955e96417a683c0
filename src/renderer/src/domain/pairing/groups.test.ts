import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../model';
import { planGroups } from './groups';
import type { GroupFormBy, PairingSettings } from './pairing-settings';
import { createScoringContext, isMutualPreference, scorePair } from './scoring';
import type { Roster } from '../../../../../test/support/pairing';
import { makeCatalog, makePerson, rosterArb, settingsArb, settingsWith } from '../../../../../test/support/pairing';

const groupSettingsArb = fc.record({
  minSize: fc.integer({ min: 3, max: 4 }),
  maxSize: fc.integer({ min: 4, max: 5 }),
  formBy: fc.constantFrom<GroupFormBy>('mixed', 'careerStage', 'department', 'location'),
  facilitated: fc.boolean(),
});

function withGroups(settings: PairingSettings, groups: PairingSettings['groups']): PairingSettings {
  return { ...settings, groups };
}

describe('planGroups invariants', () => {
  it('forms groups within the sizes, never breaks hard rules, and accounts for everyone', () => {
    fc.assert(
      fc.property(
        rosterArb({ maxPeople: 24 }),
        settingsArb(),
        groupSettingsArb,
        (roster, base, groups) => {
          const settings = withGroups(base, groups);
          const plan = planGroups({
            participants: roster.people,
            catalog: roster.catalog,
            settings,
            previousPartners: roster.previousPartners,
          });
          const ctx = createScoringContext(roster.catalog, settings, roster.previousPartners);
          const people = new Map(roster.people.map((p) => [p.id, p]));
          const seen: string[] = [];
          for (const t of plan.teams) {
            seen.push(...t.memberIds);
            expect(t.kind).toBe('group');
            expect(t.facilitated).toBe(groups.facilitated);
            expect(t.memberIds.length).toBeGreaterThanOrEqual(groups.minSize);
            expect(t.memberIds.length).toBeLessThanOrEqual(groups.maxSize);
            const members = t.memberIds.map((id) => people.get(id) as Participant);
            let sum = 0;
            for (let a = 0; a < members.length; a += 1) {
              for (let b = a + 1; b < members.length; b += 1) {
                const r = scorePair(members[a] as Participant, members[b] as Participant, ctx);
                // Only a pair kept together on purpose (registered together, mutual preference
                // under a hard rule) may break a settings rule inside a group; do-not-pair never.
                const x = members[a] as Participant;
                const y = members[b] as Participant;
                const kept =
                  x.registeredWithEmail === y.emailKey ||
                  y.registeredWithEmail === x.emailKey ||
                  (settings.rules.mutualPreference.mode === 'hard' && isMutualPreference(x, y));
                if (!kept) expect(r.allowed).toBe(true);
                expect(x.doNotPair.includes(y.id) || y.doNotPair.includes(x.id)).toBe(false);
                sum += r.score;
              }
            }
            expect(t.score).toBe(sum);
            expect(members.every((m) => m.status === 'active')).toBe(true);
          }
          for (const u of plan.unpaired) seen.push(u.participantId);
          expect(seen.sort()).toEqual(roster.people.map((p) => p.id).sort());
          expect(plan.quality.totalScore).toBe(plan.teams.reduce((s, t) => s + t.score, 0));
          for (const u of plan.unpaired) {
            const p = people.get(u.participantId) as Participant;
            expect(u.reason).toBe(p.status === 'withdrawn' ? 'withdrawn' : 'no-group-fits');
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('places everyone when no hard rule is in the way and there are enough people', () => {
    fc.assert(
      fc.property(
        rosterArb({ minPeople: 3, maxPeople: 30, withdrawn: false, registrations: false }),
        groupSettingsArb,
        (roster, groups) => {
          const people = roster.people.map((p) => ({ ...p, doNotPair: [] }));
          const settings = settingsWith({ groups });
          const plan = planGroups({ participants: people, catalog: roster.catalog, settings });
          // Some number of groups k can hold everyone within the sizes.
          const n = people.length;
          const feasible = Array.from({ length: n + 1 }, (_, k) => k).some(
            (k) => k * groups.minSize <= n && n <= k * groups.maxSize,
          );
          if (feasible) expect(plan.unpaired).toEqual([]);
          else expect(plan.unpaired.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives the same groups whatever order the roster arrives in', () => {
    fc.assert(
      fc.property(
        rosterArb({ maxPeople: 20 }),
        settingsArb(),
        groupSettingsArb,
        fc.integer(),
        (roster, base, groups, seed) => {
          const settings = withGroups(base, groups);
          const input = (r: Roster) => ({
            participants: r.people,
            catalog: r.catalog,
            settings,
            previousPartners: r.previousPartners,
          });
          const reversed =
            seed % 2 === 0
              ? [...roster.people].reverse()
              : [...roster.people].sort((a, b) => (a.emailKey < b.emailKey ? 1 : -1));
          expect(planGroups(input({ ...roster, people: reversed }))).toEqual(
            planGroups(input(roster)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps people of one attribute value together when each value has enough people', () => {
    const catalog = makeCatalog(['A', 'B', 'C', 'D']);
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('early', 'mid', 'late') as fc.Arbitrary<'early' | 'mid' | 'late'>,
          { minLength: 0, maxLength: 30 },
        ),
        (stages) => {
          const people = stages.map((careerStage, k) =>
            makePerson({
              id: `p${String(k).padStart(2, '0')}`,
              careerStage,
              offers: [`c${k % 4}`],
              wants: [`c${(k + 1) % 4}`],
            }),
          );
          const counts = new Map<string, number>();
          for (const s of stages) counts.set(s, (counts.get(s) ?? 0) + 1);
          const settings = settingsWith({
            groups: { minSize: 3, maxSize: 5, formBy: 'careerStage', facilitated: true },
          });
          const plan = planGroups({ participants: people, catalog, settings });
          const stageOf = new Map(people.map((p) => [p.id, p.careerStage]));
          for (const t of plan.teams) {
            const values = new Set(t.memberIds.map((id) => stageOf.get(id)));
            const onlyLargeBuckets = [...values].every((v) => (counts.get(v as string) ?? 0) >= 3);
            if (onlyLargeBuckets) expect(values.size).toBe(1);
            if (values.size > 1)
              expect(t.warnings).toContain(
                'Not everyone in this group shares the same career stage',
              );
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('planGroups examples', () => {
  const catalog = makeCatalog([
    'Strategic thinking',
    'Oral communication',
    'Flexibility',
    'Initiative',
  ]);

  it('merges complementary pairs into one group of four', () => {
    // Two tight pairs whose members also complement across: one group of four is best.
    const people: Participant[] = [
      makePerson({ id: 'ana', offers: ['c0'], wants: ['c1'] }),
      makePerson({ id: 'ben', offers: ['c1'], wants: ['c0'] }),
      makePerson({ id: 'cleo', offers: ['c2'], wants: ['c3'] }),
      makePerson({ id: 'dev', offers: ['c3'], wants: ['c2'] }),
    ];
    const plan = planGroups({
      participants: people,
      catalog,
      settings: settingsWith({
        groups: { minSize: 3, maxSize: 5, formBy: 'mixed', facilitated: false },
      }),
    });
    expect(plan.teams.map((t) => t.memberIds)).toEqual([['ana', 'ben', 'cleo', 'dev']]);
  });

  it('splits six people into two groups of three', () => {
    const people = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => makePerson({ id }));
    const plan = planGroups({
      participants: people,
      catalog,
      settings: settingsWith({
        groups: { minSize: 3, maxSize: 5, formBy: 'mixed', facilitated: false },
      }),
    });
    expect(plan.teams.map((t) => t.memberIds.length)).toEqual([3, 3]);
    expect(plan.unpaired).toEqual([]);
  });

  it('leaves two people unplaced when they are too few for a group', () => {
    const people = ['a', 'b'].map((id) => makePerson({ id }));
    const plan = planGroups({
      participants: people,
      catalog,
      settings: settingsWith({
        groups: { minSize: 3, maxSize: 5, formBy: 'mixed', facilitated: false },
      }),
    });
    expect(plan.teams).toEqual([]);
    expect(plan.unpaired.map((u) => u.message)).toEqual([
      'Hard rules or group sizes leave no group they can join',
      'Hard rules or group sizes leave no group they can join',
    ]);
  });

  it('improves by swaps: the strongest grouping wins over the first merge', () => {
    // Six people; a, c, e each offer what b, d, f want respectively and vice versa.
    const people = [
      makePerson({ id: 'a', offers: ['c0'], wants: ['c1'] }),
      makePerson({ id: 'b', offers: ['c1'], wants: ['c0'] }),
      makePerson({ id: 'c', offers: ['c0'], wants: ['c1'] }),
      makePerson({ id: 'd', offers: ['c2'], wants: ['c3'] }),
      makePerson({ id: 'e', offers: ['c3'], wants: ['c2'] }),
      makePerson({ id: 'f', offers: ['c2'], wants: ['c3'] }),
    ];
    const plan = planGroups({
      participants: people,
      catalog,
      settings: settingsWith({
        groups: { minSize: 3, maxSize: 3, formBy: 'mixed', facilitated: false },
      }),
    });
    expect(plan.teams.map((t) => t.memberIds).sort()).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
  });
});
