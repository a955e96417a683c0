/**
 * No-fault rematch in storage: ending a confirmed team with its reason and putting its people
 * back on the pairing board, "do not pair" with each other, in one transaction; and undoing it.
 * The pure rules are in domain/attention/rematch.ts; every other team stays untouched.
 */
import { planRematch, planUndoRematch, type RematchRecord } from '../domain/attention/rematch';
import { db } from './client';
import { nowIso } from './ids';
import { runWrite, WriteFailedError } from './write-guard';

export type { RematchRecord } from '../domain/attention/rematch';

/**
 * Ends a confirmed team on `today` for `reason`. Resolves with what changed (for undo), or with the
 * reason it was refused, in words (nothing saved).
 */
export async function rematchTeam(
  teamId: string,
  reason: string,
  today: string,
): Promise<{ ok: true; record: RematchRecord } | { ok: false; message: string }> {
  return runWrite(db, [db.teams, db.teamMembers, db.participants], async () => {
    const team = await db.teams.get(teamId);
    if (!team) return { ok: false, message: 'That team no longer exists. Nothing was changed.' };
    const members = await db.teamMembers.where('teamId').equals(teamId).toArray();
    const people = await db.participants.bulkGet(members.map((m) => m.participantId));
    const byId = new Map(people.filter((p) => p !== undefined).map((p) => [p.id, p]));
    const plan = planRematch(team, members, byId, reason, today, nowIso());
    if (!plan.ok) return plan;
    await db.teams.put(plan.team);
    if (plan.participants.length > 0) await db.participants.bulkPut(plan.participants);
    return { ok: true, record: plan.record };
  });
}

/**
 * Puts a rematched team back as it was: confirmed, without the end, and the "do not pair" entries
 * the rematch added taken off. Throws the refusal in words (nothing changed).
 */
export async function undoRematch(record: RematchRecord): Promise<void> {
  await runWrite(db, [db.teams, db.teamMembers, db.participants], async () => {
    const team = await db.teams.get(record.teamId);
    const programId = team?.programId ?? '';
    const [teams, members, people] = await Promise.all([
      db.teams.where('programId').equals(programId).toArray(),
      db.teamMembers.where('programId').equals(programId).toArray(),
      db.participants.where('programId').equals(programId).toArray(),
    ]);
    const plan = planUndoRematch(record, team, teams, members, new Map(people.map((p) => [p.id, p])), nowIso());
    if (!plan.ok) throw new WriteFailedError(plan.message);
    await db.teams.put(plan.team);
    if (plan.participants.length > 0) await db.participants.bulkPut(plan.participants);
  });
}
