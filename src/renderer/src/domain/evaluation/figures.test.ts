import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asOtherProgram,
  catalogOf,
  emptyInput,
  evaluationInputArb,
  makeEvent,
  makeFeedback,
  makeLog,
  makeMark,
  makeMembers,
  makeRating,
  makeTeam,
  peopleOf,
  person,
} from '../../../../../test/support/evaluation';
import {
  cellText,
  evaluationFigures,
  FIGURE_KEYS,
  figureCsv,
  figureTable,
  figureTables,
  MIN_PEOPLE,
  sharesOf100,
  type EvaluationInput,
} from './figures';

const TODAY = '2027-06-15';
const catalog = catalogOf(['Stress management', 'Budgeting', 'Coaching', 'Planning']);

/** Ratings of `people` for `competency`: [before, after] each (undefined skips one). */
function rated(
  competency: string,
  values: readonly [number | undefined, number | undefined][],
): ReturnType<typeof makeRating>[] {
  return values.flatMap(([before, after], i) => [
    ...(before === undefined ? [] : [makeRating(`p${i}`, competency, 'pre', before)]),
    ...(after === undefined ? [] : [makeRating(`p${i}`, competency, 'post', after)]),
  ]);
}

describe('sharesOf100 (largest remainder)', () => {
  it('rounds thirds to 34, 33, 33: the leftover point goes to the earliest of equal remainders', () => {
    expect(sharesOf100([1, 1, 1])).toEqual([34, 33, 33]);
  });

  it('gives the leftover points to the largest remainders', () => {
    // 28.57, 28.57, 42.86 → 28, 28, 42 (98): +1 to the .86, then +1 to the first .57
    expect(sharesOf100([2, 2, 3])).toEqual([29, 28, 43]);
  });

  it('is all zeros for an empty whole', () => {
    expect(sharesOf100([0, 0])).toEqual([0, 0]);
  });

  it('adds up to exactly 100 for any counts with a non-zero total, each within 1 of the exact share', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 12 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        fc.pre(total > 0);
        const shares = sharesOf100(counts);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
        shares.forEach((s, i) =>
          expect(Math.abs(s - ((counts[i] ?? 0) * 100) / total)).toBeLessThan(1),
        );
      }),
    );
  });
});

describe('participation and retention', () => {
  it('counts joined, paired, still active and withdrew with the reason from their ended team', () => {
    const people = [
      ...peopleOf(5),
      person({ id: 'w1', status: 'withdrawn' }),
      person({ id: 'w2', status: 'withdrawn' }),
    ];
    const input = emptyInput({
      participants: people,
      teams: [
        makeTeam({ id: 't1', status: 'confirmed' }),
        makeTeam({
          id: 't2',
          status: 'ended',
          endedOn: '2027-01-10',
          endedReason: 'Left the company',
        }),
        makeTeam({ id: 't3', status: 'proposed' }),
      ],
      members: [
        ...makeMembers('t1', ['p0', 'p1']),
        ...makeMembers('t2', ['p2', 'w1']),
        ...makeMembers('t3', ['p3', 'w2']),
      ],
    });
    const p = evaluationFigures(input, TODAY).participation;
    expect(p).toMatchObject({
      joined: 7,
      paired: 4,
      stillActive: 2,
      withdrew: 2,
      retentionPercent: 50,
      empty: null,
    });
    expect(p.outcomes.map((o) => [o.key, o.count])).toEqual([
      ['in-team', 2],
      ['team-ended', 1],
      ['never-paired', 2],
      ['withdrew', 2],
    ]);
    expect(p.withdrawReasons).toEqual([
      { reason: 'Left the company', count: 1 },
      { reason: 'No reason recorded', count: 1 },
    ]);
  });

  it('says what to do when nobody joined', () => {
    expect(evaluationFigures(emptyInput(), TODAY).participation.empty).toMatch(/Import roster/);
  });
});

