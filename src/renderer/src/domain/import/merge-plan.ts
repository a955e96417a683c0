/**
 * Plans how validated roster rows change the stored participants, before anything is written.
 *
 * Rules (what the coordinator can rely on):
 * - People are matched by normalised email (trimmed, lower case, NFC). New emails are added;
 *   known ones are updated field by field, and every change is listed (before → after).
 * - An empty cell never blanks a stored value: "the file says nothing" keeps what the app has.
 *   To clear a field, clear it in the app.
 * - Name parts the importer worked out itself (first/last from a full name, or the reverse) only
 *   fill blanks or follow their source; they never overwrite a name edited in the app.
 * - People on the roster but absent from the file are listed and left alone, unless
 *   `markAbsentWithdrawn` is set (then they are withdrawn, never deleted).
 * - Status is never changed for people in the file (a withdrawn person stays withdrawn).
 * - Two rows with the same email block the plan until one is left out.
 * - Importing the same file twice gives an empty change set the second time.
 */
import type { CareerStage, Competency, Participant, ParticipantStatus, ProgramEvent } from '../model';
import { CAREER_STAGE_LABELS, PARTICIPANT_STATUS_LABELS } from '../model';
import { withStatus } from '../participants/opt-in';
import { buildPeopleIndex, peopleIndexOf, readPeopleRefs } from './people-refs';
import type { RosterProblem } from './roster-types';
import type { ParticipantDraft } from './row-schema';
import { splitName } from './row-schema';
import { emailKey } from './text-normalise';

/** Choices that shape a merge. */
export interface MergeOptions {
  programId: string;
  /** The program's catalog, to show competency names in the change list. */
  catalog?: readonly Competency[];
  /** Withdraw active participants whose email is not in the file. Off by default. */
  markAbsentWithdrawn?: boolean;
  /**
   * How a filled list cell (competencies, people) combines with what is stored: `replace` (the
   * file is the truth for that cell, the default) or `add` (only ever adds).
   */
  listMode?: 'replace' | 'add';
  /**
   * Email keys to treat as present in the file although they bring no draft (rows left out or
   * failing validation), so they are never counted absent and withdrawn by mistake.
   */
  alsoPresent?: readonly string[];
  /** Column headers of the people columns, for messages. */
  columns?: Partial<Record<RefField, string>>;
}

type RefField = 'knownWell' | 'doNotPair' | 'preferredPartner' | 'registeredWith';

/** Participant values a row sets, with people referred to by email key (ids come at apply time). */
export interface PlannedFields {
  email: string;
  name: string;
  firstName: string;
  lastName: string;
  department: string;
  jobTitle: string;
  careerStage: CareerStage | null;
  location: string;
  manager: string;
  offers: string[];
  wants: string[];
  knownWellKeys: string[];
  doNotPairKeys: string[];
  preferredPartnerEmail: string;
  registeredWithEmail: string;
  notes: string;
  custom: Record<string, string>;
  /** From the opt-in column; absent: the file says nothing (new people are active, as before). */
  status?: ParticipantStatus;
  /** With `status` opted-in: the day from the file, or empty for the import day. */
  optedInOn?: string;
}

/** One field's change, in words for the review screen. */
export interface FieldChange {
  /** Participant field, or `custom:<header>` for a custom field. */
  field: string;
  label: string;
  before: string;
  after: string;
}

/** A person to add. */
export interface PlannedAdd {
  rowNumber: number;
  emailKey: string;
  fields: PlannedFields;
}

/** A stored person whose fields change. `patch` holds only the changed fields. */
export interface PlannedUpdate {
  rowNumber: number;
  participantId: string;
  emailKey: string;
  name: string;
  changes: FieldChange[];
  patch: Partial<PlannedFields>;
}

/** A stored person not in the file. */
export interface PlannedAbsent {
  participantId: string;
  name: string;
  email: string;
  action: 'keep' | 'withdraw';
}

/** Rows that share one email. */
export interface DuplicateRows {
  emailKey: string;
  email: string;
  rows: number[];
}

/** Everything an import would change, for review; nothing is written until it is applied. */
export interface MergePlan {
  programId: string;
  adds: PlannedAdd[];
  updates: PlannedUpdate[];
  unchanged: { rowNumber: number; participantId: string }[];
  absent: PlannedAbsent[];
  /** People in the file who are withdrawn in the app (left withdrawn). */
  withdrawnInFile: { rowNumber: number; participantId: string; name: string }[];
  duplicates: DuplicateRows[];
  /** Notes about references to people (unresolved names…); shown, not blocking. */
  problems: RosterProblem[];
  blocked: boolean;
  blockers: string[];
  counts: { added: number; updated: number; unchanged: number; withdrawn: number; absentKept: number };
}

