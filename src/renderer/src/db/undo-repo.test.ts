import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './client';
import { createProgram, deleteProgram, loadDemoProgram } from './programs-repo';
import { readTeamRecord, switchParticipantVersion, switchTeamRecord } from './undo-repo';
import { addTeamNote } from './team-page-repo';
import { addMeetingLog, updateMeetingLog } from './meetings-repo';
import { updateParticipant } from './participants-repo';
import { confirmProposals, endTeam, readTeamsSnapshot, replaceProposals, switchTeamsSnapshot, type ProposalDraft } from './teams-repo';
import { programDraftSchema } from '../domain/programs/program-defaults';
import { makeMembers, makePerson, makeTeam } from '../../../../test/support/running-year';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function teamProgram() {
  const program = await createProgram(
    programDraftSchema.parse({ name: 'Peer mentoring', coordinatorName: 'Maeve', cycleStart: '2026-09-01', cycleEnd: '2027-05-31' }),
  );
  const pid = program.id;
  await db.participants.bulkAdd(['ana', 'ben'].map((id) => makePerson({ id, programId: pid })));
  await db.teams.add(makeTeam({ id: 't1', programId: pid, status: 'confirmed', competencyIds: [] }));
  await db.teamMembers.bulkAdd(makeMembers('t1', ['ana', 'ben']).map((m) => ({ ...m, programId: pid })));
  return pid;
}

const draft = (memberIds: string[]): ProposalDraft => ({ kind: 'pair', memberIds, locked: false, facilitated: false, score: 10, reasons: [] });

describe('undo and redo of one team record', () => {
  it('takes an added note away and puts it back, each time exactly', async () => {
    await teamProgram();
    const note = await addTeamNote('t1', 'Asked for a quieter room.', '2026-11-01');
    await switchTeamRecord('teamNotes', note, null);
    expect(await readTeamRecord('teamNotes', note.id)).toBeUndefined();
    await switchTeamRecord('teamNotes', null, note);
    expect(await readTeamRecord('teamNotes', note.id)).toEqual(note);
  });

  it('puts an edited meeting back and forward again', async () => {
    await teamProgram();
    const added = await addMeetingLog('t1', { date: '2026-11-02', minutes: 60, mode: 'video', competencyIds: [], notes: '', loggedBy: '' }, '2026-12-01');
    if (!added.ok) throw new Error('not saved');
    const edited = await updateMeetingLog(added.log.id, { date: '2026-11-02', minutes: 90, mode: 'video', competencyIds: [], notes: '', loggedBy: '' }, '2026-12-01');
    if (!edited.ok || !edited.before) throw new Error('not saved');
    await switchTeamRecord('meetingLogs', edited.log, edited.before);
    expect((await readTeamRecord('meetingLogs', added.log.id))?.minutes).toBe(60);
    await switchTeamRecord('meetingLogs', edited.before, edited.log);
    expect(await readTeamRecord('meetingLogs', added.log.id)).toEqual(edited.log);
  });

  it('refuses, changing nothing, when the record was changed or removed since', async () => {
    await teamProgram();
    const note = await addTeamNote('t1', 'First words.', '2026-11-01');
    const changed = { ...note, text: 'Changed by hand.' };
    await db.teamNotes.put(changed);
    await expect(switchTeamRecord('teamNotes', note, null)).rejects.toThrow(/^That note was changed since/);
    expect(await readTeamRecord('teamNotes', note.id)).toEqual(changed);
    await db.teamNotes.delete(note.id);
    await expect(switchTeamRecord('teamNotes', note, null)).rejects.toThrow('That note was removed since');
  });

  it('refuses to put a record back once its team is gone', async () => {
    const pid = await teamProgram();
    const note = await addTeamNote('t1', 'Kept?', '2026-11-01');
    await switchTeamRecord('teamNotes', note, null);
    await db.teams.delete('t1');
    await expect(switchTeamRecord('teamNotes', null, note)).rejects.toThrow('Its team no longer exists');
    expect(await db.teamNotes.where('programId').equals(pid).count()).toBe(0);
  });
});

