/**
 * Teams of a program and the pairing board's working state: proposals (teams with status
 * 'proposed', some locked), confirmed and ended teams, the pairing settings, the coordinator's
 * pins and the last run's unpaired people, plus the history of earlier programs' partners.
 * Every change that touches several records is one transaction; changes that replace the
 * program's teams return a snapshot that `restoreTeamsSnapshot` puts back exactly (undo).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  defaultPairingSettings,
  parsePairingSettings,
  type PairingSettings,
} from '../domain/pairing/pairing-settings';
import { teamLabel } from '../domain/participants/directory';
import { compactNumbers } from '../domain/pairing/numbering';
import { listInWords } from '../domain/pairing/scoring';
import { speedMeetingList } from '../domain/speed/met-at-speed';
import type { UnpairedPerson, UnpairedReason } from '../domain/pairing/plan-model';
import type { Competency, Participant, Program, Team, TeamKind, TeamMember } from '../domain/model';
import { db } from './client';
import { localDayIso, newId, nowIso } from './ids';
import { sameRecord } from './same-record';
import { runWrite, WriteFailedError } from './write-guard';
import { takesPart } from '../domain/participants/opt-in';

/** Pairs (with at most one triad) or peer groups of 3–5. */
export type PairingMode = 'pairs' | 'groups';

/** Person X must be with person Y (participant ids). */
export type PairingPin = [string, string];

/** Settings as stored for a program: the domain settings plus the mode. */
export interface StoredPairingSettings {
  settings: PairingSettings;
  mode: PairingMode;
}

/** What the last run left behind that the teams themselves do not hold. */
export interface PairingRunRecord {
  ranAt: string;
  mode: PairingMode;
  /** Settings the run used (to tell the coordinator when they changed since). */
  settings: PairingSettings;
  unpaired: UnpairedPerson[];
  notices: string[];
  /**
   * Ids of the active people the run placed (its roster), to tell later when people were added
   * or withdrawn since. Null for runs saved before this was recorded.
   */
  people?: string[] | null;
}

/** A proposed team to store. */
export interface ProposalDraft {
  /** Reuse this id (a team an edit left unchanged keeps its id); a new id when absent. */
  id?: string;
  /** Keep this number when free; otherwise the smallest free one above the confirmed and ended teams'. */
  number?: number;
  kind: TeamKind;
  memberIds: string[];
  locked: boolean;
  facilitated: boolean;
  score: number;
  reasons: string[];
}

/** The exact state of a program's teams and pairing meta entries at one moment. */
export interface TeamsSnapshot {
  programId: string;
  teams: Team[];
  members: TeamMember[];
  /** Meta entries as they were; `undefined` value means the key did not exist. */
  meta: { key: string; value: unknown }[];
}

/** Everything the pairing board reads, loaded together so it is always consistent. */
export interface PairingState {
  program: Program;
  participants: Participant[];
  catalog: Competency[];
  teams: Team[];
  members: TeamMember[];
  stored: StoredPairingSettings;
  pins: PairingPin[];
  run: PairingRunRecord | null;
  previousPartners: [string, string][];
  /** Pairs who met at the program's speed mentoring events, with the days ([id, id, days]). */
  speedMeetings?: [string, string, string[]][];
}

/** Meta key of a program's pairing settings. */
export const pairingSettingsKey = (programId: string): string => `pairingSettings:${programId}`;
/** Meta key of a program's pins. */
export const pairingPinsKey = (programId: string): string => `pairingPins:${programId}`;
/** Meta key of a program's last pairing run. */
export const pairingRunKey = (programId: string): string => `pairingRun:${programId}`;

/** Stored settings brought to today's shape; anything unreadable falls back to the defaults. */
export function readStoredPairingSettings(value: unknown): StoredPairingSettings {
  const parsed = parsePairingSettings(value);
  const mode =
    value !== null && typeof value === 'object' && (value as { mode?: unknown }).mode === 'groups'
      ? 'groups'
      : 'pairs';
  return { settings: parsed.success ? parsed.data : defaultPairingSettings, mode };
}

