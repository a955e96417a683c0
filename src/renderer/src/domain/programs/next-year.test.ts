import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDemoProgram } from '../demo/demo-program';
import type { Feedback, FeedbackAnswer, Participant } from '../model';
import {
  COPIED_SETTINGS,
  carryOverCounts,
  carryOverRows,
  checkNextYearChoice,
  nextCycleEnd,
  nextCycleStart,
  planNextYear,
  suggestNextName,
  type NextYearSource,
} from './next-year';

const NOW = '2027-06-10T09:00:00.000Z';

function idMaker(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${(n += 1)}`;
}

/** The demo's year in progress as a source, with a few per-program settings. */
function demoSource(): NextYearSource {
  const demo = buildDemoProgram('2026-12-01T09:00:00.000Z', idMaker('old'), 'year-in-progress');
  const id = demo.program.id;
  return {
    program: demo.program,
    competencies: demo.competencies,
    participants: demo.participants,
    teams: demo.year!.teams,
    members: demo.year!.teamMembers,
    meta: [
      { key: `pairingSettings:${id}`, value: { rules: { previousPartners: { mode: 'soft', weight: 6 } } } },
      { key: `letterTemplate:${id}`, value: 'Dear {first name},' },
      { key: `scheduleDefaults:${id}`, value: demo.year!.scheduleDefaults },
      { key: `pairingPins:${id}`, value: [['x', 'y']] },
      { key: `reportNotes:${id}`, value: 'Change the venue.' },
    ],
    scheduleDefaults: demo.year!.scheduleDefaults,
  };
}

function feedbackFor(p: Participant, answer: FeedbackAnswer | null): Feedback {
  return {
    id: `f-${p.id}`,
    programId: p.programId,
    participantId: p.id,
    satisfaction: null,
    wouldRecommend: null,
    helpedMost: '',
    barriers: '',
    pastBarriers: '',
    bothRoles: '',
    wouldJoinAgain: answer,
    quote: '',
    quoteConsent: 'no',
    answeredOn: '',
    createdAt: NOW,
    updatedAt: NOW,
  };
}

describe('who carries over', () => {
  it('ticks active people who said they would join again, and says why for everyone else', () => {
    const source = demoSource();
    const [a, b, c, d] = source.participants as [Participant, Participant, Participant, Participant];
    const people = [a, b, c, { ...d, status: 'withdrawn' as const }];
    const rows = carryOverRows(people, [feedbackFor(a, 'yes'), feedbackFor(b, 'not-sure'), feedbackFor(d, 'yes')]);
    const byId = new Map(rows.map((r) => [r.participantId, r]));
    expect(byId.get(a.id)).toMatchObject({ chosenByDefault: true, note: 'Would join again' });
    expect(byId.get(b.id)).toMatchObject({ chosenByDefault: false, note: 'Not sure about joining again' });
    expect(byId.get(c.id)).toMatchObject({ chosenByDefault: false, joinAgain: null, note: 'No answer about joining again' });
    expect(byId.get(d.id)).toMatchObject({ chosenByDefault: false, note: 'Withdrew this year · would join again' });
    const chosen = new Set(rows.filter((r) => r.chosenByDefault).map((r) => r.participantId));
    expect(carryOverCounts(rows, chosen)).toEqual({ chosen: 1, total: 4, saidYes: 1, noAnswer: 1 });
  });

  it('lists everyone once and ticks exactly the active people whose answer is yes (property)', () => {
    const source = demoSource();
    const answers = fc.constantFrom<FeedbackAnswer | null | 'none'>('yes', 'no', 'not-sure', null, 'none');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(answers, fc.boolean()), { minLength: source.participants.length, maxLength: source.participants.length }),
        (choices) => {
          const people = source.participants.map((p, i) => ({ ...p, status: choices[i]![1] ? ('withdrawn' as const) : ('active' as const) }));
          const feedback = people.flatMap((p, i) => (choices[i]![0] === 'none' ? [] : [feedbackFor(p, choices[i]![0] as FeedbackAnswer | null)]));
          const rows = carryOverRows(people, feedback);
          expect(rows.map((r) => r.participantId).sort()).toEqual(people.map((p) => p.id).sort());
          people.forEach((p, i) => {
            const row = rows.find((r) => r.participantId === p.id)!;
            expect(row.chosenByDefault).toBe(p.status === 'active' && choices[i]![0] === 'yes');
          });
        },
      ),
    );
  });
});

describe('name and cycle', () => {
  it('moves the years in the name on, or adds them', () => {
    expect(suggestNextName('Larkfield Health — Peer Mentoring 2026–27', '2026-09-01', '2027-09-01')).toBe(
      'Larkfield Health — Peer Mentoring 2027–28',
    );
    expect(suggestNextName('Mentoring 2026-2027', '2026-09-01', '2027-09-01')).toBe('Mentoring 2027-2028');
    expect(suggestNextName('Mentoring 2099/00', '2099-09-01', '2100-09-01')).toBe('Mentoring 2100/01');
    expect(suggestNextName('Cohort 2026', '2026-09-01', '2027-09-01')).toBe('Cohort 2027');
    expect(suggestNextName('Finance peer mentoring', '2026-09-01', '2027-09-01')).toBe('Finance peer mentoring 2027–28');
  });

  it('suggests the same cycle one year later, keeping its length', () => {
    const program = { cycleStart: '2026-09-01', cycleEnd: '2027-05-31' };
    expect(nextCycleStart(program, '2027-06-01')).toBe('2027-09-01');
    expect(nextCycleEnd(program, '2027-09-01')).toBe('2028-05-31');
    expect(nextCycleEnd(program, '2027-10-15')).toBe('2028-06-30');
    expect(nextCycleEnd(program, '2027-02-30')).toBe('');
    expect(nextCycleEnd({ cycleStart: '', cycleEnd: '' }, '2027-09-01')).toBe('2028-05-31');
  });

  it('refuses an empty or unchanged name, a cycle that does not start later, and people not in the program', () => {
    const source = demoSource();
    const ok = { name: 'Next', cycleStart: '2027-09-01', carryOverIds: [] };
    expect(checkNextYearChoice(source, ok)).toBeNull();
    expect(checkNextYearChoice(source, { ...ok, name: '  ' })).toMatch(/Enter a name/);
    expect(checkNextYearChoice(source, { ...ok, name: source.program.name })).toMatch(/name of its own/);
    expect(checkNextYearChoice(source, { ...ok, cycleStart: source.program.cycleStart })).toMatch(/start after/);
    expect(checkNextYearChoice(source, { ...ok, cycleStart: '2027-13-01' })).toMatch(/real date/);
    expect(checkNextYearChoice(source, { ...ok, carryOverIds: ['nobody'] })).toMatch(/not in this program/);
  });
});

describe('planning next year', () => {
  it('copies the program, catalog and settings, and leaves this year’s records behind', () => {
    const source = demoSource();
    const chosen = source.participants.slice(0, 6).map((p) => p.id);
    source.program = { ...source.program, nextYearNotes: 'Move the March meeting.' };
    const plan = planNextYear(source, { name: 'Next year', cycleStart: '2027-09-01', carryOverIds: chosen }, NOW, idMaker('new'));
    const old = source.program;
    // Last year's "what we will change" stays with last year's report.
    expect(plan.program.nextYearNotes).toBeUndefined();
    expect(plan.program).toMatchObject({
      name: 'Next year',
      organisation: old.organisation,
      coordinatorName: old.coordinatorName,
      rules: old.rules,
      status: 'active',
      isDemo: old.isDemo,
      cycleStart: '2027-09-01',
      createdAt: NOW,
    });
    expect(plan.program.id).not.toBe(old.id);
    expect(plan.program.checklist.map((c) => c.key)).toEqual(old.checklist.map((c) => c.key));
    expect(plan.program.checklist.every((c) => !c.done)).toBe(true);
    expect(plan.program.checklist.map((c) => c.owner)).toEqual(old.checklist.map((c) => c.owner));
    expect(plan.competencies.map((c) => [c.name, c.retired, c.order])).toEqual(source.competencies.map((c) => [c.name, c.retired, c.order]));
    expect(plan.meta.map((m) => m.key).sort()).toEqual(
      ['letterTemplate', 'pairingSettings', 'scheduleDefaults'].map((k) => `${k}:${plan.program.id}`),
    );
    expect(plan.copiedSettings).toEqual(['letterTemplate', 'pairingSettings', 'scheduleDefaults']);
    expect(plan.keptSettings).toEqual(['pairingPins', 'reportNotes']);
    expect(plan.participants).toHaveLength(6);
    expect(plan.events).toHaveLength(9);
    expect(plan.events[0]).toMatchObject({ kind: 'orientation', programId: plan.program.id });
    expect(plan.events.every((e) => e.date >= '2027-09-01' && e.date <= plan.program.cycleEnd)).toBe(true);
    expect(plan.events.filter((e) => e.kind !== 'pairs').every((e) => e.place === source.scheduleDefaults.place)).toBe(true);
  });

  it('gives fresh ids, remaps every reference, keeps last year’s teams as previous partners, and changes nothing given (property)', () => {
    const source = demoSource();
    const frozen = JSON.stringify(source);
    const oldIds = new Set([source.program.id, ...source.participants.map((p) => p.id), ...source.competencies.map((c) => c.id)]);
    const nameOfCompetency = new Map(source.competencies.map((c) => [c.id, c.name]));
    fc.assert(
      fc.property(fc.subarray(source.participants.map((p) => p.id)), (chosen) => {
        const plan = planNextYear(source, { name: 'Next year', cycleStart: '2027-09-01', carryOverIds: chosen }, NOW, idMaker('new'));
        expect(JSON.stringify(source)).toBe(frozen);
        const newIds = [plan.program.id, ...plan.participants.map((p) => p.id), ...plan.competencies.map((c) => c.id), ...plan.events.map((e) => e.id)];
        expect(new Set(newIds).size).toBe(newIds.length);
        expect(newIds.some((id) => oldIds.has(id))).toBe(false);

        const newCompetencyName = new Map(plan.competencies.map((c) => [c.id, c.name]));
        const oldByEmail = new Map(source.participants.map((p) => [p.emailKey, p]));
        const newByOldId = new Map(plan.participants.map((p) => [oldByEmail.get(p.emailKey)!.id, p]));
        expect([...newByOldId.keys()].sort()).toEqual([...chosen].sort());
        const confirmed = new Set(source.teams.filter((t) => t.status !== 'proposed').map((t) => t.id));
        for (const [oldId, p] of newByOldId) {
          const before = source.participants.find((q) => q.id === oldId)!;
          expect(p.programId).toBe(plan.program.id);
          expect(p.status).toBe('active');
          expect(p.offers.map((id) => newCompetencyName.get(id))).toEqual(before.offers.map((id) => nameOfCompetency.get(id)));
          expect(p.wants.map((id) => newCompetencyName.get(id))).toEqual(before.wants.map((id) => nameOfCompetency.get(id)));
          const expectedPartners = source.members
            .filter((m) => m.participantId === oldId && confirmed.has(m.teamId))
            .flatMap((m) => source.members.filter((o) => o.teamId === m.teamId && o.participantId !== oldId))
            .map((o) => newByOldId.get(o.participantId)?.id)
            .filter((id): id is string => id !== undefined);
          expect([...(p.previousPartners ?? [])].sort()).toEqual([...new Set(expectedPartners)].sort());
          for (const partner of p.previousPartners ?? []) {
            expect(plan.participants.find((q) => q.id === partner)?.previousPartners).toContain(p.id);
          }
          for (const id of [...p.knownWell, ...p.doNotPair]) expect(plan.participants.some((q) => q.id === id)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('copies only the settings it lists', () => {
    expect(Object.keys(COPIED_SETTINGS)).not.toContain('pairingPins');
    expect(Object.keys(COPIED_SETTINGS)).not.toContain('checkInImports');
  });
});
