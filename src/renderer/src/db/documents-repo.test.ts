import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './client';
import {
  letterTemplateKey,
  loadDocumentSources,
  loadLetterTemplate,
  meetingPlansKey,
  resetLetterTemplate,
  resetMeetingPlan,
  saveLetterTemplate,
  saveMeetingPlan,
  setInventoryReturnBy,
  setLetterSent,
  setLettersSent,
} from './documents-repo';
import { DEFAULT_MEETING_PLANS } from '../domain/documents/meeting-plans';
import { deleteProgram } from './programs-repo';
import { generateProgramSchedule } from './events-repo';
import { loadDemoProgram } from './programs-repo';
import { PAPER_SIZE_KEY, setMeta } from './settings-repo';
import { DEFAULT_LETTER_TEMPLATE } from '../domain/documents/letter-template';
import { buildLetterModels } from '../domain/documents/document-models';
import type { Participant, Team, TeamMember, TeamStatus } from '../domain/model';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

function team(programId: string, id: string, number: number, status: TeamStatus): Team {
  return {
    id,
    programId,
    kind: 'pair',
    status,
    number,
    locked: false,
    facilitated: false,
    score: 3,
    reasons: ['Complementary skills'],
    competencyIds: [],
    letterSentOn: '', confirmedOn: '', endedOn: '', endedReason: '',
    createdAt: '2026-08-01T00:00:00.000Z',
    updatedAt: '2026-08-01T00:00:00.000Z',
  };
}

/** The demo program with people paired in order: two confirmed pairs (numbered 2 and 1), one proposed. */
async function demoWithTeams() {
  const program = await loadDemoProgram();
  const people = await db.participants.where('programId').equals(program.id).sortBy('name');
  const teams = [
    team(program.id, 't2', 2, 'confirmed'),
    team(program.id, 't1', 1, 'confirmed'),
    team(program.id, 't3', 3, 'proposed'),
  ];
  const members: TeamMember[] = teams.flatMap((t, i) =>
    [people[2 * i]!, people[2 * i + 1]!].map((p, j) => ({
      id: `${t.id}-m${j}`,
      teamId: t.id,
      programId: program.id,
      participantId: p.id,
    })),
  );
  await db.teams.bulkAdd(teams);
  await db.teamMembers.bulkAdd(members);
  return { program, people };
}

describe('document sources', () => {
  it('loads only confirmed teams, in number order, with their members', async () => {
    const { program, people } = await demoWithTeams();
    const sources = await loadDocumentSources(program.id);
    expect(sources?.teams.map((t) => t.number)).toEqual([1, 2]);
    expect(sources?.members.map((m) => m.teamId).sort()).toEqual(['t1', 't1', 't2', 't2']);
    expect(sources?.participants).toHaveLength(people.length);
    expect(sources?.catalog).toHaveLength(31);
    expect(sources?.paper).toBe('a4');
    expect(sources?.template).toEqual({ text: DEFAULT_LETTER_TEMPLATE, isDefault: true });
  });

  it('gives the letters their names: the proposed team gets no letter', async () => {
    const { program, people } = await demoWithTeams();
    const s = (await loadDocumentSources(program.id))!;
    const letters = buildLetterModels(
      s.program,
      s.teams,
      s.members,
      s.participants,
      s.catalog,
      s.events,
      '2026-09-01',
    );
    expect(letters.map((l) => l.team.number)).toEqual([1, 2]);
    const pair2Names = [people[0]!, people[1]!].map((p: Participant) => p.name).sort();
    expect(letters[1]!.team.members.map((m) => m.name).sort()).toEqual(pair2Names);
  });

  it('reads events in calendar order, the paper size and the stored template', async () => {
    const { program } = await demoWithTeams();
    await generateProgramSchedule(program.id, {
      rule: { ordinal: 2, weekday: 2, startTime: '12:00', minutes: 120 },
      place: '',
    });
    await setMeta(PAPER_SIZE_KEY, 'letter');
    await saveLetterTemplate(program.id, 'Dear {{first names}},');
    const s = (await loadDocumentSources(program.id))!;
    expect(s.events).toHaveLength(9);
    expect(s.events.map((e) => e.date)).toEqual([...s.events.map((e) => e.date)].sort());
    expect(s.paper).toBe('letter');
    expect(s.template).toEqual({ text: 'Dear {{first names}},', isDefault: false });
  });

  it('answers null for a program that does not exist', async () => {
    expect(await loadDocumentSources('gone')).toBeNull();
  });
});

describe('letter template', () => {
  it('is the default until edited, keeps exactly what was typed (errors included), and resets', async () => {
    const { program } = await demoWithTeams();
    expect(await loadLetterTemplate(program.id)).toEqual({
      text: DEFAULT_LETTER_TEMPLATE,
      isDefault: true,
    });
    const typed = 'Hello {{frist names}}\n\n{{schedule}}';
    await saveLetterTemplate(program.id, typed);
    expect(await loadLetterTemplate(program.id)).toEqual({ text: typed, isDefault: false });
    expect((await db.meta.get(letterTemplateKey(program.id)))?.value).toBe(typed);
    await resetLetterTemplate(program.id);
    expect(await loadLetterTemplate(program.id)).toEqual({
      text: DEFAULT_LETTER_TEMPLATE,
      isDefault: true,
    });
  });

  it('keeps one template per program', async () => {
    const a = await loadDemoProgram();
    const b = await loadDemoProgram();
    await saveLetterTemplate(a.id, 'A');
    expect((await loadLetterTemplate(b.id)).isDefault).toBe(true);
    expect((await loadLetterTemplate(a.id)).text).toBe('A');
  });
});

