/**
 * Everything that happened to one team, newest first, in words for the coordinator: paired,
 * letter sent, meetings logged, check-ins, its members at group meetings, notes, what was done
 * about flags, and the end of the team. Pure: the records in, the entries out. Days stay as
 * `YYYY-MM-DD` for the screen to show in the app's date style; no internal code reaches the words.
 */
import {
  ATTENDANCE_STATUS_LABELS,
  CHECK_IN_STATUS_LABELS,
  CONTRIBUTION_BALANCE_LABELS,
  MEETING_MODE_LABELS,
  type Attendance,
  type AttentionAction,
  type CheckIn,
  type CheckInSource,
  type MeetingLog,
  type Participant,
  type ProgramEvent,
  type Team,
  type TeamMember,
  type TeamNote,
} from '../model';
import { joinNames, teamLabel } from '../documents/document-models';
import { printedNames } from '../participants/printed-names';
import { latestMarks, isRollCallEvent } from '../attendance/attendance-rates';
import { formatDuration } from '../schedule/iso-dates';
import { parseFlagKey } from '../attention/attention-flags';
import { ATTENTION_RULE_LABELS } from '../attention/attention-rules';

export type TimelineKind =
  | 'paired'
  | 'letter'
  | 'attendance'
  | 'meeting'
  | 'check-in'
  | 'note'
  | 'attention'
  | 'ended';

/** One thing that happened. */
export interface TimelineEntry {
  /** Unique within the timeline. */
  key: string;
  kind: TimelineKind;
  /** The day it happened, `YYYY-MM-DD`. */
  date: string;
  title: string;
  /** Details, one line each, in words. */
  lines: string[];
  /** Days mentioned in the details, shown by the screen in the app's date style. */
  days: { label: string; day: string }[];
  /** The record behind it (meeting log, note, event…) so the screen can act on it; null for team facts. */
  recordId: string | null;
}

/** What the timeline is built from; lists may hold other teams' records (they are left out). */
export interface TeamTimelineInput {
  team: Team;
  members: readonly TeamMember[];
  people: readonly Pick<Participant, 'id' | 'name' | 'firstName' | 'lastName'>[];
  /** Names of competencies by id (retired ones included: old logs name them). */
  competencyNames: ReadonlyMap<string, string>;
  logs: readonly MeetingLog[];
  checkIns: readonly CheckIn[];
  events: readonly ProgramEvent[];
  marks: readonly Attendance[];
  notes: readonly TeamNote[];
  actions: readonly AttentionAction[];
}

const SOURCE_WORDS: Record<CheckInSource, string> = {
  typed: 'Typed in by the coordinator',
  paper: 'From a paper form',
  survey: 'From the survey',
};

// Later steps of one day come first: the team ends after everything else that day.
const RANK: Record<TimelineKind, number> = {
  paired: 0,
  letter: 1,
  attendance: 2,
  meeting: 3,
  'check-in': 4,
  note: 5,
  attention: 6,
  ended: 7,
};

function competencyList(ids: readonly string[], names: ReadonlyMap<string, string>): string {
  return ids.map((id) => names.get(id) ?? 'a competency no longer in the catalog').join(', ');
}

function meetingEntry(log: MeetingLog, names: ReadonlyMap<string, string>): TimelineEntry & { at: string } {
  const mode = log.mode === '' ? '' : ` · ${MEETING_MODE_LABELS[log.mode]}`;
  const lines: string[] = [];
  if (log.competencyIds.length > 0) lines.push(`Worked on: ${competencyList(log.competencyIds, names)}`);
  if (log.notes.trim() !== '') lines.push(log.notes.trim());
  if (log.loggedBy.trim() !== '') lines.push(`Logged by ${log.loggedBy.trim()}`);
  return {
    key: `meeting:${log.id}`,
    kind: 'meeting',
    date: log.date,
    title: `Met for ${formatDuration(log.minutes)}${mode}`,
    lines,
    days: [],
    recordId: log.id,
    at: log.createdAt,
  };
}

function checkInEntry(
  c: CheckIn,
  nameOf: (id: string) => string | undefined,
  names: ReadonlyMap<string, string>,
): TimelineEntry & { at: string } {
  const lines: string[] = [];
  if (c.balance === 'mostly-one-way') {
    const giver = c.givesMoreId ? nameOf(c.givesMoreId) : undefined;
    lines.push(
      giver
        ? `Contributions: ${CONTRIBUTION_BALANCE_LABELS[c.balance].toLowerCase()}, ${giver} gives more`
        : `Contributions: ${CONTRIBUTION_BALANCE_LABELS[c.balance].toLowerCase()}`,
    );
  } else if (c.balance === 'equal') {
    lines.push(`Contributions: ${CONTRIBUTION_BALANCE_LABELS[c.balance].toLowerCase()}`);
  }
  const progress = Object.entries(c.progress)
    .filter(([, value]) => Number.isInteger(value) && value >= 1 && value <= 5)
    .map(([id, value]) => `${names.get(id) ?? 'a competency no longer in the catalog'} ${value} of 5`);
  if (progress.length > 0) lines.push(`Progress: ${progress.join(', ')}`);
  if (c.improvements.trim() !== '') lines.push(`Could be better: ${c.improvements.trim()}`);
  if (c.nextStep.trim() !== '') lines.push(`Next step: ${c.nextStep.trim()}`);
  if (c.coordinatorNote.trim() !== '') lines.push(`Your note: ${c.coordinatorNote.trim()}`);
  lines.push(SOURCE_WORDS[c.source]);
  return {
    key: `check-in:${c.id}`,
    kind: 'check-in',
    date: c.date,
    title: `Check-in: ${CHECK_IN_STATUS_LABELS[c.status].toLowerCase()}`,
    lines,
    days: c.followUpOn ? [{ label: 'Follow up on', day: c.followUpOn }] : [],
    recordId: c.id,
    at: c.createdAt,
  };
}

