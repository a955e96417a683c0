/**
 * What the pairing board shows, derived from the stored state: proposals, confirmed and ended
 * teams with their people, who takes part in the next run, and the jobs sent to the worker.
 */
import type { Participant, Team } from '../../domain/model';
import type { PairingState } from '../../db/teams-repo';
import { proposalNumbers, proposalsFingerprint } from '../../db/teams-repo';
import { distinctNames } from '../../domain/pairing/display-names';
import { metAtSpeedText } from '../../domain/speed/met-at-speed';
import { formatDay } from '../../components/dates';
import { rosterDrift, type RosterDrift } from '../../domain/pairing/roster-drift';
import type { DraftTeam } from './board-edits';
import type { PairingPlan, UnpairedPerson } from '../../domain/pairing/plan-model';
import type { EvaluateJob, PairingData, PlanJob } from './pairing-protocol';
import { takesPart } from '../../domain/participants/opt-in';

/** A stored team with its people, ordered by name. */
export interface BoardTeam {
  team: Team;
  members: Participant[];
  /** People of the team whose records are gone (an import undone). */
  missing: number;
}

/** The board, derived from one consistent read of the database. */
export interface BoardState {
  proposals: BoardTeam[];
  confirmed: BoardTeam[];
  ended: BoardTeam[];
  /** People the next run places: active and in no confirmed team, plus anyone in a proposal. */
  runPeople: Participant[];
  /** Every participant of the program, by id. */
  peopleById: ReadonlyMap<string, Participant>;
  /** Proposals as the worker's draft teams, in board order. */
  drafts: DraftTeam[];
  /** Fingerprint of the proposals this board was derived from. */
  fingerprint: string;
  evaluateJob: EvaluateJob;
  planJob: PlanJob;
  /** True when the settings changed after the proposals were made. */
  settingsChangedSinceRun: boolean;
  /** Who was added or is gone since the proposals were made; null without proposals. */
  drift: RosterDrift | null;
  /** Proposals made with someone who withdrew or whose record is gone: never confirmed. */
  staleProposals: BoardTeam[];
  /** Each person's name as shown, with the department when two share a name. */
  names: ReadonlyMap<string, string>;
}

/** Derives the board from the stored pairing state. */
export function deriveBoard(state: PairingState): BoardState {
  const peopleById = new Map(state.participants.map((p) => [p.id, p] as const));
  const memberIds = new Map<string, string[]>();
  for (const m of state.members) {
    const list = memberIds.get(m.teamId);
    if (list) list.push(m.participantId);
    else memberIds.set(m.teamId, [m.participantId]);
  }
  const withMembers = (team: Team): BoardTeam => {
    const ids = memberIds.get(team.id) ?? [];
    // In the order the memberships are stored: the order letters, e-mails and file names use
    // too, so partners are named the same way round everywhere.
    const members = ids
      .map((id) => peopleById.get(id))
      .filter((p): p is Participant => p !== undefined);
    return { team, members, missing: ids.length - members.length };
  };
  // Proposals are shown (and confirmed) with gap-free numbers.
  const numbers = proposalNumbers(state.teams);
  const proposals = state.teams
    .filter((t) => t.status === 'proposed')
    .map((t) => withMembers({ ...t, number: numbers.get(t.id) ?? t.number }));
  const confirmed = state.teams.filter((t) => t.status === 'confirmed').map(withMembers);
  const ended = state.teams.filter((t) => t.status === 'ended').map(withMembers);
  const inConfirmed = new Set(confirmed.flatMap((t) => t.members.map((p) => p.id)));
  const inProposal = new Set(proposals.flatMap((t) => t.members.map((p) => p.id)));
  const runPeople = state.participants.filter(
    (p) => inProposal.has(p.id) || (takesPart(p) && !inConfirmed.has(p.id)),
  );
  const drafts: DraftTeam[] = proposals.map(({ team, members }) => ({
    id: team.id,
    number: team.number,
    memberIds: members.map((p) => p.id),
    locked: team.locked,
    facilitated: team.facilitated,
  }));
  const data: PairingData = {
    mode: state.stored.mode,
    participants: runPeople,
    catalog: state.catalog,
    settings: state.stored.settings,
    previousPartners: state.previousPartners,
    knownNotes: (state.speedMeetings ?? []).flatMap(([a, b, days]) => {
      const note = metAtSpeedText(days, formatDay);
      return note ? [[a, b, note] as [string, string, string]] : [];
    }),
  };
  // Pins only concern people still to be placed.
  const runIds = new Set(runPeople.map((p) => p.id));
  const pins = state.pins.filter(([a, b]) => runIds.has(a) && runIds.has(b));
  const settingsChangedSinceRun =
    proposals.length > 0 &&
    state.run !== null &&
    (JSON.stringify(state.run.settings) !== JSON.stringify(state.stored.settings) ||
      state.run.mode !== state.stored.mode);
  const confirmedIds = new Set(confirmed.flatMap((t) => t.members.map((p) => p.id)));
  const toPair = state.participants.filter((p) => takesPart(p) && !confirmedIds.has(p.id));
  const proposalIds = state.members
    .filter((m) => proposals.some((t) => t.team.id === m.teamId))
    .map((m) => m.participantId);
  // A run saved before its roster was recorded can still tell who is gone from its teams.
  const drift =
    proposals.length === 0
      ? null
      : state.run?.people
        ? rosterDrift(state.run.people, toPair, peopleById, confirmedIds)
        : rosterDrift(
            proposalIds,
            toPair.filter((p) => inProposal.has(p.id)),
            peopleById,
            confirmedIds,
          );
  const staleProposals = proposals.filter(
    (t) => t.missing > 0 || t.members.some((p) => !takesPart(p)),
  );
  const staleIds = new Set(staleProposals.map((t) => t.team.id));
  return {
    proposals,
    confirmed,
    ended,
    runPeople,
    peopleById,
    drafts,
    fingerprint: proposalsFingerprint(state.teams, state.members),
    evaluateJob: { ...data, teams: drafts, pins, previousUnpaired: state.run?.unpaired ?? [] },
    // A locked team made with someone no longer there is not kept by the next run.
    planJob: {
      ...data,
      lockedTeams: drafts.filter((d) => d.locked && !staleIds.has(d.id ?? '')),
      pins,
    },
    settingsChangedSinceRun,
    drift,
    staleProposals,
    names: distinctNames(state.participants),
  };
}

/**
 * Who the board lists as not in a team: the evaluation of these proposals when it is current;
 * until it arrives, what the run that made them said (an evaluation of the proposals before
 * would list the wrong people: before a first run, everyone).
 */
export function unpairedOnBoard(
  board: Pick<BoardState, 'proposals'>,
  run: { unpaired: UnpairedPerson[] } | null,
  evaluation: { plan: Pick<PairingPlan, 'unpaired'>; current: boolean } | null,
): UnpairedPerson[] {
  if (board.proposals.length === 0) return [];
  if (evaluation?.current) return evaluation.plan.unpaired;
  return run?.unpaired ?? evaluation?.plan.unpaired ?? [];
}
