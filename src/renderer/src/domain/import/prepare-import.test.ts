import { describe, expect, it } from 'vitest';
import { fixtureCatalog, fixturePeople, googleFormsExpected, loadFixture } from '../../../../../test/fixtures/roster/fixture-data.mjs';
import type { Participant } from '../model';
import { suggestMapping } from './column-mapping';
import { applyMergePlan, changeCount } from './merge-plan';
import { prepareImport } from './prepare-import';
import { readRoster } from './read-roster';

const PROGRAM = 'program-1';
const NOW = '2026-09-14T10:00:00.000Z';
const catalog = fixtureCatalog(PROGRAM);
const idOf = (name: string): string => catalog.find((c) => c.name === name)?.id ?? `missing:${name}`;
const counter = (): (() => string) => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('prepareImport on the fixtures', () => {
  it.each([
    ['excel-utf8-bom.csv', 26],
    ['excel-windows-1252.csv', 24],
    ['excel-unicode-text-utf16le.txt', 25],
    ['european-semicolon.csv', 22],
    ['workbook-two-sheets.xlsx', 24],
    ['mixed-line-endings.csv', 9],
  ])('%s maps and validates with no failing rows', async (file, people) => {
    const read = await readRoster(loadFixture(file), file);
    const prepared = prepareImport(read, suggestMapping(read.headers), catalog, [], { programId: PROGRAM });
    expect(prepared.mappingProblems).toEqual([]);
    expect(prepared.rows.filter((r) => !r.ok)).toEqual([]);
    expect(prepared.plan.adds).toHaveLength(people);
    expect(prepared.competencyIssues.filter((i) => i.status === 'pending')).toEqual([]);
    expect(prepared.blocked).toBe(false);
  });

  it('imports a Google Forms export: typos wait for a decision, then everything lands and a re-import changes nothing', async () => {
    const read = await readRoster(loadFixture('google-forms.csv'), 'responses.csv');
    const mapping = suggestMapping(read.headers);
    const first = prepareImport(read, mapping, catalog, [], { programId: PROGRAM });
    expect(first.blocked).toBe(true);
    const pending = first.competencyIssues.filter((i) => i.status === 'pending');
    expect(pending.map((i) => [i.term, i.kind, i.suggestion?.name])).toEqual(
      expect.arrayContaining([
        ['analytical thinkng', 'suggested', 'Analytical thinking'],
        ['Fostering team work', 'suggested', 'Fostering teamwork'],
      ]),
    );
    expect(pending.every((i) => i.kind === 'suggested')).toBe(true);
    expect(pending[0]?.occurrences[0]).toMatchObject({ column: expect.stringMatching(/^Which skills/) });
    expect(first.blockers.some((b) => b.includes('need a decision') || b.includes('needs a decision'))).toBe(true);

    // The coordinator accepts every suggestion.
    const choices = Object.fromEntries(pending.map((i) => [i.key, i.suggestion?.competencyId ?? null]));
    const ready = prepareImport(read, mapping, catalog, [], { programId: PROGRAM, competencyChoices: choices });
    expect(ready.blockers).toEqual([]);
    expect(ready.competencyIssues.every((i) => i.status === 'accepted')).toBe(true);
    const write = applyMergePlan(ready.plan, [], NOW, counter());
    expect(write.added).toHaveLength(25);
    for (const row of googleFormsExpected) {
      const p = write.participants.find((x) => x.emailKey === row.email);
      expect(p?.offers, row.email).toEqual(row.offers.map(idOf));
      expect(p?.wants, row.email).toEqual(row.wants.map(idOf));
    }
    // "Heike Strauß, Olusegun Adeyemi" typed by name resolves to their records.
    const amelie = write.participants.find((p) => p.emailKey === fixturePeople[0]?.email);
    const knownEmails = amelie?.knownWell.map((id) => write.participants.find((p) => p.id === id)?.email);
    expect(knownEmails).toEqual(fixturePeople[0]?.knownWell);
    expect(amelie?.careerStage).toBe('early');

    const again = prepareImport(read, mapping, catalog, write.participants, { programId: PROGRAM, competencyChoices: choices, markAbsentWithdrawn: true });
    expect(again.blocked).toBe(false);
    expect(changeCount(again.plan)).toBe(0);
  });
});

describe('prepareImport on form exports with grid questions', () => {
  const offersOf = (prep: ReturnType<typeof prepareImport>, name: string, side: 'offers' | 'wants') =>
    (prep.drafts.find((d) => d.name === name)?.[side] ?? []).map((id) => catalog.find((c) => c.id === id)?.name);

  it('reads a Google Forms export with sections: repeated header, a checkbox grid, a count, a resubmission', async () => {
    const read = await readRoster(loadFixture('google-forms-sections.csv'), 'responses.csv');
    const prep = prepareImport(read, suggestMapping(read.headers, read.rows), catalog, [], { programId: PROGRAM });
    expect(prep.mappingProblems).toEqual([]);
    expect(offersOf(prep, 'Amaka Obi', 'offers')).toEqual(['Flexibility', 'Analytical thinking', 'Developing others']);
    expect(offersOf(prep, 'Amaka Obi', 'wants')).toEqual(['Analytical thinking']);
    expect(prep.drafts.find((d) => d.name === 'Amaka Obi')?.custom['How many mentees could you take on?']).toBe('2');
    // The notes question asked in both sections: its answers need no label.
    expect(prep.drafts.find((d) => d.name === 'Nguyễn Thị Lan')?.notes).toBe('Works Tue–Thu.');
    // Dmitri answered twice: the import waits until one of his rows is kept.
    expect(prep.plan.duplicates).toEqual([expect.objectContaining({ rows: [14, 16] })]);
    const kept = prepareImport(read, suggestMapping(read.headers, read.rows), catalog, [], { programId: PROGRAM, excludeRows: [14] });
    expect(kept.blocked).toBe(false);
    expect(kept.plan.adds).toHaveLength(14);
  });

  it('reads a Microsoft Forms workbook: levels from Intermediate up are offers, below are wants', async () => {
    const read = await readRoster(loadFixture('microsoft-forms-levels.xlsx'), 'Skills inventory.xlsx');
    const prep = prepareImport(read, suggestMapping(read.headers, read.rows), catalog, [], { programId: PROGRAM });
    expect(prep.blocked).toBe(false);
    expect(prep.plan.adds).toHaveLength(12);
    // Ifeoma: Advanced, Intermediate, Expert, Developing, Intermediate; offers Managing change, wants Decisiveness.
    expect(offersOf(prep, 'Ifeoma Eze', 'offers')).toEqual(['Initiative', 'Flexibility', 'Oral communication', 'Fostering teamwork', 'Managing change']);
    expect(offersOf(prep, 'Ifeoma Eze', 'wants')).toEqual(['Strategic thinking', 'Decisiveness']);
    // Tenzin ticked both choices for Decisiveness ("I can offer;I want to develop;").
    expect(offersOf(prep, 'Tenzin Dorje', 'offers')).toContain('Decisiveness');
    expect(offersOf(prep, 'Tenzin Dorje', 'wants')).toContain('Decisiveness');
  });
});

