/**
 * What the command palette can find in the open program: its people (name, email, department)
 * and its teams (with their members' names). Read when the palette opens, not before.
 */
import { teamLabel } from '../domain/documents/document-models';
import type { TeamStatus } from '../domain/model';
import { db } from './client';

export interface PalettePerson {
  id: string;
  name: string;
  email: string;
  department: string;
  withdrawn: boolean;
}

export interface PaletteTeam {
  id: string;
  /** "Pair 07". */
  label: string;
  status: TeamStatus;
  memberNames: string[];
}

export interface PaletteEntries {
  people: PalettePerson[];
  teams: PaletteTeam[];
}

/** The people and the confirmed or ended teams of a program, in name and number order. */
export async function loadPaletteEntries(programId: string): Promise<PaletteEntries> {
  return db.transaction('r', [db.participants, db.teams, db.teamMembers], async () => {
    const [participants, teams, members] = await Promise.all([
      db.participants.where('programId').equals(programId).toArray(),
      db.teams.where('programId').equals(programId).toArray(),
      db.teamMembers.where('programId').equals(programId).toArray(),
    ]);
    const names = new Map(participants.map((p) => [p.id, p.name]));
    const people = participants
      .map((p) => ({ id: p.id, name: p.name, email: p.email, department: p.department, withdrawn: p.status === 'withdrawn' }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const membersOf = new Map<string, string[]>();
    for (const m of members) {
      const name = names.get(m.participantId);
      if (!name) continue;
      const list = membersOf.get(m.teamId);
      if (list) list.push(name);
      else membersOf.set(m.teamId, [name]);
    }
    const shown = teams
      .filter((t) => t.status === 'confirmed' || t.status === 'ended')
      .sort((a, b) => a.number - b.number)
      .map((t) => ({ id: t.id, label: teamLabel(t), status: t.status, memberNames: membersOf.get(t.id) ?? [] }));
    return { people, teams: shown };
  });
}
