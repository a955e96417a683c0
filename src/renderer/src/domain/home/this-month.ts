/**
 * "This month": where the cycle stands on `today` and what the coordinator should do now, worked
 * out from the stored records alone (nothing on the home screen is stored twice). Pure: records
 * and `today` in, a plain description out; the screen turns it into words and links.
 */
import { isGroupGathering, sortEvents } from '../schedule/annual-schedule';
import { isRollCallEvent } from '../attendance/attendance-rates';
import { checkInWindows, missingCheckIns, type CheckInCadence, type CheckInWindow } from '../check-ins/check-in-schedule';
import { daysBetween, isIsoDate, parseIsoDate } from '../schedule/iso-dates';
import type {
  Attendance,
  ChecklistKey,
  CheckIn,
  MeetingLog,
  Participant,
  Program,
  ProgramEvent,
  Team,
  TeamMember,
} from '../model';
import { takesPart } from '../participants/opt-in';

/** A backup older than this many days is a to-do. */
export const BACKUP_STALE_AFTER_DAYS = 7;

/** Everything the home screen is computed from. */
export interface ThisMonthInput {
  program: Pick<Program, 'cycleStart' | 'cycleEnd' | 'checklist'>;
  participants: readonly Pick<Participant, 'id' | 'status'>[];
  teams: readonly Pick<Team, 'id' | 'status' | 'competencyIds' | 'competenciesAgreed' | 'letterSentOn' | 'confirmedOn'>[];
  members: readonly Pick<TeamMember, 'teamId' | 'participantId'>[];
  events: readonly ProgramEvent[];
  /** Attendance marks (only which event each belongs to matters here). */
  attendance: readonly Pick<Attendance, 'eventId'>[];
  /** Meeting logs; only those of today's month (up to today) count, so only they need be given. */
  meetingLogs: readonly Pick<MeetingLog, 'teamId' | 'date'>[];
  checkIns: readonly CheckIn[];
  cadence: CheckInCadence;
  /**
   * The attention list as it stands on `today` (snoozed and resolved flags already left out),
   * one entry per flag; null when it was not worked out, and the item is then left out.
   */
  attention: readonly { teamId: string }[] | null;
  /**
   * The day (`YYYY-MM-DD`, local) of the newest backup; null when there is none; undefined while
   * it is not known yet (no backup item then).
   */
  lastBackupOn: string | null | undefined;
}

/** Where the cycle stands. */
export type CyclePhase =
  | { kind: 'no-dates' }
  | {
      kind: 'before';
      startsOn: string;
      daysToStart: number;
      /** The orientation meeting (or first group gathering), when scheduled. */
      orientation: ProgramEvent | null;
      daysToOrientation: number | null;
    }
  | {
      kind: 'running';
      /** 1 for the month the cycle starts in. */
      month: number;
      monthCount: number;
      /** `YYYY-MM` of today. */
      yearMonth: string;
      /** Days of the cycle behind us, and in all (for a progress bar). */
      dayOfCycle: number;
      cycleDays: number;
    }
  | { kind: 'over'; endedOn: string; daysSinceEnd: number };

/** Where a scheduled event stands relative to `today`. */
export type TimelineState = 'past' | 'now' | 'next' | 'later';

export interface TimelineEntry {
  event: ProgramEvent;
  /**
   * `now`: a "pairs meet by arrangement" month that contains today; `next`: the first other
   * event on or after today; `past` / `later`: before today / after the next one.
   */
  state: TimelineState;
}

export interface NextGroupMeeting {
  event: ProgramEvent;
  daysAway: number;
  /** Active participants in confirmed teams: the people expected at the meeting. */
  expectedAttendance: number;
}

interface ItemBase {
  /** How many things to act on; an item is listed only when it is above zero. */
  count: number;
  /** `overdue`: something is late; `due`: to do now. Overdue items come first. */
  urgency: 'overdue' | 'due';
}

/** One line of "To do now". */
export type ToDoItem =
  | (ItemBase & { kind: 'attendance'; events: ProgramEvent[] })
  | (ItemBase & { kind: 'attention'; flags: number })
  | (ItemBase & {
      kind: 'check-ins';
      /** The latest window that has opened (what most teams are due for). */
      window: CheckInWindow;
      /** Teams whose missing check-in is from a window that already closed. */
      overdue: number;
    })
  | (ItemBase & { kind: 'letters' })
  | (ItemBase & { kind: 'competencies' })
  | (ItemBase & { kind: 'unpaired' })
  | (ItemBase & { kind: 'setup'; keys: ChecklistKey[]; overdue: number })
  | (ItemBase & { kind: 'schedule' })
  | (ItemBase & { kind: 'roster' })
  | (ItemBase & { kind: 'backup'; lastBackupOn: string | null; daysSince: number | null });

