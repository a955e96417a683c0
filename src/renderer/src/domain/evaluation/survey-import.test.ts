import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSurveyFixture, pairedDemo } from '../../../../../test/support/check-ins';
import { readRoster, type RosterRead } from '../import';
import type { Feedback, Rating } from '../model';
import {
  suggestEvaluationMapping,
  validateEvaluationMapping,
  type EvaluationMapping,
} from './survey-columns';
import {
  evaluationImportSummary,
  evaluationWrites,
  prepareEvaluationImport,
  ratingKey,
  type EvaluationContext,
} from './survey-import';
import { readQuoteConsent, readSatisfaction, readSelfRating, readYesNo } from './survey-readers';

const demo = pairedDemo();
const context = (ratings: Rating[] = [], feedback: Feedback[] = []): EvaluationContext => ({
  programId: demo.program.id,
  participants: demo.participants,
  teams: demo.teams,
  members: demo.members,
  catalog: demo.catalog,
  ratings,
  feedback,
});
const competency = (name: string) => demo.catalog.find((c) => c.name === name)!.id;
const person = (email: string) => demo.participants.find((p) => p.emailKey === email)!;
const fixture = (name: string) => readRoster(loadSurveyFixture(name), name);
const withPhase = (read: RosterRead, phase: 'pre' | 'post'): EvaluationMapping => ({
  ...suggestEvaluationMapping(read.headers, demo.catalog),
  phase,
});

/** Store what an import writes on top of `ratings`/`feedback` (what the repository does). */
function apply(
  ctx: EvaluationContext,
  prep: ReturnType<typeof prepareEvaluationImport>,
): EvaluationContext {
  let n = 0;
  const writes = evaluationWrites(
    prep,
    ctx.programId,
    '2027-05-21T10:00:00.000Z',
    () => `new-${++n}`,
  );
  const ratings = new Map(ctx.ratings.map((r) => [r.id, r]));
  for (const w of writes.ratings) ratings.set(w.after.id, w.after);
  const feedback = new Map(ctx.feedback.map((f) => [f.id, f]));
  for (const w of writes.feedback) feedback.set(w.after.id, w.after);
  return { ...ctx, ratings: [...ratings.values()], feedback: [...feedback.values()] };
}

describe('reading answers', () => {
  it('reads numbers, numbers with labels and the scale words; refuses anything else', () => {
    expect(
      ['4', '4 - Proficient', '4/5', 'Proficient', 'advanced', 'Novice', 'Expert', ''].map(
        readSelfRating,
      ),
    ).toEqual([4, 4, 4, 4, 4, 1, 5, null]);
    expect(['6', '0', '2.5', 'Great', '45'].map(readSelfRating)).toEqual([
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
    ]);
    expect(['5', 'Very satisfied', '10'].map(readSatisfaction)).toEqual([5, 5, 'invalid']);
    expect(['Yes', 'not sure', 'Maybe', 'No', 'Maybe later', ''].map(readYesNo)).toEqual([
      'yes',
      'not-sure',
      'not-sure',
      'no',
      'invalid',
      null,
    ]);
    // "Yes" alone allows the quote without the name; only words that say so allow the name.
    expect(['Yes', 'Yes, with my name', 'No', 'sure'].map(readQuoteConsent)).toEqual([
      'anonymous',
      'named',
      'no',
      'invalid',
    ]);
  });
});