describe('prepareImport safety', () => {
  const existing: Participant[] = [];
  it('processes nothing and plans nothing for an unreadable file, even with "withdraw absent" on', async () => {
    const read = await readRoster(loadFixture('bad-unterminated-quote.csv'), 'r.csv');
    const prepared = prepareImport(read, suggestMapping(read.headers), catalog, existing, { programId: PROGRAM, markAbsentWithdrawn: true });
    expect(prepared.blocked).toBe(true);
    expect(prepared.rows).toEqual([]);
    expect(prepared.plan.absent).toEqual([]);
    expect(prepared.plan.blocked).toBe(true);
    expect(prepared.blockers[0]).toMatch(/^Row 4: /);
  });

  it('stops on an incomplete mapping', async () => {
    const read = await readRoster(new TextEncoder().encode('Name,Team\nAda,IT\n'), 'r.csv');
    const prepared = prepareImport(read, suggestMapping(read.headers), catalog, existing, { programId: PROGRAM });
    expect(prepared.blocked).toBe(true);
    expect(prepared.mappingProblems.map((p) => p.target)).toEqual(['email']);
  });

  it('blocks on failing rows until they are fixed or left out; a left-out person is not withdrawn', async () => {
    const text = 'Name,Email\nAda,ada@x.org\nBo,not-an-email\n';
    const read = await readRoster(new TextEncoder().encode(text), 'r.csv');
    const mapping = suggestMapping(read.headers);
    const stored = applyMergePlan(prepareImport(await readRoster(new TextEncoder().encode('Name,Email\nAda,ada@x.org\nCy,cy@x.org\n'), 'r.csv'), mapping, catalog, [], { programId: PROGRAM }).plan, [], NOW, counter()).participants;

    const blocked = prepareImport(read, mapping, catalog, stored, { programId: PROGRAM });
    expect(blocked.blocked).toBe(true);
    expect(blocked.blockers[0]).toBe('1 row has problems. Correct the cells under Rows with problems, or leave that row out.');
    expect(() => applyMergePlan(blocked.plan, stored, NOW, counter())).toThrow();

    const withCy = await readRoster(new TextEncoder().encode('Name,Email\nAda,ada@x.org\nCy,cy@x.org\n'), 'r.csv');
    const leftOut = prepareImport(withCy, mapping, catalog, stored, { programId: PROGRAM, excludeRows: [3], markAbsentWithdrawn: true });
    expect(leftOut.blocked).toBe(false);
    expect(leftOut.plan.absent).toEqual([]);
  });

  it('lets the coordinator ignore an unknown competency, which then changes nothing', async () => {
    const text = 'Name,Email,Can offer\nAda,ada@x.org,"Flexibility; Public speaking"\nBo,bo@x.org,Public speaking\n';
    const read = await readRoster(new TextEncoder().encode(text), 'r.csv');
    const mapping = suggestMapping(read.headers);
    const first = prepareImport(read, mapping, catalog, [], { programId: PROGRAM });
    const issue = first.competencyIssues[0];
    expect(issue).toMatchObject({ term: 'Public speaking', kind: 'unknown', status: 'pending', occurrences: [{ row: 2, column: 'Can offer' }, { row: 3, column: 'Can offer' }] });
    const ignored = prepareImport(read, mapping, catalog, [], { programId: PROGRAM, competencyChoices: { [issue?.key ?? '']: null } });
    expect(ignored.blocked).toBe(false);
    expect(ignored.plan.adds.map((a) => a.fields.offers)).toEqual([[idOf('Flexibility')], []]);
  });

  it('accepts a name added to the catalog meanwhile, by the id the coordinator chose', async () => {
    const grown = [...catalog, { ...(catalog[0] as (typeof catalog)[number]), id: 'comp-new', name: 'Public speaking', order: 40 }];
    const read = await readRoster(new TextEncoder().encode('Name,Email,Can offer\nAda,ada@x.org,Public speaking\n'), 'r.csv');
    // With the grown catalog the name is now an exact match: no decision needed at all.
    const prepared = prepareImport(read, suggestMapping(read.headers), grown, [], { programId: PROGRAM });
    expect(prepared.competencyIssues).toEqual([]);
    expect(prepared.plan.adds[0]?.fields.offers).toEqual(['comp-new']);
  });
});
