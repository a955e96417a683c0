import { describe, expect, it } from 'vitest';
import { generateAnnualSchedule, type ProgramEventDraft } from './annual-schedule';
import { DEFAULT_MEETING_RULE } from './meeting-rule';
import { scheduleWarnings } from './schedule-warnings';

const CYCLE = { cycleStart: '2026-09-01', cycleEnd: '2027-05-31' };
const base = generateAnnualSchedule({ programId: 'p1', ...CYCLE, rule: DEFAULT_MEETING_RULE });

function withEdit(index: number, edit: Partial<ProgramEventDraft>): ProgramEventDraft[] {
  return base.map((e, i) => (i === index ? { ...e, ...edit } : e));
}

describe('scheduleWarnings', () => {
  it('warns when a group meeting falls on a weekend and names the day', () => {
    const warnings = scheduleWarnings(withEdit(2, { date: '2026-11-14' }), CYCLE);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ index: 2, code: 'weekend', eventId: null });
    expect(warnings[0]?.message).toContain('Saturday');
    expect(warnings[0]?.message).toContain('14 November 2026');
  });

  it('does not warn about the weekday of a "by arrangement" month marker', () => {
    // 1 November 2026 is a Sunday.
    expect(scheduleWarnings(withEdit(3, { date: '2026-11-01' }), CYCLE)).toEqual([]);
  });

  it('warns for dates before the start and after the end of the cycle', () => {
    const before = scheduleWarnings(withEdit(0, { date: '2026-08-25' }), CYCLE);
    expect(before.map((w) => w.code)).toEqual(['before-cycle']);
    const after = scheduleWarnings(withEdit(8, { date: '2027-06-08' }), CYCLE);
    expect(after.map((w) => w.code)).toEqual(['after-cycle']);
    expect(after[0]?.message).toContain('31 May 2027');
  });

  it('flags impossible dates and times, and a group meeting without a time', () => {
    const codes = (edit: Partial<ProgramEventDraft>): string[] => scheduleWarnings(withEdit(4, edit), CYCLE).map((w) => w.code);
    expect(codes({ date: '2027-02-30' })).toEqual(['invalid-date']);
    expect(codes({ startTime: '25:00' })).toEqual(['invalid-time']);
    expect(codes({ startTime: '' })).toEqual(['missing-time']);
  });

  it('warns when a group meeting is far from 1.5-2 hours', () => {
    expect(scheduleWarnings(withEdit(6, { minutes: 45 }), CYCLE).map((w) => w.code)).toEqual(['length']);
    expect(scheduleWarnings(withEdit(6, { minutes: 180 }), CYCLE)[0]?.message).toContain('3 h');
    expect(scheduleWarnings(withEdit(6, { minutes: 90 }), CYCLE)).toEqual([]);
  });

  it('reports the id of stored events', () => {
    const stored = withEdit(2, { date: '2026-11-15' }).map((e, i) => ({ ...e, id: `e${i}` }));
    expect(scheduleWarnings(stored, CYCLE)[0]?.eventId).toBe('e2');
  });
});