/** Stored pins, keeping only well-formed pairs of two different ids. */
export function readPins(value: unknown): PairingPin[] {
  if (!Array.isArray(value)) return [];
  const out: PairingPin[] = [];
  for (const entry of value) {
    if (!Array.isArray(entry) || entry.length !== 2) continue;
    const [a, b] = entry as unknown[];
    if (typeof a === 'string' && typeof b === 'string' && a !== '' && b !== '' && a !== b)
      out.push([a, b]);
  }
  return out;
}

const UNPAIRED_REASONS: readonly UnpairedReason[] = [
  'withdrawn',
  'not-opted-in',
  'excluded',
  'no-allowed-partner',
  'below-minimum',
  'odd-count',
  'no-triad-allowed',
  'no-partner-left',
  'no-group-fits',
];

/** A stored run record, or null when missing or unreadable. */
export function readRunRecord(value: unknown): PairingRunRecord | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.ranAt !== 'string' || !Array.isArray(v.unpaired) || !Array.isArray(v.notices))
    return null;
  const unpaired = v.unpaired.filter(
    (u): u is UnpairedPerson =>
      u !== null &&
      typeof u === 'object' &&
      typeof (u as UnpairedPerson).participantId === 'string' &&
      typeof (u as UnpairedPerson).message === 'string' &&
      UNPAIRED_REASONS.includes((u as UnpairedPerson).reason),
  );
  const settings = parsePairingSettings(v.settings);
  return {
    ranAt: v.ranAt,
    mode: v.mode === 'groups' ? 'groups' : 'pairs',
    settings: settings.success ? settings.data : defaultPairingSettings,
    unpaired,
    notices: v.notices.filter((n): n is string => typeof n === 'string'),
    people: Array.isArray(v.people)
      ? v.people.filter((id): id is string => typeof id === 'string')
      : null,
  };
}

function byNumber(a: Team, b: Team): number {
  return (
    a.number - b.number || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)
  );
}

/**
 * The number each proposal is shown and confirmed with: base+1 … base+n above the confirmed and
 * ended teams, in the order of the stored numbers, so a removed team (a break, a deleted person)
 * leaves no gap. `teams` are a program's teams; the map holds the proposals only.
 */
export function proposalNumbers(teams: readonly Team[]): Map<string, number> {
  const proposals = teams.filter((t) => t.status === 'proposed').sort(byNumber);
  const base = Math.max(0, ...teams.filter((t) => t.status !== 'proposed').map((t) => t.number));
  const numbers = compactNumbers(
    proposals.map((t) => t.number),
    base,
  );
  return new Map(proposals.map((t, i) => [t.id, numbers[i] as number] as const));
}

/**
 * A fingerprint of a program's proposals (ids, members, locks): a change worked out from one
 * state is refused when the proposals are no longer in that state.
 */
export function proposalsFingerprint(
  teams: readonly Team[],
  members: readonly TeamMember[],
): string {
  const proposals = teams
    .filter((t) => t.status === 'proposed')
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return proposals
    .map((t) => {
      const ids = members
        .filter((m) => m.teamId === t.id)
        .map((m) => m.participantId)
        .sort();
      return `${t.id}:${t.locked ? 'L' : ''}:${ids.join(',')}`;
    })
    .join(';');
}

const CHANGED_MEANWHILE =
  'The proposals changed while this change was being worked out. Nothing was saved; try again.';

