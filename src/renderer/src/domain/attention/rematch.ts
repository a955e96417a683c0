/**
 * No-fault rematch: a confirmed team ends, with the reason kept on record; its members go back to
 * the pairing board as people without a team, and each gets the others on their "do not pair"
 * list, so this cycle's pairing never puts them together again. Every other team stays exactly as
 * it is. Pure: the stored records in, the changed records out (or the reason it cannot be done),
 * and the undo worked out from what the rematch added.
 */
import type { Participant, Team, TeamMember } from '../model';
import { teamLabel } from '../documents/document-models';
import { isIsoDate } from '../schedule/iso-dates';

export const MAX_END_REASON_LENGTH = 2000;

/** What a rematch changed, enough to put it back. */
export interface RematchRecord {
  teamId: string;
  /** Ids the rematch added to each member's do-not-pair list (ids already there are not listed). */
  added: { participantId: string; ids: string[] }[];
}

export type RematchPlan =
  | { ok: true; team: Team; participants: Participant[]; record: RematchRecord }
  | { ok: false; message: string };

/**
 * Ends `team` on `today` for `reason`. `members` are the team's member rows, `people` every
 * participant they name. `now` stamps the changed records.
 */
export function planRematch(
  team: Team,
  members: readonly TeamMember[],
  people: ReadonlyMap<string, Participant>,
  reason: string,
  today: string,
  now: string,
): RematchPlan {
  const label = teamLabel(team);
  if (team.status !== 'confirmed') {
    return {
      ok: false,
      message:
        team.status === 'ended'
          ? `${label} has already ended. Nothing was changed.`
          : `${label} is still a proposal: remove it on the Pairing board instead. Nothing was changed.`,
    };
  }
  const why = reason.trim();
  if (why === '') {
    return { ok: false, message: 'Write why the team ends (for example “Our schedules never matched”): it stays on record.' };
  }
  if (why.length > MAX_END_REASON_LENGTH) {
    return { ok: false, message: `Keep the reason under ${MAX_END_REASON_LENGTH.toLocaleString('en')} characters.` };
  }
  if (!isIsoDate(today)) return { ok: false, message: 'The end date is not a real date. Nothing was changed.' };

  const ids = [...new Set(members.filter((m) => m.teamId === team.id).map((m) => m.participantId))];
  const participants: Participant[] = [];
  const added: RematchRecord['added'] = [];
  for (const id of ids) {
    const p = people.get(id);
    if (!p) continue;
    const others = ids.filter((other) => other !== id && people.has(other) && !p.doNotPair.includes(other));
    if (others.length === 0) continue;
    participants.push({ ...p, doNotPair: [...p.doNotPair, ...others], updatedAt: now });
    added.push({ participantId: id, ids: others });
  }
  return {
    ok: true,
    team: { ...team, status: 'ended', locked: false, endedOn: today, endedReason: why, updatedAt: now },
    participants,
    record: { teamId: team.id, added },
  };
}

export type UndoRematchPlan =
  | { ok: true; team: Team; participants: Participant[] }
  | { ok: false; message: string };

/**
 * Puts an ended team back as it was before `record`: confirmed again, without the end date and
 * reason, and the do-not-pair entries the rematch added taken off (entries added by hand since
 * stay). Refused while one of its members is in another proposed or confirmed team.
 */
export function planUndoRematch(
  record: RematchRecord,
  team: Team | undefined,
  allTeams: readonly Team[],
  allMembers: readonly TeamMember[],
  people: ReadonlyMap<string, Participant>,
  now: string,
): UndoRematchPlan {
  if (!team) return { ok: false, message: 'That team no longer exists. Nothing was changed.' };
  const label = teamLabel(team);
  if (team.status !== 'ended') return { ok: false, message: `${label} is not ended any more. Nothing was changed.` };
  const ids = new Set(allMembers.filter((m) => m.teamId === team.id).map((m) => m.participantId));
  const teamsById = new Map(allTeams.map((t) => [t.id, t]));
  for (const m of allMembers) {
    if (m.teamId === team.id || !ids.has(m.participantId)) continue;
    const other = teamsById.get(m.teamId);
    if (!other || other.status === 'ended') continue;
    const name = people.get(m.participantId)?.name ?? 'One of its members';
    const where = other.status === 'proposed' ? 'a proposed team' : 'a confirmed team';
    return {
      ok: false,
      message: `${name} is already in ${where} (${teamLabel(other)}). Take them out of it on the Pairing board first, then undo. Nothing was changed.`,
    };
  }
  const participants: Participant[] = [];
  for (const { participantId, ids: addedIds } of record.added) {
    const p = people.get(participantId);
    if (!p) continue;
    const drop = new Set(addedIds);
    const doNotPair = p.doNotPair.filter((id) => !drop.has(id));
    if (doNotPair.length !== p.doNotPair.length) participants.push({ ...p, doNotPair, updatedAt: now });
  }
  return {
    ok: true,
    team: { ...team, status: 'confirmed', endedOn: '', endedReason: '', updatedAt: now },
    participants,
  };
}