describe('the Microsoft Forms start-of-program export (.xlsx, grid layout)', () => {
  it('maps the grid to competencies and names each fault by row and column with the fix', async () => {
    const read = await fixture('self-ratings-start-microsoft-forms.xlsx');
    const mapping = suggestEvaluationMapping(read.headers, demo.catalog);
    expect(mapping.columns.map((c) => c.target)).toEqual([
      'ignore',
      'ignore',
      'date',
      'email',
      'name',
      'ignore',
      'rating',
      'rating',
      'rating',
      'rating',
      'rating',
      'rating',
      'rating',
    ]);
    expect(mapping.columns[6]!.competencyId).toBe(competency('Flexibility'));
    // Which survey it is must be said: the file does not tell.
    expect(
      validateEvaluationMapping(mapping, read.headers, demo.catalog).map((p) => p.message),
    ).toEqual([expect.stringContaining('Say whether these self-ratings are from the start')]);
    const prep = prepareEvaluationImport(read, { ...mapping, phase: 'pre' }, context());
    expect(prep.problems.map((p) => p.message)).toEqual([
      'Row 6, column D "Email": nobody in this program has the address "jamie.walsh@example.org". Correct it to the address the person is on the roster with, or skip the row.',
      'Row 9, column I "Rate yourself [Stress management]": "6" is not a rating from 1 to 5. Type a whole number from 1 (beginner) to 5 (expert), or clear the cell.',
    ]);
    expect(prep.notes.find((n) => n.row === 12 && n.letter === 'L')?.message).toBe(
      'Row 12, column L "Rate yourself [Oral communication]": no rating of Oral communication: nothing changes for it.',
    );
    expect(prep.blockers).toEqual([
      '2 rows have problems (rows 6 and 9): correct the cells or skip those rows.',
    ]);
  });

  it('once the faulty rows are skipped, imports every rating as new, and José’s capitals still match', async () => {
    const read = await fixture('self-ratings-start-microsoft-forms.xlsx');
    const prep = prepareEvaluationImport(read, withPhase(read, 'pre'), context(), {
      excludeRows: [6, 9],
    });
    expect(prep.blocked).toBe(false);
    expect(prep.people.map((p) => p.rowNumber)).toEqual([2, 3, 4, 5, 7, 8, 10, 11, 12, 13, 14, 15]);
    expect(prep.people[1]!.name).toBe('José Ortega');
    // 12 people × 7 competencies, one of them not answered.
    expect(prep.counts).toMatchObject({
      people: 12,
      ratingsNew: 83,
      ratingsChanged: 0,
      ratingsUnchanged: 0,
    });
    // A word is read through the scale: Zoë's Flexibility cell holds a word.
    expect(read.rows[0]!.cells[6]).toMatch(/^[A-Za-z]/);
    expect(prep.people[0]!.ratings[0]).toMatchObject({
      competencyName: 'Flexibility',
      phase: 'pre',
      before: null,
      kind: 'new',
    });
    expect(evaluationImportSummary(prep)).toBe(
      '83 self-ratings (start) of 12 people: 83 new, 0 changed.',
    );
  });

  it('notes ratings of competencies the person’s team did not choose, and still imports them', async () => {
    const read = await fixture('self-ratings-start-microsoft-forms.xlsx');
    const prep = prepareEvaluationImport(read, withPhase(read, 'pre'), context(), {
      excludeRows: [6, 9],
    });
    const zoe = person('zoe.hartmann@example.org');
    const chosen = demo.teams.find((t) =>
      demo.members.some((m) => m.teamId === t.id && m.participantId === zoe.id),
    )!.competencyIds;
    const note = prep.notes.find((n) => n.row === 2)!;
    expect(note.message).toMatch(
      /^Row 2, column [A-Z] "Rate yourself \[.*\]": Zoë Hartmann rated .*, which Pair 01 did not choose\. Imported all the same/,
    );
    expect(prep.people[0]!.ratings.length).toBe(7);
    expect(
      prep.people[0]!.ratings.filter((r) => !chosen.includes(r.competencyId)).length,
    ).toBeGreaterThan(0);
  });
});

