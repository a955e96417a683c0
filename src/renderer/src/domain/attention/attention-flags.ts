/**
 * Pairs needing attention: which confirmed teams to look at on `today`, and why, from the
 * program's records. Pure: records, `today` and the rules in; flags out. Nothing is stored but
 * what the coordinator did about a flag (AttentionAction rows, matched by `flagKey`).
 *
 * The rules, each on or off with its threshold (attention-rules.ts):
 * - no meeting logged for N weeks (default 6) while the cycle runs, counted from the latest of
 *   the cycle start, the team's confirmation day and its last logged meeting;
 * - "mostly one way" in the team's last N check-ins (default 2), all of them, up to the newest:
 *   a newer check-in that says "equal" ends the run, because things improved;
 * - a member missed the last N group meetings (default 2) in a row: only past group gatherings
 *   with any attendance recorded count; "absent" is a miss, "present" breaks the run, "excused"
 *   and no mark are skipped (neither a miss nor a return);
 * - a check-in overdue by N days or more (default 7): the newest window of the check-in schedule
 *   (check-in-schedule.ts) that is that late without a check-in;
 * - the follow-up date of the team's newest check-in passed N days ago or more (default 0: the
 *   day after it) and no check-in came after it;
 * - a member withdrew while the team is still confirmed.
 * Only confirmed teams are flagged: proposals and ended teams never are.
 *
 * A flag's `flagKey` is the rule, the team and the evidence it fired on (the day the silence
 * counts from, the newest one-way check-in, the last missed meeting, the overdue window, the
 * check-in with the follow-up, the member who withdrew). Resolving a flag hides that key for
 * good: the flag comes back only when new evidence gives a new key. Snoozing hides the key up to
 * and including the `until` day; it is back the day after.
 *
 * Urgency (most urgent first): each rule has a base — member withdrew 90, follow-up passed 70,
 * mostly one way 60, no meeting 50, missed group meetings 40, check-in overdue 30 — plus 5 for
 * every full week (for missed meetings: every meeting) beyond the threshold, at most +40. Ties go
 * by the rule order above, then the team number, then the key, so the order is stable.
 */
import type {
  Attendance,
  AttentionAction,
  CheckIn,
  MeetingLog,
  Participant,
  Program,
  ProgramEvent,
  Team,
  TeamMember,
} from '../model';
import {
  checkInWindows,
  missingCheckIns,
  type CheckInCadence,
} from '../check-ins/check-in-schedule';
import { teamLabel } from '../documents/document-models';
import { isGroupGathering } from '../schedule/annual-schedule';
import { addDays, daysBetween, isIsoDate } from '../schedule/iso-dates';
import { ATTENTION_RULE_KEYS, type AttentionRuleKey, type AttentionRules } from './attention-rules';

/** Everything the rules look at, for one program. */
export interface AttentionInput {
  program: Pick<Program, 'cycleStart' | 'cycleEnd'>;
  teams: readonly Team[];
  members: readonly TeamMember[];
  participants: readonly Participant[];
  events: readonly ProgramEvent[];
  attendance: readonly Attendance[];
  meetingLogs: readonly MeetingLog[];
  checkIns: readonly CheckIn[];
  checkInCadence: CheckInCadence;
  /** What the coordinator did about flags (snoozed, resolved). */
  actions: readonly AttentionAction[];
}

/** A person named in a flag. */
export interface FlagPerson {
  participantId: string;
  name: string;
}

/** A dated event named in a flag. */
export interface FlagMeeting {
  eventId: string;
  date: string;
  title: string;
}

/** What a flag fired on, by rule: structured, so the words (and their dates) are made later. */
export type FlagEvidence =
  | {
      rule: 'no-meeting';
      /** Day the silence counts from. */
      since: string;
      /** What that day is: the last logged meeting, the confirmation, or the cycle start. */
      sinceKind: 'meeting' | 'confirmed' | 'cycle-start';
      days: number;
    }
  | {
      rule: 'one-sided';
      /** Days of the one-way check-ins, oldest first. */
      checkInDates: string[];
      /** Who gives more, when every one of them names the same member. */
      givesMore: FlagPerson | null;
    }
  | { rule: 'missed-group-meetings'; person: FlagPerson; meetings: FlagMeeting[] }
  | {
      rule: 'check-in-overdue';
      label: string;
      dueOn: string;
      daysOverdue: number;
      /** Other windows of the cycle, before this one, that have no check-in either. */
      earlierMissed: number;
    }
  | { rule: 'follow-up-passed'; followUpOn: string; checkInDate: string; daysPassed: number }
  | { rule: 'member-withdrew'; person: FlagPerson; partners: string[] };

