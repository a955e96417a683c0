/**
 * Test-only builders for the check-in tests: the demo program's people in confirmed pairs (in
 * roster order: 1+2, 3+4, …) with competencies chosen, and check-in records. Nothing in the app
 * imports this file.
 */
import { readFileSync } from 'node:fs';
import { buildDemoProgram } from '../../src/renderer/src/domain/demo/demo-program';
import type { CheckIn, Competency, Participant, Program, Team, TeamMember } from '../../src/renderer/src/domain/model';

export interface PairedProgram {
  program: Program;
  catalog: Competency[];
  participants: Participant[];
  teams: Team[];
  members: TeamMember[];
}

/** The demo program with everyone in a confirmed pair, each pair with three chosen competencies. */
export function pairedDemo(): PairedProgram {
  let n = 0;
  const demo = buildDemoProgram('2026-06-01T09:00:00.000Z', () => `id-${String(++n).padStart(3, '0')}`);
  const participants = demo.participants;
  const teams: Team[] = [];
  const members: TeamMember[] = [];
  for (let i = 0; i + 1 < participants.length; i += 2) {
    const number = teams.length + 1;
    const a = participants[i]!;
    const b = participants[i + 1]!;
    const chosen = [...new Set([...a.wants, ...b.wants])].slice(0, 3);
    teams.push({
      id: `team-${number}`,
      programId: demo.program.id,
      kind: 'pair',
      status: 'confirmed',
      number,
      locked: false,
      facilitated: false,
      score: 1,
      reasons: [],
      competencyIds: chosen,
      letterSentOn: '',
      confirmedOn: '2026-09-10',
      endedOn: '',
      endedReason: '',
      createdAt: '2026-09-10T09:00:00.000Z',
      updatedAt: '2026-09-10T09:00:00.000Z',
    });
    for (const p of [a, b]) members.push({ id: `m-${p.id}`, teamId: `team-${number}`, programId: demo.program.id, participantId: p.id });
  }
  return { program: demo.program, catalog: demo.competencies, participants, teams, members };
}

/** A check-in on `date` with nothing of note in it. */
export function makeCheckIn(fields: Partial<CheckIn> & { date: string }): CheckIn {
  return {
    id: `ci-${fields.date}-${fields.teamId ?? 't'}`,
    programId: 'p',
    teamId: 't',
    status: 'on-track',
    balance: 'equal',
    givesMoreId: '',
    progress: {},
    improvements: '',
    nextStep: '',
    followUpOn: '',
    coordinatorNote: '',
    source: 'typed',
    respondentEmail: '',
    importBatchId: '',
    createdAt: `${fields.date}T10:00:00.000Z`,
    ...fields,
  };
}

/** The bytes of a survey export fixture (test/fixtures/surveys). */
export function loadSurveyFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/surveys/${name}`, import.meta.url)));
}
