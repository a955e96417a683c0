/**
 * Every table of a program as plain rows for CSV files the coordinator can open in Excel or hand
 * to whoever evaluates the program: participants, teams, the schedule, pair meetings, attendance,
 * check-ins, self-ratings and feedback. People are named (never ids), competencies by name, days
 * as ISO dates (`YYYY-MM-DD`, which every spreadsheet reads as a date); one row per record.
 * The CSV text comes from the one writer with the formula guard (`import/export-csv`).
 */
import { csvField } from '../import/export-csv';
import {
  ATTENDANCE_STATUS_LABELS,
  CAREER_STAGE_LABELS,
  CATEGORY_LABELS,
  CHECK_IN_STATUS_LABELS,
  CONTRIBUTION_BALANCE_LABELS,
  MEETING_MODE_LABELS,
  PARTICIPANT_STATUS_LABELS,
  type Attendance,
  type CheckIn,
  type Competency,
  type EventKind,
  type Feedback,
  type FeedbackAnswer,
  type MeetingLog,
  type Participant,
  type ProgramEvent,
  type QuoteConsent,
  type Rating,
  type Team,
  type TeamMember,
} from '../model';
import { printedNames } from '../participants/printed-names';
import { teamLabel } from '../documents/document-models';

/** Everything the tables are made from: one program's records. */
export interface ProgramTablesInput {
  participants: readonly Participant[];
  teams: readonly Team[];
  members: readonly TeamMember[];
  events: readonly ProgramEvent[];
  attendance: readonly Attendance[];
  meetings: readonly MeetingLog[];
  checkIns: readonly CheckIn[];
  ratings: readonly Rating[];
  feedback: readonly Feedback[];
  catalog: readonly Competency[];
}

/** One table: its file's name (without program or extension), headers, and rows of text. */
export interface ProgramTable {
  /** "Participants", "Pair meetings", … */
  name: string;
  headers: readonly string[];
  rows: string[][];
}

const EVENT_KIND_WORDS: Record<EventKind, string> = {
  orientation: 'Orientation',
  group: 'Group meeting',
  debrief: 'Final meeting and debrief',
  pairs: 'Pairs meet by arrangement',
  speed: 'Speed mentoring',
  awareness: 'Awareness session',
};

const ANSWER_WORDS: Record<FeedbackAnswer, string> = { yes: 'Yes', no: 'No', 'not-sure': 'Not sure' };

const CONSENT_WORDS: Record<QuoteConsent, string> = {
  no: 'No',
  anonymous: 'Yes, without my name',
  named: 'Yes, with my name',
};

const TEAM_STATUS_WORDS: Record<Team['status'], string> = { proposed: 'Proposed', confirmed: 'Confirmed', ended: 'Ended' };

const SOURCE_WORDS: Record<CheckIn['source'], string> = { typed: 'Typed in', paper: 'Paper form', survey: 'Survey import' };

/** Names and lookups shared by the tables. */
function lookups(input: ProgramTablesInput) {
  const people = new Map(input.participants.map((p) => [p.id, p]));
  const competencies = new Map(input.catalog.map((c) => [c.id, c]));
  const teams = new Map(input.teams.map((t) => [t.id, t]));
  const membersOf = new Map<string, string[]>();
  const teamsOf = new Map<string, Team[]>();
  for (const m of input.members) {
    membersOf.set(m.teamId, [...(membersOf.get(m.teamId) ?? []), m.participantId]);
    const team = teams.get(m.teamId);
    if (team) teamsOf.set(m.participantId, [...(teamsOf.get(m.participantId) ?? []), team]);
  }
  // A person no longer in the program (deleted) still has a line in old records: say so rather
  // than print an id.
  const personName = (id: string): string => {
    const p = people.get(id);
    return p ? printedNames(p).name : '(removed from the program)';
  };
  const competencyName = (id: string): string => competencies.get(id)?.name ?? '(removed from the catalog)';
  const competencyNames = (ids: readonly string[]): string => ids.map(competencyName).join('; ');
  const teamName = (id: string): string => {
    const t = teams.get(id);
    return t ? teamLabel(t) : '(removed team)';
  };
  const teamMembers = (id: string): string => (membersOf.get(id) ?? []).map(personName).join('; ');
  return { people, competencies, teams, teamsOf, personName, competencyName, competencyNames, teamName, teamMembers };
}

function byDate<T extends { date: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => a.date.localeCompare(b.date));
}

