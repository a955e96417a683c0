import { describe, expect, it } from 'vitest';
import { filterRollCall, rollCallRows, unmarkedParticipants } from './roll-call';
import { makeEvent, makeMark, makeMembers, makePerson, makeTeam } from '../../../../../test/support/running-year';

const people = [
  makePerson({ id: 'zoe', firstName: 'Zoë', lastName: 'Hartmann', department: 'Nursing' }),
  makePerson({ id: 'jose', firstName: 'José', lastName: 'Ortega', department: 'Pharmacy' }),
  makePerson({ id: 'ngozi', firstName: 'Ngozi', lastName: 'Okafor', department: 'Research' }),
  makePerson({ id: 'lukas', firstName: 'Lukas', lastName: 'Müller', department: 'IT' }),
  makePerson({ id: 'elodie', firstName: 'Élodie', lastName: 'Rousseau', status: 'withdrawn' }),
];
const teams = [makeTeam({ id: 't7', number: 7 }), makeTeam({ id: 't8', number: 8, confirmedOn: '2026-12-01' })];
const members = [...makeMembers('t7', ['zoe', 'jose']), ...makeMembers('t8', ['ngozi', 'lukas'])];
const november = makeEvent({ id: 'nov', date: '2026-11-10' });

describe('roll call rows', () => {
  const marks = [
    makeMark('nov', 'jose', 'absent'),
    makeMark('nov', 'elodie', 'present'),
    makeMark('nov', null, 'present', { id: 'g2', guestName: 'Visiting nurse' }),
    makeMark('nov', null, 'present', { id: 'g1', guestName: 'Alex (HR)' }),
    makeMark('other', 'zoe', 'present'),
  ];
  const rows = rollCallRows(november, people, marks, teams, members);

  it('numbers the sign-in sheet lines, then lists people no longer on it, then guests', () => {
    expect(rows.map((r) => [r.line, r.name, r.kind])).toEqual([
      [1, 'Zoë Hartmann', 'listed'],
      [2, 'Lukas Müller', 'listed'],
      [3, 'Ngozi Okafor', 'listed'],
      [4, 'José Ortega', 'listed'],
      [null, 'Élodie Rousseau', 'not-listed'],
      [null, 'Alex (HR)', 'guest'],
      [null, 'Visiting nurse', 'guest'],
    ]);
  });

  it('shows each mark of this meeting only, and the team in place on the day', () => {
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get('José Ortega')).toMatchObject({ status: 'absent', teamLabel: 'Pair 07', expected: true });
    expect(byName.get('Zoë Hartmann')).toMatchObject({ status: null, teamId: 't7' });
    // Pair 08 was confirmed in December: not yet a team at the November meeting.
    expect(byName.get('Lukas Müller')).toMatchObject({ teamId: null, teamLabel: '', expected: false });
    expect(byName.get('Alex (HR)')).toMatchObject({ participantId: null, markId: 'g1', expected: false });
  });

  it('finds people by name without accents, by department, by team, or by sheet line', () => {
    expect(filterRollCall(rows, 'zoe').map((r) => r.name)).toEqual(['Zoë Hartmann']);
    expect(filterRollCall(rows, 'MULLER').map((r) => r.name)).toEqual(['Lukas Müller']);
    expect(filterRollCall(rows, 'pharm').map((r) => r.name)).toEqual(['José Ortega']);
    expect(filterRollCall(rows, 'pair 07').map((r) => r.name)).toEqual(['Zoë Hartmann', 'José Ortega']);
    expect(filterRollCall(rows, '3').map((r) => r.name)).toEqual(['Ngozi Okafor']);
    expect(filterRollCall(rows, '  ')).toHaveLength(rows.length);
    expect(filterRollCall(rows, 'nobody here')).toEqual([]);
  });

  it('"All present" targets exactly the people not marked yet', () => {
    expect(unmarkedParticipants(rows).sort()).toEqual(['lukas', 'ngozi', 'zoe']);
  });
});
