import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Participant, Program } from '../domain/model';
import { db } from './client';
import {
  addParticipant,
  deleteParticipants,
  restoreParticipantVersion,
  setParticipantsField,
  setParticipantsStatus,
  undoBulkChange,
  undoDelete,
  updateParticipant,
  registerParticipants,
  undoRegistration,
  redoRegistration,
} from './participants-repo';
import type { RegistrationInput } from '../domain/participants/registration';
import { loadDemoProgram } from './programs-repo';

let program: Program;
let people: Participant[];

const byEmail = (email: string): Participant => {
  const p = people.find((x) => x.email === email);
  if (!p) throw new Error(`no ${email}`);
  return p;
};

const blank = {
  name: '',
  firstName: '',
  lastName: '',
  email: '',
  department: '',
  jobTitle: '',
  careerStage: null,
  location: '',
  manager: '',
};

/** Every record of the program that a participant edit could touch, sorted for comparison. */
async function snapshot(programId: string) {
  const sort = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    participants: sort(await db.participants.where('programId').equals(programId).toArray()),
    teams: sort(await db.teams.where('programId').equals(programId).toArray()),
    members: sort(await db.teamMembers.where('programId').equals(programId).toArray()),
  };
}

async function addTeam(id: string, number: number, status: 'proposed' | 'confirmed', memberIds: string[]) {
  await db.teams.add({
    id,
    programId: program.id,
    kind: 'pair',
    status,
    number,
    locked: false,
    facilitated: false,
    score: 0,
    reasons: [],
    competencyIds: [],
    letterSentOn: '', confirmedOn: '', endedOn: '', endedReason: '',
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
  });
  await db.teamMembers.bulkAdd(
    memberIds.map((participantId, i) => ({ id: `${id}-m${i}`, teamId: id, programId: program.id, participantId })),
  );
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  program = await loadDemoProgram();
  people = await db.participants.where('programId').equals(program.id).toArray();
});