const FIELD_LABELS: Record<keyof PlannedFields, string> = {
  email: 'Email',
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  department: 'Department',
  jobTitle: 'Job title',
  careerStage: 'Career stage',
  location: 'Location',
  manager: 'Manager',
  offers: 'Can offer',
  wants: 'Wants to develop',
  knownWellKeys: 'Knows well',
  doNotPairKeys: 'Do not pair with',
  preferredPartnerEmail: 'Preferred partner',
  registeredWithEmail: 'Registered with',
  notes: 'Notes',
  custom: 'Custom fields',
  status: 'Status',
  optedInOn: 'Opted in on',
};

const REF_LABELS: Record<RefField, string> = {
  knownWell: 'Knows well',
  doNotPair: 'Do not pair with',
  preferredPartner: 'Preferred partner',
  registeredWith: 'Registered with',
};

const TEXT_FIELDS = ['department', 'jobTitle', 'location', 'manager', 'notes'] as const;

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) {
    const sa = new Set(a);
    const sb = new Set(b);
    if (sa.size !== sb.size) return false;
    for (const x of sa) if (!sb.has(x)) return false;
    return true;
  }
  const sb = new Set(b);
  for (const x of a) if (!sb.has(x)) return false;
  return new Set(a).size === sb.size;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

/** An empty, blocked plan: used when earlier steps failed, so nothing can be applied. */
export function emptyMergePlan(programId: string, blockers: string[]): MergePlan {
  return {
    programId,
    adds: [],
    updates: [],
    unchanged: [],
    absent: [],
    withdrawnInFile: [],
    duplicates: [],
    problems: [],
    blocked: true,
    blockers,
    counts: { added: 0, updated: 0, unchanged: 0, withdrawn: 0, absentKept: 0 },
  };
}

/** The number of records applying the plan would write (0 for a re-import of the same file). */
export function changeCount(plan: MergePlan): number {
  return plan.adds.length + plan.updates.length + plan.absent.filter((a) => a.action === 'withdraw').length;
}