export type ToDoKind = ToDoItem['kind'];

/** The order items take within the same urgency. */
export const TO_DO_ORDER: readonly ToDoKind[] = [
  'attention',
  'attendance',
  'check-ins',
  'setup',
  'roster',
  'unpaired',
  'schedule',
  'letters',
  'competencies',
  'backup',
];

export interface ThisMonthFigures {
  activeParticipants: number;
  confirmedTeams: number;
  /** Active participants who are in a confirmed team. */
  peopleInTeams: number;
  /** Confirmed teams with a meeting logged in today's calendar month (up to today). */
  teamsMetThisMonth: number;
  /** Meetings logged in today's calendar month, up to today. */
  meetingsThisMonth: number;
  /** Check-ins recorded up to today. */
  checkInsRecorded: number;
}

export interface ThisMonth {
  today: string;
  phase: CyclePhase;
  timeline: TimelineEntry[];
  nextGroupMeeting: NextGroupMeeting | null;
  toDo: ToDoItem[];
  figures: ThisMonthFigures;
}

function monthIndex(iso: string): number {
  const d = parseIsoDate(iso);
  return d ? d.year * 12 + d.month - 1 : 0;
}

function phaseOf(input: ThisMonthInput, today: string, timeline: readonly TimelineEntry[]): CyclePhase {
  const { cycleStart, cycleEnd } = input.program;
  if (!isIsoDate(cycleStart) || !isIsoDate(cycleEnd) || cycleEnd < cycleStart) return { kind: 'no-dates' };
  if (today < cycleStart) {
    const gatherings = timeline.map((t) => t.event).filter((e) => isGroupGathering(e.kind) && e.date >= today);
    const orientation = gatherings.find((e) => e.kind === 'orientation') ?? gatherings[0] ?? null;
    return {
      kind: 'before',
      startsOn: cycleStart,
      daysToStart: daysBetween(today, cycleStart),
      orientation,
      daysToOrientation: orientation ? daysBetween(today, orientation.date) : null,
    };
  }
  if (today > cycleEnd) return { kind: 'over', endedOn: cycleEnd, daysSinceEnd: daysBetween(cycleEnd, today) };
  return {
    kind: 'running',
    month: monthIndex(today) - monthIndex(cycleStart) + 1,
    monthCount: monthIndex(cycleEnd) - monthIndex(cycleStart) + 1,
    yearMonth: today.slice(0, 7),
    dayOfCycle: daysBetween(cycleStart, today) + 1,
    cycleDays: daysBetween(cycleStart, cycleEnd) + 1,
  };
}

function timelineOf(events: readonly ProgramEvent[], today: string): TimelineEntry[] {
  const sorted = sortEvents(events.filter((e) => isIsoDate(e.date)));
  const month = today.slice(0, 7);
  let nextTaken = false;
  return sorted.map((event) => {
    if (event.kind === 'pairs' && event.date.slice(0, 7) === month) return { event, state: 'now' as const };
    if (event.date < today) return { event, state: 'past' as const };
    if (!nextTaken) {
      nextTaken = true;
      return { event, state: 'next' as const };
    }
    return { event, state: 'later' as const };
  });
}

/** Event kinds with a roll call: every gathering at a set time (not the pair months). */
function takesAttendance(event: ProgramEvent): boolean {
  return isRollCallEvent(event);
}

function sortItems(items: ToDoItem[]): ToDoItem[] {
  const rank = (item: ToDoItem) => (item.urgency === 'overdue' ? 0 : 1) * 100 + TO_DO_ORDER.indexOf(item.kind);
  return items.filter((i) => i.count > 0).sort((a, b) => rank(a) - rank(b));
}

/**
 * Where the cycle stands on `today` (`YYYY-MM-DD`) and what is to do now. Only records up to
 * `today` count; nothing here reads the clock.
 */
