import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttentionAction } from '../model';
import { addDays, daysBetween, formatShortDate } from '../schedule/iso-dates';
import {
  attentionFlags,
  compareFlags,
  describeFlag,
  evaluateAttention,
  flagReason,
  parseFlagKey,
  rawAttentionFlags,
  snoozeReturnDay,
  snoozeUntilFor,
  teamsNeedingAttention,
  type AttentionFlag,
  type AttentionInput,
} from './attention-flags';
import { ATTENTION_RULE_KEYS, DEFAULT_ATTENTION_RULES, type AttentionRuleKey, type AttentionRules } from './attention-rules';
import {
  ALL_ON,
  checkIn,
  dayArb,
  input,
  log,
  mark,
  member,
  person,
  rulesArb,
  team,
  yearArb,
  yearEvents,
} from '../../../../../test/support/attention';

/** One pair, Ana and Ben, confirmed before the cycle. */
function pair(parts: Partial<AttentionInput> = {}): AttentionInput {
  return input({
    teams: [team('t1', 7)],
    members: [member('t1', 'ana'), member('t1', 'ben')],
    participants: [person('ana', { name: 'Ana García' }), person('ben', { name: 'Ben Okafor' })],
    ...parts,
  });
}

const only = (rule: AttentionRuleKey): AttentionRules => {
  const rules = structuredClone(DEFAULT_ATTENTION_RULES);
  rules.noMeeting.on = rule === 'no-meeting';
  rules.oneSided.on = rule === 'one-sided';
  rules.missedGroupMeetings.on = rule === 'missed-group-meetings';
  rules.checkInOverdue.on = rule === 'check-in-overdue';
  rules.followUpPassed.on = rule === 'follow-up-passed';
  rules.memberWithdrew.on = rule === 'member-withdrew';
  return rules;
};

const reasons = (flags: AttentionFlag[]) => flags.map((f) => flagReason(f, formatShortDate));

function action(flag: AttentionFlag, kind: 'snoozed' | 'resolved', until = '', createdAt = '2026-11-01T09:00:00.000Z'): AttentionAction {
  return {
    id: `a-${flag.flagKey}-${createdAt}`,
    programId: 'prog',
    teamId: flag.teamId,
    flagKey: flag.flagKey,
    action: kind,
    until,
    note: kind === 'resolved' ? 'Talked to them' : '',
    createdAt,
  };
}