/** Plan the merge of validated drafts into the stored participants. Pure; writes nothing. */
export function planMerge(existing: readonly Participant[], drafts: readonly ParticipantDraft[], options: MergeOptions): MergePlan {
  const listMode = options.listMode ?? 'replace';
  const byKey = new Map<string, Participant>();
  const keyById = new Map<string, string>();
  for (const p of existing) {
    if (!byKey.has(p.emailKey)) byKey.set(p.emailKey, p);
    keyById.set(p.id, p.emailKey);
  }

  // Rows sharing an email: all of them wait for the coordinator's choice. The first row of each
  // email is kept by key; only emails seen again get a list (no list per row).
  const firstByKey = new Map<string, ParticipantDraft>();
  let repeated: Map<string, ParticipantDraft[]> | null = null;
  for (const d of drafts) {
    const first = firstByKey.get(d.emailKey);
    if (first === undefined) {
      firstByKey.set(d.emailKey, d);
      continue;
    }
    repeated ??= new Map<string, ParticipantDraft[]>();
    const list = repeated.get(d.emailKey);
    if (list === undefined) repeated.set(d.emailKey, [first, d]);
    else list.push(d);
  }
  const duplicates: DuplicateRows[] = [];
  // Every email once (the usual file): the drafts themselves are the unique rows, in order.
  let unique: readonly ParticipantDraft[] = drafts;
  if (repeated !== null) {
    const once: ParticipantDraft[] = [];
    for (const [key, first] of firstByKey) {
      const list = repeated.get(key);
      if (list !== undefined) duplicates.push({ emailKey: key, email: first.email, rows: list.map((d) => d.rowNumber) });
      else once.push(first);
    }
    unique = once;
  }

  // A file of new people only (the first import) is indexed by the map just built.
  const index =
    existing.length === 0 && repeated === null && !firstByKey.has('')
      ? peopleIndexOf(firstByKey)
      : buildPeopleIndex([...existing, ...unique]);
  const competencyName = new Map((options.catalog ?? []).map((c) => [c.id, c.name]));
  const problems: RosterProblem[] = [];
  const columnOf = (f: RefField): string => options.columns?.[f] ?? REF_LABELS[f];

  function refKeys(d: ParticipantDraft, field: RefField, text: string, keepUnknownEmails: boolean): string[] {
    const keys: string[] = [];
    for (const ref of readPeopleRefs(text, index)) {
      const column = columnOf(field);
      if (ref.key === d.emailKey) {
        problems.push({ row: d.rowNumber, column, severity: 'warning', message: `Row ${d.rowNumber}, column "${column}": the person names themselves, so that entry was left out.` });
        continue;
      }
      if (ref.key !== null) {
        if (!keys.includes(ref.key)) keys.push(ref.key);
        continue;
      }
      if (ref.isEmail && keepUnknownEmails) {
        // A partner's address is kept even before they are on the roster: they may join later.
        const key = emailKey(ref.text);
        if (!keys.includes(key)) keys.push(key);
        problems.push({ row: d.rowNumber, column, severity: 'warning', message: `Row ${d.rowNumber}, column "${column}": ${ref.note ?? ''} It is kept, and counts once they are added.` });
        continue;
      }
      problems.push({ row: d.rowNumber, column, severity: 'warning', message: `Row ${d.rowNumber}, column "${column}": ${ref.note ?? ''} That entry was left out.` });
    }
    return keys;
  }

  const showPeople = (keys: readonly string[]): string => keys.map((k) => index.displayName(k)).join('; ');
  const showCompetencies = (ids: readonly string[]): string => ids.map((id) => competencyName.get(id) ?? id).join('; ');

  const adds: PlannedAdd[] = [];
  const updates: PlannedUpdate[] = [];
  const unchanged: { rowNumber: number; participantId: string }[] = [];
  const withdrawnInFile: MergePlan['withdrawnInFile'] = [];

  for (const d of unique) {
    const knownWell = d.knownWellText === '' ? null : refKeys(d, 'knownWell', d.knownWellText, false);
    const doNotPair = d.doNotPairText === '' ? null : refKeys(d, 'doNotPair', d.doNotPairText, false);
    const preferred = d.preferredPartnerText === '' ? null : (refKeys(d, 'preferredPartner', d.preferredPartnerText, true)[0] ?? null);
    const together = d.registeredWithText === '' ? null : (refKeys(d, 'registeredWith', d.registeredWithText, true)[0] ?? null);
    const current = byKey.get(d.emailKey);

    if (current === undefined) {
      adds.push({
        rowNumber: d.rowNumber,
        emailKey: d.emailKey,
        fields: {
          email: d.email,
          name: d.name,
          firstName: d.firstName,
          lastName: d.lastName,
          department: d.department,
          jobTitle: d.jobTitle,
          careerStage: d.careerStage,
          location: d.location,
          manager: d.manager,
          offers: d.offers ?? [],
          wants: d.wants ?? [],
          knownWellKeys: knownWell ?? [],
          doNotPairKeys: doNotPair ?? [],
          preferredPartnerEmail: preferred ?? '',
          registeredWithEmail: together ?? '',
          notes: d.notes,
          // Shared with the draft (plain data, never mutated); applying the plan copies it.
          custom: d.custom,
          ...(d.optIn ? (d.optIn.optedIn ? { status: 'opted-in' as const, optedInOn: d.optIn.on } : { status: 'interested' as const }) : {}),
        },
      });
      continue;
    }

    if (current.status === 'withdrawn') withdrawnInFile.push({ rowNumber: d.rowNumber, participantId: current.id, name: current.name });
    const patch: Partial<PlannedFields> = {};
    const changes: FieldChange[] = [];
    const note = (field: keyof PlannedFields, before: string, after: string): void => {
      changes.push({ field, label: FIELD_LABELS[field], before, after });
    };

    if (d.email !== current.email) {
      patch.email = d.email;
      note('email', current.email, d.email);
    }
    // Name parts: read ones win; derived ones fill blanks or follow their source when the stored
    // value still equals what would have been derived (i.e. nobody edited it).
    const storedFull = `${current.firstName} ${current.lastName}`.trim();
    const nameIsDerivedInStore = current.name === storedFull;
    const setName = (field: 'name' | 'firstName' | 'lastName', value: string, derived: boolean, followsSource: boolean): void => {
      const before = current[field];
      if (value === '' || value === before) return;
      if (derived && before !== '' && !followsSource) return;
      patch[field] = value;
      note(field, before, value);
    };
    setName('name', d.name, d.derived.name, nameIsDerivedInStore);
    const storedSplit = splitName(current.name);
    const storedSplitFromName = current.firstName === storedSplit.firstName && current.lastName === storedSplit.lastName;
    setName('firstName', d.firstName, d.derived.firstName, storedSplitFromName);
    setName('lastName', d.lastName, d.derived.lastName, storedSplitFromName);

    for (const f of TEXT_FIELDS) {
      if (d[f] !== '' && d[f] !== current[f]) {
        patch[f] = d[f];
        note(f, current[f], d[f]);
      }
    }
    if (d.careerStage !== null && d.careerStage !== current.careerStage) {
      patch.careerStage = d.careerStage;
      note('careerStage', current.careerStage === null ? '' : CAREER_STAGE_LABELS[current.careerStage], CAREER_STAGE_LABELS[d.careerStage]);
    }
    for (const f of ['offers', 'wants'] as const) {
      const fromFile = d[f];
      if (fromFile === null || fromFile.length === 0) continue;
      const next = listMode === 'add' ? union(current[f], fromFile) : fromFile;
      if (!sameSet(next, current[f])) {
        patch[f] = next;
        note(f, showCompetencies(current[f]), showCompetencies(next));
      }
    }
    const refLists = [
      ['knownWellKeys', knownWell, current.knownWell],
      ['doNotPairKeys', doNotPair, current.doNotPair],
    ] as const;
    for (const [field, fromFile, storedIds] of refLists) {
      if (fromFile === null || fromFile.length === 0) continue;
      const before: string[] = [];
      for (const id of storedIds) {
        const key = keyById.get(id);
        if (key !== undefined) before.push(key);
      }
      const next = listMode === 'add' ? union(before, fromFile) : fromFile;
      if (!sameSet(next, before)) {
        patch[field] = next;
        note(field, showPeople(before), showPeople(next));
      }
    }
    const single = [
      ['preferredPartnerEmail', preferred],
      ['registeredWithEmail', together],
    ] as const;
    for (const [field, key] of single) {
      if (key === null || key === current[field]) continue;
      patch[field] = key;
      note(field, current[field] === '' ? '' : index.displayName(current[field]), index.displayName(key));
    }
    // The opt-in column moves people between interested and opted in; active and withdrawn people
    // are past that and stay as they are.
    const optIn = d.optIn ?? null;
    if (optIn !== null && (current.status === 'interested' || current.status === 'opted-in')) {
      const next: ParticipantStatus = optIn.optedIn ? 'opted-in' : 'interested';
      if (next !== current.status) {
        patch.status = next;
        if (optIn.optedIn) patch.optedInOn = optIn.on;
        note('status', PARTICIPANT_STATUS_LABELS[current.status], PARTICIPANT_STATUS_LABELS[next]);
      }
    }
    const customPatch: Record<string, string> = {};
    let customChanged = false;
    for (const [header, value] of Object.entries(d.custom)) {
      const before = Object.prototype.hasOwnProperty.call(current.custom, header) ? (current.custom[header] as string) : '';
      if (value === before) continue;
      customPatch[header] = value;
      customChanged = true;
      changes.push({ field: `custom:${header}`, label: header, before, after: value });
    }
    if (customChanged) patch.custom = { ...current.custom, ...customPatch };

    if (changes.length === 0) unchanged.push({ rowNumber: d.rowNumber, participantId: current.id });
    else updates.push({ rowNumber: d.rowNumber, participantId: current.id, emailKey: d.emailKey, name: current.name, changes, patch });
  }

  const absent: PlannedAbsent[] = [];
  // Stored people in neither the drafts nor the rows left out are absent.
  const alsoPresent = byKey.size === 0 ? null : new Set(options.alsoPresent ?? []);
  for (const p of byKey.values()) {
    if (firstByKey.has(p.emailKey) || alsoPresent?.has(p.emailKey) === true) continue;
    const withdraw = options.markAbsentWithdrawn === true && p.status !== 'withdrawn';
    absent.push({ participantId: p.id, name: p.name, email: p.email, action: withdraw ? 'withdraw' : 'keep' });
  }

  const blockers: string[] = [];
  for (const dup of duplicates) {
    blockers.push(
      `Rows ${dup.rows.join(' and ')} have the same email address (${dup.email}). Keep one of them and leave the other${dup.rows.length > 2 ? 's' : ''} out, or correct the email of the row that is wrong.`,
    );
  }
  if (drafts.length === 0) blockers.push('There are no rows to import.');

  const withdrawn = absent.filter((a) => a.action === 'withdraw').length;
  return {
    programId: options.programId,
    adds,
    updates,
    unchanged,
    absent,
    withdrawnInFile,
    duplicates,
    problems,
    blocked: blockers.length > 0,
    blockers,
    counts: { added: adds.length, updated: updates.length, unchanged: unchanged.length, withdrawn, absentKept: absent.length - withdrawn },
  };
}

