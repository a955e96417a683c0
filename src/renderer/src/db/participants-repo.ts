/**
 * Participants of a program: the live roster for the directory, adding and editing people one
 * field at a time, and bulk withdraw / restore / set a field / delete, each with an undo. Every
 * edit reads, checks (pure rules in domain/participants) and writes inside one transaction, so two
 * quick edits never overwrite each other and a refused edit changes nothing.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  planDeletion,
  planDeletionUndo,
  planRevert,
  planSetField,
  planStatusChange,
  describeBlocks,
  type BulkField,
  type BulkPlan,
  type DeletionPlan,
} from '../domain/participants/bulk-edits';
import { participantHistory, type ParticipantHistory } from '../domain/participants/participant-history';
import {
  applyParticipantChange,
  createParticipant,
  emailKeyOf,
  cleanLineText,
  type NewParticipantInput,
  type ParticipantChange,
  type ParticipantContext,
  type ParticipantProblem,
} from '../domain/participants/participant-rules';
import { planRegistration, type RegistrationField, type RegistrationInput } from '../domain/participants/registration';
import type { CareerStage, Participant, ParticipantStatus, Team, TeamMember } from '../domain/model';
import { db } from './client';
import { newId, nowIso } from './ids';
import { runWrite } from './write-guard';

/** Every participant of the program (any status); undefined while loading. */
export function useParticipants(programId: string | undefined): Participant[] | undefined {
  return useLiveQuery(
    async () => (programId ? db.participants.where('programId').equals(programId).toArray() : []),
    [programId],
  );
}

/** One participant, live (null when it does not exist). */
export function useParticipant(id: string | null): Participant | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.participants.get(id)) ?? null) : null), [id]);
}

/** The program's teams and their members (for "paired" and the history). */
export function useProgramTeams(programId: string | undefined): { teams: Team[]; members: TeamMember[] } | undefined {
  return useLiveQuery(async () => {
    if (!programId) return { teams: [], members: [] };
    const [teams, members] = await Promise.all([
      db.teams.where('programId').equals(programId).toArray(),
      db.teamMembers.where('programId').equals(programId).toArray(),
    ]);
    return { teams, members };
  }, [programId]);
}

/** A participant's imports and teams, live. */
export function useParticipantHistory(programId: string | undefined, participantId: string | null): ParticipantHistory | undefined {
  return useLiveQuery(async () => {
    if (!programId || !participantId) return { imports: [], teams: [] };
    const [batches, teams, members] = await Promise.all([
      db.importBatches.where('programId').equals(programId).toArray(),
      db.teams.where('programId').equals(programId).toArray(),
      db.teamMembers.where('programId').equals(programId).toArray(),
    ]);
    const mine = new Set(members.filter((m) => m.participantId === participantId).map((m) => m.teamId));
    const partnerIds = members.filter((m) => mine.has(m.teamId)).map((m) => m.participantId);
    const partners = (await db.participants.bulkGet(partnerIds)).filter((p): p is Participant => p !== undefined);
    return participantHistory(participantId, batches, teams, members, new Map(partners.map((p) => [p.id, p])));
  }, [programId, participantId]);
}

/** The outcome of an edit: saved (with the version before, for undo) or refused with the reason. */
export type EditResult =
  | { ok: true; before: Participant; after: Participant; changed: boolean }
  | ParticipantProblem;

/** What the checks need, read inside the current transaction. */
async function contextFor(programId: string, change: ParticipantChange): Promise<ParticipantContext> {
  const catalog =
    change.offers !== undefined || change.wants !== undefined
      ? await db.competencies.where('programId').equals(programId).toArray()
      : [];
  const emailHolders =
    change.email !== undefined
      ? await db.participants.where('[programId+emailKey]').equals([programId, emailKeyOf(cleanLineText(change.email))]).toArray()
      : [];
  const linked = [...(change.knownWell ?? []), ...(change.doNotPair ?? [])];
  const people = new Map<string, Participant>();
  if (linked.length > 0) {
    for (const p of await db.participants.bulkGet(linked)) if (p) people.set(p.id, p);
  }
  return { catalog, emailHolders, people };
}

/** Add a participant typed in by hand. */
export async function addParticipant(
  programId: string,
  input: NewParticipantInput,
): Promise<{ ok: true; participant: Participant } | ParticipantProblem> {
  return runWrite(db, [db.participants, db.programs], async () => {
    if (!(await db.programs.get(programId))) throw new Error('That program no longer exists.');
    const context = await contextFor(programId, { email: input.email });
    const result = createParticipant(input, { id: newId(), programId, now: nowIso() }, context);
    if (result.ok) await db.participants.add(result.participant);
    return result;
  });
}

/** A registration that was saved, for its undo. */
export interface SavedRegistration {
  added: Participant[];
  linked: { before: Participant; after: Participant } | null;
}

