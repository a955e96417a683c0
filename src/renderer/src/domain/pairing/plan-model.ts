/**
 * Shapes of a pairing plan: the input the coordinator gives, the teams proposed, the people left
 * unpaired with the reason, and the plan's quality summary. Plain data, so a plan can be shown,
 * compared and stored.
 */
import type { Competency, Participant, TeamKind } from '../model';
import type { PairingSettings } from './pairing-settings';

/** Everything a plan depends on. Ids refer to `Participant.id` unless named otherwise. */
export interface PairingInput {
  participants: readonly Participant[];
  catalog: readonly Competency[];
  settings: PairingSettings;
  /** Confirmed partners of archived programs, as pairs of email keys. */
  previousPartners?: readonly (readonly [string, string])[];
  /** Where two people got to know each other ([id, id, words]), added to "already know each other well". */
  knownNotes?: readonly (readonly [string, string, string])[];
  /** Teams the coordinator locked: kept exactly as they are and taken out of the pool. */
  lockedTeams?: readonly (readonly string[])[];
  /** Person X must be with person Y. */
  pins?: readonly (readonly [string, string])[];
  /** People the coordinator leaves out of this run. */
  excludedIds?: readonly string[];
}

/** Why a team is in the plan: kept by the coordinator or the people, or chosen by the matching. */
export type TeamOrigin = 'locked' | 'pinned' | 'registered' | 'preferred' | 'matched';

/** One proposed team. */
export interface PlannedTeam {
  /** Member participant ids, ordered by name. */
  memberIds: string[];
  kind: TeamKind;
  origin: TeamOrigin;
  /** Sum of the pairwise scores of its members. */
  score: number;
  /** False only for kept teams (locked, pinned, registered) that break a settings rule. */
  allowed: boolean;
  reasons: string[];
  warnings: string[];
  /** Facilitated peer group (groups mode). */
  facilitated: boolean;
}

/** Why someone is not in a team. */
export type UnpairedReason =
  | 'withdrawn'
  | 'not-opted-in'
  | 'excluded'
  | 'no-allowed-partner'
  | 'below-minimum'
  | 'odd-count'
  | 'no-triad-allowed'
  | 'no-partner-left'
  | 'no-group-fits';

/** A person left without a team, with the reason in words. */
export interface UnpairedPerson {
  participantId: string;
  reason: UnpairedReason;
  message: string;
}

/** Two people who would both score higher together than with their current teams. */
export interface BlockingPair {
  aId: string;
  bId: string;
  /** Their score together. */
  pairScore: number;
  /** What each has now (the pair score with their partner; null when unpaired). */
  aCurrent: number | null;
  bCurrent: number | null;
}

/** Quality summary of a whole plan. */
export interface PlanQuality {
  totalScore: number;
  teamCount: number;
  pairedCount: number;
  /** Wants of everyone in the plan (team members and people unpaired by the matching). */
  wantsTotal: number;
  wantsCovered: number;
  /** 0–100, one decimal. */
  wantsCoveredPercent: number;
  /** Team members with at least one want and none covered by a teammate. */
  peopleWithNoWantsCovered: string[];
  /** Indexes into `teams` of the lowest-scoring teams (up to five), weakest first. */
  weakestTeams: number[];
  /** Up to 50 blocking pairs, highest pair score first. */
  blockingPairs: BlockingPair[];
  blockingPairCount: number;
  unpaired: UnpairedPerson[];
}

/** The proposed plan for a run. */
export interface PairingPlan {
  /** Pairs (with at most one triad) or peer groups. */
  mode: 'pairs' | 'groups';
  teams: PlannedTeam[];
  unpaired: UnpairedPerson[];
  quality: PlanQuality;
  /** Instructions that could not be followed (a pin against a do-not-pair list, unknown ids, …). */
  notices: string[];
}