describe('addParticipant', () => {
  it('adds a person typed in by hand, with a clean record', async () => {
    const result = await addParticipant(program.id, {
      ...blank,
      firstName: 'Inès',
      lastName: 'Laurent',
      email: ' Ines.Laurent@Example.org ',
      department: 'Finance',
      careerStage: 'mid',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db.participants.get(result.participant.id);
    expect(stored).toMatchObject({
      programId: program.id,
      name: 'Inès Laurent',
      email: 'Ines.Laurent@Example.org',
      emailKey: 'ines.laurent@example.org',
      status: 'active',
      offers: [],
    });
  });

  it('refuses an address already in the program, saying whose it is, and adds nothing', async () => {
    const before = await db.participants.count();
    const result = await addParticipant(program.id, { ...blank, name: 'Copy', email: 'ZOE.HARTMANN@example.org' });
    expect(result).toMatchObject({ ok: false, field: 'email' });
    if (!result.ok) expect(result.message).toContain('Zoë Hartmann');
    expect(await db.participants.count()).toBe(before);
  });
});

describe('registerParticipants', () => {
  const registration = (over: Partial<RegistrationInput> = {}): RegistrationInput => ({
    name: 'Inès Laurent',
    email: 'ines.laurent@example.org',
    department: 'Finance',
    offers: [],
    wants: [],
    partner: { kind: 'new', name: 'Omar Haddad', email: 'omar.haddad@example.org' },
    status: 'opted-in',
    ...over,
  });

  it('saves two people who register together in one go, linked both ways, and undo takes both back', async () => {
    const before = await snapshot(program.id);
    const result = await registerParticipants(program.id, registration(), '2026-12-06');
    if (!result.ok) throw new Error(result.message);
    const stored = await db.participants.bulkGet(result.added.map((p) => p.id));
    expect(stored.map((p) => [p?.name, p?.registeredWithEmail, p?.status, p?.optedInOn])).toEqual([
      ['Inès Laurent', 'omar.haddad@example.org', 'opted-in', '2026-12-06'],
      ['Omar Haddad', 'ines.laurent@example.org', 'opted-in', '2026-12-06'],
    ]);
    await undoRegistration(result);
    expect(await snapshot(program.id)).toEqual(before);
    await redoRegistration(result);
    expect(await db.participants.count()).toBe(before.participants.length + 2);
  });

  it('links someone on the roster, and undo gives them their record back', async () => {
    const zoe = byEmail('zoe.hartmann@example.org');
    await db.participants.put({ ...zoe, registeredWithEmail: '' });
    const before = await snapshot(program.id);
    const result = await registerParticipants(program.id, registration({ partner: { kind: 'existing', participantId: zoe.id } }), '2026-12-06');
    if (!result.ok) throw new Error(result.message);
    expect((await db.participants.get(zoe.id))?.registeredWithEmail).toBe('ines.laurent@example.org');
    await undoRegistration(result);
    expect(await snapshot(program.id)).toEqual(before);
  });

  it('writes nothing when the colleague’s address is taken', async () => {
    const before = await snapshot(program.id);
    const result = await registerParticipants(
      program.id,
      registration({ partner: { kind: 'new', name: 'Copy', email: 'Zoe.Hartmann@example.org' } }),
      '2026-12-06',
    );
    expect(result).toMatchObject({ ok: false, field: 'partnerEmail' });
    if (!result.ok) expect(result.message).toContain('Zoë Hartmann');
    expect(await snapshot(program.id)).toEqual(before);
  });
});

describe('updateParticipant', () => {
  it('saves a field and returns the previous version for undo', async () => {
    const zoe = byEmail('zoe.hartmann@example.org');
    const result = await updateParticipant(zoe.id, { department: 'Theatres' });
    expect(result).toMatchObject({ ok: true, changed: true, before: { department: 'Nursing' } });
    expect((await db.participants.get(zoe.id))?.department).toBe('Theatres');
  });

  it('refuses a duplicate email with a clear message and saves nothing', async () => {
    const zoe = byEmail('zoe.hartmann@example.org');
    const result = await updateParticipant(zoe.id, { email: 'Jose.Ortega@example.org' });
    expect(result).toMatchObject({ ok: false, field: 'email' });
    if (!result.ok) expect(result.message).toMatch(/already the address of José Ortega/);
    expect(await db.participants.get(zoe.id)).toEqual(zoe);
  });

  it('keeps both of two quick edits of the same list made from a stale screen', async () => {
    const zoe = byEmail('zoe.hartmann@example.org');
    const [c1, c2] = await db.competencies.where('programId').equals(program.id).limit(2).toArray();
    await Promise.all([
      updateParticipant(zoe.id, (s) => ({ wants: [...s.wants, c1!.id] })),
      updateParticipant(zoe.id, (s) => ({ wants: [...s.wants, c2!.id] })),
    ]);
    const wants = (await db.participants.get(zoe.id))?.wants ?? [];
    expect(wants).toEqual(expect.arrayContaining([...zoe.wants, c1!.id, c2!.id]));
  });

  it('refuses choosing a retired competency but keeps one already chosen', async () => {
    const zoe = byEmail('zoe.hartmann@example.org');
    const offered = zoe.offers[0]!;
    const other = (await db.competencies.where('programId').equals(program.id).toArray()).find(
      (c) => !zoe.offers.includes(c.id),
    )!;
    await db.competencies.bulkUpdate([
      { key: offered, changes: { retired: true } },
      { key: other.id, changes: { retired: true } },
    ]);
    expect(await updateParticipant(zoe.id, { offers: [...zoe.offers, other.id] })).toMatchObject({ ok: false, field: 'offers' });
    expect(await updateParticipant(zoe.id, { notes: 'Still offers a retired one' })).toMatchObject({ ok: true });
    expect((await db.participants.get(zoe.id))?.offers).toEqual(zoe.offers);
  });

  it('undoes an edit by putting the previous version back in one write', async () => {
    const zoe = byEmail('zoe.hartmann@example.org');
    const edit = await updateParticipant(zoe.id, { department: 'Theatres', });
    if (!edit.ok) throw new Error(edit.message);
    const undo = await restoreParticipantVersion(edit.before);
    expect(undo.ok).toBe(true);
    const back = await db.participants.get(zoe.id);
    expect({ ...back, updatedAt: zoe.updatedAt }).toEqual(zoe);
  });

  it('refuses to undo back to an address someone else took meanwhile', async () => {
    const zoe = byEmail('zoe.hartmann@example.org');
    const jose = byEmail('jose.ortega@example.org');
    const edit = await updateParticipant(zoe.id, { email: 'zoe.h@example.org' });
    if (!edit.ok) throw new Error(edit.message);
    expect(await updateParticipant(jose.id, { email: 'zoe.hartmann@example.org' })).toMatchObject({ ok: true });
    const undo = await restoreParticipantVersion(edit.before);
    expect(undo).toMatchObject({ ok: false });
    expect((await db.participants.get(zoe.id))?.email).toBe('zoe.h@example.org');
  });
});

describe('bulk status and field changes', () => {
  it('withdraws and restores several people in one go, and undo restores exactly', async () => {
    const ids = [byEmail('zoe.hartmann@example.org').id, byEmail('jose.ortega@example.org').id];
    const before = await snapshot(program.id);
    const change = await setParticipantsStatus(program.id, ids, 'withdrawn', '2026-12-06');
    expect(change.plan.after).toHaveLength(2);
    expect((await db.participants.bulkGet(ids)).map((p) => p?.status)).toEqual(['withdrawn', 'withdrawn']);
    await setParticipantsStatus(program.id, ids, 'active', '2026-12-06');
    expect((await db.participants.bulkGet(ids)).map((p) => p?.status)).toEqual(['active', 'active']);

    const again = await setParticipantsStatus(program.id, ids, 'withdrawn', '2026-12-06');
    expect(await undoBulkChange(again)).toEqual({ restored: 2, skipped: 0 });
    const after = await snapshot(program.id);
    // Undo puts the earlier versions back; only the re-activation stamped updatedAt.
    expect(after.participants.map((p) => ({ ...p, updatedAt: '' }))).toEqual(
      before.participants.map((p) => ({ ...p, updatedAt: '' })),
    );
  });

  it('sets a field on several people; undo skips anyone edited since', async () => {
    const zoe = byEmail('zoe.hartmann@example.org');
    const jose = byEmail('jose.ortega@example.org');
    const change = await setParticipantsField(program.id, [zoe.id, jose.id], 'location', 'Annex');
    expect((await db.participants.bulkGet([zoe.id, jose.id])).map((p) => p?.location)).toEqual(['Annex', 'Annex']);
    await new Promise((r) => setTimeout(r, 5));
    await updateParticipant(jose.id, { notes: 'edited after' });
    expect(await undoBulkChange(change)).toEqual({ restored: 1, skipped: 1 });
    expect((await db.participants.get(zoe.id))?.location).toBe(zoe.location);
    expect((await db.participants.get(jose.id))?.location).toBe('Annex');
  });

  it('refuses an invalid value for everyone and saves nothing', async () => {
    const zoe = byEmail('zoe.hartmann@example.org');
    await expect(setParticipantsField(program.id, [zoe.id], 'department', 'x'.repeat(600))).rejects.toThrow(/500/);
    expect(await db.participants.get(zoe.id)).toEqual(zoe);
  });
});

describe('deleteParticipants', () => {
  it('refuses to delete someone in a confirmed team and deletes no one', async () => {
    const zoe = byEmail('zoe.hartmann@example.org');
    const ana = byEmail('analucia.ferreira@example.org');
    const jose = byEmail('jose.ortega@example.org');
    await addTeam('t1', 7, 'confirmed', [zoe.id, ana.id]);
    const before = await snapshot(program.id);
    const result = await deleteParticipants(program.id, [jose.id, zoe.id]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Zoë Hartmann is in confirmed Pair 07.*Withdraw/);
    expect(await snapshot(program.id)).toEqual(before);
  });

  it('deletes in one go and undo brings back exactly the same records, teams and links', async () => {
    const zoe = byEmail('zoe.hartmann@example.org');
    const ana = byEmail('analucia.ferreira@example.org');
    const jose = byEmail('jose.ortega@example.org');
    // Zoë and Ana Lúcia know each other well (demo data); José is in a proposed pair.
    expect(ana.knownWell).toContain(zoe.id);
    await addTeam('t2', 3, 'proposed', [jose.id, byEmail('lukas.mueller@example.org').id]);
    const before = await snapshot(program.id);

    const result = await deleteParticipants(program.id, [zoe.id, jose.id]);
    if (!result.ok) throw new Error(result.message);
    expect(await db.participants.bulkGet([zoe.id, jose.id])).toEqual([undefined, undefined]);
    expect((await db.participants.get(ana.id))?.knownWell).not.toContain(zoe.id);
    expect(await db.teams.get('t2')).toBeUndefined();
    expect(await db.teamMembers.where('teamId').equals('t2').count()).toBe(0);

    await undoDelete(result.plan);
    expect(await snapshot(program.id)).toEqual(before);
  });

  it('will not bring someone back whose address was given to a new person meanwhile', async () => {
    const zoe = byEmail('zoe.hartmann@example.org');
    const result = await deleteParticipants(program.id, [zoe.id]);
    if (!result.ok) throw new Error(result.message);
    await addParticipant(program.id, { ...blank, name: 'New Zoë', email: zoe.email });
    const before = await snapshot(program.id);
    await expect(undoDelete(result.plan)).rejects.toThrow(/New Zoë now uses the address/);
    expect(await snapshot(program.id)).toEqual(before);
  });
});