/**
 * Register one person, or two who register together, in one transaction (or link the new person
 * with a colleague already on the roster). A refused registration writes nothing and says why.
 */
export async function registerParticipants(
  programId: string,
  input: RegistrationInput,
  today: string,
): Promise<({ ok: true } & SavedRegistration) | { ok: false; field: RegistrationField; message: string }> {
  return runWrite(db, [db.participants, db.programs, db.competencies, db.events], async () => {
    if (!(await db.programs.get(programId))) throw new Error('That program no longer exists.');
    const [catalog, people, events] = await Promise.all([
      db.competencies.where('programId').equals(programId).toArray(),
      db.participants.where('programId').equals(programId).toArray(),
      db.events.where('programId').equals(programId).toArray(),
    ]);
    const plan = planRegistration(input, { ids: [newId(), newId()], programId, now: nowIso(), today }, { catalog, people, events });
    if (!plan.ok) return plan;
    await db.participants.bulkAdd(plan.added);
    if (plan.linked) await db.participants.put(plan.linked.after);
    return plan;
  });
}

/**
 * Take a registration back: the people it added are removed and the linked colleague gets their
 * earlier record back, unless anyone was edited since (then nothing changes and it says so).
 */
export async function undoRegistration(saved: SavedRegistration): Promise<void> {
  return runWrite(db, [db.participants, db.teamMembers], async () => {
    const ids = saved.added.map((p) => p.id);
    const now = await db.participants.bulkGet(ids);
    const edited = now.find((p, i) => p !== undefined && p.updatedAt !== saved.added[i]?.updatedAt);
    if (edited) throw new Error(`${edited.name} was edited since; change or delete them on their page instead.`);
    if ((await db.teamMembers.where('participantId').anyOf(ids).count()) > 0)
      throw new Error('They are already in a team; break or end it first, then delete them on Participants.');
    await db.participants.bulkDelete(ids);
    if (saved.linked) {
      const current = await db.participants.get(saved.linked.after.id);
      if (current && current.updatedAt === saved.linked.after.updatedAt) await db.participants.put(saved.linked.before);
    }
  });
}

/** Register the same people again (redo), with the same ids. */
export async function redoRegistration(saved: SavedRegistration): Promise<void> {
  return runWrite(db, [db.participants], async () => {
    await db.participants.bulkAdd(saved.added);
    if (saved.linked) {
      const current = await db.participants.get(saved.linked.before.id);
      if (current && current.updatedAt === saved.linked.before.updatedAt) await db.participants.put(saved.linked.after);
    }
  });
}

/**
 * Save a change to one participant. `change` may be computed from the stored record (read in the
 * same transaction). A refused change saves nothing and says why.
 */
export async function updateParticipant(
  id: string,
  change: ParticipantChange | ((stored: Participant) => ParticipantChange),
): Promise<EditResult> {
  return runWrite(db, [db.participants, db.competencies], async () => {
    const stored = await db.participants.get(id);
    if (!stored) throw new Error('This participant no longer exists.');
    const resolved = typeof change === 'function' ? change(stored) : change;
    const result = applyParticipantChange(stored, resolved, await contextFor(stored.programId, resolved));
    if (!result.ok) return result;
    if (!result.changed) return { ok: true, before: stored, after: stored, changed: false };
    const after = { ...result.next, updatedAt: nowIso() };
    await db.participants.put(after);
    return { ok: true, before: stored, after, changed: true };
  });
}

/**
 * Undo one edit: put an earlier version of a participant back in one write (stamped as a new
 * change). Refused when that person no longer exists or their old address is now someone else's.
 */
export async function restoreParticipantVersion(version: Participant): Promise<{ ok: true; before: Participant } | { ok: false; message: string }> {
  return runWrite(db, [db.participants], async () => {
    const stored = await db.participants.get(version.id);
    if (!stored) return { ok: false as const, message: 'This participant was deleted; there is nothing to undo.' };
    const holders = await db.participants.where('[programId+emailKey]').equals([version.programId, version.emailKey]).toArray();
    const holder = holders.find((h) => h.id !== version.id);
    if (holder) {
      return {
        ok: false as const,
        message: `Cannot undo: ${holder.name} now uses the address ${version.email}. Nothing was changed.`,
      };
    }
    await db.participants.put({ ...version, updatedAt: nowIso() });
    return { ok: true as const, before: stored };
  });
}

/** A bulk change that was saved, for its undo. */
export interface BulkChange {
  kind: 'status' | 'field';
  plan: BulkPlan;
}

async function programParticipants(programId: string, ids: readonly string[]): Promise<Participant[]> {
  const wanted = new Set(ids);
  return (await db.participants.bulkGet([...wanted])).filter(
    (p): p is Participant => p !== undefined && p.programId === programId,
  );
}

