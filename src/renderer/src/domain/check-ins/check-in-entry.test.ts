import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankCheckInEntry, checkCheckInEntry, entryOfCheckIn, type CheckInEntry } from './check-in-entry';
import { makeCheckIn } from '../../../../../test/support/check-ins';

const team = { memberIds: ['zoe', 'lukas'] };
const filled = (fields: Partial<CheckInEntry> = {}): CheckInEntry => ({ ...blankCheckInEntry('2026-10-14'), status: 'on-track', ...fields });

describe('a typed check-in', () => {
  it('needs the answer to “how is it going” and a real date, and says so by the field', () => {
    const result = checkCheckInEntry({ ...blankCheckInEntry('2026-13-01') }, team);
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'date', message: 'Enter the day of the check-in.' },
        { field: 'status', message: 'Choose how it is going: on track, some concerns or stalled.' },
      ],
    });
  });

  it('keeps who gives more only when contributions are mostly one way, and only a member', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('equal', 'mostly-one-way', 'unknown' as const),
        fc.constantFrom('', 'zoe', 'lukas', 'someone-else'),
        (balance, givesMoreId) => {
          const result = checkCheckInEntry(filled({ balance, givesMoreId }), team);
          if (balance !== 'mostly-one-way') {
            expect(result.ok && result.value.givesMoreId).toBe('');
          } else if (givesMoreId === 'someone-else') {
            expect(result.ok).toBe(false);
            expect(!result.ok && result.problems.map((p) => p.field)).toEqual(['givesMoreId']);
          } else {
            expect(result.ok && result.value.givesMoreId).toBe(givesMoreId);
          }
        },
      ),
    );
  });

  it('takes ratings from 1 to 5 and refuses any other number, naming the competency', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3, max: 9 }), fc.double({ min: 1.01, max: 4.99, noNaN: true }), (n, x) => {
        const result = checkCheckInEntry(filled({ progress: { c1: n } }), team);
        if (n >= 1 && n <= 5) expect(result.ok && result.value.progress).toEqual({ c1: n });
        else expect(!result.ok && result.problems).toEqual([{ field: 'progress:c1', message: 'Choose a rating from 1 to 5, or leave it unrated.' }]);
        if (!Number.isInteger(x)) expect(checkCheckInEntry(filled({ progress: { c2: x } }), team).ok).toBe(false);
      }),
    );
  });

  it('refuses a follow-up before the check-in, and trims the texts', () => {
    expect(checkCheckInEntry(filled({ followUpOn: '2026-10-13' }), team)).toMatchObject({ ok: false, problems: [{ field: 'followUpOn' }] });
    const ok = checkCheckInEntry(filled({ followUpOn: '2026-10-14', nextStep: '  Meet on Tuesday.\r\n', coordinatorNote: ' private ' }), team);
    expect(ok).toMatchObject({ ok: true, value: { followUpOn: '2026-10-14', nextStep: 'Meet on Tuesday.', coordinatorNote: 'private' } });
  });

  it('a stored check-in edited without change checks out to the same answers', () => {
    const stored = makeCheckIn({ date: '2026-10-02', status: 'stalled', balance: 'mostly-one-way', givesMoreId: 'zoe', progress: { c1: 2 }, nextStep: 'Call.' });
    const result = checkCheckInEntry(entryOfCheckIn(stored), team);
    expect(result.ok && { ...stored, ...result.value }).toEqual(stored);
  });
});
