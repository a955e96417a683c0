import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultPairingSettings,
  type PairingSettings,
} from '../../domain/pairing/pairing-settings';
import { planGroups } from '../../domain/pairing/groups';
import { planPairs } from '../../domain/pairing/plan-pairs';
import type { PairingPlan } from '../../domain/pairing/plan-model';
import {
  makeCatalog,
  makePerson,
  rosterArb,
  settingsArb,
  type Roster,
} from '../../../../../test/support/pairing';
import type { Participant } from '../../domain/model';
import { bondsSplit } from '../../domain/pairing/kept-bonds';
import type { DraftTeam } from './board-edits';
import {
  createPairingHandler,
  isPairingResponse,
  originOf,
  proposalDraftsFromPlan,
  type EvaluateJob,
  type PairingData,
  type PairingRequest,
  type PairingResponse,
} from './pairing-protocol';

type Handler = ReturnType<typeof createPairingHandler>;

function send(handler: Handler, request: unknown): PairingResponse[] {
  const out: PairingResponse[] = [];
  handler(request, (m) => out.push(structuredClone(m)));
  return out;
}

/** The one result message of a request (every other message must be progress). */
function resultOf(messages: PairingResponse[]): PairingResponse {
  const results = messages.filter((m) => m.type !== 'progress');
  expect(results).toHaveLength(1);
  return results[0]!;
}

const catalog = makeCatalog([
  'Listening',
  'Planning',
  'Coaching',
  'Writing',
  'Budgeting',
  'Presenting',
]);

function person(
  id: string,
  offers: number[],
  wants: number[],
  extra: Partial<Participant> = {},
): Participant {
  return makePerson({
    id,
    offers: offers.map((i) => `c${i}`),
    wants: wants.map((i) => `c${i}`),
    ...extra,
  });
}

const people = [
  person('ana', [0, 1], [2, 3]),
  person('ben', [2, 3], [0, 1]),
  person('cai', [4], [5]),
  person('dee', [5], [4]),
  person('eve', [0, 2], [4, 5]),
];

function data(
  participants: Participant[],
  settings: PairingSettings = defaultPairingSettings,
  mode: 'pairs' | 'groups' = 'pairs',
): PairingData {
  return { mode, participants, catalog, settings, previousPartners: [] };
}

function draftsOf(plan: PairingPlan): DraftTeam[] {
  return plan.teams.map((t) => ({
    memberIds: t.memberIds,
    locked: t.origin === 'locked',
    facilitated: t.facilitated,
  }));
}

function evaluateJob(d: PairingData, plan: PairingPlan): EvaluateJob {
  return { ...d, teams: draftsOf(plan), pins: [], previousUnpaired: plan.unpaired };
}

