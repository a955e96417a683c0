import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { thisMonth, type ThisMonthInput } from '../domain/home/this-month';
import { db } from './client';
import { loadHomeRecords, type HomeRecords } from './home-repo';
import { localDayIso } from './ids';
import { loadDemoProgram } from './programs-repo';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

function input(records: Omit<ThisMonthInput, 'attention' | 'lastBackupOn'>): ThisMonthInput {
  return { ...records, attention: null, lastBackupOn: undefined };
}

describe('home records', () => {
  it('read lean (ids, one mark per event, this month’s logs) yet give the same home as every record would', async () => {
    const program = await loadDemoProgram('year-in-progress');
    const mine = await loadDemoProgram('year-in-progress');
    const someone = await db.participants.where('programId').equals(program.id).first();
    await db.participants.update(someone!.id, { status: 'withdrawn' });
    const today = localDayIso();

    const lean = await loadHomeRecords(program.id, today);
    expect(lean).not.toBeNull();
    const all = <T>(table: string) => db.table<T>(table).where('programId').equals(program.id).toArray();
    const full = {
      program: lean!.program,
      participants: await all<HomeRecords['participants'][number]>('participants'),
      teams: await all<HomeRecords['teams'][number]>('teams'),
      members: await all<HomeRecords['members'][number]>('teamMembers'),
      events: lean!.events,
      attendance: await all<{ eventId: string }>('attendance'),
      meetingLogs: await all<HomeRecords['meetingLogs'][number]>('meetingLogs'),
      checkIns: await all<HomeRecords['checkIns'][number]>('checkIns'),
      cadence: lean!.cadence,
    };
    expect(thisMonth(input(lean!), today)).toEqual(thisMonth(input(full), today));

    expect(lean!.participants.filter((p) => p.status === 'withdrawn').map((p) => p.id)).toEqual([someone!.id]);
    expect(lean!.participants).toHaveLength(24);
    expect(new Set(lean!.attendance.map((a) => a.eventId)).size).toBe(lean!.attendance.length);
    expect(lean!.meetingLogs.every((l) => l.programId === program.id && l.date.slice(0, 7) === today.slice(0, 7) && l.date <= today)).toBe(true);
    expect(lean!.teams.every((t) => t.programId === program.id)).toBe(true);
    expect(mine.id).not.toBe(program.id);
  });

  it('is null for a program that is gone', async () => {
    expect(await loadHomeRecords('nope', '2026-12-05')).toBeNull();
  });
});
