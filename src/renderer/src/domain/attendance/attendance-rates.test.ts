import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attendanceByPerson,
  consecutiveMisses,
  expectedParticipants,
  meetingAttendance,
  overallRate,
  tallyMeeting,
  type PersonMeeting,
} from './attendance-rates';
import {
  dayArb,
  makeEvent,
  makeMark,
  makeMembers,
  makePerson,
  makeTeam,
  yearArb,
} from '../../../../../test/support/running-year';

const people = ['ana', 'ben', 'chloe', 'dev', 'eve', 'finn'].map((id) => makePerson({ id }));
const teams = [
  makeTeam({ id: 'pair1', number: 1, confirmedOn: '2026-09-01' }),
  makeTeam({ id: 'pair2', number: 2, confirmedOn: '2026-10-15' }),
  makeTeam({ id: 'pair3', number: 3, status: 'ended', confirmedOn: '2026-09-01', endedOn: '2026-12-01' }),
];
const members = [
  ...makeMembers('pair1', ['ana', 'ben']),
  ...makeMembers('pair2', ['chloe', 'dev']),
  ...makeMembers('pair3', ['eve', 'finn']),
];

describe('who is expected at a meeting', () => {
  it('counts active people in teams in place on the day', () => {
    expect([...expectedParticipants('2026-09-10', teams, members, people)].sort()).toEqual(['ana', 'ben', 'eve', 'finn']);
    expect([...expectedParticipants('2026-11-10', teams, members, people)].sort()).toEqual(['ana', 'ben', 'chloe', 'dev', 'eve', 'finn']);
    // pair3 ended on 1 December: not expected at the January meeting.
    expect([...expectedParticipants('2027-01-12', teams, members, people)].sort()).toEqual(['ana', 'ben', 'chloe', 'dev']);
  });

  it('leaves out withdrawn people, proposals and ended teams whose end day is unknown', () => {
    const withdrawn = people.map((p) => (p.id === 'ben' ? { ...p, status: 'withdrawn' as const } : p));
    const others = [
      makeTeam({ id: 'pair1', confirmedOn: '2026-09-01' }),
      makeTeam({ id: 'pair2', status: 'proposed', confirmedOn: '' }),
      makeTeam({ id: 'pair3', status: 'ended', confirmedOn: '', endedOn: '' }),
    ];
    expect([...expectedParticipants('2026-11-10', others, members, withdrawn)]).toEqual(['ana']);
  });
});

describe('a meeting tally', () => {
  const expected = new Set(['ana', 'ben', 'chloe', 'dev']);

  it('counts present, absent, excused and unmarked among the expected, guests and others apart', () => {
    const tally = tallyMeeting(
      [
        makeMark('nov', 'ana', 'present'),
        makeMark('nov', 'ben', 'absent'),
        makeMark('nov', 'chloe', 'excused'),
        makeMark('nov', 'zed', 'present'),
        makeMark('nov', null, 'present', { id: 'g1', guestName: 'Visitor' }),
      ],
      expected,
    );
    expect(tally).toEqual({
      expected: 4,
      present: 1,
      absent: 1,
      excused: 1,
      unmarked: 1,
      othersPresent: 1,
      guests: 1,
      marked: 5,
      rate: 0.25,
    });
  });

  it('counts a person once, by the mark set last', () => {
    const tally = tallyMeeting(
      [
        makeMark('nov', 'ana', 'absent', { id: 'a1', updatedAt: '2026-11-10T12:00:00.000Z' }),
        makeMark('nov', 'ana', 'present', { id: 'a2', updatedAt: '2026-11-10T12:05:00.000Z' }),
      ],
      expected,
    );
    expect(tally).toMatchObject({ present: 1, absent: 0, marked: 1, rate: 0.25 });
  });

  it('has no rate when nobody was expected', () => {
    expect(tallyMeeting([makeMark('nov', 'ana', 'present')], new Set()).rate).toBeNull();
  });
});