describe('attention rules, one by one', () => {
  it('no meeting: counted from the last meeting, in weeks, with the day in words', () => {
    const year = pair({ meetingLogs: [log('t1', '2026-09-15'), log('t1', '2026-10-06')] });
    expect(reasons(attentionFlags(year, '2026-11-24', only('no-meeting')))).toEqual([
      'No meeting logged for 7 weeks (last: Tue 6 Oct 2026).',
    ]);
    // Within six weeks of the last meeting: nothing.
    expect(attentionFlags(year, '2026-11-16', only('no-meeting'))).toEqual([]);
  });

  it('no meeting: counted from the cycle start, or from a later confirmation, and silent outside the cycle', () => {
    expect(reasons(attentionFlags(pair(), '2026-10-20', only('no-meeting')))).toEqual([
      'No meeting logged since the cycle started on Tue 1 Sep 2026 (7 weeks).',
    ]);
    const late = pair({ teams: [team('t1', 7, { confirmedOn: '2026-10-01' })] });
    expect(attentionFlags(late, '2026-10-20', only('no-meeting'))).toEqual([]);
    expect(reasons(attentionFlags(late, '2026-11-12', only('no-meeting')))).toEqual([
      'No meeting logged since the team was confirmed on Thu 1 Oct 2026 (6 weeks).',
    ]);
    expect(attentionFlags(pair(), '2026-08-31', only('no-meeting'))).toEqual([]);
    expect(attentionFlags(pair(), '2027-06-20', only('no-meeting'))).toEqual([]);
  });

  it('no meeting: a meeting logged for a day still to come does not count', () => {
    const year = pair({ meetingLogs: [log('t1', '2026-12-20')] });
    expect(attentionFlags(year, '2026-11-01', only('no-meeting'))).toHaveLength(1);
  });

  it('mostly one way: the last two check-ins, naming who gives more when both agree', () => {
    const oneWay = { balance: 'mostly-one-way' as const, givesMoreId: 'ana' };
    const year = pair({
      checkIns: [checkIn('t1', '2026-10-08', oneWay), checkIn('t1', '2026-12-07', oneWay)],
    });
    expect(reasons(attentionFlags(year, '2026-12-08', only('one-sided')))).toEqual([
      'Contributions were mostly one way in the last 2 check-ins (Thu 8 Oct 2026 and Mon 7 Dec 2026): Ana García gives more.',
    ]);
    // Who gives more changed: still one way, nobody named.
    const mixed = pair({
      checkIns: [checkIn('t1', '2026-10-08', oneWay), checkIn('t1', '2026-12-07', { ...oneWay, givesMoreId: 'ben' })],
    });
    expect(reasons(attentionFlags(mixed, '2026-12-08', only('one-sided')))).toEqual([
      'Contributions were mostly one way in the last 2 check-ins (Thu 8 Oct 2026 and Mon 7 Dec 2026).',
    ]);
  });

  it('mostly one way: a newer "equal" check-in ends it; one one-way check-in is not enough', () => {
    const oneWay = { balance: 'mostly-one-way' as const };
    const better = pair({
      checkIns: [checkIn('t1', '2026-10-08', oneWay), checkIn('t1', '2026-12-07', oneWay), checkIn('t1', '2027-02-03')],
    });
    expect(attentionFlags(better, '2027-02-04', only('one-sided'))).toEqual([]);
    const once = pair({ checkIns: [checkIn('t1', '2026-10-08'), checkIn('t1', '2026-12-07', oneWay)] });
    expect(attentionFlags(once, '2026-12-08', only('one-sided'))).toEqual([]);
  });

  it('missed group meetings: two absences in a row; excused and unmarked meetings are skipped, present ends the run', () => {
    const [orientation, self, business] = yearEvents().filter((e) => e.kind !== 'pairs');
    const marks = [
      mark(orientation!.id, 'ana', 'absent'),
      mark(self!.id, 'ana', 'excused'),
      mark(business!.id, 'ana', 'absent'),
      mark(orientation!.id, 'ben', 'absent'),
      mark(self!.id, 'ben', 'present'),
      mark(business!.id, 'ben', 'absent'),
    ];
    const flags = attentionFlags(pair({ attendance: marks }), '2027-02-01', only('missed-group-meetings'));
    expect(reasons(flags)).toEqual([
      `Ana García missed the last 2 group meetings (${formatShortDate(orientation!.date)} and ${formatShortDate(business!.date)}).`,
    ]);
    // A meeting in the future, or one with no marks at all, never counts.
    expect(attentionFlags(pair({ attendance: marks }), business!.date, only('missed-group-meetings'))).toHaveLength(1);
    expect(attentionFlags(pair({ attendance: marks }), addDays(business!.date, -1), only('missed-group-meetings'))).toEqual([]);
  });

  it('check-in overdue: the newest late window, by at least the threshold, mentioning earlier gaps', () => {
    const year = pair();
    expect(attentionFlags(year, '2026-11-06', only('check-in-overdue'))).toEqual([]);
    expect(reasons(attentionFlags(year, '2026-11-07', only('check-in-overdue')))).toEqual([
      'October check-in overdue by 7 days (due Sat 31 Oct 2026).',
    ]);
    expect(reasons(attentionFlags(year, '2027-01-10', only('check-in-overdue')))).toEqual([
      'December check-in overdue by 10 days (due Thu 31 Dec 2026). One earlier check-in is missing too.',
    ]);
    const done = pair({ checkIns: [checkIn('t1', '2026-10-20')] });
    expect(attentionFlags(done, '2026-11-20', only('check-in-overdue'))).toEqual([]);
  });

  it('follow-up passed: the newest check-in’s follow-up day, from the day after; a later check-in clears it', () => {
    const year = pair({ checkIns: [checkIn('t1', '2026-10-20', { followUpOn: '2026-11-16' })] });
    expect(attentionFlags(year, '2026-11-16', only('follow-up-passed'))).toEqual([]);
    expect(reasons(attentionFlags(year, '2026-11-21', only('follow-up-passed')))).toEqual([
      'The follow-up planned for Mon 16 Nov 2026 (at the check-in of Tue 20 Oct 2026) passed 5 days ago without a new check-in.',
    ]);
    const followed = pair({
      checkIns: [checkIn('t1', '2026-10-20', { followUpOn: '2026-11-16' }), checkIn('t1', '2026-11-18')],
    });
    expect(attentionFlags(followed, '2026-11-21', only('follow-up-passed'))).toEqual([]);
  });

  it('member withdrew: names the person and says who can be paired again', () => {
    const year = pair({ participants: [person('ana', { name: 'Ana García', status: 'withdrawn' }), person('ben', { name: 'Ben Okafor' })] });
    const flags = attentionFlags(year, '2026-10-01', only('member-withdrew'));
    expect(flags.map((f) => describeFlag(f, formatShortDate))).toEqual([
      {
        reason: 'Ana García has withdrawn from the program, but the team is still active.',
        nextStep: 'End the team so that Ben Okafor can be paired again, or restore Ana García in Participants.',
      },
    ]);
  });

  it('never flags proposed or ended teams, and reads rule and team back from the key', () => {
    const withdrawn = [person('ana', { status: 'withdrawn' }), person('ben')];
    for (const status of ['proposed', 'ended'] as const) {
      expect(attentionFlags(pair({ teams: [team('t1', 7, { status })], participants: withdrawn }), '2026-12-01', ALL_ON)).toEqual([]);
    }
    const [flag] = attentionFlags(pair({ participants: withdrawn }), '2026-12-01', ALL_ON);
    expect(parseFlagKey(flag!.flagKey)).toEqual({ rule: 'member-withdrew', teamId: 't1' });
    expect(parseFlagKey('something-else:t1')).toBeNull();
  });

  it('sorts a withdrawal first, then a long silence above a fresh one, and counts teams', () => {
    const year = input({
      teams: [team('t1', 1), team('t2', 2), team('t3', 3)],
      members: ['t1', 't2', 't3'].flatMap((t) => [member(t, `${t}a`), member(t, `${t}b`)]),
      participants: [
        ...['t1a', 't1b', 't2a', 't2b', 't3b'].map((id) => person(id)),
        person('t3a', { status: 'withdrawn' }),
      ],
      meetingLogs: [log('t2', '2026-10-15'), log('t3', '2026-11-30')],
    });
    const flags = attentionFlags(year, '2026-12-10', only('no-meeting'));
    expect(flags.map((f) => f.teamLabel)).toEqual(['Pair 01', 'Pair 02']);
    expect(flags[0]!.urgency).toBeGreaterThan(flags[1]!.urgency);
    const all = attentionFlags(year, '2026-12-10', { ...only('no-meeting'), memberWithdrew: { on: true } });
    expect(all.map((f) => [f.teamLabel, f.rule])).toEqual([
      ['Pair 03', 'member-withdrew'],
      ['Pair 01', 'no-meeting'],
      ['Pair 02', 'no-meeting'],
    ]);
    expect(teamsNeedingAttention(all)).toBe(3);
  });
});