describe('letter sent marks', () => {
  it('saves the date at once and clears it again', async () => {
    const { program } = await demoWithTeams();
    await setLetterSent('t1', '2026-09-03');
    expect((await db.teams.get('t1'))?.letterSentOn).toBe('2026-09-03');
    expect(
      (await loadDocumentSources(program.id))?.teams.find((t) => t.id === 't1')?.letterSentOn,
    ).toBe('2026-09-03');
    await setLetterSent('t1', '');
    expect((await db.teams.get('t1'))?.letterSentOn).toBe('');
  });

  it('refuses a non-date and teams that are not confirmed, changing nothing', async () => {
    await demoWithTeams();
    await expect(setLetterSent('t1', '3 Sept')).rejects.toThrow(/not a date/);
    await expect(setLetterSent('t3', '2026-09-03')).rejects.toThrow(/confirm/);
    await expect(setLetterSent('nope', '2026-09-03')).rejects.toThrow(/no longer exists/);
    expect((await db.teams.get('t1'))?.letterSentOn).toBe('');
    expect((await db.teams.get('t3'))?.letterSentOn).toBe('');
  });

  it('marks several letters sent in one step, or none when one team is not confirmed', async () => {
    await demoWithTeams();
    await expect(setLettersSent(['t1', 't3'], '2026-09-04')).rejects.toThrow(/no letter was marked/);
    expect((await db.teams.get('t1'))?.letterSentOn).toBe('');
    await expect(setLettersSent(['t1', 'nope'], '2026-09-04')).rejects.toThrow(/no letter was marked/);
    expect((await db.teams.get('t1'))?.letterSentOn).toBe('');
    await setLettersSent(['t1', 't2'], '2026-09-04');
    expect((await db.teams.get('t1'))?.letterSentOn).toBe('2026-09-04');
    expect((await db.teams.get('t2'))?.letterSentOn).toBe('2026-09-04');
    expect((await db.teams.get('t3'))?.letterSentOn).toBe('');
  });
});

describe('meeting plans and the inventory return day', () => {
  it('reads the default plans until one is edited, keeps the others, and resets one type', async () => {
    const program = await loadDemoProgram();
    expect((await loadDocumentSources(program.id))?.meetingPlans).toEqual(DEFAULT_MEETING_PLANS);
    const own = { agenda: [{ minutes: 60, activity: 'Walk and talk' }, { minutes: 0, activity: '' }], bring: 'Shoes' };
    await saveMeetingPlan(program.id, 'debrief', own);
    await saveMeetingPlan(program.id, 'orientation', { ...DEFAULT_MEETING_PLANS.orientation, bring: 'Nothing' });
    const plans = (await loadDocumentSources(program.id))?.meetingPlans;
    // Saved as typed, the unfinished line included: nothing typed is lost.
    expect(plans?.debrief).toEqual(own);
    expect(plans?.orientation.bring).toBe('Nothing');
    expect(plans?.group).toEqual(DEFAULT_MEETING_PLANS.group);
    await resetMeetingPlan(program.id, 'debrief');
    const after = (await loadDocumentSources(program.id))?.meetingPlans;
    expect(after?.debrief).toEqual(DEFAULT_MEETING_PLANS.debrief);
    expect(after?.orientation.bring).toBe('Nothing');
    await resetMeetingPlan(program.id, 'orientation');
    expect(await db.meta.get(meetingPlansKey(program.id))).toBeUndefined();
  });

  it('deletes the plans with their program', async () => {
    const program = await loadDemoProgram();
    await saveMeetingPlan(program.id, 'group', DEFAULT_MEETING_PLANS.debrief);
    await deleteProgram(program.id);
    expect(await db.meta.get(meetingPlansKey(program.id))).toBeUndefined();
  });

  it('sets and clears the return day, and refuses anything but a day', async () => {
    const program = await loadDemoProgram();
    expect((await loadDocumentSources(program.id))?.program.inventoryReturnBy ?? '').toBe('');
    await setInventoryReturnBy(program.id, '2026-09-25');
    expect((await db.programs.get(program.id))?.inventoryReturnBy).toBe('2026-09-25');
    await expect(setInventoryReturnBy(program.id, '25/09/2026')).rejects.toThrow('"25/09/2026" is not a date');
    expect((await db.programs.get(program.id))?.inventoryReturnBy).toBe('2026-09-25');
    await setInventoryReturnBy(program.id, '');
    expect((await db.programs.get(program.id))?.inventoryReturnBy).toBe('');
  });
});
