/** Test-only: the fields of a participant with nothing filled in, for test factories to build on. */
import type { Participant } from '../../src/renderer/src/domain/model';

/** Every participant field empty, active, in program 'prog'; identity fields are the caller's. */
export function blankParticipantFields(): Omit<Participant, 'id' | 'email' | 'emailKey' | 'name' | 'firstName' | 'lastName'> {
  return {
    programId: 'prog',
    department: '',
    jobTitle: '',
    careerStage: null,
    location: '',
    manager: '',
    offers: [],
    wants: [],
    knownWell: [],
    doNotPair: [],
    preferredPartnerEmail: '',
    registeredWithEmail: '',
    notes: '',
    custom: {},
    status: 'active',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}
