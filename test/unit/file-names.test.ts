/**
 * Every name the renderer suggests for a file it saves is one main accepts: the renderer builds
 * names with the shared rule (src/shared/file-names.ts) that the IPC contract checks.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ipcContract } from '../../src/shared/ipc-contract';
import { fileNameProblem } from '../../src/shared/file-names';
import { backupFileName } from '../../src/renderer/src/db/backup-format';
import {
  directoryFileName,
  templateFileName,
} from '../../src/renderer/src/domain/participants/export-file-name';
import { icsFileName } from '../../src/renderer/src/domain/schedule/ics-export';
import {
  documentBaseName,
  documentFileName,
} from '../../src/renderer/src/components/documents/file-names';

const saveName = ipcContract['file:save'].request.shape.suggestedName;

/** Program names as people type them, and as an attacker or a bad import might. */
const programName = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc.constantFrom(
    '.',
    '...',
    ' . ',
    'CON',
    'nul.txt',
    'R&D: "Q3/Q4"',
    'a'.repeat(400),
    '😀'.repeat(150),
  ),
);

function expectAccepted(name: string): void {
  expect(fileNameProblem(name), name).toBeNull();
  expect(saveName.safeParse(name).success, name).toBe(true);
  // No dangling separator where an empty program name was left out.
  expect(name).not.toMatch(/ [-–]( [-–])?(\.[a-z]+)?$/);
}

describe('file names the renderer suggests', () => {
  it('are accepted by main for any program name (property)', () => {
    fc.assert(
      fc.property(programName, (program) => {
        expectAccepted(documentFileName('Pairing letters', program));
        expectAccepted(documentBaseName('Competency worksheets', program));
        expectAccepted(icsFileName(program));
        expectAccepted(directoryFileName(program, '2026-09-14'));
        expectAccepted(templateFileName(program));
      }),
      { numRuns: 300 },
    );
  });

  it('leave out a program name made only of punctuation', () => {
    expect(documentFileName('Pairing letters', ' . .')).toBe('Pairing letters.docx');
    // Found by test:fuzz (seed 1455837635): "Pairing letters - -.docx".
    expect(documentFileName('Pairing letters', '-')).toBe('Pairing letters.docx');
    expect(documentFileName('Pairing letters', '0 -')).toBe('Pairing letters - 0.docx');
    expect(directoryFileName('- & -', '2026-09-14')).toBe(
      'Participants – Program – 2026-09-14.csv',
    );
    expect(icsFileName('...')).toBe('Peer mentoring - schedule.ics');
    expect(templateFileName('. ')).toBe('Roster template – Program.csv');
  });

  it('never start with a Windows device name taken from the program name', () => {
    expect(icsFileName('nul.txt')).toBe('_nul.txt - schedule.ics');
    expect(icsFileName('Console')).toBe('Console - schedule.ics');
  });

  it('include a hand-saved backup, named by its time', () => {
    expectAccepted(backupFileName('2026-01-02T03:04:05.678Z'));
  });
});