describe('the Google Forms end-of-program export (.csv)', () => {
  it('names the column whose competency is not in the program, with its letter and the fix', async () => {
    const read = await fixture('self-ratings-end-google-forms.csv');
    const mapping = withPhase(read, 'post');
    expect(
      validateEvaluationMapping(mapping, read.headers, demo.catalog).map((p) => p.message),
    ).toEqual([
      'column K "Rate yourself [Public speaking]": "Public speaking" matches no competency of this program. Choose the competency it rates, add it to the catalog first, or set the column to Ignore.',
    ]);
    const ignored: EvaluationMapping = {
      ...mapping,
      columns: mapping.columns.map((c, i) => (i === 10 ? { ...c, target: 'ignore' } : c)),
    };
    expect(validateEvaluationMapping(ignored, read.headers, demo.catalog)).toEqual([]);
    const prep = prepareEvaluationImport(read, ignored, context());
    expect(prep.problems.map((p) => [p.row, p.letter, p.column])).toEqual([
      [5, 'D', 'Rate yourself [Flexibility]'],
    ]);
  });

  it('compares end ratings with stored ones: new, changed and unchanged, before → after', async () => {
    const read = await fixture('self-ratings-end-google-forms.csv');
    const mapping = withPhase(read, 'post');
    mapping.columns[10] = { ...mapping.columns[10]!, target: 'ignore' };
    const zoe = person('zoe.hartmann@example.org');
    const flex = competency('Flexibility');
    const first = prepareEvaluationImport(read, mapping, context(), { excludeRows: [5] });
    const zoeFlex = first.people[0]!.ratings.find((r) => r.competencyId === flex)!.after;
    const stored: Rating[] = [
      {
        id: 'r1',
        programId: demo.program.id,
        participantId: zoe.id,
        competencyId: flex,
        phase: 'post',
        value: zoeFlex === 1 ? 2 : 1,
        createdAt: '2027-05-01T10:00:00.000Z',
      },
      {
        id: 'r2',
        programId: demo.program.id,
        participantId: zoe.id,
        competencyId: competency('Self-confidence'),
        phase: 'post',
        value: first.people[0]!.ratings[1]!.after,
        createdAt: '2027-05-01T10:00:00.000Z',
      },
      // A start rating is another survey: untouched.
      {
        id: 'r3',
        programId: demo.program.id,
        participantId: zoe.id,
        competencyId: flex,
        phase: 'pre',
        value: 1,
        createdAt: '2026-09-10T10:00:00.000Z',
      },
    ];
    const prep = prepareEvaluationImport(read, mapping, context(stored), { excludeRows: [5] });
    const ratings = prep.people[0]!.ratings;
    expect(ratings[0]).toMatchObject({
      kind: 'changed',
      before: zoeFlex === 1 ? 2 : 1,
      after: zoeFlex,
    });
    expect(ratings[1]).toMatchObject({ kind: 'unchanged' });
    expect(ratings[2]).toMatchObject({ kind: 'new', before: null });
    const writes = evaluationWrites(prep, demo.program.id, '2027-05-21T10:00:00.000Z', () => 'x');
    expect(writes.ratings.find((w) => w.before?.id === 'r1')!.after).toEqual({
      ...stored[0],
      value: zoeFlex,
    });
    expect(writes.ratings.some((w) => w.after.id === 'r2' || w.after.id === 'r3')).toBe(false);
  });
});

describe('the feedback export', () => {
  it('reads every answer, names the faults, and never erases an answer with an empty cell', async () => {
    const read = await fixture('feedback-google-forms.csv');
    const mapping = suggestEvaluationMapping(read.headers, demo.catalog);
    expect(mapping.columns.map((c) => c.target)).toEqual([
      'date',
      'email',
      'satisfaction',
      'wouldRecommend',
      'helpedMost',
      'barriers',
      'pastBarriers',
      'bothRoles',
      'wouldJoinAgain',
      'quote',
      'quoteConsent',
    ]);
    expect(validateEvaluationMapping(mapping, read.headers, demo.catalog)).toEqual([]);
    const prep = prepareEvaluationImport(read, mapping, context());
    expect(prep.problems.map((p) => [p.row, p.letter])).toEqual([
      [4, 'D'],
      [7, 'B'],
      [9, 'C'],
    ]);
    expect(prep.problems[0]!.message).toBe(
      'Row 4, column D "Would you recommend the program to a colleague?": "Maybe later" is not an answer Peer Mentor Desk knows. Correct it to Yes, No or Not sure, or clear the cell.',
    );
    const ok = prepareEvaluationImport(read, mapping, context(), { excludeRows: [4, 7, 9] });
    const zoe = ok.people[0]!;
    expect(zoe.feedback!.after).toMatchObject({
      wouldRecommend: 'yes',
      quoteConsent: 'named',
      answeredOn: '2027-05-20',
      helpedMost: 'Having someone outside my department to think out loud with.',
    });
    // Row 8 left the barriers blank: a stored answer stays.
    const blankRow = ok.people.find((p) => p.rowNumber === 8)!;
    const stored: Feedback = {
      id: 'f1',
      programId: demo.program.id,
      participantId: blankRow.participantId,
      satisfaction: 2,
      wouldRecommend: null,
      helpedMost: '',
      barriers: 'Rotas.',
      pastBarriers: '',
      bothRoles: '',
      wouldJoinAgain: null,
      quote: '',
      quoteConsent: 'no',
      answeredOn: '',
      createdAt: '2027-05-01T10:00:00.000Z',
      updatedAt: '2027-05-01T10:00:00.000Z',
    };
    const again = prepareEvaluationImport(read, mapping, context([], [stored]), {
      excludeRows: [4, 7, 9],
    });
    const rahul = again.people.find((p) => p.rowNumber === 8)!.feedback!;
    expect(rahul.kind).toBe('changed');
    expect(rahul.after.barriers).toBe('Rotas.');
    expect(rahul.fields.find((f) => f.field === 'satisfaction')).toMatchObject({
      before: 2,
      kind: 'changed',
    });
  });
});

