/**
 * Data version 2 ("running the year"): attendance gains excused marks and guests, meeting logs a
 * mode and who logged them, check-ins the fields of the program's follow-up method, teams the
 * day they were confirmed or ended (and why), imports their kind; two new tables keep what the
 * coordinator did about attention flags and the notes on a team's timeline.
 *
 * Pure: takes the raw records of a version-1 database or backup and returns them in the
 * version-2 shape. Dexie's upgrade and the restore of an old backup both run this one function.
 * Fields it does not know are carried over untouched.
 */
type Row = Record<string, unknown>;
export type RawTables = Record<string, unknown[]>;

const asRow = (r: unknown): Row => (r && typeof r === 'object' ? (r as Row) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The day part of an ISO moment, or empty. */
function dayOf(moment: unknown): string {
  const s = str(moment);
  return /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : '';
}

/** A version-1 check-in said how it goes from 1 (struggling) to 5 (very well). */
function statusFromScore(score: unknown, needsAttention: unknown): 'on-track' | 'some-concerns' | 'stalled' {
  const n = typeof score === 'number' ? score : 3;
  const status = n >= 4 ? 'on-track' : n === 3 ? 'some-concerns' : 'stalled';
  return status === 'on-track' && needsAttention === true ? 'some-concerns' : status;
}

export function migrateToV2(tables: RawTables): RawTables {
  const out: RawTables = { ...tables };
  out.teams = (tables.teams ?? []).map((r) => {
    const t = asRow(r);
    return {
      ...t,
      confirmedOn: str(t.confirmedOn) || (t.status === 'confirmed' || t.status === 'ended' ? dayOf(t.createdAt) : ''),
      endedOn: str(t.endedOn) || (t.status === 'ended' ? dayOf(t.updatedAt) : ''),
      endedReason: str(t.endedReason),
    };
  });
  out.attendance = (tables.attendance ?? []).map((r) => {
    const a = asRow(r);
    const { present, ...rest } = a;
    return {
      ...rest,
      participantId: typeof a.participantId === 'string' ? a.participantId : null,
      guestName: str(a.guestName),
      status: typeof a.status === 'string' ? a.status : present === false ? 'absent' : 'present',
      updatedAt: str(a.updatedAt),
    };
  });
  out.meetingLogs = (tables.meetingLogs ?? []).map((r) => {
    const m = asRow(r);
    return { ...m, mode: str(m.mode), loggedBy: str(m.loggedBy) };
  });
  out.checkIns = (tables.checkIns ?? []).map((r) => {
    const c = asRow(r);
    const { howItGoes, needsAttention, notes, ...rest } = c;
    const balance = c.balance === 'one-way' ? 'mostly-one-way' : c.balance;
    return {
      ...rest,
      status: typeof c.status === 'string' ? c.status : statusFromScore(howItGoes, needsAttention),
      balance: balance === 'equal' || balance === 'mostly-one-way' ? balance : 'unknown',
      givesMoreId: str(c.givesMoreId),
      progress: c.progress && typeof c.progress === 'object' ? c.progress : {},
      improvements: str(c.improvements),
      nextStep: str(c.nextStep),
      followUpOn: str(c.followUpOn),
      coordinatorNote: str(c.coordinatorNote) || str(notes),
      source: str(c.source) || 'typed',
      respondentEmail: str(c.respondentEmail),
      importBatchId: str(c.importBatchId),
    };
  });
  out.importBatches = (tables.importBatches ?? []).map((r) => {
    const b = asRow(r);
    return { ...b, kind: str(b.kind) || 'roster' };
  });
  out.attentionActions = tables.attentionActions ?? [];
  out.teamNotes = tables.teamNotes ?? [];
  return out;
}
