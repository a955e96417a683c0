import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Participant, Program, Team, TeamMember } from '../domain/model';
import { programDraftSchema } from '../domain/programs/program-defaults';
import {
  applyMergePlan,
  headerSignature,
  mappingForHeaders,
  prepareImport,
  readRoster,
  suggestMapping,
  type ColumnMapping,
  type MergeWrite,
} from '../domain/import';
import { loadCatalog } from './catalog-repo';
import { db } from './client';
import { newId, nowIso } from './ids';
import {
  commitImport,
  listImportBatches,
  loadRememberedMappings,
  MAX_REMEMBERED_MAPPINGS,
  previewUndoImport,
  readRememberedMappings,
  rememberMapping,
  ROSTER_MAPPINGS_KEY,
  undoImport,
} from './import-repo';
import { createProgram } from './programs-repo';

let program: Program;

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  program = await createProgram(
    programDraftSchema.parse({
      name: 'Import test',
      coordinatorName: 'Inès',
      cycleStart: '2027-09-01',
      cycleEnd: '2028-05-31',
    }),
  );
});

interface Person {
  name: string;
  email: string;
  department: string;
  offers?: string;
}

function csv(people: readonly Person[]): Uint8Array {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [
    'Name,Email,Department,Can offer',
    ...people.map((p) => [p.name, p.email, p.department, p.offers ?? ''].map(quote).join(',')),
  ];
  return new TextEncoder().encode(lines.join('\r\n'));
}

async function roster(): Promise<Participant[]> {
  const list = await db.participants.where('programId').equals(program.id).toArray();
  return list.sort((a, b) => a.id.localeCompare(b.id));
}

/** Plan an import of these people against the stored roster, the way the screen does. */
async function plan(people: readonly Person[], options: { markAbsentWithdrawn?: boolean } = {}) {
  const read = await readRoster(csv(people), 'roster.csv');
  const mapping = mappingForHeaders(read.headers);
  const existing = await roster();
  const prep = prepareImport(read, mapping, await loadCatalog(program.id), existing, {
    programId: program.id,
    ...options,
  });
  expect(prep.blockers).toEqual([]);
  const write = applyMergePlan(prep.plan, existing, nowIso(), newId);
  return { write, mapping };
}

async function importPeople(
  people: readonly Person[],
  options: { markAbsentWithdrawn?: boolean } = {},
) {
  const { write, mapping } = await plan(people, options);
  return commitImport(program.id, 'roster.csv', write, write.summary, { mapping });
}

const ada: Person = {
  name: 'Ada Lovelace',
  email: 'ada@example.org',
  department: 'Research',
  offers: 'Analytical thinking',
};
const grace: Person = {
  name: 'Grace Hopper',
  email: 'grace@example.org',
  department: 'Engineering',
};
const alan: Person = { name: 'Alan Turing', email: 'alan@example.org', department: 'Research' };
const katherine: Person = {
  name: 'Katherine Johnson',
  email: 'katherine@example.org',
  department: 'Flight',
};

async function addTeam(status: Team['status'], memberIds: string[]): Promise<void> {
  const team: Team = {
    id: newId(),
    programId: program.id,
    kind: 'pair',
    status,
    number: 1,
    locked: false,
    facilitated: false,
    score: 0,
    reasons: [],
    competencyIds: [],
    letterSentOn: '', confirmedOn: '', endedOn: '', endedReason: '',
    createdAt: nowIso(),
    updatedAt: nowIso(),
  };
  await db.teams.add(team);
  const members: TeamMember[] = memberIds.map((participantId) => ({
    id: newId(),
    teamId: team.id,
    programId: program.id,
    participantId,
  }));
  await db.teamMembers.bulkAdd(members);
}

