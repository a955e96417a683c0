/**
 * What the attention screen shows, derived from the sources and today's flags: one entry per
 * team with open flags (most urgent team first, its flags in urgency order), the people of each
 * team for names and addresses, and the resolutions to list.
 */
import type { AttentionFlag, AttentionState } from '../../domain/attention/attention-flags';
import { parseFlagKey } from '../../domain/attention/attention-flags';
import type { AttentionRuleKey } from '../../domain/attention/attention-rules';
import type { AttentionInput } from '../../domain/attention/attention-flags';
import { teamLabel } from '../../domain/documents/document-models';
import type { AttentionAction, Participant, Team } from '../../domain/model';

/** A team and the flags to look at now. */
export interface FlaggedTeam {
  team: Team;
  label: string;
  members: Participant[];
  flags: AttentionFlag[];
}

/** A resolution, with its team's name and the rule it concerned. */
export interface ResolutionRow {
  action: AttentionAction;
  label: string;
  rule: AttentionRuleKey | null;
}

/** The members of every team, by team id, ordered by name. */
export function membersByTeam(input: AttentionInput): Map<string, Participant[]> {
  const people = new Map(input.participants.map((p) => [p.id, p]));
  const out = new Map<string, Participant[]>();
  for (const m of input.members) {
    const p = people.get(m.participantId);
    if (!p) continue;
    const list = out.get(m.teamId);
    if (list) list.push(p);
    else out.set(m.teamId, [p]);
  }
  for (const list of out.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return out;
}

/** Open flags grouped by team; teams keep the order of their most urgent flag. */
export function groupByTeam(state: AttentionState, input: AttentionInput): FlaggedTeam[] {
  const teams = new Map(input.teams.map((t) => [t.id, t]));
  const members = membersByTeam(input);
  const out = new Map<string, FlaggedTeam>();
  for (const flag of state.open) {
    const entry = out.get(flag.teamId);
    if (entry) {
      entry.flags.push(flag);
      continue;
    }
    const team = teams.get(flag.teamId);
    if (!team) continue;
    out.set(flag.teamId, { team, label: flag.teamLabel, members: members.get(team.id) ?? [], flags: [flag] });
  }
  return [...out.values()];
}

/** Every resolution of the program, newest first. */
export function resolutions(input: AttentionInput): ResolutionRow[] {
  const teams = new Map(input.teams.map((t) => [t.id, t]));
  return input.actions
    .filter((a) => a.action === 'resolved')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((action) => {
      const team = teams.get(action.teamId);
      return { action, label: team ? teamLabel(team) : 'A removed team', rule: parseFlagKey(action.flagKey)?.rule ?? null };
    });
}

/** Badge colour by urgency: red for the most urgent, orange, then blue. */
export function urgencyColor(urgency: number): 'red' | 'orange' | 'blue' {
  return urgency >= 70 ? 'red' : urgency >= 50 ? 'orange' : 'blue';
}