describe('undo and redo of a participant edit', () => {
  it('goes back and forward, and refuses when the person changed since, was deleted, or lost their address', async () => {
    const pid = await teamProgram();
    const edit = await updateParticipant('ana', { department: 'Finance' });
    if (!edit.ok) throw new Error(edit.message);
    const back = await switchParticipantVersion(edit.after, edit.before);
    expect((await db.participants.get('ana'))?.department).toBe(edit.before.department);
    const forward = await switchParticipantVersion(back, edit.after);
    expect((await db.participants.get('ana'))?.department).toBe('Finance');

    await updateParticipant('ana', { department: 'Legal' });
    await expect(switchParticipantVersion(forward, edit.before)).rejects.toThrow('was changed again since');
    expect((await db.participants.get('ana'))?.department).toBe('Legal');

    const emailEdit = await updateParticipant('ben', { email: 'ben.new@example.org' });
    if (!emailEdit.ok) throw new Error(emailEdit.message);
    await db.participants.add(makePerson({ id: 'cy', programId: pid, email: emailEdit.before.email, emailKey: emailEdit.before.emailKey }));
    await expect(switchParticipantVersion(emailEdit.after, emailEdit.before)).rejects.toThrow(`now uses the address ${emailEdit.before.email}`);
    expect((await db.participants.get('ben'))?.email).toBe('ben.new@example.org');

    await db.participants.delete('ben');
    await expect(switchParticipantVersion(emailEdit.after, emailEdit.before)).rejects.toThrow('was deleted since');
    expect(await db.participants.get('ben')).toBeUndefined();
  });
});

describe('undo and redo of a pairing board change', () => {
  async function board() {
    const program = await loadDemoProgram();
    const people = await db.participants.where('programId').equals(program.id).sortBy('name');
    const [a, b, c, d] = people.map((p) => p.id) as [string, string, string, string];
    await replaceProposals(program.id, [draft([a, b]), draft([c, d])]);
    const before = await readTeamsSnapshot(program.id);
    await replaceProposals(program.id, [draft([a, c]), draft([b, d])]);
    const after = await readTeamsSnapshot(program.id);
    return { programId: program.id, before, after };
  }

  it('swaps back to the teams before and forward to the teams after', async () => {
    const { programId, before, after } = await board();
    await switchTeamsSnapshot(after, before);
    const undone = await readTeamsSnapshot(programId);
    expect(undone.teams.map((t) => t.id).sort()).toEqual(before.teams.map((t) => t.id).sort());
    expect(undone.members.map((m) => m.id).sort()).toEqual(before.members.map((m) => m.id).sort());
    await switchTeamsSnapshot(before, after);
    const redone = await readTeamsSnapshot(programId);
    expect(redone.members.map((m) => `${m.teamId}:${m.participantId}`).sort()).toEqual(
      after.members.map((m) => `${m.teamId}:${m.participantId}`).sort(),
    );
  });

  it('refuses, changing nothing, once the teams were confirmed or ended since', async () => {
    const { programId, before, after } = await board();
    const proposals = after.teams.filter((t) => t.status === 'proposed');
    await confirmProposals(programId, proposals.map((t) => ({ teamId: t.id, score: 1, reasons: [], competencyIds: [] })));
    const confirmed = await readTeamsSnapshot(programId);
    // Said in plain words, as the whole message.
    await expect(switchTeamsSnapshot(after, before)).rejects.toThrow(/^The teams were changed since, so this step would lose that change\. Nothing was changed\.$/);
    expect((await readTeamsSnapshot(programId)).teams).toEqual(confirmed.teams);

    await endTeam(proposals[0]!.id);
    await expect(switchTeamsSnapshot(confirmed, after)).rejects.toThrow('The teams were changed since');
    expect((await db.teams.get(proposals[0]!.id))?.status).toBe('ended');
  });

  it('refuses when the program was deleted', async () => {
    const { programId, before, after } = await board();
    await deleteProgram(programId);
    await expect(switchTeamsSnapshot(after, before)).rejects.toThrow('That program no longer exists');
    expect(await db.teams.where('programId').equals(programId).count()).toBe(0);
  });
});