describe('commitImport', () => {
  it('adds the people and records the batch and the mapping in one go', async () => {
    const batch = await importPeople([ada, grace]);
    const people = await roster();
    expect(people.map((p) => p.email).sort()).toEqual(['ada@example.org', 'grace@example.org']);
    expect(new Set(batch.added)).toEqual(new Set(people.map((p) => p.id)));
    expect(batch.updatedBefore).toEqual([]);
    expect(batch.undone).toBe(false);
    expect(batch.summary).toMatch(/2 people added/);
    expect(await listImportBatches(program.id)).toEqual([batch]);
    const remembered = await loadRememberedMappings();
    expect(remembered).toHaveLength(1);
    expect(remembered[0]?.signature).toBe(
      headerSignature(['Name', 'Email', 'Department', 'Can offer']),
    );
  });

  it('changes nothing when one record cannot be written', async () => {
    await importPeople([ada]);
    const before = await roster();
    const { write, mapping } = await plan([{ ...ada, department: 'Maths' }, grace]);
    // A record without its key makes IndexedDB refuse the put half-way through the transaction.
    const broken: MergeWrite = {
      ...write,
      participants: [...write.participants, { ...write.participants[0] } as Participant],
    };
    delete (broken.participants[broken.participants.length - 1] as Partial<Participant>).id;
    await expect(
      commitImport(program.id, 'broken.csv', broken, broken.summary, {
        mapping: { ...mapping, signature: 'v1:other' },
      }),
    ).rejects.toThrow(/Nothing was saved/);
    expect(await roster()).toEqual(before);
    expect(await listImportBatches(program.id)).toHaveLength(1);
    expect((await loadRememberedMappings()).map((m) => m.signature)).not.toContain('v1:other');
  });

  it('refuses to write over a person edited after the review was made', async () => {
    await importPeople([ada, grace]);
    const { write } = await plan([{ ...ada, department: 'Maths' }, grace]);
    const stored = (await roster()).find((p) => p.email === 'ada@example.org') as Participant;
    await db.participants.put({
      ...stored,
      notes: 'Typed in the app meanwhile',
      updatedAt: nowIso(),
    });
    const before = await roster();
    await expect(commitImport(program.id, 'roster.csv', write, write.summary)).rejects.toThrow(
      /changed while you were reviewing.*Ada Lovelace/,
    );
    expect(await roster()).toEqual(before);
    expect(await listImportBatches(program.id)).toHaveLength(1);
  });

  it('refuses to add someone who joined the roster after the review was made', async () => {
    const { write } = await plan([ada]);
    await importPeople([ada]);
    const before = await roster();
    await expect(commitImport(program.id, 'again.csv', write, write.summary)).rejects.toThrow(
      /changed while you were reviewing/,
    );
    expect(await roster()).toEqual(before);
  });
});