/** The eight tables, in the order a reader meets the year. */
export function programTables(input: ProgramTablesInput): ProgramTable[] {
  const l = lookups(input);
  const sortedPeople = [...input.participants].sort((a, b) =>
    printedNames(a).name.localeCompare(printedNames(b).name),
  );
  const sortedTeams = [...input.teams].sort((a, b) => a.number - b.number || a.kind.localeCompare(b.kind));
  const events = new Map(input.events.map((e) => [e.id, e]));
  const eventOrder = byDate(input.events);
  return [
    {
      name: 'Participants',
      headers: ['Name', 'Email', 'Department', 'Job title', 'Career stage', 'Location', 'Status', 'Team', 'Can offer', 'Wants to develop'],
      rows: sortedPeople.map((p) => [
        printedNames(p).name,
        p.email,
        p.department,
        p.jobTitle,
        p.careerStage === null ? '' : CAREER_STAGE_LABELS[p.careerStage],
        p.location,
        PARTICIPANT_STATUS_LABELS[p.status],
        (l.teamsOf.get(p.id) ?? [])
          .filter((t) => t.status !== 'proposed')
          .map((t) => (t.status === 'ended' ? `${teamLabel(t)} (ended)` : teamLabel(t)))
          .join('; '),
        l.competencyNames(p.offers),
        l.competencyNames(p.wants),
      ]),
    },
    {
      name: 'Teams',
      headers: ['Team', 'Status', 'Members', 'Competencies', 'Confirmed on', 'Letter sent on', 'Ended on', 'Why it ended'],
      rows: sortedTeams.map((t) => [
        teamLabel(t),
        TEAM_STATUS_WORDS[t.status],
        l.teamMembers(t.id),
        l.competencyNames(t.competencyIds),
        t.confirmedOn,
        t.letterSentOn,
        t.endedOn,
        t.endedReason,
      ]),
    },
    {
      name: 'Schedule',
      headers: ['Date', 'Meeting', 'Kind', 'Topic', 'Start time', 'Minutes', 'Place'],
      rows: eventOrder.map((e) => [
        e.date,
        e.title,
        EVENT_KIND_WORDS[e.kind],
        e.topic === null ? '' : CATEGORY_LABELS[e.topic],
        e.startTime,
        String(e.minutes),
        e.place,
      ]),
    },
    {
      name: 'Pair meetings',
      headers: ['Date', 'Team', 'Members', 'Minutes', 'How they met', 'Competencies worked on', 'Notes', 'Logged by'],
      rows: byDate(input.meetings).map((m) => [
        m.date,
        l.teamName(m.teamId),
        l.teamMembers(m.teamId),
        String(m.minutes),
        m.mode === '' ? '' : MEETING_MODE_LABELS[m.mode],
        l.competencyNames(m.competencyIds),
        m.notes,
        m.loggedBy,
      ]),
    },
    {
      name: 'Attendance',
      headers: ['Date', 'Meeting', 'Name', 'Participant or guest', 'Attendance'],
      rows: [...input.attendance]
        .map((a) => ({ a, event: events.get(a.eventId) }))
        .sort((x, y) => (x.event?.date ?? '').localeCompare(y.event?.date ?? ''))
        .map(({ a, event }) => [
          event?.date ?? '',
          event?.title ?? '(removed meeting)',
          a.participantId === null ? a.guestName : l.personName(a.participantId),
          a.participantId === null ? 'Guest' : 'Participant',
          ATTENDANCE_STATUS_LABELS[a.status],
        ]),
    },
    {
      name: 'Check-ins',
      headers: [
        'Date',
        'Team',
        'Members',
        'How it is going',
        'Contributions',
        'Gives more',
        'Progress (1 to 5)',
        'What could be improved',
        'Next step',
        'Follow up on',
        'Coordinator note',
        'Came in by',
        'Answered by',
      ],
      rows: byDate(input.checkIns).map((c) => [
        c.date,
        l.teamName(c.teamId),
        l.teamMembers(c.teamId),
        CHECK_IN_STATUS_LABELS[c.status],
        CONTRIBUTION_BALANCE_LABELS[c.balance],
        c.givesMoreId === '' ? '' : l.personName(c.givesMoreId),
        Object.entries(c.progress)
          .map(([id, value]) => `${l.competencyName(id)}: ${value}`)
          .join('; '),
        c.improvements,
        c.nextStep,
        c.followUpOn,
        c.coordinatorNote,
        SOURCE_WORDS[c.source],
        c.respondentEmail,
      ]),
    },
    {
      name: 'Self-ratings',
      headers: ['Name', 'Email', 'Competency', 'Category', 'When', 'Rating (1 to 5)'],
      rows: [...input.ratings]
        .sort(
          (a, b) =>
            l.personName(a.participantId).localeCompare(l.personName(b.participantId)) ||
            (l.competencies.get(a.competencyId)?.order ?? 0) - (l.competencies.get(b.competencyId)?.order ?? 0) ||
            (a.phase === b.phase ? 0 : a.phase === 'pre' ? -1 : 1),
        )
        .map((r) => {
          const c = l.competencies.get(r.competencyId);
          return [
            l.personName(r.participantId),
            l.people.get(r.participantId)?.email ?? '',
            l.competencyName(r.competencyId),
            c ? CATEGORY_LABELS[c.category] : '',
            r.phase === 'pre' ? 'Start of the program' : 'End of the program',
            String(r.value),
          ];
        }),
    },
    {
      name: 'Feedback',
      headers: [
        'Name',
        'Email',
        'Department',
        'Answered on',
        'Satisfaction (1 to 5)',
        'Would recommend',
        'What helped most',
        'Barriers met',
        'What helped past them',
        'Being both mentor and mentee',
        'Would join again',
        'Quote',
        'Quote may be used',
      ],
      rows: [...input.feedback]
        .sort((a, b) => l.personName(a.participantId).localeCompare(l.personName(b.participantId)))
        .map((f) => [
          l.personName(f.participantId),
          l.people.get(f.participantId)?.email ?? '',
          l.people.get(f.participantId)?.department ?? '',
          f.answeredOn,
          f.satisfaction === null ? '' : String(f.satisfaction),
          f.wouldRecommend === null ? '' : ANSWER_WORDS[f.wouldRecommend],
          f.helpedMost,
          f.barriers,
          f.pastBarriers,
          f.bothRoles,
          f.wouldJoinAgain === null ? '' : ANSWER_WORDS[f.wouldJoinAgain],
          f.quote,
          f.quote.trim() === '' ? '' : CONSENT_WORDS[f.quoteConsent],
        ]),
    },
  ];
}

/**
 * A table as CSV text Excel opens correctly: a byte-order mark (so Excel reads UTF-8), CRLF line
 * ends, fields quoted where needed, and cells a spreadsheet would run as a formula guarded.
 */
export function programTableCsv(table: Pick<ProgramTable, 'headers' | 'rows'>): string {
  const line = (cells: readonly string[]): string => cells.map(csvField).join(',');
  return `\ufeff${[line(table.headers), ...table.rows.map(line)].join('\r\n')}\r\n`;
}