describe('attendance properties', () => {
  it('rates stay between 0 and 100 %, and the expected are split exactly into present, absent, excused, unmarked', () => {
    fc.assert(
      fc.property(yearArb, dayArb, (year, today) => {
        for (const m of meetingAttendance(year, today)) {
          const t = m.tally;
          expect(t.present + t.absent + t.excused + t.unmarked).toBe(t.expected);
          if (t.rate !== null) {
            expect(t.rate).toBeGreaterThanOrEqual(0);
            expect(t.rate).toBeLessThanOrEqual(1);
          } else expect(t.expected).toBe(0);
          expect(m.notRecorded).toBe(m.timing === 'past' && t.marked === 0);
        }
        const overall = overallRate(meetingAttendance(year, today));
        if (overall !== null) expect(overall).toBeGreaterThanOrEqual(0);
        if (overall !== null) expect(overall).toBeLessThanOrEqual(1);
        for (const person of attendanceByPerson(year, today).values()) {
          expect(person.present + person.absent + person.excused + person.unmarked).toBe(person.history.length);
          expect(person.rate).toBeGreaterThanOrEqual(0);
          expect(person.rate).toBeLessThanOrEqual(1);
          expect(new Set(person.history.map((h) => h.eventId)).size).toBe(person.history.length);
          for (const h of person.history) expect(h.date <= today).toBe(true);
        }
      }),
    );
  });

  it('never counts a person twice: repeating every mark changes no figure', () => {
    fc.assert(
      fc.property(yearArb, dayArb, (year, today) => {
        const doubled = { ...year, marks: [...year.marks, ...year.marks.map((m) => ({ ...m, id: `${m.id}-again` }))] };
        const once = meetingAttendance(year, today).map((m) => m.tally);
        const twice = meetingAttendance(doubled, today).map((m) => m.tally);
        // Guests are different people each; every other figure stays the same.
        expect(twice.map((t) => ({ ...t, guests: 0, marked: 0 }))).toEqual(once.map((t) => ({ ...t, guests: 0, marked: 0 })));
        expect(attendanceByPerson(doubled, today)).toEqual(attendanceByPerson(year, today));
      }),
    );
  });

  it('keeps guests out of every rate', () => {
    fc.assert(
      fc.property(yearArb, dayArb, fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 5 }), (year, today, names) => {
        fc.pre(year.events.length > 0);
        const withGuests = {
          ...year,
          marks: [
            ...year.marks.filter((m) => m.participantId !== null),
            ...names.map((guestName, i) => makeMark(year.events[i % year.events.length]!.id, null, 'present', { id: `guest-${i}`, guestName })),
          ],
        };
        const without = { ...year, marks: year.marks.filter((m) => m.participantId !== null) };
        const a = meetingAttendance(without, today).map((m) => m.tally);
        const b = meetingAttendance(withGuests, today).map((m) => m.tally);
        expect(b.map((t) => t.rate)).toEqual(a.map((t) => t.rate));
        expect(b.map((t) => t.present)).toEqual(a.map((t) => t.present));
        expect(b.map((t) => t.expected)).toEqual(a.map((t) => t.expected));
      }),
    );
  });
});

describe('attendance per person', () => {
  const events = [
    makeEvent({ id: 'sep', date: '2026-09-08', kind: 'orientation' }),
    makeEvent({ id: 'nov', date: '2026-11-10' }),
    makeEvent({ id: 'jan', date: '2027-01-12' }),
    makeEvent({ id: 'oct', date: '2026-10-13', kind: 'pairs' }),
  ];
  const marks = [
    makeMark('sep', 'ana', 'present'),
    makeMark('sep', 'ben', 'absent'),
    makeMark('nov', 'ana', 'excused'),
    makeMark('nov', 'ben', 'absent'),
    makeMark('nov', 'chloe', 'present'),
    makeMark('jan', 'ana', 'present'),
  ];

  it('counts the past meetings whose roll call was taken and the person was expected at', () => {
    const byPerson = attendanceByPerson({ events, marks, teams, members, participants: people }, '2026-12-01');
    expect(byPerson.get('ana')).toMatchObject({ present: 1, excused: 1, absent: 0, unmarked: 0, rate: 0.5 });
    expect(byPerson.get('ben')?.history.map((h) => h.status)).toEqual(['absent', 'absent']);
    // chloe's pair was confirmed in October: only November counts for her.
    expect(byPerson.get('chloe')).toMatchObject({ present: 1, rate: 1 });
    expect(byPerson.get('dev')?.history.map((h) => h.status)).toEqual(['unmarked']);
    // January is after today: not counted yet.
    expect(byPerson.get('ana')?.history).toHaveLength(2);
  });

  it('finds two meetings missed in a row; an excused absence neither counts nor breaks the run', () => {
    const h = (...statuses: PersonMeeting['status'][]): PersonMeeting[] =>
      statuses.map((status, i) => ({ eventId: `e${i}`, date: `2026-0${i + 1}-01`, status }));
    expect(consecutiveMisses(h('present', 'absent', 'absent'))).toBe(2);
    expect(consecutiveMisses(h('absent', 'present', 'absent'))).toBe(1);
    expect(consecutiveMisses(h('absent', 'excused', 'unmarked'))).toBe(2);
    expect(consecutiveMisses(h('absent', 'excused', 'unmarked'), { countExcused: true })).toBe(3);
    expect(consecutiveMisses(h())).toBe(0);
  });

  it('a run of misses never exceeds the history and ends at the last meeting attended', () => {
    const statusArb = fc.constantFrom<PersonMeeting['status']>('present', 'absent', 'excused', 'unmarked');
    fc.assert(
      fc.property(fc.array(statusArb, { maxLength: 12 }), fc.boolean(), (statuses, countExcused) => {
        const history = statuses.map((status, i) => ({ eventId: `e${i}`, date: '2026-09-01', status }));
        const run = consecutiveMisses(history, { countExcused });
        expect(run).toBeGreaterThanOrEqual(0);
        expect(run).toBeLessThanOrEqual(history.length);
        const attended = [...history, { eventId: 'last', date: '2026-09-02', status: 'present' as const }];
        expect(consecutiveMisses(attended, { countExcused })).toBe(0);
      }),
    );
  });
});
