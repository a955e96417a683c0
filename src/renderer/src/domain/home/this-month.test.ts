import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckIn, ChecklistItem, ProgramEvent, Team } from '../model';
import { generateAnnualSchedule, isGroupGathering } from '../schedule/annual-schedule';
import { addDays } from '../schedule/iso-dates';
import type { Ordinal } from '../schedule/meeting-rule';
import { thisMonth, type ThisMonthInput, type ToDoItem } from './this-month';

const CHECKLIST: ChecklistItem[] = (['buy-in', 'committee', 'mission', 'design', 'training', 'budget'] as const).map(
  (key, i) => ({ key, done: i < 2, owner: '', due: `2026-0${i + 3}-15`, notes: '' }),
);

function schedule(cycleStart: string, cycleEnd: string, ordinal: Ordinal = 2, weekday = 2): ProgramEvent[] {
  return generateAnnualSchedule({
    programId: 'p',
    cycleStart,
    cycleEnd,
    rule: { ordinal, weekday: weekday as 0 | 1 | 2 | 3 | 4 | 5 | 6, startTime: '12:00', minutes: 120 },
    place: 'Room 2',
  }).map((e, i) => ({ ...e, id: `e${i}` }));
}

/** A check-in of a team on a day (the rest does not matter here). */
function checkIn(teamId: string, date: string): CheckIn {
  return {
    id: `${teamId}-${date}`, programId: 'p', teamId, date, status: 'on-track', balance: 'equal', givesMoreId: '',
    progress: {}, improvements: '', nextStep: '', followUpOn: '', coordinatorNote: '', source: 'typed',
    respondentEmail: '', importBatchId: '', createdAt: `${date}T10:00:00.000Z`,
  };
}

function team(id: string, fields: Partial<Team> = {}): ThisMonthInput['teams'][number] {
  return { id, status: 'confirmed', competencyIds: ['c1', 'c2', 'c3'], letterSentOn: '2026-08-30', confirmedOn: '2026-08-25', ...fields };
}

/** Twelve pairs of 24 people, the schedule of Sept 2026 – May 2027, nothing logged. */
function baseInput(): ThisMonthInput {
  const participants = Array.from({ length: 24 }, (_, i) => ({ id: `p${i}`, status: 'active' as const }));
  const teams = Array.from({ length: 12 }, (_, i) => team(`t${i}`));
  const members = teams.flatMap((t, i) => [
    { teamId: t.id, participantId: `p${2 * i}` },
    { teamId: t.id, participantId: `p${2 * i + 1}` },
  ]);
  return {
    program: { cycleStart: '2026-09-01', cycleEnd: '2027-05-31', checklist: CHECKLIST },
    participants,
    teams,
    members,
    events: schedule('2026-09-01', '2027-05-31'),
    attendance: [],
    meetingLogs: [],
    checkIns: [],
    cadence: { mode: 'pair-months' },
    attention: null,
    lastBackupOn: '2026-12-04',
  };
}

const kinds = (items: readonly ToDoItem[]) => items.map((i) => i.kind);
const item = <K extends ToDoItem['kind']>(items: readonly ToDoItem[], kind: K) =>
  items.find((i) => i.kind === kind) as Extract<ToDoItem, { kind: K }> | undefined;