describe('duplicates', () => {
  it('blocks two rows of the same person for the same survey until one is skipped, as the roster import does', async () => {
    const read = await fixture('self-ratings-start-microsoft-forms.xlsx');
    const twice: RosterRead = {
      ...read,
      rows: [...read.rows, { ...read.rows[0]!, rowNumber: 16 }],
    };
    const prep = prepareEvaluationImport(twice, withPhase(read, 'pre'), context(), {
      excludeRows: [6, 9],
    });
    expect(prep.problems.map((p) => p.message)).toEqual([
      'Row 16, column D "Email": Zoë Hartmann also answered in row 2 for the start of the program. Keep one of the two rows and skip the other.',
    ]);
    expect(
      prepareEvaluationImport(twice, withPhase(read, 'pre'), context(), { excludeRows: [6, 9, 2] })
        .blocked,
    ).toBe(false);
  });
});

// ---- properties -------------------------------------------------------------------------------

const GRID = ['Flexibility', 'Self-confidence', 'Initiative', 'Written communication'];
const emails = demo.participants.slice(0, 8).map((p) => p.email);
const cellArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }).map(String) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 5 })
      .map(
        (n) => `${n} - ${['Beginner', 'Developing', 'Competent', 'Proficient', 'Expert'][n - 1]}`,
      ),
  },
  { weight: 1, arbitrary: fc.constant('') },
);
const badCellArb = fc.constantFrom('0', '6', '2.5', 'Great');
const fileArb = fc
  .tuple(
    fc.shuffledSubarray(emails, { minLength: 1 }),
    fc.constantFrom<'pre' | 'post'>('pre', 'post'),
  )
  .chain(([who, phase]) =>
    fc.record({
      phase: fc.constant(phase),
      rows: fc.tuple(
        ...who.map((email) =>
          fc.tuple(
            fc.constant(email),
            fc.array(cellArb, { minLength: GRID.length, maxLength: GRID.length }),
          ),
        ),
      ),
    }),
  );
const readOf = (rows: readonly (readonly [string, string[]])[]): RosterRead =>
  ({
    fileName: 'f.csv',
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    headers: ['Email', ...GRID.map((g) => `Rate yourself [${g}]`)],
    rows: rows.map(([email, cells], i) => ({ rowNumber: i + 2, cells: [email, ...cells] })),
    problems: [],
  }) as unknown as RosterRead;
