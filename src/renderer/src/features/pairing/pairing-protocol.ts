/**
 * The message protocol between the pairing board and its Web Worker, and the worker's side of
 * it as a plain function (`createPairingHandler`), so the whole computation runs and is tested
 * without a worker. Messages carry plain records only (structured-clone safe).
 *
 * Requests: `plan` (a fresh run), `evaluate` (score and summarise the working plan as stored),
 * `edit` (apply one hand edit, then evaluate), `alternatives` (a person's best five options).
 * Responses: `progress` while working, then exactly one result or `error` per request id.
 */
import type { Competency, Participant } from '../../domain/model';
import type { PairingSettings } from '../../domain/pairing/pairing-settings';
import type {
  PairingPlan,
  PlannedTeam,
  TeamOrigin,
  UnpairedPerson,
} from '../../domain/pairing/plan-model';
import type { Alternative } from '../../domain/pairing/alternatives';
import { alternativesFor } from '../../domain/pairing/alternatives';
import { planGroupsPrepared } from '../../domain/pairing/groups';
import { planPairsPrepared } from '../../domain/pairing/plan-pairs';
import {
  buildTeam,
  isEligible,
  preparePairing,
  type PreparedPairing,
} from '../../domain/pairing/prepare';
import { summarisePlan } from '../../domain/pairing/quality';
import { isMutualPreference, normaliseEmailKey } from '../../domain/pairing/scoring';
import type { PairingMode, PairingPin, ProposalDraft } from '../../db/teams-repo';
import { applyEdit, teamKey, type BoardEdit, type DraftTeam } from './board-edits';
import { takesPart } from '../../domain/participants/opt-in';

/** What every job scores with. */
export interface PairingData {
  mode: PairingMode;
  /** The people of this run: active and not in a confirmed team, plus anyone in a proposal. */
  participants: Participant[];
  catalog: Competency[];
  settings: PairingSettings;
  /** Email-key pairs of earlier programs' partners. */
  previousPartners: [string, string][];
  /** Where two people got to know each other ([id, id, words], e.g. "met at speed mentoring on …"). */
  knownNotes?: [string, string, string][];
}

/** A fresh run: the matching places everyone except the locked teams. */
export interface PlanJob extends PairingData {
  lockedTeams: DraftTeam[];
  pins: PairingPin[];
}

/** The working plan as stored, to be scored and summarised. */
export interface EvaluateJob extends PairingData {
  teams: DraftTeam[];
  pins: PairingPin[];
  /** Unpaired people of the last run, whose reasons still hold while they stay unpaired. */
  previousUnpaired: UnpairedPerson[];
}

/** One hand edit of the working plan. */
export interface EditJob extends EvaluateJob {
  edit: BoardEdit;
}

/** A person's best alternatives in the working plan. */
export interface AlternativesJob extends EvaluateJob {
  personId: string;
  limit?: number;
}

/** One alternative with the edit that makes it. */
export interface AlternativeOption extends Alternative {
  edit: BoardEdit;
}

/** Where a job is. */
export type PairingStage = 'scoring' | 'solving' | 'quality' | 'alternatives';

/** Main thread → worker. */
export type PairingRequest =
  | { type: 'plan'; requestId: number; job: PlanJob }
  | { type: 'evaluate'; requestId: number; job: EvaluateJob }
  | { type: 'edit'; requestId: number; job: EditJob }
  | { type: 'alternatives'; requestId: number; job: AlternativesJob };

/** Worker → main thread. */
export type PairingResponse =
  | { type: 'progress'; requestId: number; stage: PairingStage; fraction: number; message: string }
  | { type: 'plan'; requestId: number; plan: PairingPlan }
  | { type: 'evaluation'; requestId: number; plan: PairingPlan }
  | { type: 'edited'; requestId: number; teams: DraftTeam[]; plan: PairingPlan }
  | { type: 'alternatives'; requestId: number; options: AlternativeOption[] }
  | { type: 'error'; requestId: number; message: string };

/** The result message a request type ends with. */
export const RESULT_TYPE = {
  plan: 'plan',
  evaluate: 'evaluation',
  edit: 'edited',
  alternatives: 'alternatives',
} as const satisfies Record<PairingRequest['type'], PairingResponse['type']>;

/** Words shown for each stage. */
export const STAGE_LABELS: Record<PairingStage, string> = {
  scoring: 'Scoring every possible pair',
  solving: 'Finding the best plan',
  quality: 'Checking the plan',
  alternatives: 'Looking for alternatives',
};

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** True for a well-formed request (the worker ignores anything else). */
export function isPairingRequest(value: unknown): value is PairingRequest {
  return (
    isObject(value) &&
    typeof value.requestId === 'number' &&
    (value.type === 'plan' ||
      value.type === 'evaluate' ||
      value.type === 'edit' ||
      value.type === 'alternatives') &&
    isObject(value.job) &&
    Array.isArray(value.job.participants) &&
    Array.isArray(value.job.catalog) &&
    isObject(value.job.settings)
  );
}