describe('this month: examples', () => {
  it('on 5 December 2026 is month 4 of 9, with the January meeting next and the pair month now', () => {
    const input = baseInput();
    input.attendance = [{ eventId: 'e0' }, { eventId: 'e2' }];
    const result = thisMonth(input, '2026-12-05');
    expect(result.phase).toMatchObject({ kind: 'running', month: 4, monthCount: 9, yearMonth: '2026-12' });
    expect(result.timeline.map((t) => t.state)).toEqual(['past', 'past', 'past', 'now', 'next', 'later', 'later', 'later', 'later']);
    expect(result.nextGroupMeeting?.event.date).toBe('2027-01-12');
    expect(result.nextGroupMeeting?.daysAway).toBe(38);
    expect(result.nextGroupMeeting?.expectedAttendance).toBe(24);
    // Every team lacks the October check-in (overdue) and the December one (open).
    expect(item(result.toDo, 'check-ins')).toMatchObject({ count: 12, overdue: 12, urgency: 'overdue' });
    expect(item(result.toDo, 'check-ins')?.window.label).toBe('December check-in');
    expect(kinds(result.toDo)).toEqual(['check-ins']);
  });

  it('names each thing to do with its count: letters, competencies, unpaired people, attendance, attention, backup', () => {
    const input = baseInput();
    input.teams = input.teams.map((t, i) => (i < 3 ? { ...t, letterSentOn: '' } : i === 5 ? { ...t, competencyIds: [] } : t));
    input.participants = [...input.participants, { id: 'new', status: 'active' }, { id: 'gone', status: 'withdrawn' }];
    input.checkIns = input.teams.flatMap((t) => [checkIn(t.id, '2026-10-12'), checkIn(t.id, '2026-12-02')]);
    input.attendance = [{ eventId: 'e0' }];
    input.attention = [{ teamId: 't1' }, { teamId: 't1' }, { teamId: 't4' }];
    input.lastBackupOn = '2026-11-20';
    const result = thisMonth(input, '2026-12-05');
    expect(result.toDo.map((i) => [i.kind, i.count, i.urgency])).toEqual([
      ['attention', 2, 'overdue'],
      ['attendance', 1, 'overdue'],
      ['letters', 3, 'overdue'],
      ['competencies', 1, 'overdue'],
      ['backup', 1, 'overdue'],
      ['unpaired', 1, 'due'],
    ]);
    expect(item(result.toDo, 'attendance')?.events.map((e) => e.date)).toEqual(['2026-11-10']);
    expect(item(result.toDo, 'attention')?.flags).toBe(3);
    expect(item(result.toDo, 'backup')).toMatchObject({ lastBackupOn: '2026-11-20', daysSince: 15 });
  });

  it('counts a team whose competencies are only the suggestion made at confirmation as not chosen', () => {
    const input = baseInput();
    input.teams = input.teams.map((t, i) => (i === 2 ? { ...t, competenciesAgreed: false } : i === 3 ? { ...t, competenciesAgreed: true } : t));
    expect(item(thisMonth(input, '2026-12-05').toDo, 'competencies')?.count).toBe(1);
  });

  it('never asks for a roll call of a past speed mentoring event (its door check-in is on its own screen)', () => {
    const input = baseInput();
    input.attendance = input.events.filter((e) => e.kind !== 'pairs').map((e) => ({ eventId: e.id }));
    const speed: ProgramEvent = { ...input.events[0]!, id: 'speed-1', kind: 'speed', date: '2026-11-17', title: 'Speed peer mentoring' };
    input.events = [...input.events, speed];
    expect(item(thisMonth(input, '2026-12-05').toDo, 'attendance')).toBeUndefined();
  });

  it('before the cycle counts down to orientation and lists the open setup steps, overdue ones first', () => {
    const input = baseInput();
    input.teams = [];
    input.members = [];
    const result = thisMonth(input, '2026-08-20');
    expect(result.phase).toMatchObject({ kind: 'before', startsOn: '2026-09-01', daysToStart: 12, daysToOrientation: 19 });
    expect(result.nextGroupMeeting?.event.kind).toBe('orientation');
    expect(result.nextGroupMeeting?.expectedAttendance).toBe(0);
    expect(result.toDo.map((i) => [i.kind, i.count, i.urgency])).toEqual([
      ['setup', 4, 'overdue'],
      ['unpaired', 24, 'due'],
    ]);
    expect(item(result.toDo, 'setup')).toMatchObject({ keys: ['mission', 'design', 'training', 'budget'], overdue: 4 });
  });

  it('after the cycle says the year is over and asks only for what is still useful', () => {
    const input = baseInput();
    input.teams = input.teams.map((t) => ({ ...t, letterSentOn: '' }));
    const result = thisMonth(input, '2027-06-10');
    expect(result.phase).toEqual({ kind: 'over', endedOn: '2027-05-31', daysSinceEnd: 10 });
    expect(result.nextGroupMeeting).toBeNull();
    expect(result.timeline.every((t) => t.state === 'past')).toBe(true);
    expect(kinds(result.toDo)).toEqual(['attendance', 'backup']);
    expect(item(result.toDo, 'attendance')?.count).toBe(5);
  });

  it('asks for a roster and a schedule in a new program, and for a first backup', () => {
    const input = { ...baseInput(), participants: [], teams: [], members: [], events: [], lastBackupOn: null };
    const result = thisMonth(input, '2026-07-01');
    expect(kinds(result.toDo)).toEqual(['setup', 'roster', 'schedule', 'backup']);
    expect(item(result.toDo, 'backup')).toMatchObject({ lastBackupOn: null, daysSince: null, urgency: 'due' });
    expect(result.nextGroupMeeting).toBeNull();
  });
});