describe('attendance per group meeting', () => {
  it('counts present out of those expected at each meeting with a roll call, leaving out guests and future meetings', () => {
    const input = emptyInput({
      participants: peopleOf(4),
      teams: [
        makeTeam({ id: 't1', confirmedOn: '2026-09-10' }),
        makeTeam({ id: 't2', confirmedOn: '2026-09-10' }),
      ],
      members: [...makeMembers('t1', ['p0', 'p1']), ...makeMembers('t2', ['p2', 'p3'])],
      events: [
        makeEvent({ id: 'e1', date: '2026-10-20', title: 'Self-management skills' }),
        makeEvent({ id: 'e2', date: '2026-11-17' }),
        makeEvent({ id: 'e3', date: '2027-08-01' }),
      ],
      attendance: [
        makeMark('e1', 'p0', 'present'),
        makeMark('e1', 'p1', 'present'),
        makeMark('e1', 'p2', 'excused'),
        makeMark('e1', null, 'present'),
      ],
    });
    const a = evaluationFigures(input, TODAY).attendance;
    expect(a.meetings).toEqual([
      {
        eventId: 'e1',
        title: 'Self-management skills',
        date: '2026-10-20',
        expected: 4,
        present: 2,
        excused: 1,
        absent: 0,
        unmarked: 1,
        guests: 1,
        percent: 50,
      },
    ]);
    expect(a).toMatchObject({ people: 4, notRecorded: 1, upcoming: 1, empty: null });
  });

  it('says the roll call is still to be marked when meetings took place without one', () => {
    const input = emptyInput({ events: [makeEvent({ id: 'e1', date: '2026-10-20' })] });
    expect(evaluationFigures(input, TODAY).attendance.empty).toMatch(/mark who came on Attendance/);
  });
});

describe('meetings per team over the months', () => {
  it('counts the meetings of each month of the cycle and divides by the teams in place', () => {
    const input = emptyInput({
      participants: peopleOf(4),
      teams: [
        makeTeam({ id: 't1', confirmedOn: '2026-09-10' }),
        makeTeam({
          id: 't2',
          confirmedOn: '2026-10-05',
          status: 'ended',
          endedOn: '2026-11-20',
          endedReason: 'x',
        }),
      ],
      members: [...makeMembers('t1', ['p0', 'p1']), ...makeMembers('t2', ['p2', 'p3'])],
      meetingLogs: [
        makeLog('t1', '2026-09-20'),
        makeLog('t1', '2026-10-02'),
        makeLog('t2', '2026-10-12'),
        makeLog('t2', '2026-10-28'),
        makeLog('t1', '2026-08-01'),
      ],
    });
    const m = evaluationFigures(input, TODAY).meetings;
    expect(m.months.map((r) => r.month)).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
    ]);
    expect(m.months.slice(0, 4)).toEqual([
      { month: '2026-09', teamsInPlace: 1, meetings: 1, teamsMet: 1, perTeam: 1 },
      { month: '2026-10', teamsInPlace: 2, meetings: 3, teamsMet: 2, perTeam: 1.5 },
      { month: '2026-11', teamsInPlace: 2, meetings: 0, teamsMet: 0, perTeam: 0 },
      { month: '2026-12', teamsInPlace: 1, meetings: 0, teamsMet: 0, perTeam: 0 },
    ]);
    expect(m).toMatchObject({ totalMeetings: 5, outsideMonths: 1, teams: 2, people: 4 });
  });

  it('stops at today while the year runs', () => {
    const m = evaluationFigures(emptyInput(), '2026-11-03').meetings;
    expect(m.months.map((r) => r.month)).toEqual(['2026-09', '2026-10', '2026-11']);
  });
});

