import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../../../test/fixtures/roster/fixture-data.mjs';
import type { CareerStage, Participant } from '../model';
import { suggestMapping } from './column-mapping';
import { exportParticipantsCsv } from './export-csv';
import { applyMergePlan, changeCount } from './merge-plan';
import { prepareImport } from './prepare-import';
import { readRoster } from './read-roster';

const PROGRAM = 'program-1';
const NOW = '2026-09-14T10:00:00.000Z';
const catalog = fixtureCatalog(PROGRAM);
const CUSTOM_HEADERS = ['Shirt size', 'Pronouns', 'Dietary requirements'];

// Characters that stress a CSV round trip: separators, quotes, formula starts, accents (composed
// and combining), emoji, non-Latin scripts.
const TRICKY = [',', ';', '"', "'", '=', '+', '-', '@', '|', ' ', 'é', 'e\u0301', 'ß', 'Ø', '😀', '👩🏽‍💻', 'ñ', '中', 'ع', 'a', 'B', 'z', '0', '9', '.', '(', ')'];
const lineText = (max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...TRICKY), { maxLength: max }).map((cs) => cs.join(''));
const multiText = fc.array(fc.constantFrom(...TRICKY, '\n', '\n'), { maxLength: 60 }).map((cs) => cs.join(''));
const nonBlank = (max: number): fc.Arbitrary<string> => lineText(max).filter((s) => s.trim() !== '');

// What the app stores for a typed value: NFC, single spaces, trimmed (notes keep line breaks).
const storedLine = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const storedNotes = (s: string): string => s.normalize('NFC').trim();

const emailArb = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,10}$/),
    fc.stringMatching(/^[a-z0-9]{1,8}$/),
    fc.constantFrom('org', 'com', 'example', 'co.uk'),
    fc.boolean(),
  )
  .map(([local, domain, tld, upper]) => {
    const e = `${local}@${domain}.${tld}`;
    return upper ? e.toUpperCase() : e;
  })
  .filter((e) => !/\.\.|\.@/.test(e));

interface Generated {
  email: string;
  name: string;
  firstName: string;
  lastName: string;
  department: string;
  jobTitle: string;
  location: string;
  manager: string;
  careerStage: CareerStage | null;
  notes: string;
  offers: number[];
  wants: number[];
  knownWell: number[];
  partner: number;
  custom: [string, string][];
}

const personArb: fc.Arbitrary<Generated> = fc.record({
  email: emailArb,
  name: nonBlank(30),
  firstName: lineText(15),
  lastName: lineText(15),
  department: lineText(20),
  jobTitle: lineText(20),
  location: lineText(12),
  manager: lineText(20),
  careerStage: fc.constantFrom<CareerStage | null>(null, 'early', 'mid', 'late'),
  notes: multiText,
  offers: fc.uniqueArray(fc.nat({ max: catalog.length - 1 }), { maxLength: 5 }),
  wants: fc.uniqueArray(fc.nat({ max: catalog.length - 1 }), { maxLength: 5 }),
  knownWell: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 3 }),
  partner: fc.integer({ min: -1, max: 7 }),
  custom: fc.array(fc.tuple(fc.constantFrom(...CUSTOM_HEADERS), nonBlank(15)), { maxLength: 3 }),
});

const rosterArb = fc.uniqueArray(personArb, { minLength: 1, maxLength: 8, selector: (p) => p.email.toLowerCase() });

