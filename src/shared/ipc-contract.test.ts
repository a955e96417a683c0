import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ipcContract } from './ipc-contract';

const RESERVED_MESSAGE = /reserved by Windows/;
const TRAILING_MESSAGE = 'File name cannot end with a dot or a space';

/** Validates `name` where the contract uses its file-name rule: one saved file's name. */
function checkSaveName(name: string) {
  return ipcContract['file:save'].request.safeParse({
    suggestedName: name,
    data: new Uint8Array(),
  });
}

function messages(result: ReturnType<typeof checkSaveName>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

const deviceNames = [
  'CON',
  'PRN',
  'AUX',
  'NUL',
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`COM${n}`, `LPT${n}`]),
];

/** The name with each letter in upper or lower case as `flags` says. */
function withCase(name: string, flags: boolean[]): string {
  return [...name].map((ch, i) => (flags[i] ? ch.toUpperCase() : ch.toLowerCase())).join('');
}

describe('file names in the IPC contract', () => {
  it.each([
    'CON',
    'con',
    'Prn.docx',
    'aux.txt',
    'NUL.tar.gz',
    'com1',
    'COM9.docx',
    'lpt1.pdf',
    'Lpt9',
    'CON .txt',
  ])('refuses the Windows device name %s', (name) => {
    const result = checkSaveName(name);
    expect(result.success).toBe(false);
    expect(messages(result).some((m) => RESERVED_MESSAGE.test(m))).toBe(true);
  });

  it.each(['Pairing letter.', 'Pair 07 - Garcia ', 'report.docx.', 'notes ', '...'])(
    'refuses %j, which ends in a dot or a space',
    (name) => {
      const result = checkSaveName(name);
      expect(result.success).toBe(false);
      expect(messages(result)).toContain(TRAILING_MESSAGE);
    },
  );

  it.each([
    'Pair 07 - Garcia & Muller.docx',
    'Console.docx',
    'Auxiliary notes.txt',
    'Null hypothesis.csv',
    'COM10.txt',
    'LPT.txt',
    'com.docx',
    'con-notes.docx',
    'my con.docx',
    'Program report 2026.pdf',
    '.hidden',
  ])('accepts the ordinary name %s', (name) => {
    expect(checkSaveName(name).success).toBe(true);
  });

  it('applies the same rule to every file and the folder of a multi-file save', () => {
    const save = ipcContract['file:save-many'].request;
    const data = new Uint8Array();
    expect(save.safeParse({ files: [{ name: 'Pair 01.docx', data }] }).success).toBe(true);
    expect(save.safeParse({ files: [{ name: 'nul.docx', data }] }).success).toBe(false);
    expect(save.safeParse({ files: [{ name: 'Pair 01.docx ', data }] }).success).toBe(false);
    expect(
      save.safeParse({ folderName: 'Letters.', files: [{ name: 'Pair 01.docx', data }] }).success,
    ).toBe(false);
    expect(
      save.safeParse({ folderName: 'aux', files: [{ name: 'Pair 01.docx', data }] }).success,
    ).toBe(false);
  });

  it('refuses every device name in any letter case, with or without an extension (property)', () => {
    const extension = fc.stringMatching(/^(\.[a-z0-9]{1,5}){0,2}$/);
    fc.assert(
      fc.property(
        fc.constantFrom(...deviceNames),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        extension,
        (device, flags, ext) => {
          const result = checkSaveName(withCase(device, flags) + ext);
          expect(result.success).toBe(false);
          expect(messages(result).some((m) => RESERVED_MESSAGE.test(m))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts a name that only starts like a device name (property)', () => {
    // A letter right after the device name makes it an ordinary word ("Console", "Auxiliary").
    fc.assert(
      fc.property(
        fc.constantFrom(...deviceNames),
        fc.stringMatching(/^[a-z][a-z0-9 ]{0,10}[a-z0-9]$/),
        (device, rest) => {
          expect(checkSaveName(`${device}${rest}.docx`).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses any otherwise valid name once a dot or space ends it (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 _-]{0,20}\.docx$/),
        fc.constantFrom('.', ' ', '. ', ' .', '..'),
        (name, tail) => {
          expect(checkSaveName(name).success).toBe(true);
          expect(messages(checkSaveName(name + tail))).toContain(TRAILING_MESSAGE);
        },
      ),
      { numRuns: 200 },
    );
  });
});