describe('balance of contributions', () => {
  it('takes each team’s latest check-in and counts teams without one', () => {
    const input = emptyInput({
      participants: peopleOf(6),
      teams: [makeTeam({ id: 't1' }), makeTeam({ id: 't2' }), makeTeam({ id: 't3' })],
      members: [
        ...makeMembers('t1', ['p0', 'p1']),
        ...makeMembers('t2', ['p2', 'p3']),
        ...makeMembers('t3', ['p4', 'p5']),
      ],
      checkIns: [
        {
          id: 'a',
          programId: 'prog',
          teamId: 't1',
          date: '2026-10-01',
          balance: 'mostly-one-way',
          createdAt: '2026-10-01T10:00:00Z',
        },
        {
          id: 'b',
          programId: 'prog',
          teamId: 't1',
          date: '2026-12-01',
          balance: 'equal',
          createdAt: '2026-12-01T10:00:00Z',
        },
        {
          id: 'c',
          programId: 'prog',
          teamId: 't2',
          date: '2026-12-01',
          balance: 'mostly-one-way',
          createdAt: '2026-12-01T10:00:00Z',
        },
      ],
    });
    const b = evaluationFigures(input, TODAY).balance;
    expect(b.shares.map((s) => [s.key, s.count, s.percent])).toEqual([
      ['equal', 1, 34],
      ['mostly-one-way', 1, 33],
      ['unknown', 0, 0],
      ['no-check-in', 1, 33],
    ]);
    expect(b).toMatchObject({ teams: 3, people: 4, checkIns: 3, empty: null });
  });
});

describe('competency growth', () => {
  it('gives the mean change per competency and category from people with both ratings only', () => {
    const input = emptyInput({
      participants: peopleOf(5),
      competencies: catalog,
      ratings: [
        // c0 (self): four people with both, one with only a start rating
        ...rated('c0', [
          [2, 4],
          [3, 4],
          [1, 2],
          [3, 3],
          [1, undefined],
        ]),
        // c3 (self): three people
        ...rated('c3', [
          [2, 3],
          [2, 3],
          [2, 3],
        ]),
        // c1 (business): only two people: suppressed
        ...rated('c1', [
          [1, 5],
          [1, 5],
        ]),
      ],
    });
    const g = evaluationFigures(input, TODAY).growth;
    const c0 = g.byCompetency.find((r) => r.key === 'c0');
    expect(c0).toMatchObject({ people: 4, suppressed: null });
    expect(c0?.means?.before).toBeCloseTo(2.25);
    expect(c0?.means?.after).toBeCloseTo(3.25);
    expect(c0?.means?.change).toBeCloseTo(1);
    const c1 = g.byCompetency.find((r) => r.key === 'c1');
    expect(c1).toMatchObject({ people: 2, means: null });
    expect(c1?.suppressed).toMatch(/only 2 people/);
    // Self: p0 (2→4, 2→3) = +1.5, p1 (3→4, 2→3) = +1, p2 (1→2, 2→3) = +1, p3 (3→3) = 0 → mean 0.875
    const self = g.byCategory.find((r) => r.key === 'self');
    expect(self?.people).toBe(4);
    expect(self?.means?.change).toBeCloseTo(0.875);
    expect(g.byCategory.find((r) => r.key === 'business')?.means).toBeNull();
    expect(g).toMatchObject({ people: 4, onlyOnePhase: 1, empty: null });
  });

  it('uses a person’s latest rating when one was entered twice, and ignores values outside 1–5', () => {
    const input = emptyInput({
      participants: peopleOf(3),
      competencies: catalog,
      ratings: [
        ...rated('c0', [
          [2, 3],
          [2, 3],
          [2, 3],
        ]),
        makeRating('p0', 'c0', 'post', 5, { id: 'again', createdAt: '2027-05-30T10:00:00.000Z' }),
        makeRating('p1', 'c0', 'post', 9, { id: 'bad', createdAt: '2027-05-31T10:00:00.000Z' }),
      ],
    });
    const c0 = evaluationFigures(input, TODAY).growth.byCompetency[0];
    expect(c0?.means?.after).toBeCloseTo(11 / 3);
  });

  it('says what to do when there are not enough start and end ratings', () => {
    const input = emptyInput({
      participants: peopleOf(2),
      competencies: catalog,
      ratings: rated('c0', [
        [1, 2],
        [1, 2],
      ]),
    });
    expect(evaluationFigures(input, TODAY).growth.empty).toBe(
      `Growth needs start and end ratings from at least ${MIN_PEOPLE} people (there are 2 so far): enter ratings on Evaluation → Self-ratings.`,
    );
  });
});