/** One reason to look at one team. */
export interface AttentionFlag {
  /** Rule, team and evidence: the identity snoozes and resolutions refer to. */
  flagKey: string;
  rule: AttentionRuleKey;
  teamId: string;
  /** "Pair 07". */
  teamLabel: string;
  teamNumber: number;
  /** Higher is more urgent; flags come sorted by it. */
  urgency: number;
  evidence: FlagEvidence;
}

/** A flag that is quiet for now, with what quieted it. */
export interface QuietFlag {
  flag: AttentionFlag;
  action: AttentionAction;
}

/** Every flag of a program on one day, split by what the coordinator did about it. */
export interface AttentionState {
  /** To look at now, most urgent first. */
  open: AttentionFlag[];
  /** Snoozed until a day not yet passed. */
  snoozed: QuietFlag[];
  /** Still firing on the same evidence, but resolved. */
  resolved: QuietFlag[];
}

const BASE_URGENCY: Record<AttentionRuleKey, number> = {
  'member-withdrew': 90,
  'follow-up-passed': 70,
  'one-sided': 60,
  'no-meeting': 50,
  'missed-group-meetings': 40,
  'check-in-overdue': 30,
};
const MAX_EXTRA_URGENCY = 40;
const RULE_RANK = new Map<AttentionRuleKey, number>(ATTENTION_RULE_KEYS.map((k, i) => [k, i]));

function urgency(rule: AttentionRuleKey, stepsBeyond: number): number {
  return BASE_URGENCY[rule] + Math.min(MAX_EXTRA_URGENCY, 5 * Math.max(0, Math.floor(stepsBeyond)));
}

/** The flag key: rule, team and the evidence, joined with ":" (ids and days hold none). */
export function makeFlagKey(rule: AttentionRuleKey, teamId: string, ...evidence: string[]): string {
  return [rule, teamId, ...evidence].join(':');
}

/** Rule and team of a stored flag key (for timelines); null when it is not one. */
export function parseFlagKey(flagKey: string): { rule: AttentionRuleKey; teamId: string } | null {
  const [rule, teamId] = flagKey.split(':');
  if (!rule || !teamId || !(ATTENTION_RULE_KEYS as readonly string[]).includes(rule)) return null;
  return { rule: rule as AttentionRuleKey, teamId };
}

/** Flags sorted most urgent first (see the module comment for the tie-breaks). */
export function compareFlags(a: AttentionFlag, b: AttentionFlag): number {
  return (
    b.urgency - a.urgency ||
    (RULE_RANK.get(a.rule) ?? 0) - (RULE_RANK.get(b.rule) ?? 0) ||
    a.teamNumber - b.teamNumber ||
    (a.flagKey < b.flagKey ? -1 : a.flagKey > b.flagKey ? 1 : 0)
  );
}

