import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attentionRulesKey,
  checkAttentionRules,
  DEFAULT_ATTENTION_RULES,
  readAttentionRules,
} from './attention-rules';

describe('attention rule settings', () => {
  it('start with every rule on: 6 weeks, 2 check-ins, 2 meetings, 7 days, the day after the follow-up', () => {
    expect(DEFAULT_ATTENTION_RULES).toEqual({
      noMeeting: { on: true, weeks: 6 },
      oneSided: { on: true, checkIns: 2 },
      missedGroupMeetings: { on: true, meetings: 2 },
      checkInOverdue: { on: true, days: 7 },
      followUpPassed: { on: true, days: 0 },
      memberWithdrew: { on: true },
    });
    expect(attentionRulesKey('p1')).toBe('attentionRules:p1');
  });

  it('read a damaged section as its default and keep the others as stored', () => {
    const stored = { noMeeting: { on: false, weeks: 9 }, oneSided: { on: true, checkIns: 'two' }, missedGroupMeetings: null };
    expect(readAttentionRules(stored)).toEqual({
      ...DEFAULT_ATTENTION_RULES,
      noMeeting: { on: false, weeks: 9 },
    });
    expect(readAttentionRules('nonsense')).toEqual(DEFAULT_ATTENTION_RULES);
    expect(readAttentionRules(undefined)).toEqual(DEFAULT_ATTENTION_RULES);
  });

  it('refuse a threshold out of its limits with the reason in words', () => {
    expect(checkAttentionRules({ ...DEFAULT_ATTENTION_RULES, noMeeting: { on: true, weeks: 0 } })).toEqual({
      ok: false,
      message: 'Enter at least 1 week.',
    });
    expect(checkAttentionRules({ ...DEFAULT_ATTENTION_RULES, checkInOverdue: { on: true, days: 2.5 } })).toEqual({
      ok: false,
      message: 'Enter a whole number of days.',
    });
  });

  it('whatever is stored, reading gives valid rules that read back the same', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const rules = readAttentionRules(value);
        expect(checkAttentionRules(rules)).toEqual({ ok: true, rules });
        expect(readAttentionRules(rules)).toEqual(rules);
      }),
    );
  });
});
