import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipcContract } from '@shared/ipc-contract';
import { documentBaseName, documentFileName, joinPath } from './file-names';

const fileNameSchema = ipcContract['file:save'].request.shape.suggestedName;

describe('document file names', () => {
  it('puts what the document is first, then the program', () => {
    expect(documentFileName('Pairing letters', 'Larkfield Health — Peer Mentoring 2026–27')).toBe(
      'Pairing letters - Larkfield Health — Peer Mentoring 2026–27.docx',
    );
  });

  it('removes characters files cannot hold and a trailing dot', () => {
    expect(documentFileName('Competency worksheet', 'R&D: "Q3/Q4" team.')).toBe(
      'Competency worksheet - R&D Q3 Q4 team.docx',
    );
    expect(documentBaseName('Pairing letters', '   ')).toBe('Pairing letters');
  });

  it('always gives a name the desktop app accepts for saving (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (program) => {
        expect(
          fileNameSchema.safeParse(documentFileName('Skills inventory form', program)).success,
        ).toBe(true);
        expect(fileNameSchema.safeParse(documentBaseName('Pairing letters', program)).success).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('joins folder and file with the folder’s own separator', () => {
    expect(joinPath('C:\\Users\\Maeve\\Letters', 'Pair 01 - A & B.docx')).toBe(
      'C:\\Users\\Maeve\\Letters\\Pair 01 - A & B.docx',
    );
    expect(joinPath('/home/maeve/Letters/', 'x.docx')).toBe('/home/maeve/Letters/x.docx');
  });
});
