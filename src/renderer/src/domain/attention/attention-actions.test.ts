import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../schedule/iso-dates';
import { planResolve, planSnooze } from './attention-actions';
import { snoozeReturnDay } from './attention-flags';

const target = { programId: 'p', teamId: 't1', flagKey: 'no-meeting:t1:2026-09-01' };
const ids = { id: 'a1', now: '2026-11-12T10:00:00.000Z' };

describe('snooze and resolve', () => {
  it('a snooze stores the day before the return day; the return day is after today and within 180 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 200 }), (offset) => {
        const returnOn = addDays('2026-11-12', offset);
        const plan = planSnooze(target, returnOn, '', '2026-11-12', ids);
        if (offset >= 1 && offset <= 180) {
          expect(plan.ok).toBe(true);
          if (plan.ok) expect(snoozeReturnDay(plan.action.until)).toBe(returnOn);
        } else {
          expect(plan.ok).toBe(false);
        }
      }),
    );
    expect(planSnooze(target, 'next week', '', '2026-11-12', ids)).toEqual({ ok: false, message: 'Pick the day the flag should come back.' });
  });

  it('a resolution needs a note, kept trimmed; a key of another team is refused', () => {
    expect(planResolve(target, '  Talked to both  ', ids)).toEqual({
      ok: true,
      action: { ...target, id: 'a1', action: 'resolved', until: '', note: 'Talked to both', createdAt: ids.now },
    });
    expect(planResolve(target, ' ', ids).ok).toBe(false);
    expect(planResolve(target, 'x'.repeat(2001), ids)).toEqual({ ok: false, message: 'Keep the note under 2,000 characters.' });
    expect(planResolve({ ...target, teamId: 't2' }, 'note', ids)).toEqual({ ok: false, message: 'This flag is not one the app raised. Nothing was saved.' });
  });
});
