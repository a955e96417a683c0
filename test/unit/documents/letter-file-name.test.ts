import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocPerson } from '../../../src/renderer/src/domain/documents/document-models';
import { letterFileName } from '../../../src/renderer/src/domain/documents/pair-letters';
import { fileNameProblem } from '../../../src/shared/file-names';

function person(lastName: string, name = lastName, firstName = ''): DocPerson {
  return { name, firstName, lastName, email: '', jobTitle: '', department: '' };
}

/** The names after "Pair 01 - ", split at the separators the file name puts between them. */
function nameSegments(fileName: string): string[] {
  const body = fileName.replace(/\.docx$/, '');
  const at = body.indexOf(' - ');
  return at === -1 ? [] : body.slice(at + 3).split(/, | & /);
}

describe('letterFileName', () => {
  it('names pairs and triads by number and last names', () => {
    expect(letterFileName({ kind: 'pair', number: 7, members: [person('Garcia'), person('Muller')] })).toBe('Pair 07 - Garcia & Muller.docx');
    expect(letterFileName({ kind: 'triad', number: 3, members: [person('A'), person('B'), person('C')] })).toBe('Triad 03 - A, B & C.docx');
  });

  it('keeps accents and removes characters that file names cannot hold', () => {
    expect(letterFileName({ kind: 'pair', number: 12, members: [person('Núñez'), person('Ol/iv:er?')] })).toBe('Pair 12 - Núñez & Ol iv er.docx');
  });

  it('falls back to the display name, then to the label alone', () => {
    expect(letterFileName({ kind: 'pair', number: 1, members: [person('', 'Prince'), person('Lee')] })).toBe('Pair 01 - Prince & Lee.docx');
    expect(letterFileName({ kind: 'pair', number: 2, members: [] })).toBe('Pair 02.docx');
  });

  it('never leaves a dangling separator or an empty name for names made only of punctuation', () => {
    // Found by fast-check (seed -121280024): a last name "." gave "Pair 01 -.docx".
    expect(letterFileName({ kind: 'pair', number: 1, members: [person('.', '.')] })).toBe('Pair 01.docx');
    expect(letterFileName({ kind: 'pair', number: 1, members: [person('.', '. .'), person('- & ,', '')] })).toBe('Pair 01.docx');
    expect(letterFileName({ kind: 'pair', number: 4, members: [person('.', 'Ana .'), person('Lee')] })).toBe('Pair 04 - Ana & Lee.docx');
    expect(letterFileName({ kind: 'pair', number: 5, members: [person('?', '', 'Bo'), person('Smith Jr.')] })).toBe('Pair 05 - Bo & Smith Jr.docx');
    expect(letterFileName({ kind: 'triad', number: 6, members: [person('A'), person('...'), person('C')] })).toBe('Triad 06 - A & C.docx');
    // Found by test:fuzz (seed 1455837635): a comma inside one name read as two names.
    expect(letterFileName({ kind: 'pair', number: 7, members: [person('0,, 0'), person('Smith, Jr.')] })).toBe('Pair 07 - 0 0 & Smith Jr.docx');
  });

  it('shortens a very long name at a letter, without splitting a character', () => {
    const long = letterFileName({ kind: 'pair', number: 9, members: [person('😀'.repeat(20) + 'a'.repeat(200)), person('Lee')] });
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long).toMatch(/^Pair 09 - (😀){20}a+\.docx$/u);
    const cut = letterFileName({ kind: 'pair', number: 9, members: [person('b'.repeat(139) + ' 😀😀')] });
    expect(cut).toBe(`Pair 09 - ${'b'.repeat(139)}.docx`);
  });

  it('always gives a name every file system and the save dialog accept', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ maxLength: 80, unit: 'binary' }),
      fc.stringMatching(/^[ .,;&\-?*]{0,6}$/),
    );
    const memberArb = fc.record({ lastName: text, name: text, firstName: text }).map((r) => person(r.lastName, r.name, r.firstName));
    fc.assert(
      fc.property(fc.constantFrom('pair', 'triad', 'group' as const), fc.integer({ min: 1, max: 999 }), fc.array(memberArb, { maxLength: 5 }), (kind, number, members) => {
        const name = letterFileName({ kind, number, members });
        expect(fileNameProblem(name)).toBeNull();
        expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        expect(name.length).toBeLessThanOrEqual(200);
        expect(name).toMatch(/^(Pair|Triad|Group) \d{2,3}( - .+)?\.docx$/);
        expect(name.replace(/\.docx$/, '')).not.toMatch(/[\s.,;&-]$/);
        const segments = nameSegments(name);
        expect(segments.length).toBeLessThanOrEqual(members.length);
        for (const segment of segments) {
          expect(segment).toMatch(/[\p{L}\p{N}]/u);
          expect(segment).not.toMatch(/^[\s.,;&-]|[\s.,;&-]$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
