import { describe, expect, it } from 'vitest';
import type { Participant } from '../model';
import { applyMergePlan, changeCount, planMerge } from './merge-plan';
import type { ParticipantDraft } from './row-schema';
import { blankParticipantFields } from '../../../../../test/support/blank-participant';

const PROGRAM = 'program-1';
const NOW = '2026-09-14T10:00:00.000Z';

function participant(id: string, email: string, name: string, extra: Partial<Participant> = {}): Participant {
  const space = name.indexOf(' ');
  return {
    ...blankParticipantFields(),
    id,
    programId: PROGRAM,
    emailKey: email.toLowerCase(),
    email,
    firstName: space === -1 ? name : name.slice(0, space),
    lastName: space === -1 ? '' : name.slice(space + 1),
    name,
    ...extra,
  };
}

function draft(rowNumber: number, email: string, name: string, extra: Partial<ParticipantDraft> = {}): ParticipantDraft {
  const space = name.indexOf(' ');
  return {
    rowNumber,
    email,
    emailKey: email.trim().toLowerCase(),
    name,
    firstName: space === -1 ? name : name.slice(0, space),
    lastName: space === -1 ? '' : name.slice(space + 1),
    derived: { name: false, firstName: true, lastName: true },
    department: '',
    jobTitle: '',
    location: '',
    manager: '',
    careerStage: null,
    offersText: '',
    wantsText: '',
    offers: null,
    wants: null,
    knownWellText: '',
    doNotPairText: '',
    preferredPartnerText: '',
    registeredWithText: '',
    notes: '',
    custom: {},
    ...extra,
  };
}

function ids(): () => string {
  let n = 0;
  return () => `new-${++n}`;
}