describe('wants covered by pairing', () => {
  it('counts the wants a partner offers, per category and per person', () => {
    const input = emptyInput({
      participants: [
        person({ id: 'a', wants: ['c0', 'c1'], offers: ['c2'] }),
        person({ id: 'b', wants: ['c2', 'c3'], offers: ['c0'] }),
        person({ id: 'c', wants: ['c1'], offers: [] }),
        person({ id: 'd', wants: [], offers: ['c3'] }),
        person({ id: 'e', wants: ['c0'] }),
      ],
      competencies: catalog,
      teams: [makeTeam({ id: 't1' }), makeTeam({ id: 't2' })],
      members: [...makeMembers('t1', ['a', 'b']), ...makeMembers('t2', ['c', 'd'])],
    });
    const w = evaluationFigures(input, TODAY).wants;
    expect(w.shares.map((s) => [s.key, s.count])).toEqual([
      ['all', 0],
      ['some', 2],
      ['none', 1],
    ]);
    expect(w).toMatchObject({ people: 3, wants: 5, covered: 2, percent: 40, withoutWants: 1 });
    expect(w.byCategory).toEqual([
      { category: 'self', label: 'Self-management skills', wants: 2, covered: 1, percent: 50 },
      { category: 'business', label: 'Business skills', wants: 2, covered: 0, percent: 0 },
      { category: 'people', label: 'People skills', wants: 1, covered: 1, percent: 100 },
    ]);
  });
});

describe('satisfaction and yes / no answers', () => {
  it('shows the answers of three people or more, with a mean', () => {
    const input = emptyInput({
      participants: peopleOf(4),
      feedback: [
        makeFeedback('p0', { satisfaction: 5, wouldRecommend: 'yes', wouldJoinAgain: 'yes' }),
        makeFeedback('p1', { satisfaction: 4, wouldRecommend: 'yes', wouldJoinAgain: 'not-sure' }),
        makeFeedback('p2', { satisfaction: 3, wouldRecommend: 'no' }),
        makeFeedback('p3', {}),
      ],
    });
    const f = evaluationFigures(input, TODAY);
    expect(f.satisfaction.people).toBe(3);
    expect(f.satisfaction.mean).toBeCloseTo(4);
    expect(f.satisfaction.shares?.map((s) => s.count)).toEqual([0, 0, 1, 1, 1]);
    expect(f.recommend.shares?.map((s) => [s.key, s.count, s.percent])).toEqual([
      ['yes', 2, 67],
      ['not-sure', 0, 0],
      ['no', 1, 33],
    ]);
    expect(f.joinAgain).toMatchObject({ people: 2, shares: null });
    expect(f.joinAgain.suppressed).toMatch(/only 2 people/);
  });
});