/** Unordered email-key pairs of people who were in one confirmed or ended team of an archived program. */
export async function previousPartnerPairs(): Promise<[string, string][]> {
  const archived = await db.programs.where('status').equals('archived').primaryKeys();
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const programId of archived) {
    const teams = (await db.teams.where('programId').equals(programId).toArray()).filter(
      (t) => t.status === 'confirmed' || t.status === 'ended',
    );
    if (teams.length === 0) continue;
    const members = await db.teamMembers.where('programId').equals(programId).toArray();
    const people = await db.participants.where('programId').equals(programId).toArray();
    const emailOf = new Map(people.map((p) => [p.id, p.emailKey.trim().toLowerCase()]));
    for (const team of teams) {
      const emails = members
        .filter((m) => m.teamId === team.id)
        .map((m) => emailOf.get(m.participantId) ?? '')
        .filter((e) => e !== '');
      for (let i = 0; i < emails.length; i += 1) {
        for (let j = i + 1; j < emails.length; j += 1) {
          const a = emails[i] as string;
          const b = emails[j] as string;
          if (a === b) continue;
          const pair: [string, string] = a < b ? [a, b] : [b, a];
          const key = `${pair[0]}\u0000${pair[1]}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(pair);
        }
      }
    }
  }
  return out;
}

/** Loads everything the pairing board needs for one program (null when the program is gone). */
export async function loadPairingState(programId: string): Promise<PairingState | null> {
  const program = await db.programs.get(programId);
  if (!program) return null;
  const [
    participants,
    catalog,
    teams,
    members,
    settings,
    pins,
    run,
    previousPartners,
    speedEvents,
  ] = await Promise.all([
    db.participants.where('programId').equals(programId).toArray(),
    db.competencies.where('programId').equals(programId).toArray(),
    db.teams.where('programId').equals(programId).toArray(),
    db.teamMembers.where('programId').equals(programId).toArray(),
    db.meta.get(pairingSettingsKey(programId)),
    db.meta.get(pairingPinsKey(programId)),
    db.meta.get(pairingRunKey(programId)),
    previousPartnerPairs(),
    db.speedEvents.where('programId').equals(programId).toArray(),
  ]);
  return {
    program,
    participants: participants.sort(
      (a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1),
    ),
    catalog: catalog.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1)),
    teams: teams.sort(byNumber),
    members,
    stored: readStoredPairingSettings(settings?.value),
    pins: readPins(pins?.value),
    run: readRunRecord(run?.value),
    previousPartners,
    speedMeetings: speedMeetingList(speedEvents),
  };
}

/** Live pairing state of a program (undefined while loading, null when the program is gone). */
export function usePairingState(programId: string | undefined): PairingState | null | undefined {
  return useLiveQuery(async () => (programId ? loadPairingState(programId) : null), [programId]);
}

/**
 * Saves a program's pairing settings at once. The value is validated first; a refused value
 * saves nothing and the first problem comes back in words.
 */
export async function savePairingSettings(
  programId: string,
  settings: unknown,
  mode: PairingMode,
): Promise<string | null> {
  const parsed = parsePairingSettings(settings);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'These settings are not valid.';
  await runWrite(db, [db.meta, db.programs], async () => {
    if (!(await db.programs.get(programId))) throw new Error('That program no longer exists.');
    await db.meta.put({ key: pairingSettingsKey(programId), value: { ...parsed.data, mode } });
  });
  return null;
}

/** Saves the pins of a program. */
export async function savePins(programId: string, pins: readonly PairingPin[]): Promise<void> {
  await runWrite(db, [db.meta], async () => {
    await db.meta.put({ key: pairingPinsKey(programId), value: readPins(pins) });
  });
}

const SNAPSHOT_KEYS = (programId: string): string[] => [
  pairingPinsKey(programId),
  pairingRunKey(programId),
];

/** Reads the snapshot inside a running transaction. */
async function takeSnapshot(programId: string): Promise<TeamsSnapshot> {
  const [teams, members, meta] = await Promise.all([
    db.teams.where('programId').equals(programId).toArray(),
    db.teamMembers.where('programId').equals(programId).toArray(),
    Promise.all(
      SNAPSHOT_KEYS(programId).map(async (key) => ({
        key,
        value: (await db.meta.get(key))?.value,
      })),
    ),
  ]);
  return { programId, teams, members, meta };
}

function clip(reasons: readonly string[]): string[] {
  // Stored reasons are bounded (record schema); the domain's lines are far shorter in practice.
  return reasons.map((r) => (r.length > 1000 ? `${r.slice(0, 999)}…` : r));
}

/** Options of `replaceProposals`. */
/**
 * The team and membership records that replacing the proposals of `before` with `drafts` stores
 * (pure: the write and the board's preview of a run build them alike). Kept numbers stay (when
 * unique and not used by a confirmed or ended team); every other proposal gets the smallest free
 * number above the confirmed and ended teams, so numbers stay short and a re-run fills the gaps a
 * locked team leaves. `nextId` gives the id of each new team and membership, in order.
 */
export function proposalRecords(
  programId: string,
  before: { teams: readonly Team[] },
  drafts: readonly ProposalDraft[],
  now: string,
  nextId: () => string,
): { teams: Team[]; members: TeamMember[] } {
  const kept = before.teams.filter((t) => t.status !== 'proposed');
  const used = new Set(kept.map((t) => t.number));
  const base = Math.max(0, ...kept.map((t) => t.number));
  const numbers = drafts.map((d) => {
    const n = d.number;
    if (n === undefined || !Number.isInteger(n) || n <= base || used.has(n)) return undefined;
    used.add(n);
    return n;
  });
  let candidate = base;
  const nextFree = (): number => {
    do candidate += 1;
    while (used.has(candidate));
    used.add(candidate);
    return candidate;
  };
  // Numbers kept around removed teams would leave gaps: close them, keeping the order.
  const assigned = compactNumbers(
    drafts.map((_, i) => numbers[i] ?? nextFree()),
    base,
  );
  const reuse = new Set<string>();
  const previousById = new Map(before.teams.map((t) => [t.id, t]));
  const teams: Team[] = [];
  const members: TeamMember[] = [];
  drafts.forEach((draft, i) => {
    const reusable =
      draft.id !== undefined &&
      previousById.get(draft.id)?.status === 'proposed' &&
      !reuse.has(draft.id);
    const id = reusable ? (draft.id as string) : nextId();
    reuse.add(id);
    const previous = reusable ? previousById.get(id) : undefined;
    teams.push({
      id,
      programId,
      kind: draft.kind,
      status: 'proposed',
      number: assigned[i] as number,
      confirmedOn: '',
      endedOn: '',
      endedReason: '',
      locked: draft.locked,
      facilitated: draft.facilitated,
      score: draft.score,
      reasons: clip(draft.reasons),
      competencyIds: [],
      letterSentOn: '',
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    });
    for (const participantId of new Set(draft.memberIds)) {
      members.push({ id: nextId(), teamId: id, programId, participantId });
    }
  });
  return { teams, members };
}

/**
 * The pairing state as it reads back after `replaceProposals` stored `records` (and `run`) over
 * `state`, in the order `loadPairingState` gives: teams by number, memberships by id. Pure: the
 * board shows a run's proposals from this while the write is still on its way.
 */
export function stateWithProposals(
  state: PairingState,
  records: { teams: readonly Team[]; members: readonly TeamMember[] },
  run: PairingRunRecord | null,
): PairingState {
  const gone = new Set(state.teams.filter((t) => t.status === 'proposed').map((t) => t.id));
  return {
    ...state,
    teams: [...state.teams.filter((t) => !gone.has(t.id)), ...records.teams].sort(byNumber),
    members: [...state.members.filter((m) => !gone.has(m.teamId)), ...records.members].sort(
      (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    ),
    run: run === null ? state.run : readRunRecord(run),
  };
}

/** True when a write was refused because the proposals changed while it was being worked out. */
export function isChangedMeanwhile(error: unknown): boolean {
  // The write guard wraps the refusal (`WriteFailedError`, with the refusal as its cause).
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    if (e.message === CHANGED_MEANWHILE) return true;
  }
  return false;
}

export interface ReplaceOptions {
  /** Save this run record with the proposals (a fresh run). */
  run?: PairingRunRecord;
  /** Save these pins with the proposals. */
  pins?: readonly PairingPin[];
  /** Refuse (save nothing) unless the stored proposals still have this fingerprint. */
  expectFingerprint?: string;
  /** Ids for the new teams and memberships, in the order `proposalRecords` asks (a preview's). */
  ids?: readonly string[];
  /** The moment stamped on the records (a preview's). */
  now?: string;
}

/**
 * Replaces all proposals of a program with `drafts`, in one transaction: members must be
 * participants of the program, in one draft at most and in no confirmed team; a draft has at
 * least two members. Refused drafts save nothing. Returns the state before, for undo.
 */
export async function replaceProposals(
  programId: string,
  drafts: readonly ProposalDraft[],
  options: ReplaceOptions = {},
): Promise<TeamsSnapshot> {
  return runWrite(
    db,
    [db.programs, db.teams, db.teamMembers, db.participants, db.meta],
    async () => {
      if (!(await db.programs.get(programId))) throw new Error('That program no longer exists.');
      const before = await takeSnapshot(programId);
      if (
        options.expectFingerprint !== undefined &&
        proposalsFingerprint(before.teams, before.members) !== options.expectFingerprint
      ) {
        throw new Error(CHANGED_MEANWHILE);
      }
      const participants = new Set(
        await db.participants.where('programId').equals(programId).primaryKeys(),
      );
      const kept = before.teams.filter((t) => t.status !== 'proposed');
      const confirmedIds = new Set(kept.filter((t) => t.status === 'confirmed').map((t) => t.id));
      const inConfirmed = new Set(
        before.members.filter((m) => confirmedIds.has(m.teamId)).map((m) => m.participantId),
      );
      const placed = new Set<string>();
      for (const draft of drafts) {
        if (new Set(draft.memberIds).size < 2)
          throw new Error('A team needs at least two different people.');
        for (const id of draft.memberIds) {
          if (!participants.has(id))
            throw new Error('A proposed team names someone who is not in this program.');
          if (inConfirmed.has(id))
            throw new Error('A proposed team names someone who is already in a confirmed team.');
          if (placed.has(id)) throw new Error('A person cannot be in two proposed teams.');
          placed.add(id);
        }
      }

      const proposedIds = before.teams.filter((t) => t.status === 'proposed').map((t) => t.id);
      await db.teamMembers.where('teamId').anyOf(proposedIds).delete();
      await db.teams.bulkDelete(proposedIds);
      const pool = [...(options.ids ?? [])];
      const { teams, members } = proposalRecords(
        programId,
        before,
        drafts,
        options.now ?? nowIso(),
        () => pool.shift() ?? newId(),
      );
      await db.teams.bulkAdd(teams);
      await db.teamMembers.bulkAdd(members);
      if (options.run) await db.meta.put({ key: pairingRunKey(programId), value: options.run });
      if (options.pins)
        await db.meta.put({ key: pairingPinsKey(programId), value: readPins(options.pins) });
      return before;
    },
  );
}

/** Locks or unlocks a proposed team (a locked team is kept as it is by the next run). */
export async function setTeamLocked(teamId: string, locked: boolean): Promise<void> {
  await runWrite(db, [db.teams], async () => {
    const team = await db.teams.get(teamId);
    if (!team) throw new Error('That team no longer exists.');
    if (team.status !== 'proposed')
      throw new Error('Only proposed teams can be locked or unlocked.');
    await db.teams.update(teamId, { locked, updatedAt: nowIso() });
  });
}

/** What confirming writes for one proposal: its current score and reasons, and its competencies. */
export interface ConfirmUpdate {
  teamId: string;
  score: number;
  reasons: string[];
  competencyIds: string[];
}

/**
 * Confirms every proposal of a program in one transaction, saving each one's score, reasons and
 * starting competencies. `updates` must name exactly the current proposals (so what the
 * coordinator saw is what gets confirmed). Pins of people now confirmed are dropped. Returns the
 * state before, for undo. With `expectFingerprint`, refused when the proposals changed meanwhile.
 */
export async function confirmProposals(
  programId: string,
  updates: readonly ConfirmUpdate[],
  expectFingerprint?: string,
): Promise<TeamsSnapshot> {
  return runWrite(db, [db.teams, db.teamMembers, db.meta, db.participants], async () => {
    const before = await takeSnapshot(programId);
    if (
      expectFingerprint !== undefined &&
      proposalsFingerprint(before.teams, before.members) !== expectFingerprint
    ) {
      throw new Error(CHANGED_MEANWHILE);
    }
    const proposals = before.teams.filter((t) => t.status === 'proposed');
    const numbers = proposalNumbers(before.teams);
    // A pair made for someone who withdrew or whose record is gone is never confirmed.
    const proposalIds = new Set(proposals.map((t) => t.id));
    const memberIds = before.members
      .filter((m) => proposalIds.has(m.teamId))
      .map((m) => m.participantId);
    const people = await db.participants.bulkGet(memberIds);
    const absent = memberIds.filter((_, i) => { const p = people[i]; return p === undefined || !takesPart(p); });
    if (absent.length > 0) {
      const teams = proposals.filter((t) =>
        before.members.some((m) => m.teamId === t.id && absent.includes(m.participantId)),
      );
      throw new Error(
        `${listInWords(teams.map((t) => teamLabel({ kind: t.kind, number: numbers.get(t.id) ?? t.number })))} ${teams.length === 1 ? 'was' : 'were'} made with someone who has withdrawn or is no longer in the program. Re-run pairing, then confirm. Nothing was confirmed.`,
      );
    }
    const given = new Map(updates.map((u) => [u.teamId, u]));
    if (proposals.length === 0) throw new Error('There are no proposed teams to confirm.');
    if (
      given.size !== updates.length ||
      proposals.length !== given.size ||
      proposals.some((t) => !given.has(t.id))
    ) {
      throw new Error(
        'The proposals changed while you were confirming. Look at them again, then confirm.',
      );
    }
    const now = nowIso();
    for (const team of proposals) {
      const u = given.get(team.id) as ConfirmUpdate;
      await db.teams.update(team.id, {
        status: 'confirmed',
        number: numbers.get(team.id) ?? team.number,
        confirmedOn: localDayIso(),
        locked: false,
        score: u.score,
        reasons: clip(u.reasons),
        competencyIds: [...new Set(u.competencyIds)],
        // The suggestion to start from: the partners still confirm it together.
        competenciesAgreed: false,
        updatedAt: now,
      });
    }
    const confirmedPeople = new Set(
      before.members.filter((m) => given.has(m.teamId)).map((m) => m.participantId),
    );
    const pins = readPins(before.meta.find((m) => m.key === pairingPinsKey(programId))?.value);
    const remaining = pins.filter(([a, b]) => !confirmedPeople.has(a) && !confirmedPeople.has(b));
    if (remaining.length !== pins.length)
      await db.meta.put({ key: pairingPinsKey(programId), value: remaining });
    return before;
  });
}

/** Puts a program's teams, members and pairing meta back exactly as in `snapshot` (one transaction). */
export async function restoreTeamsSnapshot(snapshot: TeamsSnapshot): Promise<void> {
  const { programId } = snapshot;
  await runWrite(db, [db.teams, db.teamMembers, db.meta], () => writeSnapshot(programId, snapshot));
}

/** Replaces the program's teams, members and meta entries with `snapshot` (inside a write). */
async function writeSnapshot(programId: string, snapshot: TeamsSnapshot): Promise<void> {
  await db.teamMembers.where('programId').equals(programId).delete();
  await db.teams.where('programId').equals(programId).delete();
  await db.teams.bulkAdd(snapshot.teams);
  await db.teamMembers.bulkAdd(snapshot.members);
  for (const entry of snapshot.meta) {
    if (entry.value === undefined) await db.meta.delete(entry.key);
    else await db.meta.put({ key: entry.key, value: entry.value });
  }
}

/** The program's teams, members and pairing meta entries as they are now (read in one transaction). */
export async function readTeamsSnapshot(programId: string): Promise<TeamsSnapshot> {
  return db.transaction('r', [db.teams, db.teamMembers, db.meta], () => takeSnapshot(programId));
}

/** The same teams, members and meta entries, in whatever order they were read. */
export function sameTeamsSnapshot(a: TeamsSnapshot, b: TeamsSnapshot): boolean {
  const byId = <T extends { id: string }>(rows: readonly T[]): T[] =>
    [...rows].sort((x, y) => x.id.localeCompare(y.id));
  const byKey = (rows: TeamsSnapshot['meta']) =>
    [...rows].sort((x, y) => x.key.localeCompare(y.key));
  return (
    a.programId === b.programId &&
    sameRecord(byId(a.teams), byId(b.teams)) &&
    sameRecord(byId(a.members), byId(b.members)) &&
    sameRecord(byKey(a.meta), byKey(b.meta))
  );
}

/**
 * Undo or redo of a board change: puts the teams back as in `target`, in one transaction, only
 * when they are still exactly as in `expected` (what the change left). Otherwise refused, nothing
 * changed: a later change (a confirm, a team ended, competencies chosen) would be lost.
 */
export async function switchTeamsSnapshot(
  expected: TeamsSnapshot,
  target: TeamsSnapshot,
): Promise<void> {
  if (expected.programId !== target.programId)
    throw new WriteFailedError('Those are teams of two different programs.');
  const { programId } = target;
  await runWrite(db, [db.programs, db.teams, db.teamMembers, db.meta], async () => {
    if (!(await db.programs.get(programId)))
      throw new WriteFailedError('That program no longer exists. Nothing was changed.');
    if (!sameTeamsSnapshot(await takeSnapshot(programId), expected)) {
      throw new WriteFailedError(
        'The teams were changed since, so this step would lose that change. Nothing was changed.',
      );
    }
    await writeSnapshot(programId, target);
  });
}

/** Ends a confirmed team (it stays in the records; its people can be paired again). */
export async function endTeam(teamId: string): Promise<void> {
  await runWrite(db, [db.teams], async () => {
    const team = await db.teams.get(teamId);
    if (!team) throw new Error('That team no longer exists.');
    if (team.status !== 'confirmed') throw new Error('Only confirmed teams can be ended.');
    await db.teams.update(teamId, { status: 'ended', endedOn: localDayIso(), updatedAt: nowIso() });
  });
}

/**
 * Changes a team's chosen competencies from what is stored (read in the same transaction, so two
 * quick clicks never overwrite each other). `change` gets the stored ids and returns the new ones.
 * What the coordinator records here is the team's own choice, no longer a suggestion to confirm.
 */
export async function changeTeamCompetencies(
  teamId: string,
  change: (stored: readonly string[]) => string[],
): Promise<void> {
  await runWrite(db, [db.teams], async () => {
    const team = await db.teams.get(teamId);
    if (!team) throw new Error('That team no longer exists.');
    if (team.status === 'proposed')
      throw new Error('Competencies are chosen once the team is confirmed.');
    await db.teams.update(teamId, {
      competencyIds: [...new Set(change(team.competencyIds))],
      competenciesAgreed: true,
      updatedAt: nowIso(),
    });
  });
}

/** Saves the extra paragraph printed in one team's pairing letter (empty removes it). */
export async function setTeamLetterNote(teamId: string, note: string): Promise<void> {
  if (note.length > 4000)
    throw new Error('The note for this letter is too long: keep it under 4,000 characters.');
  await runWrite(db, [db.teams], async () => {
    const team = await db.teams.get(teamId);
    if (!team) throw new Error('That team no longer exists.');
    await db.teams.update(teamId, { letterNote: note, updatedAt: nowIso() });
  });
}