describe('planMerge', () => {
  it('adds new people and leaves people absent from the file alone', () => {
    const existing = [participant('p1', 'ada@x.org', 'Ada Lovelace')];
    const plan = planMerge(existing, [draft(2, 'bo@x.org', 'Bo Chen', { department: 'IT' })], { programId: PROGRAM });
    expect(plan.adds.map((a) => [a.rowNumber, a.emailKey, a.fields.department])).toEqual([[2, 'bo@x.org', 'IT']]);
    expect(plan.absent).toEqual([{ participantId: 'p1', name: 'Ada Lovelace', email: 'ada@x.org', action: 'keep' }]);
    expect(plan.blocked).toBe(false);
    expect(plan.counts).toEqual({ added: 1, updated: 0, unchanged: 0, withdrawn: 0, absentKept: 1 });
  });

  it('withdraws absent active people only when asked', () => {
    const existing = [participant('p1', 'ada@x.org', 'Ada Lovelace'), participant('p2', 'cy@x.org', 'Cy Gone', { status: 'withdrawn' })];
    const plan = planMerge(existing, [draft(2, 'bo@x.org', 'Bo Chen')], { programId: PROGRAM, markAbsentWithdrawn: true });
    expect(plan.absent.map((a) => [a.participantId, a.action])).toEqual([
      ['p1', 'withdraw'],
      ['p2', 'keep'],
    ]);
    const write = applyMergePlan(plan, existing, NOW, ids());
    expect(write.withdrawnBefore.map((p) => p.id)).toEqual(['p1']);
    expect(write.participants.find((p) => p.id === 'p1')).toMatchObject({ status: 'withdrawn', updatedAt: NOW });
  });

  it('matches people by email whatever its case or spacing, and lists each changed field', () => {
    const existing = [participant('p1', 'ada@x.org', 'Ada Lovelace', { department: 'Maths', careerStage: 'mid' })];
    const plan = planMerge(existing, [draft(3, ' ADA@x.org ', 'Ada Lovelace', { department: 'Computing', careerStage: 'late', emailKey: 'ada@x.org' })], { programId: PROGRAM });
    expect(plan.adds).toEqual([]);
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0]?.changes).toEqual([
      { field: 'email', label: 'Email', before: 'ada@x.org', after: ' ADA@x.org ' },
      { field: 'department', label: 'Department', before: 'Maths', after: 'Computing' },
      { field: 'careerStage', label: 'Career stage', before: 'Mid career', after: 'Late career' },
    ]);
  });

  it('never blanks a stored value from an empty cell', () => {
    const existing = [
      participant('p1', 'ada@x.org', 'Ada Lovelace', {
        department: 'Maths',
        careerStage: 'mid',
        notes: 'keep me',
        offers: ['c1'],
        knownWell: ['p2'],
        preferredPartnerEmail: 'bo@x.org',
        custom: { Shirt: 'M' },
      }),
      participant('p2', 'bo@x.org', 'Bo Chen'),
    ];
    const plan = planMerge(existing, [draft(2, 'ada@x.org', 'Ada Lovelace'), draft(3, 'bo@x.org', 'Bo Chen')], { programId: PROGRAM });
    expect(plan.updates).toEqual([]);
    expect(changeCount(plan)).toBe(0);
  });

  it('keeps a first name edited in the app when the file only has a full name', () => {
    const existing = [participant('p1', 'm@x.org', 'Mary Ann Smith', { firstName: 'Mary Ann', lastName: 'Smith' })];
    const plan = planMerge(existing, [draft(2, 'm@x.org', 'Mary Ann Smith')], { programId: PROGRAM });
    expect(plan.updates).toEqual([]);
  });

  it('lets derived name parts follow a renamed full name when nobody edited them', () => {
    const existing = [participant('p1', 'j@x.org', 'Jane Doe')];
    const plan = planMerge(existing, [draft(2, 'j@x.org', 'Jane Smith')], { programId: PROGRAM });
    expect(plan.updates[0]?.changes.map((c) => [c.field, c.after])).toEqual([
      ['name', 'Jane Smith'],
      ['lastName', 'Smith'],
    ]);
  });

  it('replaces or adds to competency lists, comparing them as sets', () => {
    const existing = [participant('p1', 'ada@x.org', 'Ada', { offers: ['c1', 'c2'] })];
    const sameInOtherOrder = planMerge(existing, [draft(2, 'ada@x.org', 'Ada', { offersText: 'x', offers: ['c2', 'c1'] })], { programId: PROGRAM });
    expect(sameInOtherOrder.updates).toEqual([]);
    const replace = planMerge(existing, [draft(2, 'ada@x.org', 'Ada', { offersText: 'x', offers: ['c3'] })], {
      programId: PROGRAM,
      catalog: [
        { id: 'c1', name: 'Flexibility' },
        { id: 'c2', name: 'Initiative' },
        { id: 'c3', name: 'Thoroughness' },
      ].map((c, order) => ({ ...c, programId: PROGRAM, description: '', category: 'self' as const, cluster: '', order, retired: false, builtinKey: null })),
    });
    expect(replace.updates[0]?.changes).toEqual([{ field: 'offers', label: 'Can offer', before: 'Flexibility; Initiative', after: 'Thoroughness' }]);
    const add = planMerge(existing, [draft(2, 'ada@x.org', 'Ada', { offersText: 'x', offers: ['c3'] })], { programId: PROGRAM, listMode: 'add' });
    expect(add.updates[0]?.patch.offers).toEqual(['c1', 'c2', 'c3']);
  });

  it('blocks on two rows with the same email, naming both rows', () => {
    const plan = planMerge([], [draft(4, 'ada@x.org', 'Ada'), draft(9, 'ADA@x.org', 'Ada L.', { emailKey: 'ada@x.org' }), draft(5, 'bo@x.org', 'Bo')], { programId: PROGRAM });
    expect(plan.duplicates).toEqual([{ emailKey: 'ada@x.org', email: 'ada@x.org', rows: [4, 9] }]);
    expect(plan.blocked).toBe(true);
    expect(plan.blockers[0]).toContain('Rows 4 and 9 have the same email address');
    expect(() => applyMergePlan(plan, [], NOW, ids())).toThrow(/blocked/);
  });

  it('resolves people by email or by name (also "Last, First"), reporting the ones it cannot', () => {
    const existing = [participant('p1', 'heike@x.org', 'Heike Strauß'), participant('p2', 'sam1@x.org', 'Sam Lee'), participant('p3', 'sam2@x.org', 'Sam Lee')];
    const drafts = [
      draft(2, 'ada@x.org', 'Ada Lovelace', {
        knownWellText: 'Strauss, Heike; bo@x.org, Sam Lee; Nobody Known; ada@x.org',
        preferredPartnerText: 'Bo Chen',
        registeredWithText: 'future@x.org',
      }),
      draft(3, 'bo@x.org', 'Bo Chen'),
    ];
    const plan = planMerge(existing, drafts, { programId: PROGRAM, columns: { knownWell: 'Colleagues I know well' } });
    const ada = plan.adds.find((a) => a.emailKey === 'ada@x.org');
    expect(ada?.fields.knownWellKeys).toEqual(['heike@x.org', 'bo@x.org']);
    expect(ada?.fields.preferredPartnerEmail).toBe('bo@x.org');
    // A partner's email is kept even before they are on the roster.
    expect(ada?.fields.registeredWithEmail).toBe('future@x.org');
    const messages = plan.problems.map((p) => p.message);
    expect(messages).toEqual([
      expect.stringMatching(/^Row 2, column "Colleagues I know well": "Sam Lee" could be any of 2 people \(sam1@x.org, sam2@x.org\)/),
      expect.stringMatching(/^Row 2, column "Colleagues I know well": "Nobody Known" matches nobody on the roster/),
      expect.stringMatching(/^Row 2, column "Colleagues I know well": the person names themselves/),
      expect.stringMatching(/^Row 2, column "Registered with": "future@x.org" is not on the roster\. It is kept/),
    ]);
    expect(plan.blocked).toBe(false);
  });

  it('never counts people whose rows were left out as absent', () => {
    const existing = [participant('p1', 'ada@x.org', 'Ada')];
    const plan = planMerge(existing, [draft(2, 'bo@x.org', 'Bo')], { programId: PROGRAM, markAbsentWithdrawn: true, alsoPresent: ['ada@x.org'] });
    expect(plan.absent).toEqual([]);
  });

  it('is blocked when there is nothing to import, so an empty file can never withdraw everyone', () => {
    const plan = planMerge([participant('p1', 'ada@x.org', 'Ada')], [], { programId: PROGRAM, markAbsentWithdrawn: true });
    expect(plan.blocked).toBe(true);
  });

  it('leaves withdrawn people withdrawn when they appear in the file, and lists them', () => {
    const existing = [participant('p1', 'ada@x.org', 'Ada', { status: 'withdrawn' })];
    const plan = planMerge(existing, [draft(2, 'ada@x.org', 'Ada', { department: 'IT' })], { programId: PROGRAM });
    expect(plan.withdrawnInFile).toEqual([{ rowNumber: 2, participantId: 'p1', name: 'Ada' }]);
    expect(applyMergePlan(plan, existing, NOW, ids()).participants[0]?.status).toBe('withdrawn');
  });
});