/** True for a well-formed response (the client ignores anything else). */
export function isPairingResponse(value: unknown): value is PairingResponse {
  if (!isObject(value) || typeof value.requestId !== 'number') return false;
  switch (value.type) {
    case 'progress':
      return (
        typeof value.stage === 'string' &&
        typeof value.fraction === 'number' &&
        typeof value.message === 'string'
      );
    case 'plan':
    case 'evaluation':
      return isObject(value.plan) && Array.isArray(value.plan.teams);
    case 'edited':
      return Array.isArray(value.teams) && isObject(value.plan);
    case 'alternatives':
      return Array.isArray(value.options);
    case 'error':
      return typeof value.message === 'string';
    default:
      return false;
  }
}

function prepare(
  data: PairingData,
  extra: Partial<Pick<PlanJob, 'lockedTeams' | 'pins'>> = {},
): PreparedPairing {
  return preparePairing({
    participants: data.participants,
    catalog: data.catalog,
    settings: data.settings,
    previousPartners: data.previousPartners,
    knownNotes: data.knownNotes ?? [],
    lockedTeams: (extra.lockedTeams ?? []).map((t) => t.memberIds),
    pins: extra.pins ?? [],
  });
}

/**
 * Why a stored team is on the board, as the planner would say: locked by the coordinator, kept
 * by a pin, registered together, a mutual preference under a hard rule, or chosen by matching.
 */
export function originOf(
  team: DraftTeam,
  pins: readonly PairingPin[],
  people: ReadonlyMap<string, Participant>,
  settings: PairingSettings,
): TeamOrigin {
  if (team.locked) return 'locked';
  const ids = team.memberIds;
  if (pins.some(([a, b]) => ids.includes(a) && ids.includes(b))) return 'pinned';
  const members = ids.map((id) => people.get(id)).filter((p): p is Participant => p !== undefined);
  for (const a of members) {
    for (const b of members) {
      if (a === b) continue;
      const wanted = normaliseEmailKey(a.registeredWithEmail);
      if (wanted !== '' && wanted === normaliseEmailKey(b.emailKey)) return 'registered';
    }
  }
  if (settings.rules.mutualPreference.mode === 'hard') {
    for (const a of members)
      for (const b of members) if (a !== b && isMutualPreference(a, b)) return 'preferred';
  }
  return 'matched';
}

/** Message for someone left without a team by a hand edit. */
export const LEFT_BY_EDIT =
  'Not in a team since your last change: pick a partner for them or run pairing again';

/**
 * Scores and summarises a working plan. Teams with fewer than two known members are dropped
 * and their people counted as unpaired; unpaired people keep their reason from the last run.
 */
export function evaluatePrepared(prep: PreparedPairing, job: EvaluateJob): PairingPlan {
  const people = new Map(prep.people.map((p) => [p.id, p] as const));
  const teams: PlannedTeam[] = [];
  const placed = new Set<string>();
  for (const draft of job.teams) {
    const indices = [...new Set(draft.memberIds)]
      .map((id) => prep.indexById.get(id))
      .filter((i): i is number => i !== undefined);
    if (indices.length < 2) continue;
    const origin = originOf(draft, job.pins, people, prep.settings);
    const team = buildTeam(prep, indices, origin, {
      groupsMode: job.mode === 'groups',
      facilitated: draft.facilitated,
    });
    for (const id of team.memberIds) placed.add(id);
    teams.push(team);
  }
  const previous = new Map(job.previousUnpaired.map((u) => [u.participantId, u] as const));
  const unpaired: UnpairedPerson[] = [];
  for (const p of prep.people) {
    if (placed.has(p.id) || !takesPart(p)) continue;
    unpaired.push(
      previous.get(p.id) ?? {
        participantId: p.id,
        reason: 'no-partner-left',
        message: LEFT_BY_EDIT,
      },
    );
  }
  return {
    mode: job.mode,
    teams,
    unpaired,
    quality: summarisePlan(prep, teams, unpaired),
    notices: [],
  };
}

/**
 * Turns a working plan's draft teams into the records to store: each draft with its evaluated
 * score, reasons and kind. Drafts the evaluation dropped (fewer than two known people) are left out.
 */
