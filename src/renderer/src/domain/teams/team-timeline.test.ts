import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { teamTimeline, type TeamTimelineInput } from './team-timeline';
import type { AttentionAction, CheckIn, TeamNote } from '../model';
import { dayArb, makeEvent, makeLog, makeMark, makeMembers, makePerson, makeTeam } from '../../../../../test/support/running-year';

const zoe = makePerson({ id: 'zoe', firstName: 'Zoë', lastName: 'Hartmann' });
const jose = makePerson({ id: 'jose', firstName: 'José', lastName: 'Ortega' });
const team = makeTeam({ id: 't7', number: 7, confirmedOn: '2026-09-02', letterSentOn: '2026-09-04', competencyIds: ['c1', 'c2'] });
const names = new Map([
  ['c1', 'Self-confidence'],
  ['c2', 'Oral communication'],
]);

function checkIn(fields: Partial<CheckIn>): CheckIn {
  return {
    id: 'ci1',
    programId: 'prog',
    teamId: 't7',
    date: '2026-10-28',
    status: 'some-concerns',
    balance: 'mostly-one-way',
    givesMoreId: 'zoe',
    progress: { c1: 3, c2: 2 },
    improvements: 'Meet more often',
    nextStep: 'Book a room',
    followUpOn: '2026-11-15',
    coordinatorNote: 'José seemed quiet.',
    source: 'typed',
    respondentEmail: '',
    importBatchId: '',
    createdAt: '2026-10-28T10:00:00.000Z',
    ...fields,
  };
}

const note: TeamNote = { id: 'n1', programId: 'prog', teamId: 't7', date: '2026-11-01', text: 'Asked for a quieter room.', createdAt: '2026-11-01T09:00:00.000Z' };
const action: AttentionAction = {
  id: 'a1',
  programId: 'prog',
  teamId: 't7',
  flagKey: 'no-meeting:t7:2026-10-20',
  action: 'snoozed',
  until: '2026-12-01',
  note: 'On leave until the end of November.',
  createdAt: '2026-11-20T10:00:00.000Z',
};

function input(fields: Partial<TeamTimelineInput> = {}): TeamTimelineInput {
  return {
    team,
    members: [...makeMembers('t7', ['zoe', 'jose']), ...makeMembers('t8', ['ana', 'ben'])],
    people: [zoe, jose],
    competencyNames: names,
    logs: [
      makeLog('t7', '2026-10-20', { id: 'l1', minutes: 90, mode: 'video', competencyIds: ['c1'], notes: 'Practised a talk.', loggedBy: 'Zoë Hartmann' }),
      makeLog('t8', '2026-10-21', { id: 'other-team' }),
    ],
    checkIns: [checkIn({}), checkIn({ id: 'other', teamId: 't8' })],
    events: [makeEvent({ id: 'nov', date: '2026-11-10', title: 'Group meeting: Self-management skills' }), makeEvent({ id: 'oct', date: '2026-10-13', kind: 'pairs' })],
    marks: [makeMark('nov', 'zoe', 'present'), makeMark('nov', 'ana', 'absent'), makeMark('nov', null, 'present')],
    notes: [note],
    actions: [action],
    ...fields,
  };
}

describe('team timeline', () => {
  it('tells what happened to the team, newest first, in words', () => {
    const entries = teamTimeline(input());
    expect(entries.map((e) => [e.date, e.title])).toEqual([
      ['2026-11-20', '“No meeting logged” snoozed'],
      ['2026-11-10', 'Group meeting: Self-management skills'],
      ['2026-11-01', 'Note'],
      ['2026-10-28', 'Check-in: some concerns'],
      ['2026-10-20', 'Met for 1.5 h · Video call'],
      ['2026-09-04', 'Pairing letter sent'],
      ['2026-09-02', 'Paired as Pair 07'],
    ]);
    const byKind = new Map(entries.map((e) => [e.kind, e]));
    expect(byKind.get('paired')?.lines).toEqual(['Zoë Hartmann and José Ortega']);
    expect(byKind.get('meeting')?.lines).toEqual(['Worked on: Self-confidence', 'Practised a talk.', 'Logged by Zoë Hartmann']);
    expect(byKind.get('check-in')?.lines).toEqual([
      'Contributions: mostly one way, Zoë Hartmann gives more',
      'Progress: Self-confidence 3 of 5, Oral communication 2 of 5',
      'Could be better: Meet more often',
      'Next step: Book a room',
      'Your note: José seemed quiet.',
      'Typed in by the coordinator',
    ]);
    expect(byKind.get('check-in')?.days).toEqual([{ label: 'Follow up on', day: '2026-11-15' }]);
    expect(byKind.get('attendance')?.lines).toEqual(['Zoë Hartmann: present', 'José Ortega: not marked']);
    expect(byKind.get('attention')?.days).toEqual([{ label: 'Quiet until', day: '2026-12-01' }]);
    expect(byKind.get('note')).toMatchObject({ recordId: 'n1', lines: ['Asked for a quieter room.'] });
  });

  it('ends with the end of the team and its reason, after anything else that day', () => {
    const ended = { ...team, status: 'ended' as const, endedOn: '2026-11-20', endedReason: 'Schedules never matched.' };
    const entries = teamTimeline(input({ team: ended }));
    expect(entries[0]).toMatchObject({ kind: 'ended', date: '2026-11-20', lines: ['Reason: Schedules never matched.'] });
  });

  it('never shows internal codes, is newest first, and holds only this team’s records', () => {
    const statusArb = fc.constantFrom<CheckIn['status']>('on-track', 'some-concerns', 'stalled');
    const balanceArb = fc.constantFrom<CheckIn['balance']>('equal', 'mostly-one-way', 'unknown');
    fc.assert(
      fc.property(
        fc.array(fc.record({ date: dayArb, team: fc.constantFrom('t7', 't8'), mode: fc.constantFrom('in-person', 'video', 'phone', 'other', '') as fc.Arbitrary<'' | 'video'> }), { maxLength: 8 }),
        fc.array(fc.record({ date: dayArb, team: fc.constantFrom('t7', 't8'), status: statusArb, balance: balanceArb }), { maxLength: 5 }),
        (logRows, checkInRows) => {
          const logs = logRows.map((r, i) => makeLog(r.team, r.date, { id: `l${i}`, mode: r.mode }));
          const checkIns = checkInRows.map((r, i) => checkIn({ id: `c${i}`, teamId: r.team, date: r.date, status: r.status, balance: r.balance }));
          const entries = teamTimeline(input({ logs, checkIns }));
          for (let i = 1; i < entries.length; i++) expect(entries[i - 1]!.date >= entries[i]!.date).toBe(true);
          expect(entries.filter((e) => e.kind === 'meeting')).toHaveLength(logs.filter((l) => l.teamId === 't7').length);
          expect(entries.filter((e) => e.kind === 'check-in')).toHaveLength(checkIns.filter((c) => c.teamId === 't7').length);
          const words = entries.flatMap((e) => [e.title, ...e.lines]).join('\n');
          for (const code of ['on-track', 'some-concerns', 'mostly-one-way', 'in-person', 'no-meeting:', 'unknown', 't8', 'undefined']) {
            expect(words).not.toContain(code);
          }
          expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
        },
      ),
    );
  });
});