describe('applyMergePlan', () => {
  it('writes added, updated and withdrawn records, turning people references into ids', () => {
    const existing = [participant('p1', 'ada@x.org', 'Ada Lovelace', { notes: 'old' }), participant('p9', 'gone@x.org', 'Gone')];
    const drafts = [
      draft(2, 'ada@x.org', 'Ada Lovelace', { notes: 'new', knownWellText: 'bo@x.org' }),
      draft(3, 'bo@x.org', 'Bo Chen', { knownWellText: 'Ada Lovelace', custom: { Shirt: 'L' }, offersText: 'x', offers: ['c1'] }),
    ];
    const plan = planMerge(existing, drafts, { programId: PROGRAM, markAbsentWithdrawn: true });
    const write = applyMergePlan(plan, existing, NOW, ids());
    expect(write.added).toEqual(['new-1']);
    const bo = write.participants.find((p) => p.id === 'new-1');
    expect(bo).toMatchObject({
      programId: PROGRAM,
      emailKey: 'bo@x.org',
      name: 'Bo Chen',
      firstName: 'Bo',
      lastName: 'Chen',
      knownWell: ['p1'],
      offers: ['c1'],
      custom: { Shirt: 'L' },
      status: 'active',
      createdAt: NOW,
      updatedAt: NOW,
    });
    const ada = write.participants.find((p) => p.id === 'p1');
    expect(ada).toMatchObject({ notes: 'new', knownWell: ['new-1'], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: NOW });
    expect(write.updatedBefore).toEqual([existing[0]]);
    expect(write.withdrawnBefore).toEqual([existing[1]]);
    expect(write.summary).toBe('1 person added, 1 person updated, 1 person withdrawn, 0 people unchanged.');
  });

  it('gives an empty change set when the same rows are imported again', () => {
    const drafts = [
      draft(2, 'ada@x.org', 'Ada Lovelace', { knownWellText: 'Bo Chen', preferredPartnerText: 'bo@x.org', department: 'IT', careerStage: 'early', custom: { Shirt: 'S' } }),
      draft(3, 'bo@x.org', 'Bo Chen', { knownWellText: 'ada@x.org', offersText: 'x', offers: ['c2', 'c1'] }),
    ];
    const first = applyMergePlan(planMerge([], drafts, { programId: PROGRAM }), [], NOW, ids());
    const again = planMerge(first.participants, drafts, { programId: PROGRAM, markAbsentWithdrawn: true });
    expect(changeCount(again)).toBe(0);
    expect(again.unchanged).toHaveLength(2);
  });
});
