import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateToV2 } from './v2-running-the-year';
import { attendanceSchema, checkInSchema, importBatchSchema, meetingLogSchema, teamSchema } from '../record-schemas';

const v1CheckIn = (howItGoes: number, fields: Record<string, unknown> = {}) => ({
  id: 'k',
  programId: 'p',
  teamId: 't',
  date: '2026-10-20',
  howItGoes,
  balance: 'equal',
  needsAttention: false,
  notes: '',
  createdAt: '2026-10-20T18:00:00.000Z',
  ...fields,
});

describe('data version 2 (running the year)', () => {
  it('turns present/absent into attendance marks and keeps who it was', () => {
    const out = migrateToV2({
      attendance: [
        { id: 'a', programId: 'p', eventId: 'e', participantId: 'u', present: true },
        { id: 'b', programId: 'p', eventId: 'e', participantId: 'v', present: false },
      ],
    });
    expect(out.attendance).toEqual([
      { id: 'a', programId: 'p', eventId: 'e', participantId: 'u', guestName: '', status: 'present', updatedAt: '' },
      { id: 'b', programId: 'p', eventId: 'e', participantId: 'v', guestName: '', status: 'absent', updatedAt: '' },
    ]);
    for (const row of out.attendance!) expect(attendanceSchema.safeParse(row).success).toBe(true);
  });

  it('reads a 1–5 "how it goes" as on track (4–5), some concerns (3) or stalled (1–2); a flagged one is never on track', () => {
    const status = (n: number, flagged = false) =>
      (migrateToV2({ checkIns: [v1CheckIn(n, { needsAttention: flagged })] }).checkIns![0] as { status: string }).status;
    expect([1, 2, 3, 4, 5].map((n) => status(n))).toEqual(['stalled', 'stalled', 'some-concerns', 'on-track', 'on-track']);
    expect(status(5, true)).toBe('some-concerns');
  });

  it('keeps the old note as the coordinator note and reads "one way" as "mostly one way"', () => {
    const [c] = migrateToV2({ checkIns: [v1CheckIn(2, { balance: 'one-way', notes: 'Sam does all the talking' })] }).checkIns!;
    expect(c).toMatchObject({ balance: 'mostly-one-way', coordinatorNote: 'Sam does all the talking', givesMoreId: '' });
    expect(c).not.toHaveProperty('howItGoes');
    expect(checkInSchema.safeParse(c).success).toBe(true);
  });

  it('dates confirmed and ended teams from their records, and marks old imports as roster imports', () => {
    const team = {
      id: 't', programId: 'p', kind: 'pair', number: 1, locked: false, facilitated: false, score: 1,
      reasons: [], competencyIds: [], letterSentOn: '', createdAt: '2026-06-01T10:00:00.000Z', updatedAt: '2026-11-02T09:00:00.000Z',
    };
    const out = migrateToV2({
      teams: [
        { ...team, id: 'a', status: 'proposed' },
        { ...team, id: 'b', status: 'confirmed' },
        { ...team, id: 'c', status: 'ended' },
      ],
      importBatches: [{ id: 'i', programId: 'p', fileName: 'x.csv', createdAt: 'x', added: [], updatedBefore: [], withdrawnBefore: [], undone: false, summary: '' }],
      meetingLogs: [{ id: 'l', programId: 'p', teamId: 't', date: '2026-10-12', minutes: 60, competencyIds: [], notes: '', createdAt: 'x' }],
    });
    expect(out.teams!.map((t) => [(t as { confirmedOn: string }).confirmedOn, (t as { endedOn: string }).endedOn])).toEqual([
      ['', ''],
      ['2026-06-01', ''],
      ['2026-06-01', '2026-11-02'],
    ]);
    for (const t of out.teams!) expect(teamSchema.safeParse(t).success).toBe(true);
    expect(importBatchSchema.safeParse(out.importBatches![0]).success).toBe(true);
    expect(meetingLogSchema.safeParse(out.meetingLogs![0]).success).toBe(true);
    expect(out.attentionActions).toEqual([]);
    expect(out.teamNotes).toEqual([]);
  });

  it('never drops a field it does not know, and running it twice changes nothing more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.boolean(), fc.string(), (n, flagged, extra) => {
        const once = migrateToV2({ checkIns: [v1CheckIn(n, { needsAttention: flagged, futureField: extra })] });
        expect(once.checkIns![0]).toMatchObject({ futureField: extra });
        expect(migrateToV2(once)).toEqual(once);
      }),
    );
  });
});