const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function byDate<T extends { date: string; createdAt: string; id: string }>(a: T, b: T): number {
  return order(a.date, b.date) || order(a.createdAt, b.createdAt) || order(a.id, b.id);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The past group gatherings with any mark recorded, in date order, and each person's marks. */
function recordedMeetings(input: AttentionInput, today: string) {
  const marksByEvent = groupBy(
    input.attendance.filter((a) => a.participantId !== null),
    (a) => a.eventId,
  );
  const meetings = input.events
    .filter((e) => isGroupGathering(e.kind) && isIsoDate(e.date) && e.date <= today && marksByEvent.has(e.id))
    .sort((a, b) => order(a.date, b.date) || order(a.startTime, b.startTime) || order(a.id, b.id));
  // Per person and meeting, the newest mark wins (there should be one).
  const mark = new Map<string, Attendance>();
  for (const e of meetings) {
    for (const a of marksByEvent.get(e.id) ?? []) {
      const k = `${a.participantId}\u0000${e.id}`;
      const seen = mark.get(k);
      if (!seen || seen.updatedAt < a.updatedAt) mark.set(k, a);
    }
  }
  return { meetings, statusOf: (participantId: string, eventId: string) => mark.get(`${participantId}\u0000${eventId}`)?.status };
}

/**
 * Every flag the rules raise on `today`, before snoozes and resolutions, sorted most urgent
 * first. An invalid `today` raises none.
 */
export function rawAttentionFlags(input: AttentionInput, today: string, rules: AttentionRules): AttentionFlag[] {
  if (!isIsoDate(today)) return [];
  const { cycleStart, cycleEnd } = input.program;
  const people = new Map(input.participants.map((p) => [p.id, p]));
  const membersOf = groupBy(input.members, (m) => m.teamId);
  const logsOf = groupBy(input.meetingLogs, (l) => l.teamId);
  const checkInsOf = groupBy(
    input.checkIns.filter((c) => isIsoDate(c.date) && c.date <= today),
    (c) => c.teamId,
  );
  const cycleRunning =
    isIsoDate(cycleStart) && cycleStart <= today && (!isIsoDate(cycleEnd) || today <= cycleEnd);
  const windows =
    rules.checkInOverdue.on && isIsoDate(cycleStart)
      ? checkInWindows(input.events, input.checkInCadence, { cycleStart, cycleEnd })
      : [];
  const attendance = rules.missedGroupMeetings.on ? recordedMeetings(input, today) : null;

  const flags: AttentionFlag[] = [];
  for (const team of input.teams) {
    if (team.status !== 'confirmed') continue;
    const label = teamLabel(team);
    const push = (rule: AttentionRuleKey, steps: number, evidence: FlagEvidence, ...key: string[]) =>
      flags.push({
        flagKey: makeFlagKey(rule, team.id, ...key),
        rule,
        teamId: team.id,
        teamLabel: label,
        teamNumber: team.number,
        urgency: urgency(rule, steps),
        evidence,
      });
    const members = (membersOf.get(team.id) ?? [])
      .map((m) => people.get(m.participantId))
      .filter((p): p is Participant => p !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
    const confirmedOn = isIsoDate(team.confirmedOn) ? team.confirmedOn : '';
    const checkIns = (checkInsOf.get(team.id) ?? []).sort(byDate);

    if (rules.memberWithdrew.on) {
      for (const p of members) {
        if (p.status !== 'withdrawn') continue;
        const partners = members.filter((m) => m.id !== p.id).map((m) => m.name);
        push('member-withdrew', 0, { rule: 'member-withdrew', person: { participantId: p.id, name: p.name }, partners }, p.id);
      }
    }

    if (rules.followUpPassed.on) {
      const newest = checkIns.at(-1);
      if (newest && isIsoDate(newest.followUpOn)) {
        const daysPassed = daysBetween(newest.followUpOn, today);
        if (daysPassed >= 1 + rules.followUpPassed.days) {
          push(
            'follow-up-passed',
            (daysPassed - 1 - rules.followUpPassed.days) / 7,
            { rule: 'follow-up-passed', followUpOn: newest.followUpOn, checkInDate: newest.date, daysPassed },
            newest.id,
          );
        }
      }
    }

    if (rules.oneSided.on) {
      const n = rules.oneSided.checkIns;
      const last = checkIns.slice(-n);
      if (last.length === n && last.every((c) => c.balance === 'mostly-one-way')) {
        const givers = new Set(last.map((c) => c.givesMoreId));
        const giverId = givers.size === 1 ? [...givers][0]! : '';
        const giver = giverId === '' ? undefined : members.find((m) => m.id === giverId);
        push(
          'one-sided',
          0,
          {
            rule: 'one-sided',
            checkInDates: last.map((c) => c.date),
            givesMore: giver ? { participantId: giver.id, name: giver.name } : null,
          },
          last.at(-1)!.id,
        );
      }
    }

    if (rules.noMeeting.on && cycleRunning) {
      let since = cycleStart;
      let sinceKind: 'meeting' | 'confirmed' | 'cycle-start' = 'cycle-start';
      if (confirmedOn > since) {
        since = confirmedOn;
        sinceKind = 'confirmed';
      }
      for (const log of logsOf.get(team.id) ?? []) {
        if (isIsoDate(log.date) && log.date <= today && log.date >= since) {
          since = log.date;
          sinceKind = 'meeting';
        }
      }
      const days = daysBetween(since, today);
      const threshold = rules.noMeeting.weeks * 7;
      if (days >= threshold) {
        push('no-meeting', (days - threshold) / 7, { rule: 'no-meeting', since, sinceKind, days }, since);
      }
    }

    if (attendance && attendance.meetings.length > 0) {
      const n = rules.missedGroupMeetings.meetings;
      for (const p of members) {
        if (p.status === 'withdrawn') continue;
        // Newest first: count the misses until a meeting the person came to.
        const missed: FlagMeeting[] = [];
        for (let i = attendance.meetings.length - 1; i >= 0; i--) {
          const e = attendance.meetings[i]!;
          const status = attendance.statusOf(p.id, e.id);
          if (status === 'present') break;
          if (status === 'absent') missed.push({ eventId: e.id, date: e.date, title: e.title });
        }
        if (missed.length >= n) {
          const run = missed.slice(0, n).reverse();
          push(
            'missed-group-meetings',
            missed.length - n,
            { rule: 'missed-group-meetings', person: { participantId: p.id, name: p.name }, meetings: run },
            p.id,
            run.at(-1)!.eventId,
          );
        }
      }
    }

    if (windows.length > 0) {
      const missing = missingCheckIns(windows, checkIns, today, confirmedOn).filter((m) => m.state === 'overdue');
      const days = rules.checkInOverdue.days;
      const late = missing.filter((m) => m.daysOverdue >= days);
      const newest = late.at(-1);
      if (newest) {
        push(
          'check-in-overdue',
          (newest.daysOverdue - days) / 7,
          {
            rule: 'check-in-overdue',
            label: newest.window.label,
            dueOn: newest.window.dueOn,
            daysOverdue: newest.daysOverdue,
            earlierMissed: missing.filter((m) => m.window.dueOn < newest.window.dueOn).length,
          },
          newest.window.dueOn,
        );
      }
    }
  }
  return flags.sort(compareFlags);
}

/** The action that decides a flag's state: the newest one for its key. */
function latestActions(actions: readonly AttentionAction[]): Map<string, AttentionAction> {
  const out = new Map<string, AttentionAction>();
  for (const a of actions) {
    const seen = out.get(a.flagKey);
    if (!seen || seen.createdAt < a.createdAt || (seen.createdAt === a.createdAt && seen.id < a.id)) out.set(a.flagKey, a);
  }
  return out;
}

/** Every flag of the program on `today`, split into open, snoozed and resolved. */
export function evaluateAttention(input: AttentionInput, today: string, rules: AttentionRules): AttentionState {
  const decided = latestActions(input.actions);
  const state: AttentionState = { open: [], snoozed: [], resolved: [] };
  for (const flag of rawAttentionFlags(input, today, rules)) {
    const action = decided.get(flag.flagKey);
    if (action?.action === 'resolved') state.resolved.push({ flag, action });
    else if (action?.action === 'snoozed' && isIsoDate(action.until) && today <= action.until) state.snoozed.push({ flag, action });
    else state.open.push(flag);
  }
  return state;
}

/**
 * THE list for the home screen and the attention screen: the flags to look at on `today`
 * (neither snoozed nor resolved), most urgent first. Its length is the "pairs needing attention"
 * count's source; count distinct `teamId`s for the number of pairs.
 */
export function attentionFlags(input: AttentionInput, today: string, rules: AttentionRules): AttentionFlag[] {
  return evaluateAttention(input, today, rules).open;
}

/** The number of teams with at least one open flag. */
export function teamsNeedingAttention(flags: readonly AttentionFlag[]): number {
  return new Set(flags.map((f) => f.teamId)).size;
}

/** Formats a `YYYY-MM-DD` day for people (the screen passes the app's one date style). */
export type DayFormatter = (iso: string) => string;

/** A flag in words: why it is there, and what to do next. */
export interface FlagWords {
  reason: string;
  nextStep: string;
}

function weeksWords(days: number): string {
  const weeks = Math.floor(days / 7);
  if (weeks >= 1) return weeks === 1 ? '1 week' : `${weeks} weeks`;
  return days === 1 ? '1 day' : `${days} days`;
}

function daysWords(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The reason and the next step of a flag, with days written by `formatDay`. */
export function describeFlag(flag: AttentionFlag, formatDay: DayFormatter): FlagWords {
  const e = flag.evidence;
  switch (e.rule) {
    case 'no-meeting': {
      const reason =
        e.sinceKind === 'meeting'
          ? `No meeting logged for ${weeksWords(e.days)} (last: ${formatDay(e.since)}).`
          : e.sinceKind === 'confirmed'
            ? `No meeting logged since the team was confirmed on ${formatDay(e.since)} (${weeksWords(e.days)}).`
            : `No meeting logged since the cycle started on ${formatDay(e.since)} (${weeksWords(e.days)}).`;
      return { reason, nextStep: 'Ask the partners how it is going, or send them a reminder.' };
    }
    case 'one-sided': {
      const when = listWords(e.checkInDates.map(formatDay));
      const count = e.checkInDates.length === 1 ? 'the last check-in' : `the last ${e.checkInDates.length} check-ins`;
      return {
        reason: e.givesMore
          ? `Contributions were mostly one way in ${count} (${when}): ${e.givesMore.name} gives more.`
          : `Contributions were mostly one way in ${count} (${when}).`,
        nextStep: 'Talk with both partners about giving and taking; a no-fault rematch is an option.',
      };
    }
    case 'missed-group-meetings': {
      const when = listWords(e.meetings.map((m) => formatDay(m.date)));
      const what = e.meetings.length === 1 ? 'the last group meeting' : `the last ${e.meetings.length} group meetings`;
      return {
        reason: `${e.person.name} missed ${what} (${when}).`,
        nextStep: `Check in with ${e.person.name}: is the time or the place a problem?`,
      };
    }
    case 'check-in-overdue': {
      const earlier =
        e.earlierMissed === 0 ? '' : e.earlierMissed === 1 ? ' One earlier check-in is missing too.' : ` ${e.earlierMissed} earlier check-ins are missing too.`;
      return {
        reason: `${e.label} overdue by ${daysWords(e.daysOverdue)} (due ${formatDay(e.dueOn)}).${earlier}`,
        nextStep: 'Record the check-in, or send the team the check-in questions.',
      };
    }
    case 'follow-up-passed':
      return {
        reason: `The follow-up planned for ${formatDay(e.followUpOn)} (at the check-in of ${formatDay(e.checkInDate)}) passed ${daysWords(e.daysPassed)} ago without a new check-in.`,
        nextStep: 'Follow up with the team and record a check-in.',
      };
    case 'member-withdrew':
      return {
        reason: `${e.person.name} has withdrawn from the program, but the team is still active.`,
        nextStep:
          e.partners.length > 0
            ? `End the team so that ${listWords(e.partners)} can be paired again, or restore ${e.person.name} in Participants.`
            : `End the team, or restore ${e.person.name} in Participants.`,
      };
  }
}

/** The reason of a flag in words ("No meeting logged for 7 weeks (last: Tue 6 Oct 2026)."). */
export function flagReason(flag: AttentionFlag, formatDay: DayFormatter): string {
  return describeFlag(flag, formatDay).reason;
}

/**
 * The stored `until` of a snooze that brings the flag back on `returnOn`: a snooze keeps a flag
 * quiet up to and including `until`, so it is the day before.
 */
export function snoozeUntilFor(returnOn: string): string {
  return addDays(returnOn, -1);
}

/** The day a snoozed flag comes back: the day after `until`. */
export function snoozeReturnDay(until: string): string {
  return addDays(until, 1);
}