const storedArb = fc
  .array(
    fc.record({
      who: fc.integer({ min: 0, max: 7 }),
      what: fc.integer({ min: 0, max: GRID.length - 1 }),
      phase: fc.constantFrom<'pre' | 'post'>('pre', 'post'),
      value: fc.integer({ min: 1, max: 5 }),
    }),
    { maxLength: 12 },
  )
  .map((list) => {
    const out = new Map<string, Rating>();
    list.forEach((s, i) => {
      const participantId = demo.participants[s.who]!.id;
      const competencyId = competency(GRID[s.what]!);
      out.set(ratingKey(participantId, competencyId, s.phase), {
        id: `s${i}`,
        programId: demo.program.id,
        participantId,
        competencyId,
        phase: s.phase,
        value: s.value,
        createdAt: '2026-09-01T10:00:00.000Z',
      });
    });
    return [...out.values()];
  });

describe('properties', () => {
  it('import then read back gives the file’s values, and every stored rating the file does not answer stays', () => {
    fc.assert(
      fc.property(fileArb, storedArb, ({ phase, rows }, stored) => {
        const read = readOf(rows);
        const mapping: EvaluationMapping = {
          ...suggestEvaluationMapping(read.headers, demo.catalog),
          phase,
        };
        const ctx = context(stored);
        const prep = prepareEvaluationImport(read, mapping, ctx);
        expect(prep.problems).toEqual([]);
        const after = apply(ctx, prep);
        const byKey = new Map(
          after.ratings.map((r) => [ratingKey(r.participantId, r.competencyId, r.phase), r]),
        );
        expect(byKey.size).toBe(after.ratings.length);
        const answered = new Set<string>();
        for (const [email, cells] of rows) {
          const p = person(email.toLowerCase());
          cells.forEach((cell, k) => {
            const key = ratingKey(p.id, competency(GRID[k]!), phase);
            if (cell === '') return;
            answered.add(key);
            expect(byKey.get(key)?.value).toBe(Number(cell[0]));
          });
        }
        for (const s of stored)
          if (!answered.has(ratingKey(s.participantId, s.competencyId, s.phase)))
            expect(byKey.get(ratingKey(s.participantId, s.competencyId, s.phase))).toEqual(s);
      }),
    );
  });

  it('is idempotent: the same file imported twice changes nothing the second time', () => {
    fc.assert(
      fc.property(fileArb, storedArb, ({ phase, rows }, stored) => {
        const read = readOf(rows);
        const mapping: EvaluationMapping = {
          ...suggestEvaluationMapping(read.headers, demo.catalog),
          phase,
        };
        const once = apply(
          context(stored),
          prepareEvaluationImport(read, mapping, context(stored)),
        );
        const second = prepareEvaluationImport(read, mapping, once);
        expect(second.counts).toMatchObject({ people: 0, ratingsNew: 0, ratingsChanged: 0 });
        expect(evaluationWrites(second, demo.program.id, 'now', () => 'x')).toEqual({
          ratings: [],
          feedback: [],
        });
        expect(second.blocked).toBe(true);
      }),
    );
  });

  it('a bad row changes nothing: it blocks the import, and skipping it leaves the other rows’ changes as they were', () => {
    fc.assert(
      fc.property(fileArb, storedArb, badCellArb, fc.nat(), ({ phase, rows }, stored, bad, at) => {
        const broken = rows.map(
          ([email, cells], i) =>
            [
              email,
              i === at % rows.length
                ? cells.map((c, k) => (k === at % GRID.length ? bad : c))
                : cells,
            ] as const,
        );
        const read = readOf(broken);
        const mapping: EvaluationMapping = {
          ...suggestEvaluationMapping(read.headers, demo.catalog),
          phase,
        };
        const prep = prepareEvaluationImport(read, mapping, context(stored));
        const badRow = (at % rows.length) + 2;
        expect(prep.blocked).toBe(true);
        expect(prep.problemRows).toEqual([badRow]);
        expect(prep.people.some((p) => p.rowNumber === badRow)).toBe(false);
        const skipped = prepareEvaluationImport(read, mapping, context(stored), {
          excludeRows: [badRow],
        });
        const without = prepareEvaluationImport(
          readOf(rows.filter((_, i) => i !== at % rows.length)),
          mapping,
          context(stored),
        );
        expect(skipped.people.map((p) => p.ratings)).toEqual(without.people.map((p) => p.ratings));
      }),
    );
  });
});
