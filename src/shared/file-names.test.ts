import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  avoidingWindowsDeviceName,
  cleanFileNamePart,
  fileNameProblem,
  fileNameProblems,
  hasLetterOrDigit,
  isWindowsDeviceName,
  MAX_FILE_NAME_LENGTH,
  truncateFileNamePart,
  withoutEdgeSeparators,
  withoutTrailingDotsAndSpaces,
  withoutTrailingSeparators,
} from './file-names';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('the file-name rule', () => {
  it.each([
    ['', 'empty'],
    ['a'.repeat(MAX_FILE_NAME_LENGTH + 1), 'too-long'],
    ['Q3/Q4.docx', 'forbidden-character'],
    ['a\\b', 'forbidden-character'],
    ['R&D: plan.docx', 'forbidden-character'],
    ['tab\there', 'forbidden-character'],
    ['del\u007f', 'forbidden-character'],
    ['.', 'dot-name'],
    ['..', 'dot-name'],
    ['CON', 'windows-device-name'],
    ['nul.docx', 'windows-device-name'],
    ['Com1.tar.gz', 'windows-device-name'],
    ['LPT¹.txt', 'windows-device-name'],
    ['CONIN$', 'windows-device-name'],
    ['conout$.log', 'windows-device-name'],
    ['CON .txt', 'windows-device-name'],
    ['Pairing letter.', 'trailing-dot-or-space'],
    ['notes ', 'trailing-dot-or-space'],
  ])('refuses %j (%s)', (name, problem) => {
    expect(fileNameProblems(name)).toContain(problem);
    expect(fileNameProblem(name)).not.toBeNull();
  });

  it.each([
    'Pair 07 - García & Müller.docx',
    'Console.docx',
    'COM10.txt',
    'con-notes.docx',
    'Participants – Finance – 2026-09-14.csv',
    '.hidden',
    'a'.repeat(MAX_FILE_NAME_LENGTH),
    '日本語の手紙.docx',
  ])('accepts %j', (name) => {
    expect(fileNameProblem(name)).toBeNull();
  });

  it('prefixes a name that would be a device name, and leaves others alone', () => {
    expect(avoidingWindowsDeviceName('nul.txt - schedule.ics')).toBe('_nul.txt - schedule.ics');
    expect(fileNameProblem(avoidingWindowsDeviceName('CON'))).toBeNull();
    expect(avoidingWindowsDeviceName('Console.ics')).toBe('Console.ics');
  });

  it('knows device names in any letter case, and only as the whole first part of a name', () => {
    expect(isWindowsDeviceName('aUx.Css')).toBe(true);
    expect(isWindowsDeviceName('auxiliary.css')).toBe(false);
    expect(isWindowsDeviceName('my con.docx')).toBe(false);
  });
});

describe('making text fit for a file name', () => {
  it('replaces forbidden characters, collapses white space and keeps accents in NFC', () => {
    expect(cleanFileNamePart('  R&D: "Q3/Q4"\tteam ')).toBe('R&D Q3 Q4 team');
    expect(cleanFileNamePart('Mu\u0308ller')).toBe('Müller');
    expect(cleanFileNamePart('a\ud800b')).toBe('a b');
  });

  it('cuts to a length without splitting a surrogate pair', () => {
    expect(truncateFileNamePart('ab😀', 3)).toBe('ab');
    expect(truncateFileNamePart('ab😀', 4)).toBe('ab😀');
    expect(truncateFileNamePart('abc', 10)).toBe('abc');
  });

  it('removes separators that would dangle, and tells whether text says anything', () => {
    expect(withoutTrailingSeparators('Finance - ')).toBe('Finance');
    expect(withoutTrailingSeparators('.NET guild,')).toBe('.NET guild');
    expect(withoutEdgeSeparators('-Lee,')).toBe('Lee');
    expect(withoutEdgeSeparators('Smith-Jones')).toBe('Smith-Jones');
    expect(hasLetterOrDigit('- & .')).toBe(false);
    expect(hasLetterOrDigit('²')).toBe(true);
    expect(hasLetterOrDigit('李')).toBe(true);
  });

  it('removes the dots and spaces Windows would drop', () => {
    expect(withoutTrailingDotsAndSpaces('Smith Jr. . ')).toBe('Smith Jr');
    expect(withoutTrailingDotsAndSpaces('...')).toBe('');
  });

  it('a cleaned, cut and tidied part is a valid name or empty (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300, unit: 'binary' })),
        fc.integer({ min: 1, max: MAX_FILE_NAME_LENGTH }),
        (text, max) => {
          const part = withoutTrailingDotsAndSpaces(
            truncateFileNamePart(cleanFileNamePart(text), max),
          );
          expect(part.length).toBeLessThanOrEqual(max);
          expect(part).not.toMatch(LONE_SURROGATE);
          // A device name needs a suffix ("CON - schedule.ics"); every other problem is gone.
          const problems = fileNameProblems(part).filter((p) => p !== 'windows-device-name');
          expect(problems).toEqual(part === '' ? ['empty'] : []);
        },
      ),
      { numRuns: 300 },
    );
  });
});
