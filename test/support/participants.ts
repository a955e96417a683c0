/**
 * Builders for the inventory tests (test-only: nothing in the app imports this file).
 */
import type { Competency, CompetencyCategory, Participant, Team, TeamMember } from '../../src/renderer/src/domain/model';
import { blankParticipantFields } from './blank-participant';

const CATEGORIES: CompetencyCategory[] = ['self', 'business', 'people'];

/** A catalog with the given names; categories rotate self, business, people; ids c0, c1, … */
export function catalogOf(names: readonly string[], programId = 'prog'): Competency[] {
  return names.map((name, i) => ({
    id: `c${i}`,
    programId,
    name,
    description: '',
    category: CATEGORIES[i % 3] as CompetencyCategory,
    cluster: '',
    order: i,
    retired: false,
    builtinKey: null,
  }));
}

/** A participant with empty defaults; the id doubles as the email's local part. */
export function person(fields: Partial<Participant> & { id: string }): Participant {
  const email = fields.email ?? `${fields.id}@example.org`;
  return {
    ...blankParticipantFields(),
    emailKey: email.trim().normalize('NFC').toLowerCase(),
    email,
    firstName: '',
    lastName: '',
    name: fields.name ?? `Person ${fields.id}`,
    ...fields,
  };
}

/** A team with its members. */
export function teamOf(
  id: string,
  number: number,
  status: Team['status'],
  memberIds: readonly string[],
  kind: Team['kind'] = memberIds.length === 3 ? 'triad' : 'pair',
): { team: Team; members: TeamMember[] } {
  return {
    team: {
      id,
      programId: 'prog',
      kind,
      status,
      number,
      locked: false,
      facilitated: false,
      score: 0,
      reasons: [],
      competencyIds: [],
      letterSentOn: '', confirmedOn: '', endedOn: '', endedReason: '',
      createdAt: '2026-02-01T00:00:00.000Z',
      updatedAt: '2026-02-01T00:00:00.000Z',
    },
    members: memberIds.map((participantId, i) => ({ id: `${id}-m${i}`, teamId: id, programId: 'prog', participantId })),
  };
}