export function thisMonth(input: ThisMonthInput, today: string): ThisMonth {
  const timeline = timelineOf(input.events, today);
  const phase = phaseOf(input, today, timeline);

  const active = new Set(input.participants.filter((p) => takesPart(p)).map((p) => p.id));
  const confirmed = input.teams.filter((t) => t.status === 'confirmed');
  const confirmedIds = new Set(confirmed.map((t) => t.id));
  const inTeams = new Set<string>();
  for (const m of input.members) {
    if (confirmedIds.has(m.teamId) && active.has(m.participantId)) inTeams.add(m.participantId);
  }

  // Figures.
  const month = today.slice(0, 7);
  const metThisMonth = new Set<string>();
  let meetingsThisMonth = 0;
  for (const log of input.meetingLogs) {
    if (log.date > today || log.date.slice(0, 7) !== month) continue;
    meetingsThisMonth++;
    if (confirmedIds.has(log.teamId)) metThisMonth.add(log.teamId);
  }
  const checkInsByTeam = new Map<string, CheckIn[]>();
  let checkInsRecorded = 0;
  for (const c of input.checkIns) {
    if (c.date > today) continue;
    checkInsRecorded++;
    const list = checkInsByTeam.get(c.teamId);
    if (list) list.push(c);
    else checkInsByTeam.set(c.teamId, [c]);
  }
  const figures: ThisMonthFigures = {
    activeParticipants: active.size,
    confirmedTeams: confirmed.length,
    peopleInTeams: inTeams.size,
    teamsMetThisMonth: metThisMonth.size,
    meetingsThisMonth,
    checkInsRecorded,
  };

  const nextGathering = timeline.find((t) => isGroupGathering(t.event.kind) && t.event.date >= today)?.event;
  const nextGroupMeeting: NextGroupMeeting | null = nextGathering
    ? { event: nextGathering, daysAway: daysBetween(today, nextGathering.date), expectedAttendance: inTeams.size }
    : null;

  const items: ToDoItem[] = [];
  const started = phase.kind === 'running' || phase.kind === 'over';
  const runningOrBefore = phase.kind === 'running' || phase.kind === 'before' || phase.kind === 'no-dates';

  // Attendance not yet taken at a gathering that is over.
  const marked = new Set(input.attendance.map((a) => a.eventId));
  const unrecorded = timeline
    .map((t) => t.event)
    .filter((e) => takesAttendance(e) && e.date < today && !marked.has(e.id));
  items.push({ kind: 'attendance', count: unrecorded.length, urgency: 'overdue', events: unrecorded });

  if (runningOrBefore) {
    if (input.attention !== null) {
      const teams = new Set(input.attention.map((f) => f.teamId));
      items.push({ kind: 'attention', count: teams.size, urgency: 'overdue', flags: input.attention.length });
    }

    // Check-ins: teams with a missing one (the open window or an earlier one that closed).
    const windows = checkInWindows(input.events, input.cadence, input.program);
    const current = windows.filter((w) => w.opensOn <= today).at(-1);
    if (current) {
      let due = 0;
      let overdue = 0;
      for (const team of confirmed) {
        const missing = missingCheckIns(windows, checkInsByTeam.get(team.id) ?? [], today, team.confirmedOn);
        if (missing.length === 0) continue;
        due++;
        if (missing.some((m) => m.state === 'overdue')) overdue++;
      }
      items.push({
        kind: 'check-ins',
        count: due,
        urgency: overdue > 0 ? 'overdue' : 'due',
        window: current,
        overdue,
      });
    }

    items.push({
      kind: 'letters',
      count: confirmed.filter((t) => t.letterSentOn === '').length,
      urgency: started ? 'overdue' : 'due',
    });
    items.push({
      kind: 'competencies',
      // Nothing chosen yet, or only the suggestion made at confirmation, not agreed by the team.
      count: confirmed.filter((t) => t.competencyIds.length === 0 || t.competenciesAgreed === false).length,
      urgency: started ? 'overdue' : 'due',
    });
    items.push({ kind: 'unpaired', count: active.size - inTeams.size, urgency: 'due' });
    items.push({ kind: 'roster', count: input.participants.length === 0 ? 1 : 0, urgency: 'due' });
    items.push({
      kind: 'schedule',
      count: input.events.some((e) => e.kind !== 'speed' && e.kind !== 'awareness') ? 0 : 1,
      urgency: started ? 'overdue' : 'due',
    });
  }

  if (phase.kind === 'before' || phase.kind === 'no-dates') {
    const open = input.program.checklist.filter((c) => !c.done);
    const overdue = open.filter((c) => isIsoDate(c.due) && c.due < today).length;
    items.push({
      kind: 'setup',
      count: open.length,
      urgency: overdue > 0 ? 'overdue' : 'due',
      keys: open.map((c) => c.key),
      overdue,
    });
  }

  if (input.lastBackupOn !== undefined) {
    const last = input.lastBackupOn !== null && isIsoDate(input.lastBackupOn) ? input.lastBackupOn : null;
    const daysSince = last === null ? null : Math.max(0, daysBetween(last, today));
    const stale = daysSince === null || daysSince > BACKUP_STALE_AFTER_DAYS;
    items.push({
      kind: 'backup',
      count: stale ? 1 : 0,
      urgency: last === null ? 'due' : 'overdue',
      lastBackupOn: last,
      daysSince,
    });
  }

  return { today, phase, timeline, nextGroupMeeting, toDo: sortItems(items), figures };
}

