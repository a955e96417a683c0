import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agendaMinutes,
  agendaText,
  DEFAULT_MEETING_PLANS,
  fitAgenda,
  isDefaultPlan,
  MEETING_PLAN_KINDS,
  meetingPlanErrors,
  planKindOf,
  restoreMeetingPlans,
  timeAgenda,
  type AgendaItem,
} from './meeting-plans';

const itemArb: fc.Arbitrary<AgendaItem> = fc.record({
  minutes: fc.integer({ min: 1, max: 600 }),
  activity: fc.string({ minLength: 1, maxLength: 20 }),
});
const agendaArb = fc.array(itemArb, { minLength: 1, maxLength: 15 });

describe('default meeting plans', () => {
  it('give every meeting type a two-hour agenda and something to bring, with no problem to fix', () => {
    for (const kind of MEETING_PLAN_KINDS) {
      const plan = DEFAULT_MEETING_PLANS[kind];
      expect(agendaMinutes(plan.agenda)).toBe(120);
      expect(plan.bring).not.toBe('');
      expect(meetingPlanErrors(plan)).toEqual([]);
      expect(isDefaultPlan(kind, plan)).toBe(true);
    }
  });

  it('name the topic of a topic meeting, and never print a brace', () => {
    const printed = DEFAULT_MEETING_PLANS.group.agenda.map((item) => agendaText(item.activity, 'business'));
    expect(printed).toContain('Business skills: what these competencies look like at work');
    expect(printed.join(' ')).not.toMatch(/[{}]/);
  });

  it('apply to orientation, topic meetings and the debrief only', () => {
    expect(planKindOf('orientation')).toBe('orientation');
    expect(planKindOf('group')).toBe('group');
    expect(planKindOf('debrief')).toBe('debrief');
    expect(planKindOf('pairs')).toBeNull();
    expect(planKindOf('speed')).toBeNull();
  });
});

describe('fitAgenda', () => {
  it('adds up to exactly the meeting length, keeping the order of the lines', () => {
    fc.assert(
      fc.property(agendaArb, fc.integer({ min: 1, max: 480 }), (agenda, minutes) => {
        const fitted = fitAgenda(agenda, minutes);
        expect(agendaMinutes(fitted)).toBe(minutes);
        expect(fitted.every((item) => item.minutes > 0)).toBe(true);
        // Lines keep their order: the fitted activities are a subsequence of the agenda's.
        let at = 0;
        for (const item of fitted) {
          at = agenda.findIndex((a, i) => i >= at && a.activity === item.activity) + 1;
          expect(at).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('uses five-minute steps when the meeting length allows', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { minLength: 1, maxLength: 8 }), fc.integer({ min: 8, max: 96 }), (agenda, fives) => {
        const fitted = fitAgenda(agenda, fives * 5);
        expect(fitted.every((item) => item.minutes % 5 === 0)).toBe(true);
      }),
    );
  });

  it('leaves an agenda that already adds up as it is, and scales the default to a 90-minute meeting', () => {
    expect(fitAgenda(DEFAULT_MEETING_PLANS.group.agenda, 120)).toEqual(DEFAULT_MEETING_PLANS.group.agenda);
    expect(fitAgenda(DEFAULT_MEETING_PLANS.group.agenda, 90).map((i) => i.minutes)).toEqual([10, 15, 15, 20, 20, 10]);
    expect(fitAgenda(DEFAULT_MEETING_PLANS.group.agenda, 0)).toEqual(DEFAULT_MEETING_PLANS.group.agenda);
  });
});

describe('timeAgenda', () => {
  it('gives each line its clock time from the start, or none without a start time', () => {
    const timed = timeAgenda(DEFAULT_MEETING_PLANS.debrief.agenda, '12:00');
    expect(timed.map((i) => i.startsAt)).toEqual(['12:00', '12:10', '12:35', '13:05', '13:25', '13:45']);
    expect(timeAgenda(DEFAULT_MEETING_PLANS.debrief.agenda, '').every((i) => i.startsAt === '')).toBe(true);
  });
});

describe('meetingPlanErrors', () => {
  it('names the line and the fix', () => {
    const errors = meetingPlanErrors({
      agenda: [
        { minutes: 0, activity: 'Welcome' },
        { minutes: 20, activity: '  ' },
        { minutes: 20, activity: 'About {subject}' },
      ],
      bring: '',
    });
    expect(errors).toEqual([
      'Line 1: minutes must be a whole number from 1 to 600.',
      'Line 2: say what happens, or remove the line.',
      'Line 3: {subject} is not a placeholder (only {topic} is); it would not be printed.',
    ]);
    expect(meetingPlanErrors({ agenda: [], bring: '' })).toEqual(['The agenda needs at least one line.']);
  });
});

describe('restoreMeetingPlans', () => {
  it('reads what was stored, drops lines of the wrong shape, and gives the default for what is missing', () => {
    const own = { agenda: [{ minutes: 90, activity: 'Open space' }], bring: '' };
    const plans = restoreMeetingPlans({ orientation: own, group: { agenda: 'nonsense' }, debrief: { agenda: [{ minutes: '5', activity: 'x' }, { minutes: 0, activity: '' }], bring: 7 } });
    expect(plans.orientation).toEqual(own);
    expect(plans.group).toEqual({ agenda: DEFAULT_MEETING_PLANS.group.agenda, bring: DEFAULT_MEETING_PLANS.group.bring });
    // Kept as typed, problems and all: the editor shows them and the pack waits for a fix.
    expect(plans.debrief).toEqual({ agenda: [{ minutes: 0, activity: '' }], bring: DEFAULT_MEETING_PLANS.debrief.bring });
    expect(meetingPlanErrors(plans.debrief)).toHaveLength(2);
    expect(restoreMeetingPlans(undefined)).toEqual(DEFAULT_MEETING_PLANS);
  });

  it('gives back any plan that can be saved, unchanged', () => {
    fc.assert(
      fc.property(agendaArb, fc.string({ maxLength: 50 }), (agenda, bring) => {
        const plan = { agenda: agenda.map((i) => ({ ...i, activity: `x${i.activity.replace(/[{}]/g, '')}` })), bring };
        expect(restoreMeetingPlans({ debrief: plan }).debrief).toEqual(plan);
      }),
    );
  });
});
