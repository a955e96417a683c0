/**
 * A participant's story in the program: the imports that added, updated or withdrew them, and
 * the teams (pairs, triads, groups) they were in, with their partners' names.
 */
import type { ImportBatch, Participant, Team, TeamMember, TeamStatus } from '../model';
import { teamLabel } from './directory';

/** One import that touched the person. */
export interface ImportEvent {
  batchId: string;
  fileName: string;
  /** ISO timestamp of the import. */
  at: string;
  effect: 'added' | 'updated' | 'withdrawn';
  /** The import was undone afterwards. */
  undone: boolean;
}

/** One team the person belongs or belonged to. */
export interface TeamEvent {
  teamId: string;
  label: string;
  status: TeamStatus;
  /** Names of the other members (unknown members shown as "someone removed"). */
  partners: string[];
  at: string;
}

export interface ParticipantHistory {
  imports: ImportEvent[];
  teams: TeamEvent[];
}

const STATUS_RANK: Record<TeamStatus, number> = { confirmed: 0, proposed: 1, ended: 2 };

/**
 * The imports (newest first) and teams (confirmed, then proposed, then ended; newest first) of
 * one participant. `people` names partners.
 */
export function participantHistory(
  participantId: string,
  batches: readonly ImportBatch[],
  teams: readonly Team[],
  members: readonly TeamMember[],
  people: ReadonlyMap<string, Pick<Participant, 'name'>>,
): ParticipantHistory {
  const imports: ImportEvent[] = [];
  for (const b of batches) {
    const effect = b.added.includes(participantId)
      ? 'added'
      : b.updatedBefore.some((p) => p.id === participantId)
        ? 'updated'
        : b.withdrawnBefore.some((p) => p.id === participantId)
          ? 'withdrawn'
          : null;
    if (effect) imports.push({ batchId: b.id, fileName: b.fileName, at: b.createdAt, effect, undone: b.undone });
  }
  imports.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));

  const teamIds = new Set(members.filter((m) => m.participantId === participantId).map((m) => m.teamId));
  const teamEvents: TeamEvent[] = teams
    .filter((t) => teamIds.has(t.id))
    .map((t) => ({
      teamId: t.id,
      label: teamLabel(t),
      status: t.status,
      partners: members
        .filter((m) => m.teamId === t.id && m.participantId !== participantId)
        .map((m) => people.get(m.participantId)?.name ?? 'someone removed from the roster'),
      at: t.createdAt,
    }))
    .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return { imports, teams: teamEvents };
}