/** The team's timeline, newest first. */
export function teamTimeline(input: TeamTimelineInput): TimelineEntry[] {
  const { team } = input;
  const memberIds = input.members.filter((m) => m.teamId === team.id).map((m) => m.participantId);
  const personById = new Map(input.people.map((p) => [p.id, p]));
  const nameOf = (id: string): string | undefined => {
    const p = personById.get(id);
    return p ? printedNames(p).name : undefined;
  };
  const memberNames = memberIds.map((id) => nameOf(id) ?? 'someone no longer in the program');
  const entries: (TimelineEntry & { at: string })[] = [];

  const pairedOn = team.confirmedOn !== '' ? team.confirmedOn : team.status === 'proposed' ? '' : team.createdAt.slice(0, 10);
  if (pairedOn !== '') {
    entries.push({
      key: 'paired',
      kind: 'paired',
      date: pairedOn,
      title: `Paired as ${teamLabel(team)}`,
      lines: memberNames.length > 0 ? [joinNames(memberNames)] : [],
      days: [],
      recordId: null,
      at: '',
    });
  }
  if (team.letterSentOn !== '') {
    entries.push({
      key: 'letter',
      kind: 'letter',
      date: team.letterSentOn,
      title: 'Pairing letter sent',
      lines: [],
      days: [],
      recordId: null,
      at: '',
    });
  }
  for (const log of input.logs) if (log.teamId === team.id) entries.push(meetingEntry(log, input.competencyNames));
  for (const c of input.checkIns) if (c.teamId === team.id) entries.push(checkInEntry(c, nameOf, input.competencyNames));

  const memberSet = new Set(memberIds);
  const eventById = new Map(input.events.filter(isRollCallEvent).map((e) => [e.id, e]));
  const marksByEvent = new Map<string, Attendance[]>();
  for (const m of latestMarks(input.marks)) {
    if (m.participantId === null || !memberSet.has(m.participantId) || !eventById.has(m.eventId)) continue;
    const list = marksByEvent.get(m.eventId);
    if (list) list.push(m);
    else marksByEvent.set(m.eventId, [m]);
  }
  for (const [eventId, marks] of marksByEvent) {
    const event = eventById.get(eventId) as ProgramEvent;
    const statusOf = new Map(marks.map((m) => [m.participantId as string, m.status]));
    entries.push({
      key: `attendance:${eventId}`,
      kind: 'attendance',
      date: event.date,
      title: event.title,
      lines: memberIds.map((id) => {
        const status = statusOf.get(id);
        const name = nameOf(id) ?? 'Someone no longer in the program';
        return `${name}: ${status ? ATTENDANCE_STATUS_LABELS[status].toLowerCase() : 'not marked'}`;
      }),
      days: [],
      recordId: eventId,
      at: '',
    });
  }

  for (const note of input.notes) {
    if (note.teamId !== team.id) continue;
    entries.push({
      key: `note:${note.id}`,
      kind: 'note',
      date: note.date,
      title: 'Note',
      lines: [note.text],
      days: [],
      recordId: note.id,
      at: note.createdAt,
    });
  }
  for (const action of input.actions) {
    if (action.teamId !== team.id) continue;
    const snoozed = action.action === 'snoozed';
    const flag = parseFlagKey(action.flagKey);
    const what = flag ? `“${ATTENTION_RULE_LABELS[flag.rule]}”` : 'Attention flag';
    entries.push({
      key: `attention:${action.id}`,
      kind: 'attention',
      date: action.createdAt.slice(0, 10),
      title: `${what} ${snoozed ? 'snoozed' : 'resolved'}`,
      lines: action.note.trim() !== '' ? [action.note.trim()] : [],
      days: snoozed && action.until !== '' ? [{ label: 'Quiet until', day: action.until }] : [],
      recordId: action.id,
      at: action.createdAt,
    });
  }
  if (team.status === 'ended') {
    entries.push({
      key: 'ended',
      kind: 'ended',
      date: team.endedOn !== '' ? team.endedOn : team.updatedAt.slice(0, 10),
      title: 'Team ended',
      lines: [team.endedReason.trim() !== '' ? `Reason: ${team.endedReason.trim()}` : 'No reason was recorded.'],
      days: [],
      recordId: null,
      at: '',
    });
  }

  entries.sort(
    (a, b) =>
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      RANK[b.kind] - RANK[a.kind] ||
      (a.at < b.at ? 1 : a.at > b.at ? -1 : 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return entries.map(({ at: _at, ...entry }) => entry);
}
