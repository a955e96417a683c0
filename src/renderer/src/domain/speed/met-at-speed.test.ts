import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metAtSpeedFor, metAtSpeedText, speedMeetingDays, speedMeetingList } from './met-at-speed';
import { meetingKey } from './speed-model';

const day = (iso: string) => `day ${iso}`;

describe('met at speed mentoring', () => {
  it('names the day two people met, whichever way round they are asked', () => {
    const events = [{ date: '2026-12-05', rounds: [[['ana', 'ben'] as [string, string], ['cy', null] as [string, null]]] }];
    expect(metAtSpeedFor(events, 'ana', 'ben', day)).toBe('met at speed mentoring on day 2026-12-05');
    expect(metAtSpeedFor(events, 'ben', 'ana', day)).toBe('met at speed mentoring on day 2026-12-05');
    expect(metAtSpeedFor(events, 'ana', 'cy', day)).toBeNull();
  });

  it('lists every event day once, earliest first, joined with "and"', () => {
    const events = [
      { date: '2027-03-01', rounds: [[['ben', 'ana'] as [string, string]]] },
      { date: '2026-12-05', rounds: [[['ana', 'ben'] as [string, string]], [['ana', 'ben'] as [string, string]]] },
      { date: '2027-06-01', rounds: [[['ana', 'ben'] as [string, string]]] },
    ];
    expect(metAtSpeedFor(events, 'ana', 'ben', day)).toBe(
      'met at speed mentoring on day 2026-12-05, day 2027-03-01 and day 2027-06-01',
    );
    expect(metAtSpeedText([], day)).toBeNull();
    expect(metAtSpeedText(undefined, day)).toBeNull();
  });

  it('knows exactly the pairs recorded as met, with their days', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const meeting = fc.tuple(id, fc.option(id, { nil: null }));
    const event = fc.record({
      date: fc.constantFrom('2026-01-05', '2026-06-10', '2027-02-01'),
      rounds: fc.array(fc.array(meeting, { maxLength: 4 }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 4 }), (events) => {
        const days = speedMeetingDays(events);
        for (const e of events)
          for (const round of e.rounds)
            for (const [a, b] of round) if (b !== null && a !== b) expect(days.get(meetingKey(a, b))).toContain(e.date);
        for (const [key, list] of days) {
          expect([...list].sort()).toEqual(list);
          expect(new Set(list).size).toBe(list.length);
          for (const d of list)
            expect(events.some((e) => e.date === d && e.rounds.some((r) => r.some(([a, b]) => b !== null && a !== b && meetingKey(a, b) === key)))).toBe(true);
        }
        expect(speedMeetingList(events).map(([a, b, d]) => [meetingKey(a, b), d])).toEqual([...days]);
      }),
    );
  });
});