describe('undoImport', () => {
  it('puts back exactly the records an import added, changed and withdrew', async () => {
    const first = await importPeople([ada, grace, alan]);
    const before = await roster();
    const second = await importPeople([{ ...ada, department: 'Mathematics' }, grace, katherine], {
      markAbsentWithdrawn: true,
    });
    expect(second.updatedBefore.map((p) => p.email)).toEqual(['ada@example.org']);
    expect(second.withdrawnBefore.map((p) => p.email)).toEqual(['alan@example.org']);
    expect(second.added).toHaveLength(1);
    expect((await roster()).find((p) => p.email === 'alan@example.org')?.status).toBe('withdrawn');

    expect(await undoImport(second.id)).toEqual({
      ok: true,
      removed: 1,
      restored: 2,
      deletedSince: 0,
    });
    expect(await roster()).toEqual(before);
    const batches = await listImportBatches(program.id);
    expect(batches.find((b) => b.id === second.id)?.undone).toBe(true);

    expect((await undoImport(first.id)).ok).toBe(true);
    expect(await roster()).toEqual([]);
  });

  it('restores the previous state for any re-import (property)', async () => {
    const base: Person[] = [ada, grace, alan, katherine];
    await importPeople(base);
    const before = await roster();
    // Every run starts from this same stored state: runs stay independent (a failure replays
    // from its seed and shrinks), and the import history does not grow run after run.
    const start = await Promise.all(db.tables.map(async (t) => [t, await t.toArray()] as const));
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.array(fc.constantFrom('Research', 'Finance', 'Legal', ''), {
          minLength: 4,
          maxLength: 4,
        }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        async (keep, departments, newcomers, withdraw) => {
          await db.transaction('rw', db.tables, async () => {
            for (const [table, rows] of start) {
              await table.clear();
              await table.bulkPut(rows);
            }
          });
          round++;
          const file: Person[] = [];
          base.forEach((p, i) => {
            if (keep[i]) file.push({ ...p, department: departments[i] ?? '' });
          });
          for (let n = 0; n < newcomers; n++)
            file.push({
              name: `New Person ${round}-${n}`,
              email: `new${round}.${n}@example.org`,
              department: 'Sales',
            });
          if (file.length === 0) return;
          const { write, mapping } = await plan(file, { markAbsentWithdrawn: withdraw });
          if (write.participants.length === 0) return;
          const batch = await commitImport(program.id, 'again.csv', write, write.summary, {
            mapping,
          });
          const result = await undoImport(batch.id);
          expect(result.ok).toBe(true);
          expect(await roster()).toEqual(before);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('refuses while a later import still in force changed the same people, and allows it after that one is undone', async () => {
    const first = await importPeople([ada, grace]);
    const second = await importPeople([{ ...ada, department: 'Mathematics' }, grace]);
    const before = await roster();
    const refused = await undoImport(first.id);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toMatch(
      /later import of "roster.csv".*Ada Lovelace.*Undo that import first/,
    );
    expect(await roster()).toEqual(before);
    expect((await listImportBatches(program.id)).every((b) => !b.undone)).toBe(true);

    expect((await undoImport(second.id)).ok).toBe(true);
    expect((await undoImport(first.id)).ok).toBe(true);
    expect(await roster()).toEqual([]);
  });

  it('allows undoing an earlier import when the later one touched other people', async () => {
    const first = await importPeople([ada]);
    await importPeople([ada, grace]);
    expect((await undoImport(first.id)).ok).toBe(true);
    expect((await roster()).map((p) => p.email)).toEqual(['grace@example.org']);
  });

  it('refuses when a person it added is now in a confirmed team', async () => {
    const batch = await importPeople([ada, grace]);
    const people = await roster();
    await addTeam(
      'confirmed',
      people.map((p) => p.id),
    );
    const before = await roster();
    const refused = await undoImport(batch.id);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toMatch(/is in confirmed Pair 01/);
    expect(await roster()).toEqual(before);
    expect(await db.teams.count()).toBe(1);
    const preview = await previewUndoImport(batch.id);
    expect(preview.ok).toBe(false);
  });

  it('removes the added people from proposed teams and from other people’s links', async () => {
    await importPeople([ada]);
    const second = await importPeople([ada, grace]);
    const people = await roster();
    const adaRecord = people.find((p) => p.email === 'ada@example.org') as Participant;
    const graceRecord = people.find((p) => p.email === 'grace@example.org') as Participant;
    await addTeam('proposed', [adaRecord.id, graceRecord.id]);
    await db.participants.put({ ...adaRecord, knownWell: [graceRecord.id] });
    expect((await undoImport(second.id)).ok).toBe(true);
    const after = await roster();
    expect(after.map((p) => p.email)).toEqual(['ada@example.org']);
    expect(after[0]?.knownWell).toEqual([]);
    expect(await db.teamMembers.count()).toBe(0);
    expect(await db.teams.count()).toBe(0);
  });

  it('refuses to undo twice', async () => {
    const batch = await importPeople([ada]);
    expect((await undoImport(batch.id)).ok).toBe(true);
    const again = await undoImport(batch.id);
    expect(again).toEqual({ ok: false, message: 'The import of "roster.csv" was already undone.' });
  });

  it('tells beforehand who was edited after the import', async () => {
    await importPeople([ada, grace]);
    const second = await importPeople([{ ...ada, department: 'Mathematics' }, grace]);
    const stored = (await roster()).find((p) => p.email === 'ada@example.org') as Participant;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await db.participants.put({ ...stored, notes: 'Edited later', updatedAt: nowIso() });
    const preview = await previewUndoImport(second.id);
    expect(preview.ok && preview.editedSince).toEqual(['Ada Lovelace']);
    expect(preview.ok && preview.restored).toBe(1);
    expect(preview.ok && preview.removed).toBe(0);
  });
});

describe('remembered mappings', () => {
  const headers = ['Full name', 'E-mail', 'Team'];
  const own: ColumnMapping = {
    signature: headerSignature(headers),
    columns: [
      { header: 'Full name', target: 'name' },
      { header: 'E-mail', target: 'email' },
      { header: 'Team', target: 'ignore' },
    ],
  };

  it('are used for the next file with the same headers', async () => {
    const { write } = await plan([ada]);
    await commitImport(program.id, 'first.csv', write, write.summary, { mapping: own });
    const remembered = await loadRememberedMappings();
    expect(
      mappingForHeaders(['full name ', 'E-MAIL', 'Team'], remembered).columns.map((c) => c.target),
    ).toEqual(['name', 'email', 'ignore']);
    // Other headers get a fresh suggestion.
    expect(mappingForHeaders(['Full name', 'E-mail', 'Team', 'Notes'], remembered)).toEqual(
      suggestMapping(['Full name', 'E-mail', 'Team', 'Notes']),
    );
  });

  it('keep the newest mapping per layout, newest first, up to the limit', () => {
    const other: ColumnMapping = { signature: 'v1:2:aaaa', columns: [] };
    const changed: ColumnMapping = {
      ...own,
      columns: own.columns.map((c) => ({
        ...c,
        target: c.target === 'ignore' ? 'department' : c.target,
      })),
    };
    const list = rememberMapping(rememberMapping(rememberMapping([], own), other), changed);
    expect(list.map((m) => m.signature)).toEqual([own.signature, other.signature]);
    expect(list[0]?.columns[2]?.target).toBe('department');
    let many: ColumnMapping[] = [];
    for (let i = 0; i < MAX_REMEMBERED_MAPPINGS + 5; i++)
      many = rememberMapping(many, { signature: `v1:1:${i}`, columns: [] });
    expect(many).toHaveLength(MAX_REMEMBERED_MAPPINGS);
    expect(many[0]?.signature).toBe(`v1:1:${MAX_REMEMBERED_MAPPINGS + 4}`);
  });

  it('keep the rule of each grid question, and load a mapping whose grid rules are of another shape without them', () => {
    const grid: ColumnMapping = {
      signature: 'v1:3:grid',
      columns: [
        { header: 'Email', target: 'email' },
        { header: 'Skills [Python]', target: 'grid' },
        { header: 'Skills [Excel]', target: 'grid' },
      ],
      grids: [{ column: 1, question: 'Skills', kind: 'choice', target: 'split', labels: { 'I can offer': 'offers', 'I want to learn': 'wants' } }],
    };
    const stored = rememberMapping([], grid);
    expect(readRememberedMappings(JSON.parse(JSON.stringify(stored)))).toEqual([grid]);
    const broken = { ...grid, grids: [{ column: 'B', labels: 'offers' }] };
    expect(readRememberedMappings([broken])).toEqual([{ signature: grid.signature, columns: grid.columns }]);
  });

  it('skip stored values that are not mappings', async () => {
    expect(readRememberedMappings('nonsense')).toEqual([]);
    expect(
      readRememberedMappings([
        own,
        { signature: 'x', columns: [{ header: 'A', target: 'shoe size' }] },
        42,
      ]),
    ).toEqual([own]);
    await db.meta.put({ key: ROSTER_MAPPINGS_KEY, value: { not: 'a list' } });
    expect(await loadRememberedMappings()).toEqual([]);
  });
});
