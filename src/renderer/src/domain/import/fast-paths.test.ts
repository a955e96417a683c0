/**
 * The import's shortcuts against the full work they skip. Each shortcut claims "for these inputs
 * the full path gives back exactly this"; these properties feed both paths random inputs made to
 * hit the edges (control characters, composed and decomposed accents, surrogate pairs, lengths
 * around each limit, odd email shapes, every kind of line break and separator) and require the
 * same result, so a coordinator's file reads the same whichever path a cell takes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../../../test/fixtures/roster/fixture-data.mjs';
import type { MappingTarget } from './column-mapping';
import { headerSignature } from './column-mapping';
import type { CompetencyTermMatch } from './competency-matching';
import { createCompetencyMatcher } from './competency-matching';
import { decodeRosterBytes, decodeRosterLines, HEAD_UNITS } from './decode-bytes';
import type { ParticipantDraft } from './row-schema';
import { CELL_RULES, cellIssue, compileMapping, emailFromCell, plainEmailCell, plainlyValid, validateRowsWith, zodCellIssue } from './row-schema';
import { planMerge } from './merge-plan';
import { buildPeopleIndex, readPeopleRefs, readPeopleRefsFully } from './people-refs';
import { readRoster } from './read-roster';
import { cleanLine, cleanLineFully, cleanMultiline, cleanMultilineFully, emailKey, isPlainLine } from './text-normalise';

// Pieces of text that stress cleaning and validation: plain ASCII, Latin-1 (with the no-break and
// soft hyphen), typographic quotes and dashes, combining accents (NFD), controls C0/C1, zero-width
// marks, line and paragraph separators, tabs and breaks, emoji (surrogate pairs), other scripts.
const PIECES = [
  'a', 'Z', '0', ' ', '  ', '-', "'", '"', '@', '.', ',', ';', '=', '+',
  'é', 'e\u0301', 'ß', 'Ø', 'ñ', 'n\u0303', '\u00a0', '\u00ad', '\u00b7', 'ˆ', '\u02ff', '\u0300', '\u0340',
  '’', '“', '–', '—', '…', '•', '\u2028', '\u2029', '\u200b', '\u200e', '\ufeff', '\u2030',
  '\u0000', '\u0007', '\u001f', '\u007f', '\u0085', '\u009f', '\t', '\n', '\r', '\r\n',
  '😀', '👩🏽‍💻', '中', 'ع', 'Å', 'A\u030a', '\u212b', 'İ', 'ﬁ',
];
const piecesText = (maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...PIECES), { maxLength }).map((p) => p.join(''));
// Lengths right at and around each limit (200, 254, 500, 5000), in UTF-16 units and code points.
const nearLimit = fc
  .tuple(fc.constantFrom(199, 200, 201, 253, 254, 255, 499, 500, 501, 4999, 5000, 5001), fc.constantFrom('x', 'é', '😀', ' '))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));
const anyCell = fc.oneof(piecesText(12), piecesText(40), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 8 }), nearLimit);

// Addresses of every shape: plain, capitals, plus tags, IDN and Unicode local parts (NFC and NFD),
// missing parts, doubled @, dots at the edges, long labels, spaces, angle brackets, quotes.
const label = fc.oneof(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.constantFrom('exämple', 'exa\u0308mple', 'xn--bcher-kva', 'a-b', '-ab', 'ab-', 'x'.repeat(63), 'x'.repeat(64), '例え', ''));
const local = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9._%+'-]{1,12}$/),
  fc.constantFrom('zoë.o’brien', 'zoe\u0308', 'a b', 'a"b', 'a,b', 'a<b', '(x)', '.a', 'a.', 'a..b', 'x'.repeat(64), 'x'.repeat(65), '', 'ü'),
);
const tld = fc.constantFrom('org', 'COM', 'co.uk', 'x', 'museum', 'ελ', '123', 'o1', 'a'.repeat(63), 'a'.repeat(64), '');
const emailCell = fc.oneof(
  fc.tuple(local, fc.array(label, { minLength: 1, maxLength: 3 }), tld).map(([l, d, t]) => `${l}@${d.join('.')}.${t}`),
  fc.tuple(local, label).map(([l, d]) => `${l}@${d}`),
  fc.tuple(local, label, tld).map(([l, d, t]) => `${l}@@${d}.${t}`),
  fc.constantFrom('', ' ', '@', 'a@b.c', 'A@B.CO', `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.org`),
  anyCell,
);

describe('cleaning shortcuts', () => {
  it('cleanLine and cleanMultiline equal the full clean-up on any cell', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        expect(cleanLine(cell)).toBe(cleanLineFully(cell));
        expect(cleanMultiline(cell)).toBe(cleanMultilineFully(cell));
        if (isPlainLine(cell)) expect(cleanLineFully(cell)).toBe(cell);
      }),
      { numRuns: 1500 },
    );
  });

  it('the plain characters are each their own NFC form, not whitespace but the space, and no two of them compose', () => {
    const plain: string[] = [];
    const add = (from: number, to: number): void => {
      for (let c = from; c <= to; c++) plain.push(String.fromCharCode(c));
    };
    add(0x20, 0x7e);
    add(0xa1, 0x2ff);
    add(0x2010, 0x2027);
    for (const ch of plain) {
      expect(ch.normalize('NFC')).toBe(ch);
      expect(/\p{M}/u.test(ch)).toBe(false);
      if (ch !== ' ') expect(ch.trim()).toBe(ch);
    }
    // Line feeds stay in multi-line cells: check them in pairs too.
    const withBreak = [...plain, '\n'];
    let changed = 0;
    for (const a of withBreak) for (const b of withBreak) if ((a + b).normalize('NFC') !== a + b) changed++;
    expect(changed).toBe(0);
  });

  it('emailKey gives the trimmed, NFC, lower-case address', () => {
    fc.assert(
      fc.property(emailCell, (cell) => {
        expect(emailKey(cell)).toBe(cell.trim().normalize('NFC').toLowerCase());
      }),
      { numRuns: 800 },
    );
  });
});

describe('validation shortcut', () => {
  const rules = Object.entries(CELL_RULES);

  it('a cell let through without zod is one zod accepts, and every cell gets zod’s verdict', () => {
    fc.assert(
      fc.property(fc.oneof(anyCell, emailCell), (cell) => {
        for (const [, rule] of rules) {
          const verdict = zodCellIssue(rule, cell);
          if (plainlyValid(rule, cell)) expect(verdict).toBeNull();
          expect(cellIssue(rule, cell)).toEqual(verdict);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('a plain email cell is one that cleaning, address extraction and zod all leave as it is', () => {
    fc.assert(
      fc.property(fc.oneof(emailCell, emailCell.map((e) => `'${e}`), emailCell.map((e) => `mailto:${e}`), emailCell.map((e) => `Ada <${e}>`)), (cell) => {
        if (!plainEmailCell(cell)) return;
        expect(cleanLineFully(cell)).toBe(cell);
        expect(cell.startsWith("'")).toBe(false); // no formula guard to take off
        expect(emailFromCell(cell)).toBe(cell);
        expect(zodCellIssue(CELL_RULES.email, cell)).toBeNull();
        expect(emailKey(cell)).toBe(cell.toLowerCase());
      }),
      { numRuns: 1500 },
    );
  });

  it('plain addresses pass without zod, and zod still refuses what is malformed', () => {
    expect(plainlyValid(CELL_RULES.email, 'ada.lovelace+mentor@example.co.uk')).toBe(true);
    for (const odd of ['zoë.o’brien@exämple.co.uk', 'ZOE@EXÄMPLE.ORG']) {
      expect(plainlyValid(CELL_RULES.email, odd)).toBe(false);
      expect(cellIssue(CELL_RULES.email, odd)).toBeNull();
    }
    for (const bad of ['jane.doe@', 'jane doe@x.org', 'jane@x', '@x.org', 'jane@@x.org']) {
      expect(cellIssue(CELL_RULES.email, bad)).toEqual({ code: 'invalid_format', limit: 0 });
    }
    expect(cellIssue(CELL_RULES.email, '')).toEqual({ code: 'too_small', limit: 0 });
    // zod counts code points: 200 emoji are 400 UTF-16 units but a valid name.
    expect(plainlyValid(CELL_RULES.name, '😀'.repeat(200))).toBe(false);
    expect(cellIssue(CELL_RULES.name, '😀'.repeat(200))).toBeNull();
    expect(cellIssue(CELL_RULES.name, '😀'.repeat(201))).toEqual({ code: 'too_big', limit: 200 });
  });

  it('whole rows validate the same with the shortcut as with zod on every cell', () => {
    const targets: [string, MappingTarget][] = [
      ['Name', 'name'],
      ['First', 'firstName'],
      ['Last', 'lastName'],
      ['Email', 'email'],
      ['Team', 'department'],
      ['Role', 'jobTitle'],
      ['Site', 'location'],
      ['Manager', 'manager'],
      ['Stage', 'careerStage'],
      ['Offers', 'offers'],
      ['Offers too', 'offers'],
      ['Wants', 'wants'],
      ['Knows', 'knownWell'],
      ['Avoid', 'doNotPair'],
      ['Partner', 'preferredPartner'],
      ['Together', 'registeredWith'],
      ['Notes', 'notes'],
      ['More notes', 'notes'],
      ['Shirt', 'custom'],
      ['Diet', 'custom'],
      ['Ignored', 'ignore'],
    ];
    const headers = targets.map(([h]) => h);
    const compiled = compileMapping(headers, { signature: headerSignature(headers), columns: targets.map(([header, target]) => ({ header, target })) });
    const stage = fc.constantFrom('', 'Early career', 'mid', 'Late', '12 years', 'sort of', ' \u0007Mid ');
    const row = fc.tuple(
      fc.array(anyCell, { minLength: targets.length, maxLength: targets.length }),
      emailCell,
      stage,
      fc.constantFrom("'=x", "''-y", "'t Hooft", ''),
    ).map(([cells, email, career, guarded]) => {
      const out = [...cells];
      out[3] = email;
      out[8] = career;
      out[5] = `${guarded}${out[5] ?? ''}`;
      return out;
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (cellRows) => {
        const rows = cellRows.map((cells, i) => ({ rowNumber: i + 2, cells }));
        expect(validateRowsWith(rows, compiled, false)).toEqual(validateRowsWith(rows, compiled, true));
      }),
      { numRuns: 300 },
    );
  });
});

describe('competency matching shortcut', () => {
  const catalog = fixtureCatalog();
  const names = catalog.map((c) => c.name);
  const separators = [',', ';', '|', '\n', '\r', '•', '·', ', ', '; ', ' ;', '\r\n', ',,'];
  const term = fc.oneof(fc.constantFrom(...names), fc.constantFrom('stress mgmt', 'analytical thinkng', 'Oral comms', 'Public speaking', '', ' ', '- Initiative', '1) Flexibility', 'FLEXIBILITY', 'flexibilité'), piecesText(6));
  const cell = fc
    .tuple(fc.array(fc.tuple(term, fc.constantFrom(...separators)), { maxLength: 6 }), term)
    .map(([parts, last]) => parts.map(([t, s]) => t + s).join('') + last);

  // What eachTerm must hand over: the cell split at every separator, each piece matched on its
  // own, empty ones and repeats left out, in cell order.
  function reference(m: ReturnType<typeof createCompetencyMatcher>, text: string): CompetencyTermMatch[] {
    const out: CompetencyTermMatch[] = [];
    for (const part of text.split(/[,;|\n\r•·]/)) {
      const t = m.matchTerm(part);
      if (t.key !== '' && !out.some((o) => o.key === t.key)) out.push(t);
    }
    return out;
  }

  it('eachTerm hands over exactly the pieces a split would, cold or warm', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (cells) => {
        const fresh = createCompetencyMatcher(catalog);
        for (const round of [1, 2]) {
          for (const text of cells) {
            const visited: CompetencyTermMatch[] = [];
            fresh.eachTerm(text, (t) => visited.push(t));
            expect(visited, `round ${round}: ${JSON.stringify(text)}`).toEqual(reference(fresh, text));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a visitor that reads another cell meanwhile does not disturb the cell being read', () => {
    const m = createCompetencyMatcher(catalog);
    const outer: string[] = [];
    const inner: string[] = [];
    m.eachTerm('Flexibility; Initiative, stress mgmt', (t) => {
      outer.push(t.key);
      m.eachTerm('Decisiveness | Flexibility', (u) => inner.push(u.key));
    });
    expect(outer).toEqual(reference(m, 'Flexibility; Initiative, stress mgmt').map((t) => t.key));
    expect(outer).toHaveLength(3);
    expect(inner).toEqual(outer.flatMap(() => reference(m, 'Decisiveness | Flexibility').map((t) => t.key)));
  });

  it('keeps giving the same answers once thousands of distinct pieces have been seen', () => {
    const m = createCompetencyMatcher(catalog);
    for (let i = 0; i < 4200; i++) m.eachTerm(`free text ${i}; Flexibility`, () => undefined);
    const visited: string[] = [];
    m.eachTerm('free text 17; Initiative; free text 4199', (t) => visited.push(t.key));
    expect(visited).toEqual(reference(m, 'free text 17; Initiative; free text 4199').map((t) => t.key));
  });
});

describe('people references shortcut', () => {
  const index = buildPeopleIndex([
    { emailKey: 'heike@x.org', name: 'Heike Strauß', firstName: 'Heike', lastName: 'Strauß' },
    { emailKey: 'zoe@x.org', name: 'Zoë Clarke', firstName: 'Zoë', lastName: 'Clarke' },
    { emailKey: 'bo@x.org', name: 'Bo Chen', firstName: 'Bo', lastName: 'Chen' },
  ]);
  const piece = fc.oneof(
    emailCell,
    fc.constantFrom('heike@x.org', 'ZOE@X.ORG', 'mailto:bo@x.org', 'Bo Chen', 'Strauß, Heike', 'Heike S. <heike@x.org>', 'a@b.c,d@e.f', 'x@y.z w', '<bo@x.org>', 'Nobody'),
  );
  const cell = fc.array(fc.tuple(piece, fc.constantFrom('; ', ';', '\n', ' | ', ', ', '')), { maxLength: 5 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

  it('a bare address is read as the general path reads it', () => {
    fc.assert(
      fc.property(cell, (text) => {
        expect(readPeopleRefs(text, index)).toEqual(readPeopleRefsFully(text, index));
      }),
      { numRuns: 800 },
    );
  });
});

describe('decoding with line feeds', () => {
  const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
  const chunk = fc.oneof(
    fc.constantFrom('a', 'é', '中', '😀', ',', '"', '\r', '\n', '\r\n', '\n\r', '\r\r', '\u2028').map(utf8),
    fc.constantFrom([0xff], [0xc3], [0x80], [0xe2, 0x82], [0x92], [0x00], [0x0d, 0x00], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xc3, 0x0d, 0x0a, 0xa9]),
  );
  const bytes = fc.array(chunk, { maxLength: 40 }).map((parts) => new Uint8Array(parts.flat()));
  const encoding = fc.constantFrom(undefined, 'utf-8', 'windows-1252', 'latin1', 'utf-16le', 'utf-16be', 'iso-8859-2');

  function expectSameAsDecodeThenRewrite(input: Uint8Array, enc: string | undefined): void {
    const whole = decodeRosterBytes(input, enc);
    const lines = decodeRosterLines(input, enc);
    if (!whole.ok) {
      expect(lines).toEqual(whole);
      return;
    }
    if (!lines.ok) throw new Error('decodeRosterLines failed where decodeRosterBytes did not');
    const text = whole.text;
    expect(lines.text).toBe(text.replace(/\r\n?/g, '\n'));
    expect(lines.head).toBe(text.slice(0, HEAD_UNITS));
    expect(lines.encoding).toBe(whole.encoding);
    expect(lines.warning).toBe(whole.warning);
    const cr = text.split('\r').length - 1;
    const crlf = text.split('\r\n').length - 1;
    const lf = text.split('\n').length - 1;
    expect(lines.uniformBreaks).toBe(cr === 0 || (cr === crlf && crlf === lf));
  }

  it('gives the text, encoding, warning and head that decoding and then rewriting line breaks gives', () => {
    fc.assert(
      fc.property(bytes, encoding, (input, enc) => expectSameAsDecodeThenRewrite(input, enc)),
      { numRuns: 1500 },
    );
  });

  it('takes the head from the text before the rewrite, also past the first 64K characters', () => {
    const line = 'Ana Núñez,ana@x.org,"Mentors 中文 speakers 😀\r\nTuesdays",Finance\r\n';
    const big = new TextEncoder().encode(`Name,Email,Notes,Team\r\n${line.repeat(4000)}`);
    expect(big.length).toBeGreaterThan(3 * HEAD_UNITS);
    expectSameAsDecodeThenRewrite(big, undefined);
    expectSameAsDecodeThenRewrite(big, 'utf-8');
    const latin = new Uint8Array([...big].map((b) => (b >= 0x80 ? 0xe9 : b)));
    expectSameAsDecodeThenRewrite(latin, undefined);
    expectSameAsDecodeThenRewrite(latin, 'windows-1252');
  });
});

describe('line breaks never change what is read', () => {
  const cellText = fc.oneof(fc.constantFrom('Ada', 'Núñez', 'a, b', 'say "hi"', 'two\nlines', 'x'), fc.stringMatching(/^[a-z ]{0,6}$/));
  const csvCell = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const table = fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 });

  it('a roster reads the same with LF, CRLF, CR or mixed line breaks, between rows and inside cells', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 20, maxLength: 20 }), async (rows, breaks) => {
        let k = 0;
        const next = (): string => breaks[k++ % breaks.length] as string;
        const lines = [['Name', 'Email', 'Notes'], ...rows].map((r) => r.map(csvCell).join(','));
        const lf = new TextEncoder().encode(`${lines.join('\n')}\n`);
        // Each row and each break inside a quoted cell ends with a break drawn from the list.
        let text = '';
        for (const l of lines) text += l.replace(/\n/g, () => next()) + next();
        const mixed = new TextEncoder().encode(text);
        const a = await readRoster(lf, 'r.csv');
        const b = await readRoster(mixed, 'r.csv');
        expect(b.headers).toEqual(a.headers);
        expect(b.rows).toEqual(a.rows);
        expect(b.problems).toEqual(a.problems);
      }),
      { numRuns: 150 },
    );
  });
});

describe('merge plan shortcut', () => {
  const draft = (rowNumber: number, email: string): ParticipantDraft => ({
    rowNumber,
    email,
    emailKey: email.toLowerCase(),
    name: `P${rowNumber}`,
    firstName: `P${rowNumber}`,
    lastName: '',
    derived: { name: false, firstName: false, lastName: true },
    department: '',
    jobTitle: '',
    location: '',
    manager: '',
    careerStage: null,
    offersText: '',
    wantsText: '',
    offers: null,
    wants: null,
    knownWellText: rowNumber % 3 === 0 ? 'a@x.org; Nobody' : '',
    doNotPairText: '',
    preferredPartnerText: '',
    registeredWithText: '',
    notes: '',
    custom: {},
  });

  it('lists rows sharing an email in first-seen order, and plans every other row once, in file order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a@x.org', 'B@x.org', 'b@x.org', 'c@x.org', 'd@x.org', 'e@x.org'), { maxLength: 12 }), (emails) => {
        const drafts = emails.map((e, i) => draft(i + 2, e));
        const plan = planMerge([], drafts, { programId: 'p' });
        const groups = new Map<string, ParticipantDraft[]>();
        for (const d of drafts) groups.set(d.emailKey, [...(groups.get(d.emailKey) ?? []), d]);
        const expectedDuplicates = [...groups].filter(([, g]) => g.length > 1).map(([key, g]) => ({ emailKey: key, email: (g[0] as ParticipantDraft).email, rows: g.map((d) => d.rowNumber) }));
        const expectedAdds = [...groups.values()].filter((g) => g.length === 1).map((g) => (g[0] as ParticipantDraft).rowNumber);
        expect(plan.duplicates).toEqual(expectedDuplicates);
        expect(plan.adds.map((a) => a.rowNumber)).toEqual(expectedAdds);
        // References resolve against the rows that are planned, whichever way the index was built.
        const soleA = groups.get('a@x.org')?.length === 1;
        for (const add of plan.adds) {
          if (add.rowNumber % 3 !== 0) continue;
          expect(add.fields.knownWellKeys).toEqual(soleA && add.emailKey !== 'a@x.org' ? ['a@x.org'] : []);
        }
      }),
      { numRuns: 300 },
    );
  });
});