describe('pairing worker protocol', () => {
  it('runs a plan with progress first and exactly one result, equal to the domain plan', () => {
    const handler = createPairingHandler();
    const d = data(people);
    const messages = send(handler, {
      type: 'plan',
      requestId: 7,
      job: { ...d, lockedTeams: [], pins: [] },
    });
    const stages = messages
      .filter((m) => m.type === 'progress')
      .map((m) => (m.type === 'progress' ? m.stage : ''));
    expect(stages).toEqual(['scoring', 'solving']);
    expect(messages.at(-1)?.type).toBe('plan');
    const result = resultOf(messages);
    expect(result.requestId).toBe(7);
    expect(result.type === 'plan' && result.plan).toEqual(
      planPairs({ participants: people, catalog, settings: defaultPairingSettings }),
    );
    expect(messages.every((m) => isPairingResponse(m))).toBe(true);
  });

  it('keeps locked teams and pins, and plans groups in groups mode', () => {
    const handler = createPairingHandler();
    const d = data(people);
    const locked: DraftTeam = { memberIds: ['ana', 'cai'], locked: true, facilitated: false };
    const result = resultOf(
      send(handler, {
        type: 'plan',
        requestId: 1,
        job: { ...d, lockedTeams: [locked], pins: [['ben', 'dee']] },
      }),
    );
    if (result.type !== 'plan') throw new Error(result.type);
    const origins = new Map(result.plan.teams.map((t) => [t.memberIds.join('|'), t.origin]));
    expect(origins.get('ana|cai')).toBe('locked');
    expect(origins.get('ben|dee')).toBe('pinned');

    const groups = resultOf(
      send(handler, {
        type: 'plan',
        requestId: 2,
        job: { ...data(people, defaultPairingSettings, 'groups'), lockedTeams: [], pins: [] },
      }),
    );
    if (groups.type !== 'plan') throw new Error(groups.type);
    expect(groups.plan).toEqual(
      planGroups({ participants: people, catalog, settings: defaultPairingSettings }),
    );
    expect(groups.plan.mode).toBe('groups');
  });

  it('ignores malformed requests and answers a refused edit with an error in words', () => {
    const handler = createPairingHandler();
    expect(send(handler, { type: 'plan', requestId: 'x' })).toEqual([]);
    expect(send(handler, { type: 'shutdown', requestId: 1, job: {} })).toEqual([]);
    const d = data(people);
    const plan = planPairs({ participants: people, catalog, settings: defaultPairingSettings });
    const [first] = plan.teams;
    const result = resultOf(
      send(handler, {
        type: 'edit',
        requestId: 3,
        job: {
          ...evaluateJob(d, plan),
          edit: { type: 'swap', aId: first!.memberIds[0]!, bId: first!.memberIds[1]! },
        },
      } satisfies PairingRequest),
    );
    expect(result).toEqual({
      type: 'error',
      requestId: 3,
      message: 'They are already in the same team.',
    });
  });

  it('tells well-formed responses from anything else', () => {
    expect(
      isPairingResponse({
        type: 'progress',
        requestId: 1,
        stage: 'scoring',
        fraction: 0.1,
        message: 'x',
      }),
    ).toBe(true);
    expect(isPairingResponse({ type: 'error', requestId: 1, message: 'x' })).toBe(true);
    expect(isPairingResponse({ type: 'plan', requestId: 1 })).toBe(false);
    expect(
      isPairingResponse({
        type: 'progress',
        requestId: '1',
        stage: 'scoring',
        fraction: 0.1,
        message: 'x',
      }),
    ).toBe(false);
    expect(isPairingResponse(null)).toBe(false);
  });

  it('names why a stored team is kept', () => {
    const byId = new Map(
      [
        person('a', [], [], { registeredWithEmail: 'b@example.org' }),
        person('b', [], []),
        person('c', [], [], { preferredPartnerEmail: 'd@example.org' }),
        person('d', [], [], { preferredPartnerEmail: 'c@example.org' }),
      ].map((p) => [p.id, p] as const),
    );
    const team = (ids: string[], locked = false): DraftTeam => ({
      memberIds: ids,
      locked,
      facilitated: false,
    });
    const hard = {
      ...defaultPairingSettings,
      rules: {
        ...defaultPairingSettings.rules,
        mutualPreference: { mode: 'hard' as const, weight: 10 },
      },
    };
    expect(originOf(team(['a', 'b'], true), [], byId, defaultPairingSettings)).toBe('locked');
    expect(originOf(team(['a', 'c']), [['c', 'a']], byId, defaultPairingSettings)).toBe('pinned');
    expect(originOf(team(['b', 'a']), [], byId, defaultPairingSettings)).toBe('registered');
    expect(originOf(team(['c', 'd']), [], byId, defaultPairingSettings)).toBe('matched');
    expect(originOf(team(['c', 'd']), [], byId, hard)).toBe('preferred');
  });

  it('stores a fresh plan with locked teams keeping their id and number', () => {
    const plan = planPairs({
      participants: people,
      catalog,
      settings: defaultPairingSettings,
      lockedTeams: [['ana', 'cai']],
    });
    const drafts = proposalDraftsFromPlan(plan, [
      { id: 'team-9', number: 9, memberIds: ['cai', 'ana'], locked: true, facilitated: false },
    ]);
    expect(drafts.find((d) => d.locked)).toMatchObject({
      id: 'team-9',
      number: 9,
      memberIds: ['ana', 'cai'],
    });
    expect(
      drafts.filter((d) => !d.locked).every((d) => d.id === undefined && d.number === undefined),
    ).toBe(true);
    expect(drafts.map((d) => d.score)).toEqual(plan.teams.map((t) => t.score));
  });

  it('evaluating a stored plan gives back its teams, scores, reasons and totals', () => {
    fc.assert(
      fc.property(
        rosterArb({ maxPeople: 9, withdrawn: false }),
        settingsArb(),
        fc.boolean(),
        (roster, settings, groups) => {
          const d: PairingData = {
            mode: groups ? 'groups' : 'pairs',
            participants: roster.people,
            catalog: roster.catalog,
            settings,
            previousPartners: roster.previousPartners,
          };
          const input = {
            participants: roster.people,
            catalog: roster.catalog,
            settings,
            previousPartners: roster.previousPartners,
          };
          const plan = groups ? planGroups(input) : planPairs(input);
          const result = resultOf(
            send(createPairingHandler(), {
              type: 'evaluate',
              requestId: 1,
              job: evaluateJob(d, plan),
            }),
          );
          if (result.type !== 'evaluation') throw new Error(result.type);
          const strip = (p: PairingPlan) =>
            p.teams.map((t) => [t.memberIds, t.kind, t.score, t.allowed, t.reasons, t.warnings]);
          expect(strip(result.plan)).toEqual(strip(plan));
          expect(result.plan.unpaired).toEqual(plan.unpaired);
          expect(result.plan.quality.totalScore).toBe(plan.quality.totalScore);
          expect(result.plan.quality.wantsCovered).toBe(plan.quality.wantsCovered);
          expect(result.plan.quality.wantsTotal).toBe(plan.quality.wantsTotal);
        },
      ),
      { numRuns: 60 },
    );
  });

  const promisedChange = (
    roster: Roster,
    settings: PairingSettings,
    groups: boolean,
    pick: number,
  ): void => {
    const handler = createPairingHandler();
    const d: PairingData = {
      mode: groups ? 'groups' : 'pairs',
      participants: roster.people,
      catalog: roster.catalog,
      settings,
      previousPartners: roster.previousPartners,
    };
    const input = {
      participants: roster.people,
      catalog: roster.catalog,
      settings,
      previousPartners: roster.previousPartners,
    };
    const plan = groups ? planGroups(input) : planPairs(input);
    const job = evaluateJob(d, plan);
    const personId = roster.people[pick % roster.people.length]!.id;
    const people = new Map(roster.people.map((p) => [p.id, p] as const));
    const alternatives = resultOf(
      send(handler, { type: 'alternatives', requestId: 1, job: { ...job, personId } }),
    );
    if (alternatives.type !== 'alternatives') throw new Error(alternatives.type);
    expect(alternatives.options.length).toBeLessThanOrEqual(5);
    for (const option of alternatives.options) {
      const edited = resultOf(
        send(handler, { type: 'edit', requestId: 2, job: { ...job, edit: option.edit } }),
      );
      if (edited.type !== 'edited')
        throw new Error(edited.type === 'error' ? edited.message : edited.type);
      expect(edited.plan.quality.totalScore - plan.quality.totalScore).toBe(option.totalChange);
      // "Best alternatives" never splits people who registered or asked to work together.
      expect(bondsSplit(plan.teams, edited.teams, people, settings)).toEqual([]);
      const together = edited.plan.teams.find((t) => t.memberIds.includes(personId));
      expect(together?.score).toBe(option.newTeamScore);
      if (option.kind === 'pair-with') {
        expect(together?.memberIds).toContain(option.otherId);
      } else {
        // A swap puts the person in the other's group, in the other's place.
        const theirs = plan.teams.find((t) => t.memberIds.includes(option.otherId))!;
        const expected = [
          ...theirs.memberIds.filter((id) => id !== option.otherId),
          personId,
        ].sort();
        expect([...(together?.memberIds ?? [])].sort()).toEqual(expected);
      }
    }
  };

  it('applying an alternative changes the plan total by exactly what it promised (any rules)', () => {
    fc.assert(
      fc.property(
        rosterArb({ minPeople: 3, maxPeople: 9, withdrawn: false }),
        settingsArb(),
        fc.boolean(),
        fc.nat(),
        promisedChange,
      ),
      { numRuns: 60 },
    );
  });

  it('applying an alternative changes the plan total by exactly what it promised (open rosters, triads, groups)', () => {
    // Default rules and no registrations leave many people movable, so most runs offer several alternatives.
    fc.assert(
      fc.property(
        rosterArb({ minPeople: 5, maxPeople: 11, withdrawn: false, registrations: false }),
        fc.constant(defaultPairingSettings),
        fc.boolean(),
        fc.nat(),
        promisedChange,
      ),
      { numRuns: 60 },
    );
  });
});
