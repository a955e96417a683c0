/**
 * Changes to many participants at once, worked out before anything is written: set one field,
 * withdraw or restore, delete. Deletion is refused for anyone with history in the program
 * (a confirmed or ended team, attendance, ratings, speed mentoring); withdrawing keeps that history.
 */
import type { CareerStage, Participant, ParticipantStatus, ProgramEvent, Team, TeamMember } from '../model';
import { withStatus } from './opt-in';
import { applyParticipantChange, type ParticipantChange } from './participant-rules';
import { teamLabel } from './directory';

/** Fields that can be set on many people at once. */
export type BulkField = 'department' | 'jobTitle' | 'location' | 'manager' | 'careerStage';

/** Labels for the bulk field choice. */
export const BULK_FIELD_LABELS: Record<BulkField, string> = {
  department: 'Department',
  jobTitle: 'Job title',
  location: 'Location',
  manager: 'Manager',
  careerStage: 'Career stage',
};

/** A bulk change: the records as they were and as they will be (only those that change). */
export interface BulkPlan {
  before: Participant[];
  after: Participant[];
}

function selected(participants: readonly Participant[], ids: readonly string[]): Participant[] {
  const wanted = new Set(ids);
  return participants.filter((p) => wanted.has(p.id));
}

/**
 * Withdraw, restore or opt in the chosen people; those already in that status are left alone.
 * Opting in stamps `today` and the trial end (the first group meeting after it in `events`).
 */
export function planStatusChange(
  participants: readonly Participant[],
  ids: readonly string[],
  status: ParticipantStatus,
  now: string,
  trial: { today: string; events: readonly Pick<ProgramEvent, 'kind' | 'date'>[] } = { today: now.slice(0, 10), events: [] },
): BulkPlan {
  const before = selected(participants, ids).filter((p) => p.status !== status);
  return { before, after: before.map((p) => ({ ...withStatus(p, status, trial.today, trial.events), updatedAt: now })) };
}

/** Set one field to the same value on the chosen people (cleaned and checked like a hand edit). */
export function planSetField(
  participants: readonly Participant[],
  ids: readonly string[],
  field: BulkField,
  value: string | CareerStage | null,
  now: string,
): BulkPlan | { ok: false; message: string } {
  const change: ParticipantChange =
    field === 'careerStage'
      ? { careerStage: value as CareerStage | null }
      : { [field]: typeof value === 'string' ? value : '' };
  const before: Participant[] = [];
  const after: Participant[] = [];
  for (const p of selected(participants, ids)) {
    const result = applyParticipantChange(p, change, { catalog: [], emailHolders: [], people: new Map() });
    if (!result.ok) return { ok: false, message: result.message };
    if (!result.changed) continue;
    before.push(p);
    after.push({ ...result.next, updatedAt: now });
  }
  return { before, after };
}

/** Why a person cannot be deleted. */
export interface DeletionBlock {
  participantId: string;
  name: string;
  reason: string;
}

/** Everything a deletion removes or changes, so that undo can put it back exactly. */
export interface DeletionPlan {
  ok: true;
  deleted: Participant[];
  /** Memberships of proposed teams the deleted people were in. */
  removedMembers: TeamMember[];
  /** Proposed teams left with fewer than two people, and their remaining memberships. */
  removedTeams: Team[];
  /** Other participants whose known-well or do-not-pair lists named a deleted person. */
  referrersBefore: Participant[];
  referrersAfter: Participant[];
}

/** Activity recorded for people, which deletion would orphan. */
export interface RecordedActivity {
  /** Participant ids with attendance, ratings or a speed mentoring event. */
  participantIds: ReadonlySet<string>;
}

/**
 * Plan deleting the chosen people from `participants` (the whole program). Refused, listing who
 * and why, when anyone is in a confirmed or ended team or has recorded activity.
 */
