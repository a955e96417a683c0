import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { ProgramEvent } from '../model';
import { generateAnnualSchedule } from './annual-schedule';
import { buildIcsCalendar, escapeIcsText, foldIcsLine, icsEventUid, icsFileName } from './ics-export';
import { DEFAULT_MEETING_RULE } from './meeting-rule';

const program = { id: 'prog-1', name: 'Peer Mentoring 2026/27', organisation: 'Müller & Søn, Inc.' };
const events: ProgramEvent[] = generateAnnualSchedule({
  programId: program.id,
  cycleStart: '2026-09-01',
  cycleEnd: '2027-05-31',
  rule: DEFAULT_MEETING_RULE,
  place: 'Room 4.12; east wing, 4th floor',
}).map((e, i) => ({ ...e, id: `event-${i}` }));

function parse(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

const STAMP = '2026-08-20T09:15:00.000Z';

describe('buildIcsCalendar', () => {
  const text = buildIcsCalendar({ program, events, dtstamp: STAMP });
  const parsed = parse(text);

  it('contains every month: five timed gatherings and four all-day pair months', () => {
    expect(parsed).toHaveLength(9);
    expect(parsed.filter((e) => e.startDate.isDate)).toHaveLength(4);
  });

  it('writes floating local times (no Z, no TZID) that read back as the same date and time', () => {
    const november = parsed[2]!;
    expect(november.startDate.toString()).toBe('2026-11-10T12:00:00');
    expect(november.endDate.toString()).toBe('2026-11-10T14:00:00');
    expect(november.startDate.zone?.tzid).toBe('floating');
    expect(november.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBeUndefined();
    expect(text).not.toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect(november.duration.toSeconds()).toBe(2 * 3600);
  });

  it('makes "pairs meet by arrangement" months all-day entries on the 1st that do not block time', () => {
    const october = parsed[1]!;
    expect(october.startDate.isDate).toBe(true);
    expect(october.startDate.toString()).toBe('2026-10-01');
    expect(october.endDate.toString()).toBe('2026-10-02');
    expect(october.summary).toContain('Pairs meet by arrangement');
    expect(october.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('can leave the pair months out', () => {
    expect(parse(buildIcsCalendar({ program, events, dtstamp: STAMP, pairsMonths: 'omit' }))).toHaveLength(5);
  });

  it('keeps commas, semicolons, backslashes, accents, emoji and line breaks in text intact', () => {
    const special: ProgramEvent = {
      ...events[2]!,
      title: 'Kick-off: "Self", goals; notes \\ café 🎉',
      place: 'Salle Hélène, 2e étage; bâtiment B',
      notes: 'Bring:\n- the worksheet\n- a pen, please',
    };
    const [event] = parse(buildIcsCalendar({ program, events: [special], dtstamp: STAMP }));
    expect(event?.summary).toBe(`${program.name}: ${special.title}`);
    expect(event?.location).toBe(special.place);
    expect(event?.description).toContain('Bring:\n- the worksheet\n- a pen, please');
    expect(event?.description).toContain('Müller & Søn, Inc.');
  });

  it('uses CRLF line ends and folds every line to at most 75 octets', () => {
    const long: ProgramEvent = { ...events[2]!, notes: 'Ünïcödé text with emoji 🎉🎉🎉 '.repeat(20) };
    const out = buildIcsCalendar({ program, events: [long], dtstamp: STAMP });
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of out.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(out)[0]?.description).toContain('Ünïcödé text with emoji 🎉🎉🎉');
  });

  it('gives the same UIDs on re-export and a higher SEQUENCE later', () => {
    const later = parse(buildIcsCalendar({ program, events, dtstamp: '2026-10-02T16:00:00Z' }));
    expect(later.map((e) => e.uid)).toEqual(parsed.map((e) => e.uid));
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(9);
    expect(parsed[0]?.uid).toBe(icsEventUid('prog-1', 'event-0'));
    expect(later[0]!.sequence).toBeGreaterThan(parsed[0]!.sequence);
    const counted = parse(buildIcsCalendar({ program, events, dtstamp: STAMP, sequence: 7 }));
    expect(counted[0]?.sequence).toBe(7);
  });

  it('ends a meeting that runs past midnight on the next day', () => {
    const late: ProgramEvent = { ...events[2]!, startTime: '23:00', minutes: 120 };
    const [event] = parse(buildIcsCalendar({ program, events: [late], dtstamp: STAMP }));
    expect(event?.endDate.toString()).toBe('2026-11-11T01:00:00');
  });

  it('writes DTSTAMP in UTC from the timestamp passed in', () => {
    expect(text).toContain('DTSTAMP:20260820T091500Z');
  });
});

describe('text escaping and folding', () => {
  it('escapes the characters RFC 5545 reserves', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('round-trips any text through escape, fold and ical.js', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (raw) => {
        const text = raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f\r]/g, '');
        const ev: ProgramEvent = { ...events[2]!, title: text };
        const [event] = parse(buildIcsCalendar({ program: { ...program, name: 'P' }, events: [ev], dtstamp: STAMP }));
        expect(event?.summary).toBe(`P: ${text}`);
      }),
      { numRuns: 200 },
    );
  });

  it('never splits a character when folding', () => {
    const line = 'X'.repeat(74) + '🎉' + 'é'.repeat(50);
    const folded = foldIcsLine(line);
    expect(folded.split('\r\n').map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });
});

describe('icsFileName', () => {
  it('removes characters that files cannot have', () => {
    expect(icsFileName('Mentoring: 2026/27?')).toBe('Mentoring 2026 27 - schedule.ics');
    expect(icsFileName('  ')).toBe('Peer mentoring - schedule.ics');
  });
});