describe('tables and CSV', () => {
  const input = emptyInput({
    participants: peopleOf(3),
    competencies: catalog,
    ratings: [
      ...rated('c0', [
        [4, 3],
        [4, 3],
        [4, 4],
      ]),
      ...rated('c1', [[1, 2]]),
    ],
  });
  const figures = evaluationFigures(input, TODAY);

  it('has a table for every figure, each row as long as its columns', () => {
    const tables = figureTables(figures);
    expect(tables.map((t) => t.key)).toEqual(FIGURE_KEYS);
    for (const t of tables) for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
  });

  it('writes numbers as numbers (a negative change is not guarded as a formula), suppressed values empty', () => {
    const csv = figureCsv(figureTable(figures, 'growth-competency'));
    expect(
      csv.startsWith(
        '\ufeffCompetency,Category,People with both ratings,Mean at start,Mean at end,Mean change,Note\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain('\r\nStress management,Self-management skills,3,4.00,3.33,-0.67,\r\n');
    expect(csv).toContain('\r\nBudgeting,Business skills,1,,,,Not shown: fewer than 3 people\r\n');
  });

  it('guards text cells that a spreadsheet would run as a formula', () => {
    const evil = emptyInput({
      participants: [person({ id: 'w', status: 'withdrawn' })],
      teams: [
        makeTeam({
          id: 't',
          status: 'ended',
          endedOn: '2027-01-01',
          endedReason: '=HYPERLINK("x")',
        }),
      ],
      members: makeMembers('t', ['w']),
    });
    const csv = figureCsv(figureTable(evaluationFigures(evil, TODAY), 'withdrawals'));
    expect(csv).toContain(`\r\n"'=HYPERLINK(""x"")",1\r\n`);
  });

  it('shows values in words: signed changes, percentages, months, and a dash for what is not shown', () => {
    expect(cellText(-0.666, 'change')).toBe('−0.7');
    expect(cellText(0.04, 'change')).toBe('0.0');
    expect(cellText(1.25, 'change')).toBe('+1.3');
    expect(cellText(45, 'percent')).toBe('45%');
    expect(cellText('2026-09', 'month')).toBe('Sep 2026');
    expect(cellText(null, 'mean')).toBe('—');
    expect(cellText('2026-10-20', 'day', (d) => `day ${d}`)).toBe('day 2026-10-20');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

function withBoth(
  input: EvaluationInput,
  competencyId: string,
): Map<string, { pre: number; post: number }> {
  // The latest valid rating per person and phase, as a person would read the records.
  const latest = new Map<string, { at: string; id: string; value: number }>();
  for (const r of input.ratings) {
    if (
      r.competencyId !== competencyId ||
      r.value < 1 ||
      r.value > 5 ||
      !input.participants.some((p) => p.id === r.participantId)
    )
      continue;
    const k = `${r.participantId}|${r.phase}`;
    const seen = latest.get(k);
    if (!seen || r.createdAt > seen.at || (r.createdAt === seen.at && r.id > seen.id))
      latest.set(k, { at: r.createdAt, id: r.id, value: r.value });
  }
  const out = new Map<string, { pre: number; post: number }>();
  for (const p of input.participants) {
    const pre = latest.get(`${p.id}|pre`);
    const post = latest.get(`${p.id}|post`);
    if (pre && post) out.set(p.id, { pre: pre.value, post: post.value });
  }
  return out;
}

describe('figures (properties)', () => {
  it('growth comes only from people with both ratings for that competency', () => {
    fc.assert(
      fc.property(evaluationInputArb, (input) => {
        const g = evaluationFigures(input, TODAY).growth;
        for (const row of g.byCompetency) {
          const both = withBoth(input, row.key);
          expect(row.people).toBe(both.size);
          if (row.means) {
            const changes = [...both.values()].map((b) => b.post - b.pre);
            expect(row.means.change).toBeCloseTo(
              changes.reduce((a, b) => a + b, 0) / changes.length,
            );
          }
        }
        // Every competency someone rated at both ends has a row.
        for (const c of input.competencies) {
          expect(g.byCompetency.some((r) => r.key === c.id)).toBe(withBoth(input, c.id).size > 0);
        }
      }),
    );
  });

  it('never shows a figure from fewer than 3 people, and always shows one from 3 or more', () => {
    fc.assert(
      fc.property(evaluationInputArb, (input) => {
        const f = evaluationFigures(input, TODAY);
        for (const row of [...f.growth.byCompetency, ...f.growth.byCategory, f.growth.overall]) {
          expect(row.means === null).toBe(row.people < MIN_PEOPLE);
          expect(row.suppressed === null).toBe(row.people >= MIN_PEOPLE);
        }
        expect(f.satisfaction.shares === null && f.satisfaction.mean === null).toBe(
          f.satisfaction.people < MIN_PEOPLE,
        );
        for (const a of [f.recommend, f.joinAgain])
          expect(a.shares === null).toBe(a.people < MIN_PEOPLE);
        // The tables hold no value where the figure is suppressed.
        for (const key of ['growth-category', 'growth-competency'] as const) {
          const t = figureTable(f, key);
          const peopleAt = t.columns.findIndex((c) => c.header === 'People with both ratings');
          for (const row of t.rows) {
            if ((row[peopleAt] as number) < MIN_PEOPLE)
              expect(row.slice(peopleAt + 1, peopleAt + 4)).toEqual([null, null, null]);
          }
        }
      }),
    );
  });

  it('suppression holds for every n below 3 (0, 1, 2 people with both ratings or answers)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MIN_PEOPLE - 1 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (n, before, after) => {
          const input = emptyInput({
            participants: peopleOf(6),
            competencies: catalog,
            ratings: rated(
              'c0',
              Array.from({ length: n }, () => [before, after] as [number, number]),
            ),
            feedback: Array.from({ length: n }, (_, i) =>
              makeFeedback(`p${i}`, {
                satisfaction: after,
                wouldRecommend: 'yes',
                wouldJoinAgain: 'no',
              }),
            ),
          });
          const f = evaluationFigures(input, TODAY);
          expect(
            [...f.growth.byCompetency, ...f.growth.byCategory, f.growth.overall].every(
              (r) => r.means === null,
            ),
          ).toBe(true);
          expect(f.growth.empty).not.toBeNull();
          expect(f.satisfaction.mean).toBeNull();
          expect(f.recommend.shares).toBeNull();
          expect(f.joinAgain.shares).toBeNull();
          for (const t of figureTables(f)) {
            if (t.key === 'satisfaction' || t.key === 'recommend' || t.key === 'join-again')
              expect(t.rows).toEqual([]);
          }
        },
      ),
    );
  });

  it('shares add up to 100 and to the whole they divide', () => {
    fc.assert(
      fc.property(evaluationInputArb, (input) => {
        const f = evaluationFigures(input, TODAY);
        const groups = [
          { shares: f.participation.outcomes, whole: f.participation.joined },
          { shares: f.balance.shares, whole: f.balance.teams },
          { shares: f.wants.shares, whole: f.wants.people },
          ...(f.satisfaction.shares
            ? [{ shares: f.satisfaction.shares, whole: f.satisfaction.people }]
            : []),
          ...[f.recommend, f.joinAgain].flatMap((a) =>
            a.shares ? [{ shares: a.shares, whole: a.people }] : [],
          ),
        ];
        for (const { shares, whole } of groups) {
          expect(shares.reduce((a, s) => a + s.count, 0)).toBe(whole);
          expect(shares.reduce((a, s) => a + s.percent, 0)).toBe(whole === 0 ? 0 : 100);
        }
      }),
    );
  });

  it('counts never exceed the people in the program', () => {
    fc.assert(
      fc.property(evaluationInputArb, (input) => {
        const f = evaluationFigures(input, TODAY);
        const n = input.participants.length;
        const counts = [
          f.participation.joined,
          f.participation.paired,
          f.participation.stillActive,
          f.participation.withdrew,
          f.attendance.people,
          f.meetings.people,
          f.balance.people,
          f.growth.people,
          f.growth.people + f.growth.onlyOnePhase,
          f.wants.people + f.wants.withoutWants,
          f.satisfaction.people,
          f.recommend.people,
          f.joinAgain.people,
          ...f.growth.byCompetency.map((r) => r.people),
          ...f.growth.byCategory.map((r) => r.people),
          ...f.attendance.meetings.flatMap((m) => [
            m.expected,
            m.present + m.excused + m.absent + m.unmarked,
          ]),
        ];
        for (const c of counts) expect(c).toBeLessThanOrEqual(n);
        expect(f.participation.stillActive).toBeLessThanOrEqual(f.participation.paired);
        expect(f.wants.covered).toBeLessThanOrEqual(f.wants.wants);
      }),
    );
  });

  it("adding an unrelated program's records changes nothing", () => {
    fc.assert(
      fc.property(evaluationInputArb, evaluationInputArb, (input, otherYear) => {
        const other = asOtherProgram(otherYear);
        const mixed: EvaluationInput = {
          ...input,
          participants: [...other.participants, ...input.participants],
          competencies: [...input.competencies, ...other.competencies],
          teams: [...other.teams, ...input.teams],
          members: [...input.members, ...other.members],
          events: [...other.events, ...input.events],
          attendance: [...input.attendance, ...other.attendance],
          meetingLogs: [...other.meetingLogs, ...input.meetingLogs],
          checkIns: [...input.checkIns, ...other.checkIns],
          ratings: [...other.ratings, ...input.ratings],
          feedback: [...input.feedback, ...other.feedback],
        };
        expect(evaluationFigures(mixed, TODAY)).toEqual(evaluationFigures(input, TODAY));
      }),
    );
  });
});
