/**
 * Glue between the stored event and the planner: the planner's input from the event, the
 * participants and the confirmed teams, and planning (or re-planning from the rounds held).
 */
import type { Participant, Team, TeamMember } from '../../domain/model';
import {
  peopleInRoom,
  planRotation,
  planRounds,
  roundsAsked,
  type RotationPlan,
  type SpeedEventView,
} from '../../domain/speed';

/** Member ids of each confirmed team: they are kept apart at the event. */
export function confirmedTeams(teams: readonly Team[], members: readonly TeamMember[]): string[][] {
  const confirmed = new Set(teams.filter((t) => t.status === 'confirmed').map((t) => t.id));
  const byTeam = new Map<string, string[]>();
  for (const m of members) {
    if (!confirmed.has(m.teamId)) continue;
    byTeam.set(m.teamId, [...(byTeam.get(m.teamId) ?? []), m.participantId]);
  }
  return [...byTeam.values()];
}

/** Plans the rounds after those held, for everyone in the room now. */
export function planEvent(
  event: SpeedEventView,
  participants: readonly Participant[],
  keptApart: readonly string[][],
  metBefore: readonly (readonly [string, string])[],
): RotationPlan {
  const held = planRounds(event).slice(0, event.roundsHeld);
  return planRotation({
    people: peopleInRoom(event, participants),
    rounds: Math.max(roundsAsked(event), held.length, event.everyoneMeetsEveryone ? event.plan.length : 0),
    oddCount: event.oddCount,
    everyoneMeetsEveryone: event.everyoneMeetsEveryone && held.length === 0,
    keptApart,
    held,
    metBefore,
  });
}