describe('snoozing and resolving', () => {
  it('a snooze keeps the flag quiet through its until day; it is back the day after', () => {
    const year = pair();
    const [flag] = attentionFlags(year, '2026-11-01', only('no-meeting'));
    const until = snoozeUntilFor('2026-11-08');
    expect(until).toBe('2026-11-07');
    expect(snoozeReturnDay(until)).toBe('2026-11-08');
    const snoozed = { ...year, actions: [action(flag!, 'snoozed', until)] };
    expect(evaluateAttention(snoozed, '2026-11-07', only('no-meeting')).snoozed).toHaveLength(1);
    expect(attentionFlags(snoozed, '2026-11-07', only('no-meeting'))).toEqual([]);
    expect(attentionFlags(snoozed, '2026-11-08', only('no-meeting')).map((f) => f.flagKey)).toEqual([flag!.flagKey]);
  });

  it('a resolved flag stays quiet until new evidence: a meeting, then a new silence', () => {
    const year = pair();
    const [flag] = attentionFlags(year, '2026-11-01', only('no-meeting'));
    const resolved = { ...year, actions: [action(flag!, 'resolved')] };
    expect(attentionFlags(resolved, '2027-03-01', only('no-meeting'))).toEqual([]);
    expect(evaluateAttention(resolved, '2027-03-01', only('no-meeting')).resolved).toHaveLength(1);
    const met = { ...resolved, meetingLogs: [log('t1', '2026-11-10')] };
    expect(attentionFlags(met, '2026-12-15', only('no-meeting'))).toEqual([]);
    expect(reasons(attentionFlags(met, '2026-12-22', only('no-meeting')))).toEqual([
      'No meeting logged for 6 weeks (last: Tue 10 Nov 2026).',
    ]);
  });

  it('the newest action for a key decides: resolved after a snooze stays resolved', () => {
    const year = pair();
    const [flag] = attentionFlags(year, '2026-11-01', only('no-meeting'));
    const both = {
      ...year,
      actions: [action(flag!, 'snoozed', '2026-11-03', '2026-11-01T09:00:00.000Z'), action(flag!, 'resolved', '', '2026-11-02T09:00:00.000Z')],
    };
    expect(attentionFlags(both, '2026-12-01', only('no-meeting'))).toEqual([]);
  });
});

