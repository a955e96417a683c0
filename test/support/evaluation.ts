/**
 * Builders and fast-check arbitraries for the evaluation figures (test-only: nothing in the app
 * imports this file). Everything is in program 'prog' unless a test moves it.
 */
import fc from 'fast-check';
import type { EvaluationInput } from '../../src/renderer/src/domain/evaluation/figures';
import type { Feedback, FeedbackAnswer, Rating } from '../../src/renderer/src/domain/model';
import { catalogOf, person } from './participants';
import { makeEvent, makeLog, makeMark, makeMembers, makeTeam } from './running-year';

export { catalogOf, person, makeEvent, makeLog, makeMark, makeMembers, makeTeam };

/** An empty program year: 2026-09-01 … 2027-05-31. */
export function emptyInput(fields: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    program: { id: 'prog', cycleStart: '2026-09-01', cycleEnd: '2027-05-31' },
    participants: [],
    competencies: [],
    teams: [],
    members: [],
    events: [],
    attendance: [],
    meetingLogs: [],
    checkIns: [],
    ratings: [],
    feedback: [],
    ...fields,
  };
}

/** A self-rating. */
export function makeRating(
  participantId: string,
  competencyId: string,
  phase: Rating['phase'],
  value: number,
  fields: Partial<Rating> = {},
): Rating {
  return {
    id: `r-${participantId}-${competencyId}-${phase}`,
    programId: 'prog',
    participantId,
    competencyId,
    phase,
    value,
    createdAt: phase === 'pre' ? '2026-09-15T10:00:00.000Z' : '2027-05-20T10:00:00.000Z',
    ...fields,
  };
}

/** End-of-program feedback with every answer skipped unless given. */
export function makeFeedback(participantId: string, fields: Partial<Feedback> = {}): Feedback {
  return {
    id: `f-${participantId}`,
    programId: 'prog',
    participantId,
    satisfaction: null,
    wouldRecommend: null,
    helpedMost: '',
    barriers: '',
    pastBarriers: '',
    bothRoles: '',
    wouldJoinAgain: null,
    quote: '',
    quoteConsent: 'no',
    answeredOn: '2027-05-20',
    createdAt: '2027-05-20T10:00:00.000Z',
    updatedAt: '2027-05-20T10:00:00.000Z',
    ...fields,
  };
}

/** `n` people p0, p1, … */
export function peopleOf(n: number): ReturnType<typeof person>[] {
  return Array.from({ length: n }, (_, i) => person({ id: `p${i}` }));
}

const answerArb = fc.constantFrom<FeedbackAnswer | null>('yes', 'no', 'not-sure', null);

/**
 * A random program year: people (some withdrawn, with wants and offers), pairs (confirmed or
 * ended), group meetings with marks, meeting logs, check-ins, ratings (some people rate only at
 * the start, some only at the end, some twice) and feedback. Records of nobody known are mixed in.
 */
