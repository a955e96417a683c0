import { describe, expect, it } from 'vitest';
import type { ImportBatch } from '../model';
import { directoryFileName, fileSafe, templateFileName } from './export-file-name';
import { participantHistory } from './participant-history';
import { person, teamOf } from '../../../../../test/support/participants';

function batch(id: string, at: string, fields: Partial<ImportBatch>): ImportBatch {
  return {
    id,
    programId: 'prog',
    kind: 'roster',
    fileName: `${id}.csv`,
    createdAt: at,
    added: [],
    updatedBefore: [],
    withdrawnBefore: [],
    undone: false,
    summary: '',
    ...fields,
  };
}

describe('participantHistory', () => {
  const zoe = person({ id: 'zoe', name: 'Zoë' });
  const amara = person({ id: 'amara', name: 'Amara' });
  const people = new Map([zoe, amara].map((p) => [p.id, p]));

  it('lists the imports that touched the person, newest first', () => {
    const history = participantHistory(
      'zoe',
      [
        batch('first', '2026-01-01T09:00:00.000Z', { added: ['zoe', 'amara'] }),
        batch('other', '2026-01-15T09:00:00.000Z', { added: ['amara'] }),
        batch('second', '2026-02-01T09:00:00.000Z', { updatedBefore: [zoe], undone: true }),
        batch('third', '2026-03-01T09:00:00.000Z', { withdrawnBefore: [zoe] }),
      ],
      [],
      [],
      people,
    );
    expect(history.imports.map((i) => [i.fileName, i.effect, i.undone])).toEqual([
      ['third.csv', 'withdrawn', false],
      ['second.csv', 'updated', true],
      ['first.csv', 'added', false],
    ]);
  });

  it('lists the person’s teams, confirmed first, with partner names', () => {
    const old = teamOf('t1', 4, 'ended', ['zoe', 'gone']);
    const now = teamOf('t2', 2, 'confirmed', ['amara', 'zoe']);
    const notMine = teamOf('t3', 1, 'confirmed', ['amara', 'x']);
    const history = participantHistory(
      'zoe',
      [],
      [old.team, now.team, notMine.team],
      [...old.members, ...now.members, ...notMine.members],
      people,
    );
    expect(history.teams.map((t) => [t.label, t.status, t.partners])).toEqual([
      ['Pair 02', 'confirmed', ['Amara']],
      ['Pair 04', 'ended', ['someone removed from the roster']],
    ]);
  });
});

describe('export file names', () => {
  it('keeps only characters every system accepts in a file name', () => {
    expect(fileSafe('R&D: "North/South" team?')).toBe('R&D North South team');
    expect(fileSafe(' <> ')).toBe('Program');
    expect(directoryFileName('Finance 2026–27', '2026-09-14')).toBe('Participants – Finance 2026–27 – 2026-09-14.csv');
    expect(templateFileName('A|B')).toBe('Roster template – A B.csv');
  });
});
