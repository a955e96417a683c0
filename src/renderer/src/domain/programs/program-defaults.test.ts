import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_INFO,
  CHECKLIST_KEYS,
  DEFAULT_CHECKLIST,
  DEFAULT_RULES,
  completeChecklist,
  defaultCycle,
  firstProgramDraftProblem,
  newProgram,
  programDraftSchema,
  selectionRulesSchema,
  type ProgramDraftInput,
} from './program-defaults';

const valid: ProgramDraftInput = {
  name: '  Peer Mentoring 2026–27 ',
  organisation: 'Larkfield Health',
  coordinatorName: 'Maeve Gallagher',
  coordinatorEmail: 'maeve@example.org',
  cycleStart: '2026-09-01',
  cycleEnd: '2027-05-31',
};

/** The problems of a draft as "path: message" lines. */
function problems(input: unknown): string[] {
  const r = programDraftSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('defaultCycle', () => {
  it('starts on the next 1 September strictly after today and ends on 31 May', () => {
    expect(defaultCycle('2026-08-31')).toEqual({ cycleStart: '2026-09-01', cycleEnd: '2027-05-31' });
    expect(defaultCycle('2026-09-01')).toEqual({ cycleStart: '2027-09-01', cycleEnd: '2028-05-31' });
    expect(defaultCycle('2026-09-02')).toEqual({ cycleStart: '2027-09-01', cycleEnd: '2028-05-31' });
    expect(defaultCycle('2026-01-01')).toEqual({ cycleStart: '2026-09-01', cycleEnd: '2027-05-31' });
    expect(defaultCycle('2026-12-31')).toEqual({ cycleStart: '2027-09-01', cycleEnd: '2028-05-31' });
    expect(defaultCycle('2027-02-28')).toEqual({ cycleStart: '2027-09-01', cycleEnd: '2028-05-31' });
  });

  it('rejects a malformed day', () => {
    expect(() => defaultCycle('2026-02-30')).toThrow(RangeError);
    expect(() => defaultCycle('2026-09-01T10:00:00Z')).toThrow(RangeError);
  });

  it('is always within a year ahead and yields a valid nine-month cycle (property)', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (today) => {
        const { cycleStart, cycleEnd } = defaultCycle(today);
        expect(cycleStart > today).toBe(true);
        expect(cycleStart.slice(5)).toBe('09-01');
        expect(cycleEnd).toBe(`${Number(cycleStart.slice(0, 4)) + 1}-05-31`);
        const lastYear = `${Number(cycleStart.slice(0, 4)) - 1}-09-01`;
        expect(lastYear <= today).toBe(true);
        expect(problems({ ...valid, cycleStart, cycleEnd })).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('defaults', () => {
  it('asks pairs for 3–6 competencies, one or two per category', () => {
    expect(DEFAULT_RULES).toEqual({ minTotal: 3, maxTotal: 6, minPerCategory: 1, maxPerCategory: 2 });
    expect(selectionRulesSchema.safeParse(DEFAULT_RULES).success).toBe(true);
  });

  it('has the six setup steps, open, each with a label and a hint', () => {
    expect(DEFAULT_CHECKLIST.map((c) => c.key)).toEqual(['buy-in', 'committee', 'mission', 'design', 'training', 'budget']);
    expect(DEFAULT_CHECKLIST.every((c) => !c.done && c.owner === '' && c.due === '')).toBe(true);
    for (const key of CHECKLIST_KEYS) {
      expect(CHECKLIST_INFO[key].label.length).toBeGreaterThan(3);
      expect(CHECKLIST_INFO[key].hint.split(' ').length).toBeGreaterThan(6);
    }
  });
});

describe('programDraftSchema', () => {
  it('accepts a valid draft, cleans it and fills defaults', () => {
    const parsed = programDraftSchema.parse(valid);
    expect(parsed.name).toBe('Peer Mentoring 2026–27');
    expect(parsed.groupMeetingMinutes).toBe(120);
    expect(parsed.rules).toEqual(DEFAULT_RULES);
    expect(parsed.currency).toBe('EUR');
    expect(parsed.checklist.map((c) => c.key)).toEqual(CHECKLIST_KEYS);
    expect(parsed.budget).toEqual([]);
    expect(programDraftSchema.parse({ ...valid, coordinatorEmail: '', currency: 'usd' })).toMatchObject({ coordinatorEmail: '', currency: 'USD' });
  });

  it('rejects bad fields with messages that say what to fix', () => {
    const cases: [Partial<Record<string, unknown>>, string, RegExp][] = [
      [{ name: '   ' }, 'name', /Enter the program name/],
      [{ name: 'n'.repeat(121) }, 'name', /120 characters or fewer \(it has 121\)/],
      [{ name: 'Line\nbreak' }, 'name', /line break/],
      [{ organisation: 'o'.repeat(121) }, 'organisation', /120 characters/],
      [{ coordinatorName: '' }, 'coordinatorName', /Enter the coordinator name/],
      [{ coordinatorEmail: 'maeve@' }, 'coordinatorEmail', /valid coordinator email.*or leave it empty/],
      [{ cycleStart: '2026-02-30' }, 'cycleStart', /real date, YYYY-MM-DD/],
      [{ cycleEnd: '31/05/2027' }, 'cycleEnd', /YYYY-MM-DD/],
      [{ cycleEnd: '2026-09-01' }, 'cycleEnd', /end after it starts: choose an end date after 2026-09-01/],
      [{ cycleEnd: '2026-08-01' }, 'cycleEnd', /end after it starts/],
      [{ cycleEnd: '2026-11-29' }, 'cycleEnd', /at least 3 months: choose an end date on or after 2026-11-30/],
      [{ cycleEnd: '2028-03-01' }, 'cycleEnd', /at most 18 months: choose an end date on or before 2028-02-29/],
      [{ groupMeetingMinutes: 20 }, 'groupMeetingMinutes', /30 or more/],
      [{ groupMeetingMinutes: 300 }, 'groupMeetingMinutes', /240 or less/],
      [{ groupMeetingMinutes: 90.5 }, 'groupMeetingMinutes', /whole number/],
      [{ currency: 'EURO' }, 'currency', /three-letter code/],
      [{ checklist: [{ key: 'budget' }, { key: 'budget' }] }, 'checklist', /Budget.*twice/],
      [{ checklist: [{ key: 'budget', due: 'soon' }] }, 'checklist.0.due', /YYYY-MM-DD, or leave it empty/],
      [{ budget: [{ item: 'Catering', amountCents: 12.5 }] }, 'budget.0.amountCents', /whole number of cents/],
      [{ budget: [{ item: '', amountCents: 100 }] }, 'budget.0.item', /Enter the budget item/],
    ];
    for (const [change, path, message] of cases) {
      const found = problems({ ...valid, ...change });
      expect(found.some((p) => p.startsWith(`${path}: `) && message.test(p)), `${JSON.stringify(change)} → ${found.join(' | ')}`).toBe(true);
    }
  });

  it('accepts cycles of exactly 3 and 18 months', () => {
    expect(problems({ ...valid, cycleEnd: '2026-11-30' })).toEqual([]);
    expect(problems({ ...valid, cycleEnd: '2028-02-29' })).toEqual([]);
  });

  it('rejects inconsistent rules, naming the number to change', () => {
    const rules = (r: Partial<typeof DEFAULT_RULES>) => problems({ ...valid, rules: { ...DEFAULT_RULES, ...r } });
    expect(rules({ minTotal: 0 })).toEqual(['rules.minTotal: Set the minimum total to 1 or more.']);
    expect(rules({ maxTotal: 21 }).join()).toMatch(/rules.maxTotal: Set the maximum total to 20 or less/);
    expect(rules({ minTotal: 7 }).join()).toMatch(/rules.minTotal: The minimum total \(7\) is above the maximum total \(6\)/);
    expect(rules({ minPerCategory: 3, maxPerCategory: 2 }).join()).toMatch(/rules.minPerCategory: The minimum per category \(3\) is above/);
    expect(rules({ minPerCategory: 3, maxPerCategory: 3, maxTotal: 8 }).join()).toMatch(
      /rules.minPerCategory: At least 3 from each of the 3 categories makes 9, more than the maximum total of 8/,
    );
    expect(rules({ maxPerCategory: 1, minTotal: 4 }).join()).toMatch(
      /rules.maxPerCategory: At most 1 from each of the 3 categories allows only 3, fewer than the minimum total of 4/,
    );
    expect(rules({ minPerCategory: -1 }).join()).toMatch(/0 or more/);
    expect(rules({ minPerCategory: 0, maxPerCategory: 6, minTotal: 1, maxTotal: 1 })).toEqual([]);
  });

  it('reports the first problem as a dotted field path', () => {
    const r = programDraftSchema.safeParse({ ...valid, rules: { ...DEFAULT_RULES, maxTotal: 2 } });
    expect(r.success).toBe(false);
    if (!r.success) expect(firstProgramDraftProblem(r.error).field).toMatch(/^rules\./);
  });
});

describe('newProgram', () => {
  it('creates an active, non-demo program with ids for budget lines', () => {
    let n = 0;
    const draft = programDraftSchema.parse({
      ...valid,
      budget: [{ item: 'Catering', amountCents: 125000 }],
      checklist: [{ key: 'committee', done: true, owner: 'Ingrid' }],
    });
    const program = newProgram(draft, '2026-05-01T09:00:00.000Z', () => `id-${++n}`);
    expect(program).toMatchObject({
      id: 'id-1',
      name: 'Peer Mentoring 2026–27',
      status: 'active',
      isDemo: false,
      createdAt: '2026-05-01T09:00:00.000Z',
      updatedAt: '2026-05-01T09:00:00.000Z',
      budget: [{ id: 'id-2', item: 'Catering', amountCents: 125000 }],
      rules: DEFAULT_RULES,
    });
    // Missing steps are added so the checklist always shows all six.
    expect(program.checklist.map((c) => [c.key, c.done])).toEqual(CHECKLIST_KEYS.map((k) => [k, k === 'committee']));
    expect(program.rules).not.toBe(DEFAULT_RULES);
  });

  it('completeChecklist keeps edited steps and orders them canonically', () => {
    const out = completeChecklist([{ key: 'budget', done: true, owner: 'A', due: '2026-06-01', notes: 'n' }]);
    expect(out.map((c) => c.key)).toEqual(CHECKLIST_KEYS);
    expect(out[5]).toEqual({ key: 'budget', done: true, owner: 'A', due: '2026-06-01', notes: 'n' });
  });
});
