/**
 * The roll call of one group meeting as the coordinator sees it: the sign-in sheet's lines in
 * the sheet's order (numbered like the paper), then anyone marked who is no longer on the sheet,
 * then walk-in guests. Finding someone folds accents and case, and a line number finds its line.
 */
import type { Attendance, AttendanceStatus, Participant, ProgramEvent, Team, TeamMember } from '../model';
import { teamLabel } from '../documents/document-models';
import { printedNames } from '../participants/printed-names';
import { foldForSearch } from '../participants/search-text';
import { expectedParticipants, latestMarks, teamOfParticipantOn } from './attendance-rates';
import { signInSheetOrder } from './sign-in-sheet';

/** One line of the roll call. */
export interface RollCallRow {
  /** Stable key: the participant id, or `guest:<mark id>`. */
  key: string;
  /** 'listed': on the sign-in sheet; 'not-listed': marked but no longer on it (withdrawn since); 'guest': a walk-in. */
  kind: 'listed' | 'not-listed' | 'guest';
  /** Line number on the printed sign-in sheet (1-based); null off the sheet. */
  line: number | null;
  participantId: string | null;
  /** The stored mark, when there is one. */
  markId: string | null;
  status: AttendanceStatus | null;
  name: string;
  department: string;
  /** The team the person was in on the meeting's day. */
  teamId: string | null;
  /** "Pair 07", or empty. */
  teamLabel: string;
  /** Counted in the meeting's rate (in a team on the day, active). */
  expected: boolean;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** The roll call lines of `event`; `marks` may hold other events' marks (they are ignored). */
export function rollCallRows(
  event: Pick<ProgramEvent, 'id' | 'date'>,
  participants: readonly Participant[],
  marks: readonly Attendance[],
  teams: readonly Team[],
  members: readonly TeamMember[],
): RollCallRow[] {
  const eventMarks = latestMarks(marks.filter((m) => m.eventId === event.id));
  const markOf = new Map<string, Attendance>();
  for (const m of eventMarks) if (m.participantId !== null) markOf.set(m.participantId, m);
  const expected = expectedParticipants(event.date, teams, members, participants);
  const teamOf = teamOfParticipantOn(event.date, teams, members);

  const row = (p: Participant, kind: RollCallRow['kind'], line: number | null): RollCallRow => {
    const mark = markOf.get(p.id);
    const team = teamOf.get(p.id);
    return {
      key: p.id,
      kind,
      line,
      participantId: p.id,
      markId: mark?.id ?? null,
      status: mark?.status ?? null,
      name: printedNames(p).name,
      department: p.department,
      teamId: team?.id ?? null,
      teamLabel: team ? teamLabel(team) : '',
      expected: expected.has(p.id),
    };
  };

  const sheet = signInSheetOrder(participants);
  const onSheet = new Set(sheet.map((p) => p.id));
  const rows = sheet.map((p, i) => row(p, 'listed', i + 1));
  const others = participants.filter((p) => !onSheet.has(p.id) && markOf.has(p.id));
  rows.push(...signInSheetOrder(others.map((p) => ({ ...p, status: 'active' as const }))).map((p) => row(p, 'not-listed', null)));
  const guests = eventMarks
    .filter((m) => m.participantId === null)
    .sort((a, b) => collator.compare(a.guestName, b.guestName) || (a.id < b.id ? -1 : 1));
  for (const g of guests) {
    rows.push({
      key: `guest:${g.id}`,
      kind: 'guest',
      line: null,
      participantId: null,
      markId: g.id,
      status: g.status,
      name: g.guestName,
      department: '',
      teamId: null,
      teamLabel: '',
      expected: false,
    });
  }
  return rows;
}

/**
 * The rows matching what the coordinator typed: every word must appear in the name, department
 * or team (accents and case ignored), or the text is the row's line number on the sheet.
 */
export function filterRollCall(rows: readonly RollCallRow[], query: string): RollCallRow[] {
  const folded = foldForSearch(query);
  if (folded === '') return [...rows];
  if (/^\d+$/.test(folded)) {
    const line = Number(folded);
    const hit = rows.filter((r) => r.line === line);
    if (hit.length > 0) return hit;
  }
  const words = folded.split(' ');
  return rows.filter((r) => {
    const text = foldForSearch(`${r.name} ${r.department} ${r.teamLabel}`);
    return words.every((w) => text.includes(w));
  });
}

/** Participants on the list who have no mark yet ("All present" marks exactly these). */
export function unmarkedParticipants(rows: readonly RollCallRow[]): string[] {
  return rows
    .filter((r) => r.participantId !== null && r.status === null)
    .map((r) => r.participantId as string);
}
