import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGroupGathering } from '../schedule/annual-schedule';
import { addDays, daysBetween, weekdayOf } from '../schedule/iso-dates';
import { validateTeamCompetencies } from '../pairing/team-competencies';
import { buildDemoProgram, runningCycle } from './demo-program';

function build(now: string) {
  let n = 0;
  const demo = buildDemoProgram(now, () => `id-${String(++n).padStart(4, '0')}`, 'year-in-progress');
  if (!demo.year) throw new Error('the year in progress is missing');
  return { ...demo, year: demo.year };
}

describe('the demo year in progress', () => {
  it('runs the September–May cycle of today; from June to August, the one that just ended', () => {
    expect(runningCycle('2026-12-05')).toEqual({ cycleStart: '2026-09-01', cycleEnd: '2027-05-31' });
    expect(runningCycle('2027-03-14')).toEqual({ cycleStart: '2026-09-01', cycleEnd: '2027-05-31' });
    expect(runningCycle('2026-09-01')).toEqual({ cycleStart: '2026-09-01', cycleEnd: '2027-05-31' });
    expect(runningCycle('2026-07-20')).toEqual({ cycleStart: '2025-09-01', cycleEnd: '2026-05-31' });
    const { program } = build('2026-12-05T10:00:00.000Z');
    expect(program.name).toContain('2026–27');
    expect(program.checklist.every((c) => c.done)).toBe(true);
    expect(program.createdAt < program.cycleStart).toBe(true);
  });

  it('keeps the people of the ready-to-pair demo, with the same ids', () => {
    let n = 0;
    const ready = buildDemoProgram('2026-12-05T10:00:00.000Z', () => `id-${String(++n).padStart(4, '0')}`, 'ready-to-pair');
    const year = build('2026-12-05T10:00:00.000Z');
    expect(ready.year).toBeNull();
    expect(year.participants.map((p) => [p.id, p.email])).toEqual(ready.participants.map((p) => [p.id, p.email]));
  });

  describe('on 5 December 2026', () => {
    const today = '2026-12-05';
    const { program, participants, competencies, year } = build(`${today}T10:00:00.000Z`);
    const byId = new Map(participants.map((p) => [p.id, p]));
    const membersOf = (teamId: string) =>
      year.teamMembers.filter((m) => m.teamId === teamId).map((m) => byId.get(m.participantId)!);
    const teamOf = (first: string) =>
      year.teams.find((t) => membersOf(t.id).some((p) => p.firstName === first))!;

    it('pairs all 24 people in 12 confirmed pairs, keeping who registered together and who asked for each other', () => {
      expect(year.teams).toHaveLength(12);
      expect(year.teams.every((t) => t.status === 'confirmed' && t.kind === 'pair' && t.confirmedOn < program.cycleStart)).toBe(true);
      expect(year.teams.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      const paired = year.teamMembers.map((m) => m.participantId);
      expect(new Set(paired).size).toBe(24);
      expect(paired.length).toBe(24);
      for (const team of year.teams) {
        const [a, b] = membersOf(team.id);
        expect(a!.doNotPair).not.toContain(b!.id);
        expect(a!.knownWell).not.toContain(b!.id);
        expect(team.reasons.length).toBeGreaterThan(0);
      }
      expect(membersOf(teamOf('Élodie').id).map((p) => p.firstName).sort()).toEqual(['Grace', 'Élodie']);
      expect(membersOf(teamOf('Lukas').id).map((p) => p.firstName).sort()).toEqual(['Hana', 'Lukas']);
    });

    it('has chosen competencies within the rules for every pair but the stalled one, and a few letters not sent', () => {
      const stalled = teamOf('Tomasz');
      for (const team of year.teams) {
        if (team.id === stalled.id) expect(team.competencyIds).toEqual([]);
        else expect(validateTeamCompetencies(team.competencyIds, competencies, program.rules).valid).toBe(true);
      }
      const sent = year.teams.filter((t) => t.letterSentOn !== '').length;
      expect(sent).toBe(9);
    });

    it('has the year laid out, and a roll call for each group meeting held, with an absent, an excused and a guest', () => {
      expect(year.events).toHaveLength(9);
      const held = year.events.filter((e) => isGroupGathering(e.kind) && e.date < today).map((e) => e.id);
      expect(held).toHaveLength(2);
      expect(new Set(year.attendance.map((a) => a.eventId))).toEqual(new Set(held));
      for (const id of held) {
        const marks = year.attendance.filter((a) => a.eventId === id && a.participantId !== null);
        expect(new Set(marks.map((m) => m.participantId)).size).toBe(24);
      }
      const statuses = new Set(year.attendance.map((a) => a.status));
      expect(statuses).toEqual(new Set(['present', 'absent', 'excused']));
      expect(year.attendance.some((a) => a.participantId === null && a.guestName !== '')).toBe(true);
      expect(year.scheduleDefaults.place).not.toBe('');
    });

    it('tells the story: one pair one-sided in two check-ins, one pair stalled for 8+ weeks, the others meeting', () => {
      const oneSided = teamOf('José');
      const mostlyOneWay = year.checkIns.filter((c) => c.teamId === oneSided.id && c.balance === 'mostly-one-way');
      expect(mostlyOneWay).toHaveLength(2);
      const ingrid = membersOf(oneSided.id).find((p) => p.firstName === 'Ingrid')!;
      expect(mostlyOneWay.every((c) => c.givesMoreId === ingrid.id)).toBe(true);

      const stalled = teamOf('Tomasz');
      const lastMeeting = year.meetingLogs.filter((l) => l.teamId === stalled.id).map((l) => l.date).sort().at(-1)!;
      expect(daysBetween(lastMeeting, today)).toBeGreaterThanOrEqual(56);
      const latest = year.checkIns.filter((c) => c.teamId === stalled.id).sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
      expect(latest.status).toBe('stalled');
      expect(latest.followUpOn < today).toBe(true);

      for (const team of year.teams) {
        if (team.id === stalled.id) continue;
        const last = year.meetingLogs.filter((l) => l.teamId === team.id).map((l) => l.date).sort().at(-1)!;
        expect(daysBetween(last, today), `Pair ${team.number}`).toBeLessThan(42);
      }
      expect(new Set(year.meetingLogs.map((l) => l.mode)).size).toBeGreaterThanOrEqual(3);
      expect(year.meetingLogs.some((l) => l.notes !== '')).toBe(true);
      expect(year.teamNotes.length).toBeGreaterThan(0);
    });
  });

  it('never dates anything on or after today or after the cycle, and keeps every record consistent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 365 }), (offset) => {
        const today = addDays('2025-06-01', offset);
        const { program, participants, year } = build(`${today}T08:00:00.000Z`);
        const ids = new Set(participants.map((p) => p.id));
        const teams = new Map(year.teams.map((t) => [t.id, t]));
        const events = new Map(year.events.map((e) => [e.id, e]));
        const limit = (date: string) => date < today && date <= program.cycleEnd;
        expect(program.cycleStart <= today).toBe(true);
        for (const log of year.meetingLogs) {
          expect(limit(log.date)).toBe(true);
          expect(log.date >= program.cycleStart).toBe(true);
          expect([0, 6]).not.toContain(weekdayOf(log.date));
          expect(log.competencyIds.every((id) => teams.get(log.teamId)?.competencyIds.includes(id))).toBe(true);
        }
        for (const c of year.checkIns) {
          expect(limit(c.date)).toBe(true);
          const chosen = teams.get(c.teamId)?.competencyIds ?? [];
          for (const [id, value] of Object.entries(c.progress)) {
            expect(chosen).toContain(id);
            expect(value).toBeGreaterThanOrEqual(1);
            expect(value).toBeLessThanOrEqual(5);
          }
          if (c.givesMoreId !== '') expect(year.teamMembers.some((m) => m.teamId === c.teamId && m.participantId === c.givesMoreId)).toBe(true);
        }
        for (const a of year.attendance) {
          const event = events.get(a.eventId);
          expect(event && isGroupGathering(event.kind) && limit(event.date)).toBe(true);
          if (a.participantId !== null) expect(ids.has(a.participantId)).toBe(true);
        }
        for (const note of year.teamNotes) expect(limit(note.date)).toBe(true);
        const all = [
          program.id,
          ...participants.map((p) => p.id),
          ...year.teams.map((t) => t.id),
          ...year.teamMembers.map((m) => m.id),
          ...year.events.map((e) => e.id),
          ...year.attendance.map((a) => a.id),
          ...year.meetingLogs.map((l) => l.id),
          ...year.checkIns.map((c) => c.id),
          ...year.teamNotes.map((n) => n.id),
        ];
        expect(new Set(all).size).toBe(all.length);
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic for the same now and id sequence', () => {
    expect(build('2027-02-10T09:00:00.000Z')).toEqual(build('2027-02-10T09:00:00.000Z'));
  });
});