// ---- properties -----------------------------------------------------------------------------


const inputArb = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 700 }),
    length: fc.integer({ min: 120, max: 330 }),
    ordinal: fc.constantFrom<Ordinal>(1, 2, 3, 4, 'last'),
    weekday: fc.integer({ min: 1, max: 5 }),
    people: fc.integer({ min: 0, max: 30 }),
    withdrawn: fc.array(fc.nat(40), { maxLength: 4 }),
    teamSpecs: fc.array(
      fc.record({
        status: fc.constantFrom<Team['status']>('confirmed', 'confirmed', 'confirmed', 'proposed', 'ended'),
        letter: fc.boolean(),
        chosen: fc.boolean(),
        confirmedOffset: fc.integer({ min: -40, max: 200 }),
      }),
      { maxLength: 14 },
    ),
    dropEvents: fc.array(fc.nat(8), { maxLength: 3 }),
    marked: fc.array(fc.nat(8), { maxLength: 9 }),
    logs: fc.array(fc.record({ team: fc.nat(14), offset: fc.integer({ min: -30, max: 400 }) }), { maxLength: 60 }),
    checkIns: fc.array(fc.record({ team: fc.nat(14), offset: fc.integer({ min: -30, max: 400 }) }), { maxLength: 40 }),
    cadence: fc.oneof(
      fc.constant({ mode: 'pair-months' as const }),
      fc.constant({ mode: 'off' as const }),
      fc.integer({ min: 1, max: 8 }).map((weeks) => ({ mode: 'every-weeks' as const, weeks })),
    ),
    attention: fc.option(fc.array(fc.nat(14), { maxLength: 10 }), { nil: null }),
    backup: fc.option(fc.option(fc.integer({ min: -60, max: 400 }), { nil: null }), { nil: undefined }),
    checklistDone: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    todayOffset: fc.integer({ min: -150, max: 500 }),
  })
  .map((s) => {
    const cycleStart = addDays('2025-08-01', s.startOffset);
    const cycleEnd = addDays(cycleStart, s.length);
    const events = schedule(cycleStart, cycleEnd, s.ordinal, s.weekday).filter((_, i) => !s.dropEvents.includes(i));
    const participants = Array.from({ length: s.people }, (_, i) => ({
      id: `p${i}`,
      status: s.withdrawn.includes(i) ? ('withdrawn' as const) : ('active' as const),
    }));
    const teams = s.teamSpecs.map((spec, i) =>
      team(`t${i}`, {
        status: spec.status,
        letterSentOn: spec.letter ? cycleStart : '',
        competencyIds: spec.chosen ? ['c1'] : [],
        confirmedOn: spec.status === 'proposed' ? '' : addDays(cycleStart, spec.confirmedOffset),
      }),
    );
    const members = teams.flatMap((t, i) =>
      [2 * i, 2 * i + 1].filter((n) => n < s.people).map((n) => ({ teamId: t.id, participantId: `p${n}` })),
    );
    const input: ThisMonthInput = {
      program: {
        cycleStart,
        cycleEnd,
        checklist: CHECKLIST.map((c, i) => ({ ...c, done: s.checklistDone[i] ?? false, due: addDays(cycleStart, -30 * (i + 1)) })),
      },
      participants,
      teams,
      members,
      events,
      attendance: s.marked.map((i) => ({ eventId: `e${i}` })),
      meetingLogs: s.logs.map((l) => ({ teamId: `t${l.team}`, date: addDays(cycleStart, l.offset) })),
      checkIns: s.checkIns.map((c) => checkIn(`t${c.team}`, addDays(cycleStart, c.offset))),
      cadence: s.cadence,
      attention: s.attention === null ? null : s.attention.map((t) => ({ teamId: `t${t}` })),
      lastBackupOn: s.backup === undefined ? undefined : s.backup === null ? null : addDays(cycleStart, s.backup),
    };
    return { input, today: addDays(cycleStart, s.todayOffset) };
  });

