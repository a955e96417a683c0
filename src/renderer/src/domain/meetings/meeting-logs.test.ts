import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkMeetingLog,
  logsNewestFirst,
  meetingMonthsSpan,
  meetingStatsByTeam,
  meetingsPerMonth,
  teamMeetingStats,
  type MeetingLogDraft,
} from './meeting-logs';
import { dayArb, makeLog } from '../../../../../test/support/running-year';

const draft = (fields: Partial<MeetingLogDraft> = {}): MeetingLogDraft => ({
  date: '2026-11-20',
  minutes: 60,
  mode: 'video',
  competencyIds: [],
  notes: '',
  loggedBy: '',
  ...fields,
});
const context = { today: '2026-12-05', teamCompetencyIds: ['c1', 'c2', 'c3'] };

describe('checking a meeting log', () => {
  it('accepts a meeting and keeps only the team’s chosen competencies; the coordinator logs by default', () => {
    const check = checkMeetingLog(draft({ minutes: ' 45 ', competencyIds: ['c2', 'c9', 'c2'], notes: '  Talked about rotas. ' }), context);
    expect(check).toEqual({
      ok: true,
      fields: { date: '2026-11-20', minutes: 45, mode: 'video', competencyIds: ['c2'], notes: 'Talked about rotas.', loggedBy: 'Coordinator' },
    });
  });

  it('refuses what cannot be right, naming the field and the fix', () => {
    expect(checkMeetingLog(draft({ date: '2026-13-01' }), context)).toMatchObject({ ok: false, field: 'date', message: 'Enter the day they met (YYYY-MM-DD).' });
    expect(checkMeetingLog(draft({ date: '2026-12-06' }), context)).toMatchObject({ ok: false, field: 'date' });
    expect(checkMeetingLog(draft({ date: '2026-12-05' }), context).ok).toBe(true);
    for (const minutes of [0, -5, 721, 12.5, '', 'an hour', '1e2']) {
      expect(checkMeetingLog(draft({ minutes }), context)).toMatchObject({
        ok: false,
        field: 'minutes',
        message: 'Enter how long they met in whole minutes, from 1 to 720.',
      });
    }
    expect(checkMeetingLog(draft({ mode: 'carrier pigeon' as never }), context)).toMatchObject({ ok: false, field: 'mode' });
    expect(checkMeetingLog(draft({ notes: 'x'.repeat(2001) }), context)).toMatchObject({ ok: false, field: 'notes' });
  });
});

describe('meeting figures', () => {
  const logs = [
    makeLog('t1', '2026-10-02', { minutes: 30 }),
    makeLog('t1', '2026-10-20', { minutes: 60 }),
    makeLog('t1', '2026-12-01', { minutes: 90 }),
    makeLog('t2', '2026-11-11', { minutes: 45 }),
  ];

  it('counts meetings, minutes and the last day per team', () => {
    expect(meetingStatsByTeam(logs).get('t1')).toEqual({ count: 3, totalMinutes: 180, lastDate: '2026-12-01' });
    expect(teamMeetingStats([])).toEqual({ count: 0, totalMinutes: 0, lastDate: '' });
  });

  it('gives meetings per month, over the cycle when asked (months without a meeting show 0)', () => {
    expect(meetingsPerMonth(logs.filter((l) => l.teamId === 't1'))).toEqual([
      { month: '2026-10', count: 2, minutes: 90 },
      { month: '2026-12', count: 1, minutes: 90 },
    ]);
    expect(meetingsPerMonth(logs, { from: '2026-09-01', to: '2027-05-31' }).map((m) => m.count)).toEqual([0, 2, 1, 1, 0, 0, 0, 0, 0]);
  });

  it('shows the months from the cycle start (or an earlier meeting) to today, nothing before the cycle starts', () => {
    const cycle = { cycleStart: '2026-09-01', cycleEnd: '2027-05-31' };
    expect(meetingMonthsSpan(cycle, [], '2026-12-05')).toEqual({ from: '2026-09-01', to: '2026-12-05' });
    expect(meetingMonthsSpan(cycle, [], '2027-08-01')).toEqual({ from: '2026-09-01', to: '2027-05-31' });
    expect(meetingMonthsSpan(cycle, [makeLog('t1', '2026-07-20')], '2026-12-05')).toEqual({ from: '2026-07-20', to: '2026-12-05' });
    expect(meetingMonthsSpan({ cycleStart: '2027-09-01', cycleEnd: '2028-05-31' }, [], '2026-12-05')).toBeNull();
    expect(meetingMonthsSpan({ cycleStart: '2027-09-01', cycleEnd: '2028-05-31' }, [makeLog('t1', '2026-12-01')], '2026-12-05')).toEqual({
      from: '2026-12-01',
      to: '2026-12-05',
    });
  });

  it('properties: counts add up, the last day is the latest, order does not matter', () => {
    const logArb = fc.array(fc.record({ date: dayArb, minutes: fc.integer({ min: 1, max: 720 }), team: fc.constantFrom('t1', 't2', 't3') }), { maxLength: 40 });
    fc.assert(
      fc.property(logArb, (rows) => {
        const all = rows.map((r, i) => makeLog(r.team, r.date, { id: `l${i}`, minutes: r.minutes }));
        const months = meetingsPerMonth(all);
        expect(months.reduce((n, m) => n + m.count, 0)).toBe(all.length);
        expect(months.reduce((n, m) => n + m.minutes, 0)).toBe(all.reduce((n, l) => n + l.minutes, 0));
        for (let i = 1; i < months.length; i++) expect(months[i - 1]!.month < months[i]!.month).toBe(true);
        const stats = meetingStatsByTeam(all);
        for (const [teamId, s] of stats) {
          const mine = all.filter((l) => l.teamId === teamId);
          expect(s.count).toBe(mine.length);
          expect(mine.every((l) => l.date <= s.lastDate)).toBe(true);
          expect(mine.some((l) => l.date === s.lastDate)).toBe(true);
        }
        expect(meetingStatsByTeam([...all].reverse())).toEqual(stats);
        const cycle = meetingsPerMonth(all, { from: '2026-09-01', to: '2027-05-31' });
        expect(cycle).toHaveLength(9);
        expect(cycle.reduce((n, m) => n + m.count, 0)).toBe(all.filter((l) => l.date >= '2026-09-01' && l.date <= '2027-05-31').length);
        const sorted = logsNewestFirst(all);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.date >= sorted[i]!.date).toBe(true);
      }),
    );
  });
});