describe('attention properties', () => {
  const run = <T extends unknown[]>(p: fc.IProperty<T>) => fc.assert(p, { numRuns: 300 });

  it('flags only confirmed teams, once per key, sorted by urgency', () => {
    run(
      fc.property(yearArb, dayArb, rulesArb, (year, today, rules) => {
        const flags = rawAttentionFlags(year, today, rules);
        const confirmed = new Set(year.teams.filter((t) => t.status === 'confirmed').map((t) => t.id));
        for (const f of flags) expect(confirmed.has(f.teamId)).toBe(true);
        expect(new Set(flags.map((f) => f.flagKey)).size).toBe(flags.length);
        for (let i = 1; i < flags.length; i++) {
          expect(flags[i - 1]!.urgency).toBeGreaterThanOrEqual(flags[i]!.urgency);
          expect(compareFlags(flags[i - 1]!, flags[i]!)).toBeLessThan(0);
        }
        for (const f of flags) expect(describeFlag(f, formatShortDate).reason).not.toMatch(/undefined|NaN|\{/);
      }),
    );
  });

  it('never says "no meeting" for a team that met within the window', () => {
    run(
      fc.property(yearArb, dayArb, rulesArb, (year, today, rules) => {
        const flagged = new Set(rawAttentionFlags(year, today, rules).filter((f) => f.rule === 'no-meeting').map((f) => f.teamId));
        for (const l of year.meetingLogs) {
          if (l.date <= today && daysBetween(l.date, today) < rules.noMeeting.weeks * 7) expect(flagged.has(l.teamId)).toBe(false);
        }
      }),
    );
  });

  it('a larger threshold never gives more flags of that rule', () => {
    const thresholds: [AttentionRuleKey, (r: AttentionRules, n: number) => AttentionRules, number][] = [
      ['no-meeting', (r, n) => ({ ...r, noMeeting: { on: true, weeks: Math.min(26, r.noMeeting.weeks + n) } }), 26],
      ['one-sided', (r, n) => ({ ...r, oneSided: { on: true, checkIns: Math.min(6, r.oneSided.checkIns + n) } }), 6],
      ['missed-group-meetings', (r, n) => ({ ...r, missedGroupMeetings: { on: true, meetings: Math.min(5, r.missedGroupMeetings.meetings + n) } }), 5],
      ['check-in-overdue', (r, n) => ({ ...r, checkInOverdue: { on: true, days: Math.min(60, r.checkInOverdue.days + n) } }), 60],
      ['follow-up-passed', (r, n) => ({ ...r, followUpPassed: { on: true, days: Math.min(60, r.followUpPassed.days + n) } }), 60],
    ];
    run(
      fc.property(yearArb, dayArb, rulesArb, (year, today, rules) => {
        for (const [rule, raise] of thresholds) {
          const low = raise(rules, 0);
          const high = raise(rules, 1 + (today.charCodeAt(9) % 5));
          const of = (r: AttentionRules) => rawAttentionFlags(year, today, r).filter((f) => f.rule === rule);
          const lowFlags = of(low);
          const highFlags = of(high);
          expect(highFlags.length).toBeLessThanOrEqual(lowFlags.length);
          // Same evidence, same key, except the overdue rule, which names the newest window late enough.
          if (rule !== 'check-in-overdue') {
            const lowKeys = new Set(lowFlags.map((f) => f.flagKey));
            for (const f of highFlags) expect(lowKeys.has(f.flagKey)).toBe(true);
          } else {
            const lowTeams = new Set(lowFlags.map((f) => f.teamId));
            for (const f of highFlags) expect(lowTeams.has(f.teamId)).toBe(true);
          }
        }
      }),
    );
  });

  it('resolved flags never come back as days pass without new records (only a later overdue window can)', () => {
    run(
      fc.property(yearArb, dayArb, fc.integer({ min: 0, max: 200 }), rulesArb, (whole, day, later, rules) => {
        // Everything recorded up to `day`; nothing new is added afterwards.
        const pastEvents = new Set(whole.events.filter((e) => e.date <= day).map((e) => e.id));
        const year: AttentionInput = {
          ...whole,
          meetingLogs: whole.meetingLogs.filter((l) => l.date <= day),
          checkIns: whole.checkIns.filter((c) => c.date <= day),
          attendance: whole.attendance.filter((a) => pastEvents.has(a.eventId)),
        };
        const raised = rawAttentionFlags(year, day, rules);
        const resolved = { ...year, actions: raised.map((f) => action(f, 'resolved')) };
        const before = new Map(raised.map((f) => [`${f.teamId}:${f.rule}`, f]));
        for (const f of attentionFlags(resolved, addDays(day, later), rules)) {
          expect(raised.some((r) => r.flagKey === f.flagKey)).toBe(false);
          const same = before.get(`${f.teamId}:${f.rule}`);
          if (!same) continue;
          // Time alone brings back only a later check-in window.
          expect(f.rule).toBe('check-in-overdue');
          const [now, then] = [f.evidence, same.evidence];
          expect(now.rule === 'check-in-overdue' && then.rule === 'check-in-overdue' && now.dueOn > then.dueOn).toBe(true);
        }
      }),
    );
  });

  it('snoozed flags are quiet through their until day and back the day after while still raised', () => {
    run(
      fc.property(yearArb, dayArb, fc.integer({ min: 0, max: 60 }), rulesArb, (year, day, length, rules) => {
        const raised = rawAttentionFlags(year, day, rules);
        const until = addDays(day, length);
        const snoozed = { ...year, actions: raised.map((f) => action(f, 'snoozed', until)) };
        const keys = new Set(raised.map((f) => f.flagKey));
        for (const f of attentionFlags(snoozed, until, rules)) expect(keys.has(f.flagKey)).toBe(false);
        const back = addDays(until, 1);
        const open = new Set(attentionFlags(snoozed, back, rules).map((f) => f.flagKey));
        for (const f of rawAttentionFlags(year, back, rules)) expect(open.has(f.flagKey)).toBe(true);
      }),
    );
  });

  it('every rule can be switched off on its own', () => {
    run(
      fc.property(yearArb, dayArb, fc.constantFrom(...ATTENTION_RULE_KEYS), (year, today, rule) => {
        const rules = structuredClone(ALL_ON);
        const section = {
          'no-meeting': rules.noMeeting,
          'one-sided': rules.oneSided,
          'missed-group-meetings': rules.missedGroupMeetings,
          'check-in-overdue': rules.checkInOverdue,
          'follow-up-passed': rules.followUpPassed,
          'member-withdrew': rules.memberWithdrew,
        }[rule];
        section.on = false;
        const all = rawAttentionFlags(year, today, ALL_ON);
        const without = rawAttentionFlags(year, today, rules);
        expect(without).toEqual(all.filter((f) => f.rule !== rule));
      }),
    );
  });
});
