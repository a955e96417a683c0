/**
 * The rows of the Check-ins screen, worked out from the stored records and today: one per
 * confirmed team with its members, chosen competencies, check-ins (newest first), its state for
 * today and how many rows each filter shows. Pure, so the screen only renders.
 */
import { checkInWindows, type CheckInCadence, type CheckInWindow } from '../../domain/check-ins/check-in-schedule';
import {
  checkInUrgency,
  compareCheckInsNewestFirst,
  matchesCheckInFilter,
  teamCheckInState,
  type CheckInFilter,
  type TeamCheckInState,
} from '../../domain/check-ins/check-in-status';
import { teamLabel } from '../../domain/documents/document-models';
import type { CheckIn, Competency, Participant, Program, ProgramEvent, Team, TeamMember } from '../../domain/model';
import { fold } from '../../domain/import/text-normalise';

/** What the rows are worked out from (the screen passes the loaded check-ins state). */
export interface TeamRowsInput {
  program: Pick<Program, 'cycleStart' | 'cycleEnd'>;
  catalog: readonly Competency[];
  participants: readonly Participant[];
  teams: readonly Team[];
  members: readonly TeamMember[];
  events: readonly ProgramEvent[];
  checkIns: readonly CheckIn[];
  cadence: CheckInCadence;
}

export interface TeamRow {
  team: Team;
  label: string;
  members: Participant[];
  competencies: Competency[];
  /** Newest first. */
  checkIns: CheckIn[];
  state: TeamCheckInState;
}

export interface TeamRows {
  windows: CheckInWindow[];
  rows: TeamRow[];
  counts: Record<CheckInFilter, number>;
}

/** Every confirmed team's row, most urgent first, then by number. */
export function buildTeamRows(state: TeamRowsInput, today: string): TeamRows {
  const windows = checkInWindows(state.events, state.cadence, state.program);
  const people = new Map(state.participants.map((p) => [p.id, p]));
  const catalog = new Map(state.catalog.map((c) => [c.id, c]));
  const byTeam = new Map<string, CheckIn[]>();
  for (const c of state.checkIns) byTeam.set(c.teamId, [...(byTeam.get(c.teamId) ?? []), c]);
  const rows = state.teams
    .filter((t) => t.status === 'confirmed')
    .map((team): TeamRow => {
      const checkIns = (byTeam.get(team.id) ?? []).sort(compareCheckInsNewestFirst);
      return {
        team,
        label: teamLabel(team),
        members: state.members
          .filter((m) => m.teamId === team.id)
          .map((m) => people.get(m.participantId))
          .filter((p): p is Participant => p !== undefined),
        competencies: team.competencyIds
          .map((id) => catalog.get(id))
          .filter((c): c is Competency => c !== undefined),
        checkIns,
        state: teamCheckInState(state.cadence, windows, checkIns, today, team.confirmedOn),
      };
    })
    .sort((a, b) => checkInUrgency(b.state) - checkInUrgency(a.state) || a.team.number - b.team.number);
  const counts: Record<CheckInFilter, number> = {
    due: rows.filter((r) => matchesCheckInFilter(r.state, 'due')).length,
    overdue: rows.filter((r) => matchesCheckInFilter(r.state, 'overdue')).length,
    all: rows.length,
  };
  return { windows, rows, counts };
}

/** Rows that pass the filter and whose label or member names contain the search text. */
export function filterTeamRows(rows: readonly TeamRow[], filter: CheckInFilter, search: string): TeamRow[] {
  const needle = fold(search);
  return rows.filter(
    (r) =>
      matchesCheckInFilter(r.state, filter) &&
      (needle === '' || fold([r.label, ...r.members.map((m) => `${m.name} ${m.email}`)].join(' ')).includes(needle)),
  );
}