export function planDeletion(
  participants: readonly Participant[],
  ids: readonly string[],
  teams: readonly Team[],
  members: readonly TeamMember[],
  activity: RecordedActivity,
  now: string,
): DeletionPlan | { ok: false; blocked: DeletionBlock[] } {
  const deleted = selected(participants, ids);
  const gone = new Set(deleted.map((p) => p.id));
  const teamById = new Map(teams.map((t) => [t.id, t]));

  const blocked: DeletionBlock[] = [];
  for (const p of deleted) {
    const kept = members
      .filter((m) => m.participantId === p.id)
      .map((m) => teamById.get(m.teamId))
      .find((t) => t !== undefined && t.status !== 'proposed');
    if (kept) {
      const when = kept.status === 'confirmed' ? 'is in confirmed' : 'was in';
      blocked.push({ participantId: p.id, name: p.name, reason: `${when} ${teamLabel(kept)}` });
    } else if (activity.participantIds.has(p.id)) {
      blocked.push({ participantId: p.id, name: p.name, reason: 'has attendance, ratings or speed mentoring recorded' });
    }
  }
  if (blocked.length > 0) return { ok: false, blocked };

  const removedMembers = members.filter((m) => gone.has(m.participantId));
  const touchedTeams = new Set(removedMembers.map((m) => m.teamId));
  const removedTeams: Team[] = [];
  for (const teamId of touchedTeams) {
    const team = teamById.get(teamId);
    const left = members.filter((m) => m.teamId === teamId && !gone.has(m.participantId));
    if (team && left.length < 2) {
      removedTeams.push(team);
      removedMembers.push(...left);
    }
  }

  const referrersBefore: Participant[] = [];
  const referrersAfter: Participant[] = [];
  for (const p of participants) {
    if (gone.has(p.id)) continue;
    if (!p.knownWell.some((id) => gone.has(id)) && !p.doNotPair.some((id) => gone.has(id))) continue;
    referrersBefore.push(p);
    referrersAfter.push({
      ...p,
      knownWell: p.knownWell.filter((id) => !gone.has(id)),
      doNotPair: p.doNotPair.filter((id) => !gone.has(id)),
      updatedAt: now,
    });
  }
  return { ok: true, deleted, removedMembers, removedTeams, referrersBefore, referrersAfter };
}

/** "Zoë Hartmann is in confirmed Pair 03; …": the refusal in words. */
export function describeBlocks(blocked: readonly DeletionBlock[]): string {
  const shown = blocked.slice(0, 5).map((b) => `${b.name} ${b.reason}`);
  const more = blocked.length > 5 ? ` and ${blocked.length - 5} more` : '';
  const who = blocked.length === 1 ? 'them' : 'these people';
  return `Nothing was deleted: ${shown.join('; ')}${more}. Withdraw ${who} instead; their history stays with the program.`;
}

/**
 * What undoing a bulk change writes: each record goes back to its earlier version, unless it was
 * edited again since (then it is left as it is and counted as skipped).
 */
export function planRevert(
  current: ReadonlyMap<string, Participant>,
  plan: BulkPlan,
): { restore: Participant[]; skipped: number } {
  const restore: Participant[] = [];
  let skipped = 0;
  plan.after.forEach((written, i) => {
    const previous = plan.before[i];
    const now = current.get(written.id);
    if (!previous || !now) {
      skipped += 1;
      return;
    }
    if (now.updatedAt !== written.updatedAt) skipped += 1;
    else restore.push(previous);
  });
  return { restore, skipped };
}

/** What undoing a deletion writes back. */
export interface DeletionUndo {
  ok: true;
  participants: Participant[];
  referrers: Participant[];
  teams: Team[];
  members: TeamMember[];
}

/**
 * Undo a deletion: the deleted records exactly as they were, their team places, and the links
 * other people had to them. A referrer edited since keeps its edits and gets the links added back.
 * Refused when someone now uses the email address of a deleted person.
 */
export function planDeletionUndo(
  plan: DeletionPlan,
  currentReferrers: ReadonlyMap<string, Participant>,
  emailHolders: readonly Pick<Participant, 'id' | 'name' | 'emailKey' | 'programId'>[],
  now: string,
): DeletionUndo | { ok: false; message: string } {
  const deletedIds = new Set(plan.deleted.map((p) => p.id));
  for (const p of plan.deleted) {
    const holder = emailHolders.find((h) => h.emailKey === p.emailKey && h.programId === p.programId && h.id !== p.id);
    if (holder) {
      return {
        ok: false,
        message: `Cannot bring back ${p.name}: ${holder.name} now uses the address ${p.email}.`,
      };
    }
  }
  const referrers: Participant[] = [];
  plan.referrersBefore.forEach((before, i) => {
    const written = plan.referrersAfter[i];
    const current = currentReferrers.get(before.id);
    if (!current) return;
    if (written && current.updatedAt === written.updatedAt) {
      referrers.push(before);
      return;
    }
    const addBack = (mine: readonly string[], theirs: readonly string[]) => [
      ...mine,
      ...theirs.filter((id) => deletedIds.has(id) && !mine.includes(id)),
    ];
    referrers.push({
      ...current,
      knownWell: addBack(current.knownWell, before.knownWell),
      doNotPair: addBack(current.doNotPair, before.doNotPair),
      updatedAt: now,
    });
  });
  return { ok: true, participants: plan.deleted, referrers, teams: plan.removedTeams, members: plan.removedMembers };
}