/** Stored participants as the app would hold them (values already cleaned). */
function toParticipants(people: readonly Generated[]): Participant[] {
  const ids = people.map((_, i) => `p${i}`);
  return people.map((g, i) => {
    const others = (n: number): string | undefined => (n % people.length === i ? undefined : ids[n % people.length]);
    const partnerIndex = g.partner < 0 ? -1 : g.partner % people.length;
    return {
      id: ids[i] as string,
      programId: PROGRAM,
      emailKey: g.email.toLowerCase(),
      email: g.email,
      firstName: storedLine(g.firstName),
      lastName: storedLine(g.lastName),
      name: storedLine(g.name),
      department: storedLine(g.department),
      jobTitle: storedLine(g.jobTitle),
      careerStage: g.careerStage,
      location: storedLine(g.location),
      manager: storedLine(g.manager),
      offers: g.offers.map((n) => (catalog[n] as (typeof catalog)[number]).id),
      wants: g.wants.map((n) => (catalog[n] as (typeof catalog)[number]).id),
      knownWell: [...new Set(g.knownWell.map(others).filter((x): x is string => x !== undefined))],
      doNotPair: [],
      preferredPartnerEmail: partnerIndex === -1 || partnerIndex === i ? '' : (people[partnerIndex] as Generated).email.toLowerCase(),
      registeredWithEmail: '',
      notes: storedNotes(g.notes),
      custom: Object.fromEntries(g.custom.map(([k, v]) => [k, storedLine(v)])),
      status: 'active',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  });
}

async function importCsv(csv: string, existing: readonly Participant[]) {
  const read = await readRoster(new TextEncoder().encode(csv), 'roster.csv');
  return prepareImport(read, suggestMapping(read.headers), catalog, existing, { programId: PROGRAM, markAbsentWithdrawn: true });
}

describe('roster round trip (property)', () => {
  it('export → read → map → validate → apply gives back every field; importing it again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(rosterArb, async (people) => {
        const original = toParticipants(people);
        const csv = exportParticipantsCsv(original, catalog);
        const prepared = await importCsv(csv, []);
        expect(prepared.blockers).toEqual([]);
        let n = 0;
        const written = applyMergePlan(prepared.plan, [], NOW, () => `n${++n}`).participants;
        const emailOf = new Map(written.map((p) => [p.id, p.emailKey]));
        const originalEmailOf = new Map(original.map((p) => [p.id, p.emailKey]));
        expect(written).toHaveLength(original.length);
        for (const o of original) {
          const w = written.find((p) => p.emailKey === o.emailKey);
          expect(w).toBeDefined();
          if (w === undefined) continue;
          expect({
            email: w.email,
            name: w.name,
            firstName: w.firstName,
            lastName: w.lastName,
            department: w.department,
            jobTitle: w.jobTitle,
            careerStage: w.careerStage,
            location: w.location,
            manager: w.manager,
            offers: w.offers,
            wants: w.wants,
            preferredPartnerEmail: w.preferredPartnerEmail,
            notes: w.notes,
            custom: w.custom,
          }).toEqual({
            email: o.email,
            name: o.name,
            // An empty first/last name is worked out from the full name on import.
            firstName: o.firstName === '' && o.lastName === '' ? w.firstName : o.firstName,
            lastName: o.firstName === '' && o.lastName === '' ? w.lastName : o.lastName,
            department: o.department,
            jobTitle: o.jobTitle,
            careerStage: o.careerStage,
            location: o.location,
            manager: o.manager,
            offers: o.offers,
            wants: o.wants,
            preferredPartnerEmail: o.preferredPartnerEmail,
            notes: o.notes,
            custom: o.custom,
          });
          expect(w.knownWell.map((id) => emailOf.get(id))).toEqual(o.knownWell.map((id) => originalEmailOf.get(id)));
        }
        const again = await importCsv(csv, written);
        expect(again.blocked).toBe(false);
        expect(changeCount(again.plan)).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('exported cells (property)', () => {
  it('never start with a character a spreadsheet runs as a formula', () => {
    const risky = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "''"), fc.string({ maxLength: 8 })).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(fc.array(risky, { minLength: 6, maxLength: 6 }), ([a, b, c, d, e, f]) => {
        const p = toParticipants([
          { email: 'x@y.org', name: 'N', firstName: '', lastName: '', department: '', jobTitle: '', location: '', manager: '', careerStage: null, notes: '', offers: [], wants: [], knownWell: [], partner: -1, custom: [] },
        ])[0] as Participant;
        const csv = exportParticipantsCsv([{ ...p, name: a ?? '', department: b ?? '', notes: c ?? '', manager: d ?? '', location: e ?? '', custom: { Extra: f ?? '' } }], catalog);
        const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n' }).data;
        for (const row of rows) for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading arbitrary input (property)', () => {
  function checkShape(read: Awaited<ReturnType<typeof readRoster>>): void {
    if (read.rows.length === 0) {
      expect(read.problems.some((p) => p.severity === 'error')).toBe(true);
      return;
    }
    let last = read.headerRow;
    for (const row of read.rows) {
      expect(row.cells).toHaveLength(read.headers.length);
      expect(row.rowNumber).toBeGreaterThan(last);
      last = row.rowNumber;
    }
    expect(new Set(read.headers.map((h) => h.toLowerCase())).size).toBe(read.headers.length);
  }

  it('random bytes give rows or a structured problem, never a throw', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 1500 }),
      // Start like a zip (a workbook) or carry BOMs, to reach those code paths too.
      fc.uint8Array({ maxLength: 600 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])),
      fc.uint8Array({ maxLength: 600 }).map((b) => new Uint8Array([0xff, 0xfe, ...b])),
      fc.uint8Array({ maxLength: 600 }).map((b) => new Uint8Array([0xef, 0xbb, 0xbf, ...b])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('r.csv', 'r.xlsx', 'r.txt', 'r'), async (b, name) => {
        const read = await readRoster(b, name);
        checkShape(read);
        // The rest of the pipeline takes whatever the read gives.
        expect(() => prepareImport(read, suggestMapping(read.headers), catalog, [], { programId: PROGRAM })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('random delimited text reads into a consistent table, never a throw', async () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'é', ' ', ',', ';', '\t', '"', '\n', '\r\n', '\r', '@', '.', 'x@y.org'), { maxLength: 300 }).map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom(undefined, ',', ';', '\t'), async (t, delimiter) => {
        const read = await readRoster(new TextEncoder().encode(t), 'r.csv', delimiter === undefined ? {} : { delimiter });
        checkShape(read);
        expect(() => prepareImport(read, suggestMapping(read.headers), catalog, [], { programId: PROGRAM })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