/** Withdraw, restore or opt in the chosen people in one transaction (`today` dates an opt-in). */
export async function setParticipantsStatus(
  programId: string,
  ids: readonly string[],
  status: ParticipantStatus,
  today: string,
): Promise<BulkChange> {
  return runWrite(db, [db.participants, db.events], async () => {
    const events = await db.events.where('programId').equals(programId).toArray();
    const plan = planStatusChange(await programParticipants(programId, ids), ids, status, nowIso(), { today, events });
    if (plan.after.length > 0) await db.participants.bulkPut(plan.after);
    return { kind: 'status' as const, plan };
  });
}

/** Set one field to the same value on the chosen people in one transaction. Throws the reason when refused. */
export async function setParticipantsField(
  programId: string,
  ids: readonly string[],
  field: BulkField,
  value: string | CareerStage | null,
): Promise<BulkChange> {
  return runWrite(db, [db.participants], async () => {
    const plan = planSetField(await programParticipants(programId, ids), ids, field, value, nowIso());
    if (!('after' in plan)) throw new Error(plan.message);
    if (plan.after.length > 0) await db.participants.bulkPut(plan.after);
    return { kind: 'field' as const, plan };
  });
}

/** Undo a bulk change; people edited again since keep their edits. Returns how many were restored and skipped. */
export async function undoBulkChange(change: BulkChange): Promise<{ restored: number; skipped: number }> {
  return runWrite(db, [db.participants], async () => {
    const current = await db.participants.bulkGet(change.plan.after.map((p) => p.id));
    const byId = new Map(current.filter((p): p is Participant => p !== undefined).map((p) => [p.id, p]));
    const { restore, skipped } = planRevert(byId, change.plan);
    if (restore.length > 0) await db.participants.bulkPut(restore);
    return { restored: restore.length, skipped };
  });
}

/** The outcome of a bulk delete: done (with what undo needs) or refused with the reason. */
export type DeleteResult = { ok: true; plan: DeletionPlan } | { ok: false; message: string };

const ACTIVITY_TABLES = () => [db.attendance, db.ratings, db.speedEvents];

/**
 * Delete the chosen people, their places in proposed teams and others' links to them, in one
 * transaction. Refused (nothing deleted) when anyone is or was in a confirmed team or has
 * recorded activity: withdraw them instead.
 */
export async function deleteParticipants(programId: string, ids: readonly string[]): Promise<DeleteResult> {
  return runWrite(db, [db.participants, db.teams, db.teamMembers, ...ACTIVITY_TABLES()], async () => {
    const [participants, teams, members, attendance, ratings, speed] = await Promise.all([
      db.participants.where('programId').equals(programId).toArray(),
      db.teams.where('programId').equals(programId).toArray(),
      db.teamMembers.where('programId').equals(programId).toArray(),
      db.attendance.where('programId').equals(programId).toArray(),
      db.ratings.where('programId').equals(programId).toArray(),
      db.speedEvents.where('programId').equals(programId).toArray(),
    ]);
    const active = new Set<string>([
      ...attendance.flatMap((a) => (a.participantId === null ? [] : [a.participantId])),
      ...ratings.map((r) => r.participantId),
      ...speed.flatMap((s) => s.participantIds),
    ]);
    const plan = planDeletion(participants, ids, teams, members, { participantIds: active }, nowIso());
    if (!plan.ok) return { ok: false as const, message: describeBlocks(plan.blocked) };
    await db.participants.bulkDelete(plan.deleted.map((p) => p.id));
    await db.teamMembers.bulkDelete(plan.removedMembers.map((m) => m.id));
    await db.teams.bulkDelete(plan.removedTeams.map((t) => t.id));
    if (plan.referrersAfter.length > 0) await db.participants.bulkPut(plan.referrersAfter);
    return { ok: true as const, plan };
  });
}

/** Bring deleted people back exactly as they were, in one transaction. Throws the reason when refused. */
export async function undoDelete(plan: DeletionPlan): Promise<void> {
  await runWrite(db, [db.participants, db.teams, db.teamMembers], async () => {
    const referrers = await db.participants.bulkGet(plan.referrersBefore.map((p) => p.id));
    const holders = await Promise.all(
      plan.deleted.map((p) => db.participants.where('[programId+emailKey]').equals([p.programId, p.emailKey]).toArray()),
    );
    const undo = planDeletionUndo(
      plan,
      new Map(referrers.filter((p): p is Participant => p !== undefined).map((p) => [p.id, p])),
      holders.flat(),
      nowIso(),
    );
    if (!undo.ok) throw new Error(undo.message);
    await db.participants.bulkAdd(undo.participants);
    if (undo.referrers.length > 0) await db.participants.bulkPut(undo.referrers);
    if (undo.teams.length > 0) await db.teams.bulkAdd(undo.teams);
    if (undo.members.length > 0) await db.teamMembers.bulkAdd(undo.members);
  });
}