/** Records to write for a plan, plus what the import batch needs to undo it. */
export interface MergeWrite {
  /** Every participant to put, in one transaction: added, updated and withdrawn ones. */
  participants: Participant[];
  /** Ids of the added participants. */
  added: string[];
  /** Updated participants as they were before. */
  updatedBefore: Participant[];
  /** Withdrawn participants as they were before. */
  withdrawnBefore: Participant[];
  /** One sentence for the import history. */
  summary: string;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Turn a plan into the records to write. Pure: `now` is the ISO timestamp to stamp, `newId`
 * makes ids for added people. Refuses a blocked plan (the screen must not offer to apply it).
 */
export function applyMergePlan(
  plan: MergePlan,
  existing: readonly Participant[],
  now: string,
  newId: () => string,
  trial: { today: string; events: readonly Pick<ProgramEvent, 'kind' | 'date'>[] } = { today: now.slice(0, 10), events: [] },
): MergeWrite {
  // Opting in from the file: the day in the file (or today) and the trial end worked out from it.
  const optedIn = <P extends Participant>(p: P, on: string | undefined): P =>
    withStatus({ ...p, optedInOn: on ?? '', trialEndsOn: '' }, 'opted-in', trial.today, trial.events);
  if (plan.blocked) throw new Error(`A blocked import plan cannot be applied: ${plan.blockers.join(' ')}`);
  const byId = new Map(existing.map((p) => [p.id, p]));
  const idByKey = new Map<string, string>();
  for (const p of existing) if (!idByKey.has(p.emailKey)) idByKey.set(p.emailKey, p.id);
  const addedIds = plan.adds.map((a) => {
    const id = newId();
    idByKey.set(a.emailKey, id);
    return id;
  });
  const idsFor = (keys: readonly string[]): string[] => {
    const ids: string[] = [];
    for (const k of keys) {
      const id = idByKey.get(k);
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    }
    return ids;
  };

  const participants: Participant[] = [];
  plan.adds.forEach((a, i) => {
    const f = a.fields;
    participants.push({
      id: addedIds[i] as string,
      programId: plan.programId,
      emailKey: a.emailKey,
      email: f.email,
      firstName: f.firstName,
      lastName: f.lastName,
      name: f.name,
      department: f.department,
      jobTitle: f.jobTitle,
      careerStage: f.careerStage,
      location: f.location,
      manager: f.manager,
      offers: [...f.offers],
      wants: [...f.wants],
      knownWell: idsFor(f.knownWellKeys),
      doNotPair: idsFor(f.doNotPairKeys),
      preferredPartnerEmail: f.preferredPartnerEmail,
      registeredWithEmail: f.registeredWithEmail,
      notes: f.notes,
      custom: { ...f.custom },
      status: 'active',
      createdAt: now,
      updatedAt: now,
    });
    const added = participants[participants.length - 1] as Participant;
    if (f.status === 'opted-in') participants[participants.length - 1] = optedIn(added, f.optedInOn);
    else if (f.status === 'interested') participants[participants.length - 1] = { ...added, status: 'interested' };
  });

  const updatedBefore: Participant[] = [];
  for (const u of plan.updates) {
    const before = byId.get(u.participantId);
    if (before === undefined) throw new Error(`Participant ${u.participantId} in the plan is not among the stored participants.`);
    updatedBefore.push(before);
    const { knownWellKeys, doNotPairKeys, optedInOn, ...plain } = u.patch;
    let next: Participant = { ...before, ...plain, updatedAt: now };
    if (plain.status === 'opted-in') next = optedIn(next, optedInOn);
    else if (plain.status === 'interested') next = withStatus(next, 'interested', trial.today, trial.events);
    if (plain.email !== undefined) next.emailKey = u.emailKey;
    if (knownWellKeys !== undefined) next.knownWell = idsFor(knownWellKeys);
    if (doNotPairKeys !== undefined) next.doNotPair = idsFor(doNotPairKeys);
    participants.push(next);
  }

  const withdrawnBefore: Participant[] = [];
  for (const a of plan.absent) {
    if (a.action !== 'withdraw') continue;
    const before = byId.get(a.participantId);
    if (before === undefined) continue;
    withdrawnBefore.push(before);
    participants.push({ ...before, status: 'withdrawn', updatedAt: now });
  }

  const summary = [
    plural(plan.adds.length, 'person added', 'people added'),
    plural(plan.updates.length, 'person updated', 'people updated'),
    ...(withdrawnBefore.length > 0 ? [plural(withdrawnBefore.length, 'person withdrawn', 'people withdrawn')] : []),
    plural(plan.unchanged.length, 'person unchanged', 'people unchanged'),
  ].join(', ');
  return { participants, added: addedIds, updatedBefore, withdrawnBefore, summary: `${summary}.` };
}