export const evaluationInputArb: fc.Arbitrary<EvaluationInput> = fc
  .record({
    people: fc.integer({ min: 0, max: 12 }),
    withdrawn: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    wants: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }), {
      minLength: 12,
      maxLength: 12,
    }),
    offers: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }), {
      minLength: 12,
      maxLength: 12,
    }),
    teamEnded: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    ratings: fc.array(
      fc.record({
        person: fc.integer({ min: 0, max: 13 }),
        competency: fc.integer({ min: 0, max: 6 }),
        phase: fc.constantFrom<Rating['phase']>('pre', 'post'),
        value: fc.integer({ min: 0, max: 6 }),
        at: fc.integer({ min: 0, max: 3 }),
      }),
      { maxLength: 60 },
    ),
    feedback: fc.array(
      fc.record({
        person: fc.integer({ min: 0, max: 13 }),
        satisfaction: fc.option(fc.integer({ min: 1, max: 5 })),
        recommend: answerArb,
        again: answerArb,
      }),
      { maxLength: 16 },
    ),
    logs: fc.array(
      fc.record({ team: fc.integer({ min: 0, max: 6 }), month: fc.integer({ min: -1, max: 10 }) }),
      { maxLength: 20 },
    ),
    balances: fc.array(
      fc.record({
        team: fc.integer({ min: 0, max: 6 }),
        balance: fc.constantFrom('equal', 'mostly-one-way', 'unknown') as fc.Arbitrary<
          'equal' | 'mostly-one-way' | 'unknown'
        >,
        day: fc.integer({ min: 1, max: 28 }),
      }),
      { maxLength: 12 },
    ),
    marks: fc.array(
      fc.record({
        person: fc.integer({ min: 0, max: 13 }),
        status: fc.constantFrom<'present' | 'absent' | 'excused'>('present', 'absent', 'excused'),
      }),
      { maxLength: 14 },
    ),
  })
  .map((r): EvaluationInput => {
    const catalog = catalogOf(['A', 'B', 'C', 'D', 'E', 'F']);
    const participants = Array.from({ length: r.people }, (_, i) =>
      person({
        id: `p${i}`,
        status: r.withdrawn[i] ? 'withdrawn' : 'active',
        wants: (r.wants[i] ?? []).map((c) => `c${c}`),
        offers: (r.offers[i] ?? []).map((c) => `c${c}`),
      }),
    );
    const teams = [];
    const members = [];
    for (let i = 0; i + 1 < r.people; i += 2) {
      const k = i / 2;
      const ended = r.teamEnded[k] ?? false;
      teams.push(
        makeTeam({
          id: `t${k}`,
          number: k + 1,
          status: ended ? 'ended' : 'confirmed',
          confirmedOn: '2026-09-10',
          endedOn: ended ? '2027-01-15' : '',
          endedReason: ended ? 'Schedules never matched' : '',
        }),
      );
      members.push(...makeMembers(`t${k}`, [`p${i}`, `p${i + 1}`]));
    }
    const month = (m: number): string => {
      const d = new Date(Date.UTC(2026, 8 + m, 12));
      return d.toISOString().slice(0, 10);
    };
    return emptyInput({
      participants,
      competencies: catalog,
      teams,
      members,
      events: [makeEvent({ id: 'e1', date: '2026-10-20' })],
      attendance: r.marks.map((m, i) =>
        makeMark('e1', `p${m.person}`, m.status, {
          id: `mk${i}`,
          updatedAt: `2026-10-20T12:00:${String(i).padStart(2, '0')}.000Z`,
        }),
      ),
      meetingLogs: r.logs.map((l, i) => makeLog(`t${l.team}`, month(l.month), { id: `log${i}` })),
      checkIns: r.balances.map((b, i) => ({
        id: `ci${i}`,
        programId: 'prog',
        teamId: `t${b.team}`,
        date: `2026-11-${String(b.day).padStart(2, '0')}`,
        balance: b.balance,
        createdAt: `2026-11-${String(b.day).padStart(2, '0')}T10:00:00.000Z`,
      })),
      ratings: r.ratings.map((x, i) =>
        makeRating(`p${x.person}`, `c${x.competency}`, x.phase, x.value, {
          id: `r${i}`,
          createdAt: `2026-09-1${x.at}T10:00:00.000Z`,
        }),
      ),
      feedback: r.feedback.map((f, i) =>
        makeFeedback(`p${f.person}`, {
          id: `f${i}`,
          satisfaction: f.satisfaction,
          wouldRecommend: f.recommend,
          wouldJoinAgain: f.again,
          updatedAt: `2027-05-2${i % 10}T10:00:00.000Z`,
        }),
      ),
    });
  });

/** The same records moved to another program (ids prefixed so none collide). */
export function asOtherProgram(input: EvaluationInput, programId = 'other'): EvaluationInput {
  const re = <T extends { id: string; programId: string }>(x: T): T => ({
    ...x,
    id: `x-${x.id}`,
    programId,
  });
  const ref = (id: string): string => `x-${id}`;
  return {
    ...input,
    program: { ...input.program, id: programId },
    participants: input.participants.map((p) => ({
      ...re(p),
      wants: p.wants.map(ref),
      offers: p.offers.map(ref),
    })),
    competencies: input.competencies.map(re),
    teams: input.teams.map(re),
    members: input.members.map((m) => ({
      ...re(m),
      teamId: ref(m.teamId),
      participantId: ref(m.participantId),
    })),
    events: input.events.map(re),
    attendance: input.attendance.map((a) => ({
      ...re(a),
      eventId: ref(a.eventId),
      participantId: a.participantId === null ? null : ref(a.participantId),
    })),
    meetingLogs: input.meetingLogs.map((l) => ({ ...re(l), teamId: ref(l.teamId) })),
    checkIns: input.checkIns.map((c) => ({ ...re(c), teamId: ref(c.teamId) })),
    ratings: input.ratings.map((r) => ({
      ...re(r),
      participantId: ref(r.participantId),
      competencyId: ref(r.competencyId),
    })),
    feedback: input.feedback.map((f) => ({ ...re(f), participantId: ref(f.participantId) })),
  };
}