export function proposalDrafts(drafts: readonly DraftTeam[], plan: PairingPlan): ProposalDraft[] {
  const byKey = new Map(plan.teams.map((t) => [teamKey(t.memberIds), t] as const));
  const out: ProposalDraft[] = [];
  for (const d of drafts) {
    const t = byKey.get(teamKey(d.memberIds));
    if (!t) continue;
    out.push({
      ...(d.id !== undefined ? { id: d.id } : {}),
      ...(d.number !== undefined ? { number: d.number } : {}),
      kind: t.kind,
      memberIds: t.memberIds,
      locked: d.locked,
      facilitated: t.facilitated,
      score: t.score,
      reasons: t.reasons,
    });
  }
  return out;
}

/**
 * The records to store for a fresh plan: locked teams keep their id and number (matched by
 * members), every other team is new and gets a number when stored.
 */
export function proposalDraftsFromPlan(
  plan: PairingPlan,
  lockedBefore: readonly DraftTeam[],
): ProposalDraft[] {
  const locked = new Map(lockedBefore.map((t) => [teamKey(t.memberIds), t] as const));
  return plan.teams.map((t) => {
    const kept = t.origin === 'locked' ? locked.get(teamKey(t.memberIds)) : undefined;
    return {
      ...(kept?.id !== undefined ? { id: kept.id } : {}),
      ...(kept?.number !== undefined ? { number: kept.number } : {}),
      kind: t.kind,
      memberIds: t.memberIds,
      locked: t.origin === 'locked',
      facilitated: t.facilitated,
      score: t.score,
      reasons: t.reasons,
    };
  });
}

/** Posts a message from the worker. */
export type Post = (message: PairingResponse) => void;

/**
 * The worker's side of the protocol. The returned function handles one request at a time and
 * posts progress and then its result (or an error in words). The scored table of the last
 * evaluation is kept, so asking for a person's alternatives right after does not score again.
 */
export function createPairingHandler(): (request: unknown, post: Post) => void {
  let cache: { key: string; prep: PreparedPairing } | null = null;
  const prepared = (data: PairingData): PreparedPairing => {
    // The scored table depends only on these inputs.
    const key = JSON.stringify([
      data.participants,
      data.catalog,
      data.settings,
      data.previousPartners,
      data.knownNotes ?? [],
    ]);
    if (cache?.key !== key) cache = { key, prep: prepare(data) };
    return cache.prep;
  };
  return (request, post) => {
    if (!isPairingRequest(request)) return;
    const { requestId } = request;
    const progress = (stage: PairingStage, fraction: number): void =>
      post({ type: 'progress', requestId, stage, fraction, message: STAGE_LABELS[stage] });
    try {
      switch (request.type) {
        case 'plan': {
          const job = request.job;
          const n = job.participants.length;
          progress('scoring', n < 2 ? 0.1 : 0.05);
          const prep = prepare(job, { lockedTeams: job.lockedTeams, pins: job.pins });
          progress('solving', 0.35);
          const plan = job.mode === 'groups' ? planGroupsPrepared(prep) : planPairsPrepared(prep);
          post({ type: 'plan', requestId, plan });
          return;
        }
        case 'evaluate': {
          progress('scoring', 0.1);
          const prep = prepared(request.job);
          progress('quality', 0.6);
          post({ type: 'evaluation', requestId, plan: evaluatePrepared(prep, request.job) });
          return;
        }
        case 'edit': {
          const job = request.job;
          progress('scoring', 0.1);
          const prep = prepared(job);
          const canPair = (a: string, b: string): boolean => {
            const i = prep.indexById.get(a);
            const j = prep.indexById.get(b);
            return i !== undefined && j !== undefined && isEligible(prep, i, j);
          };
          const teams = applyEdit(job.teams, job.edit, canPair);
          progress('quality', 0.6);
          post({
            type: 'edited',
            requestId,
            teams,
            plan: evaluatePrepared(prep, { ...job, teams }),
          });
          return;
        }
        case 'alternatives': {
          const job = request.job;
          progress('scoring', 0.1);
          const prep = prepared(job);
          const plan = evaluatePrepared(prep, job);
          progress('alternatives', 0.6);
          // Kept teams (locked, pinned, registered) are never offered as the other side.
          const options = alternativesFor(prep, plan, job.personId, job.limit ?? 5).map(
            (a): AlternativeOption => ({
              ...a,
              edit:
                a.kind === 'pair-with'
                  ? { type: 'pair-with', personId: job.personId, otherId: a.otherId }
                  : { type: 'swap', aId: job.personId, bId: a.otherId },
            }),
          );
          post({ type: 'alternatives', requestId, options });
          return;
        }
      }
    } catch (error) {
      post({
        type: 'error',
        requestId,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
}
