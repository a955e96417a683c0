import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { evaluationFigures } from '../domain/evaluation/figures';
import { db } from './client';
import { loadDashboardRecords } from './dashboard-repo';
import { loadDemoProgram } from './programs-repo';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('dashboard records', () => {
  it("read every record of the program the figures need, and none of another program's", async () => {
    const other = await loadDemoProgram('year-in-progress');
    const program = await loadDemoProgram('year-in-progress');
    const [person] = await db.participants.where('programId').equals(program.id).toArray();
    const [competency] = await db.competencies.where('programId').equals(program.id).toArray();
    const [otherPerson] = await db.participants.where('programId').equals(other.id).toArray();
    await db.ratings.bulkAdd([
      {
        id: 'r1',
        programId: program.id,
        participantId: person!.id,
        competencyId: competency!.id,
        phase: 'pre',
        value: 2,
        createdAt: '2026-09-08T12:00:00.000Z',
      },
      {
        id: 'r2',
        programId: other.id,
        participantId: otherPerson!.id,
        competencyId: competency!.id,
        phase: 'pre',
        value: 4,
        createdAt: '2026-09-08T12:00:00.000Z',
      },
    ]);
    await db.feedback.add({
      id: 'f1',
      programId: program.id,
      participantId: person!.id,
      satisfaction: 5,
      wouldRecommend: 'yes',
      helpedMost: '',
      barriers: '',
      pastBarriers: '',
      bothRoles: '',
      wouldJoinAgain: 'yes',
      quote: '',
      quoteConsent: 'no',
      answeredOn: '',
      createdAt: '2027-05-20T12:00:00.000Z',
      updatedAt: '2027-05-20T12:00:00.000Z',
    });

    const records = await loadDashboardRecords(program.id);
    expect(records?.program.id).toBe(program.id);
    const input = records!.input;
    const tables = [
      input.participants,
      input.competencies,
      input.teams,
      input.members,
      input.events,
      input.attendance,
      input.meetingLogs,
      input.checkIns,
      input.ratings,
      input.feedback,
    ];
    for (const list of tables) expect(list.every((r) => r.programId === program.id)).toBe(true);
    expect(input.participants).toHaveLength(24);
    expect(input.teams.length).toBeGreaterThan(0);
    expect(input.attendance.length).toBeGreaterThan(0);
    expect(input.meetingLogs.length).toBeGreaterThan(0);
    expect(input.checkIns.length).toBeGreaterThan(0);
    expect(input.ratings.map((r) => r.id)).toEqual(['r1']);
    expect(input.feedback.map((f) => f.id)).toEqual(['f1']);

    // The figures from what was read: the demo's 24 people, one person's answers (not shown).
    const figures = evaluationFigures(input, '2027-06-15');
    expect(figures.participation.joined).toBe(24);
    expect(figures.satisfaction).toMatchObject({ people: 1, mean: null });
  });

  it('is null for a program that is gone', async () => {
    expect(await loadDashboardRecords('nope')).toBeNull();
  });
});
