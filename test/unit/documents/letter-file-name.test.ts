import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocPerson } from '../../../src/renderer/src/domain/documents/document-models';
import { letterFileName } from '../../../src/renderer/src/domain/documents/pair-letters';

function person(lastName: string, name = lastName): DocPerson {
  return { name, firstName: '', lastName, email: '', jobTitle: '', department: '' };
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

  it('always gives a name every file system and the save dialog accept', () => {
    const memberArb = fc.record({ lastName: fc.string({ maxLength: 80 }), name: fc.string({ maxLength: 80 }) }).map((r) => person(r.lastName, r.name));
    fc.assert(
      fc.property(fc.constantFrom('pair', 'triad', 'group' as const), fc.integer({ min: 1, max: 999 }), fc.array(memberArb, { maxLength: 5 }), (kind, number, members) => {
        const name = letterFileName({ kind, number, members });
        expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f\u007f]/);
        expect(name.length).toBeLessThanOrEqual(200);
        expect(name).toMatch(/^(Pair|Triad|Group) \d{2,3}( - .+)?\.docx$/);
        expect(name.replace(/\.docx$/, '')).not.toMatch(/[. ]$/);
      }),
      { numRuns: 300 },
    );
  });
});
