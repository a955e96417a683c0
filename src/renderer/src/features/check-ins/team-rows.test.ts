import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCheckIn, pairedDemo } from '../../../../../test/support/check-ins';
import { generateAnnualSchedule } from '../../domain/schedule/annual-schedule';
import { addDays } from '../../domain/schedule/iso-dates';
import { buildTeamRows, filterTeamRows, type TeamRowsInput } from './team-rows';

const demo = pairedDemo();
const program = { ...demo.program, cycleStart: '2026-09-01', cycleEnd: '2027-05-31' };
const events = generateAnnualSchedule({
  programId: program.id,
  cycleStart: program.cycleStart,
  cycleEnd: program.cycleEnd,
  rule: { ordinal: 2, weekday: 2, startTime: '12:00', minutes: 120 },
}).map((e, i) => ({ ...e, id: `e${i}` }));

function state(checkIns: TeamRowsInput['checkIns'], teams = demo.teams): TeamRowsInput {
  return {
    program,
    catalog: demo.catalog,
    participants: demo.participants,
    teams,
    members: demo.members,
    events,
    checkIns,
    cadence: { mode: 'pair-months' },
  };
}

describe('the rows of the Check-ins screen', () => {
  it('list every confirmed team once, overdue first, and count what each filter shows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ team: fc.integer({ min: 0, max: 11 }), day: fc.integer({ min: 0, max: 200 }) }), { maxLength: 30 }),
        fc.integer({ min: 30, max: 250 }),
        (given, t) => {
          const checkIns = given.map((g, i) =>
            makeCheckIn({ id: `c${i}`, teamId: demo.teams[g.team]!.id, date: addDays('2026-09-01', g.day) }),
          );
          const today = addDays('2026-09-01', t);
          const { rows, counts } = buildTeamRows(state(checkIns), today);
          expect(rows.map((r) => r.team.id).sort()).toEqual(demo.teams.map((team) => team.id).sort());
          expect(counts.all).toBe(rows.length);
          expect(counts.due + counts.overdue).toBeLessThanOrEqual(rows.length);
          const kinds = rows.map((r) => r.state.kind);
          const firstOther = kinds.findIndex((k) => k !== 'overdue');
          if (firstOther !== -1) expect(kinds.slice(firstOther)).not.toContain('overdue');
          for (const r of rows) {
            expect(r.checkIns.every((c) => c.teamId === r.team.id)).toBe(true);
            expect(r.checkIns.map((c) => c.date)).toEqual([...r.checkIns.map((c) => c.date)].sort().reverse());
          }
          expect(filterTeamRows(rows, 'overdue', '')).toHaveLength(counts.overdue);
          expect(filterTeamRows(rows, 'due', '')).toHaveLength(counts.due);
        },
      ),
    );
  });

  it('leave out ended teams and find a team by a member’s name, accents or not', () => {
    const ended = demo.teams.map((t, i) => (i === 0 ? { ...t, status: 'ended' as const } : t));
    const { rows } = buildTeamRows(state([], ended), '2026-10-10');
    expect(rows).toHaveLength(demo.teams.length - 1);
    const zoe = demo.participants.find((p) => p.firstName === 'Zoë')!;
    const teamOfZoe = demo.members.find((m) => m.participantId === zoe.id)!.teamId;
    const all = buildTeamRows(state([]), '2026-10-10').rows;
    expect(filterTeamRows(all, 'all', 'zoe hart').map((r) => r.team.id)).toEqual([teamOfZoe]);
    expect(filterTeamRows(all, 'all', 'Pair 03').map((r) => r.label)).toEqual(['Pair 03']);
  });
});