describe('this month: properties', () => {
  it('lists an item only with a count above zero, overdue ones first, each kind once', () => {
    fc.assert(
      fc.property(inputArb, ({ input, today }) => {
        const { toDo } = thisMonth(input, today);
        for (const i of toDo) {
          expect(Number.isInteger(i.count)).toBe(true);
          expect(i.count).toBeGreaterThan(0);
        }
        expect(new Set(kinds(toDo)).size).toBe(toDo.length);
        const firstDue = toDo.findIndex((i) => i.urgency === 'due');
        if (firstDue >= 0) expect(toDo.slice(firstDue).every((i) => i.urgency === 'due')).toBe(true);
      }),
    );
  });

  it('counts exactly what the coordinator would count by hand, and shows the item iff it is above zero', () => {
    fc.assert(
      fc.property(inputArb, ({ input, today }) => {
        const result = thisMonth(input, today);
        const over = result.phase.kind === 'over';
        const confirmed = input.teams.filter((t) => t.status === 'confirmed');
        const expectCount = (kind: ToDoItem['kind'], count: number) => {
          expect(item(result.toDo, kind)?.count ?? 0, kind).toBe(count);
        };
        expectCount('letters', over ? 0 : confirmed.filter((t) => t.letterSentOn === '').length);
        expectCount('competencies', over ? 0 : confirmed.filter((t) => t.competencyIds.length === 0).length);
        const marked = new Set(input.attendance.map((a) => a.eventId));
        expectCount('attendance', input.events.filter((e) => e.kind !== 'pairs' && e.date < today && !marked.has(e.id)).length);
        expectCount('attention', over || input.attention === null ? 0 : new Set(input.attention.map((f) => f.teamId)).size);
        const active = input.participants.filter((p) => p.status === 'active');
        expectCount('unpaired', over ? 0 : active.length - result.figures.peopleInTeams);
        expect(result.figures.peopleInTeams).toBeLessThanOrEqual(active.length);
        const open = input.program.checklist.filter((c) => !c.done).length;
        expectCount('setup', today < input.program.cycleStart ? open : 0);
        const checkIns = item(result.toDo, 'check-ins');
        if (checkIns) {
          expect(checkIns.count).toBeLessThanOrEqual(confirmed.length);
          expect(checkIns.overdue).toBeLessThanOrEqual(checkIns.count);
          expect(checkIns.window.opensOn <= today).toBe(true);
        }
      }),
    );
  });

  it('is month N of the cycle with 1 ≤ N ≤ its month count while it runs; counts days before and after', () => {
    fc.assert(
      fc.property(inputArb, ({ input, today }) => {
        const { phase } = thisMonth(input, today);
        const { cycleStart, cycleEnd } = input.program;
        if (today < cycleStart) expect(phase).toMatchObject({ kind: 'before' });
        else if (today > cycleEnd) expect(phase).toMatchObject({ kind: 'over' });
        else expect(phase.kind).toBe('running');
        if (phase.kind === 'running') {
          expect(phase.month).toBeGreaterThanOrEqual(1);
          expect(phase.month).toBeLessThanOrEqual(phase.monthCount);
          expect(phase.dayOfCycle).toBeGreaterThanOrEqual(1);
          expect(phase.dayOfCycle).toBeLessThanOrEqual(phase.cycleDays);
        }
        if (phase.kind === 'before') expect(phase.daysToStart).toBeGreaterThan(0);
        if (phase.kind === 'over') expect(phase.daysSinceEnd).toBeGreaterThan(0);
      }),
    );
  });

  it('is month 1–9 of 9 for every day of a September–May cycle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2040 }), fc.integer({ min: 0, max: 272 }), (year, offset) => {
        const input = { ...baseInput(), program: { ...baseInput().program, cycleStart: `${year}-09-01`, cycleEnd: `${year + 1}-05-31` } };
        const today = addDays(`${year}-09-01`, offset);
        const { phase } = thisMonth(input, today);
        expect(phase).toMatchObject({ kind: 'running', monthCount: 9 });
        if (phase.kind === 'running') expect(phase.month).toBe(Math.floor(((Number(today.slice(0, 4)) - year) * 12 + Number(today.slice(5, 7)) - 9)) + 1);
      }),
    );
  });

  it('marks as next the first event on or after today (a pair month under way is "now"), and the next group meeting is the first gathering from today', () => {
    fc.assert(
      fc.property(inputArb, ({ input, today }) => {
        const { timeline, nextGroupMeeting } = thisMonth(input, today);
        const next = timeline.filter((t) => t.state === 'next');
        expect(next.length).toBeLessThanOrEqual(1);
        const candidates = timeline.filter((t) => t.state !== 'now' && t.event.date >= today);
        expect(next[0]?.event).toBe(candidates[0]?.event);
        for (const t of timeline) {
          if (t.state === 'past') expect(t.event.date < today).toBe(true);
          if (t.state === 'later') expect(t.event.date >= (next[0]?.event.date ?? '')).toBe(true);
          if (t.state === 'now') expect(t.event.kind === 'pairs' && t.event.date.slice(0, 7) === today.slice(0, 7)).toBe(true);
        }
        const dates = timeline.map((t) => t.event.date);
        expect([...dates].sort()).toEqual(dates);
        const gatherings = input.events.filter((e) => isGroupGathering(e.kind) && e.date >= today).map((e) => e.date).sort();
        expect(nextGroupMeeting?.event.date).toBe(gatherings[0]);
        if (nextGroupMeeting) expect(nextGroupMeeting.daysAway).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('ignores meetings and check-ins dated after today', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 90 }), ({ input, today }, ahead) => {
        const later = {
          ...input,
          meetingLogs: [...input.meetingLogs, ...input.teams.map((t) => ({ teamId: t.id, date: addDays(today, ahead) }))],
          checkIns: [...input.checkIns, ...input.teams.map((t) => checkIn(t.id, addDays(today, ahead)))],
        };
        expect(thisMonth(later, today)).toEqual(thisMonth(input, today));
      }),
    );
  });

  it('never asks for a check-in from a team that checked in in every window so far', () => {
    fc.assert(
      fc.property(inputArb, ({ input, today }) => {
        const first = thisMonth(input, today);
        const windowStarts = new Set<string>();
        // A check-in on the first day of every month and every week covers any window layout.
        for (let d = addDays(input.program.cycleStart, -7); d <= today; d = addDays(d, 1)) windowStarts.add(d);
        const covered = {
          ...input,
          checkIns: input.teams.flatMap((t) => [...windowStarts].map((date) => checkIn(t.id, date))),
        };
        expect(item(thisMonth(covered, today).toDo, 'check-ins')).toBeUndefined();
        // And checking in more never raises the count.
        expect(item(thisMonth(covered, today).toDo, 'check-ins')?.count ?? 0).toBeLessThanOrEqual(
          item(first.toDo, 'check-ins')?.count ?? 0,
        );
      }),
      { numRuns: 40 },
    );
  });

  it('asks for a backup iff there is none or the newest is more than a week old', () => {
    fc.assert(
      fc.property(inputArb, ({ input, today }) => {
        const backup = item(thisMonth(input, today).toDo, 'backup');
        if (input.lastBackupOn === undefined) expect(backup).toBeUndefined();
        else if (input.lastBackupOn === null) expect(backup?.count).toBe(1);
        else expect(backup !== undefined).toBe(addDays(input.lastBackupOn, 7) < today);
      }),
    );
  });

  it('expects at the next meeting exactly the active people in confirmed teams', () => {
    fc.assert(
      fc.property(inputArb, ({ input, today }) => {
        const result = thisMonth(input, today);
        const confirmed = new Set(input.teams.filter((t) => t.status === 'confirmed').map((t) => t.id));
        const active = new Set(input.participants.filter((p) => p.status === 'active').map((p) => p.id));
        const expected = new Set(input.members.filter((m) => confirmed.has(m.teamId) && active.has(m.participantId)).map((m) => m.participantId));
        expect(result.figures.peopleInTeams).toBe(expected.size);
        if (result.nextGroupMeeting) expect(result.nextGroupMeeting.expectedAttendance).toBe(expected.size);
      }),
    );
  });

  it('counts the teams that met this month among confirmed ones, from this month’s logs alone', () => {
    fc.assert(
      fc.property(inputArb, ({ input, today }) => {
        const { figures } = thisMonth(input, today);
        expect(figures.teamsMetThisMonth).toBeLessThanOrEqual(figures.confirmedTeams);
        const thisMonthLogs = input.meetingLogs.filter((l) => l.date <= today && l.date.slice(0, 7) === today.slice(0, 7));
        expect(figures.meetingsThisMonth).toBe(thisMonthLogs.length);
        expect(thisMonth({ ...input, meetingLogs: thisMonthLogs }, today)).toEqual(thisMonth(input, today));
        expect(figures.checkInsRecorded).toBe(input.checkIns.filter((c) => c.date <= today).length);
      }),
    );
  });
});
