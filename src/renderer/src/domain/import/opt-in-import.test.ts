import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../model';
import { blankParticipantFields } from '../../../../../test/support/blank-participant';
import { headerSignature, suggestTarget } from './column-mapping';
import { applyMergePlan, planMerge } from './merge-plan';
import { parseOptInCell } from './opt-in-cell';
import { compileMapping, validateRow, type ParticipantDraft } from './row-schema';

const headers = ['Name', 'Email', 'Opted in?'];
const compiled = compileMapping(headers, {
  signature: headerSignature(headers),
  columns: [
    { header: 'Name', target: 'name' },
    { header: 'Email', target: 'email' },
    { header: 'Opted in?', target: 'optIn' },
  ],
});
const row = (optIn: string, rowNumber = 2) => validateRow({ rowNumber, cells: ['Ana García', 'ana@x.org', optIn] }, compiled);
const draftOf = (optIn: string): ParticipantDraft => {
  const r = row(optIn);
  if (!r.ok) throw new Error(r.problems[0]?.message);
  return r.value;
};
const events = [{ kind: 'group' as const, date: '2027-11-09' }];
const stored = (status: Participant['status']): Participant => ({
  ...blankParticipantFields(),
  id: 'p1',
  programId: 'prog',
  email: 'ana@x.org',
  emailKey: 'ana@x.org',
  name: 'Ana García',
  firstName: 'Ana',
  lastName: 'García',
  status,
});
let n = 0;
const newId = () => `new-${++n}`;

describe('the roster’s opt-in column', () => {
  it('is recognised from its header', () => {
    expect(suggestTarget('Opted in?')).toBe('optIn');
    expect(suggestTarget('Opt-in date')).toBe('optIn');
    expect(suggestTarget('Committed to the trial period')).toBe('optIn');
  });

  it('reads yes, no and days, and refuses what it cannot read', () => {
    expect(parseOptInCell(' Yes ')).toEqual({ optedIn: true, on: '' });
    expect(parseOptInCell('x')).toEqual({ optedIn: true, on: '' });
    expect(parseOptInCell('No')).toEqual({ optedIn: false });
    expect(parseOptInCell('not yet')).toEqual({ optedIn: false });
    expect(parseOptInCell('2027-09-14')).toEqual({ optedIn: true, on: '2027-09-14' });
    expect(parseOptInCell('14 Sep 2027')).toEqual({ optedIn: true, on: '2027-09-14' });
    expect(parseOptInCell('September 14, 2027')).toEqual({ optedIn: true, on: '2027-09-14' });
    expect(parseOptInCell('')).toBeNull();
    expect(parseOptInCell('maybe')).toBeUndefined();
    expect(parseOptInCell('2027-02-30')).toBeUndefined();
    expect(parseOptInCell('09/10/2027')).toBeUndefined();
  });

  it('reads every real day written as YYYY-MM-DD back as that day (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (d) => {
        const day = d.toISOString().slice(0, 10);
        expect(parseOptInCell(day)).toEqual({ optedIn: true, on: day });
      }),
    );
  });

  it('names the row, the column and the fix for a value it cannot read', () => {
    const r = row('perhaps', 7);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ row: 7, column: 'Opted in?' });
    expect(r.problems[0]?.message).toBe(
      'Row 7, column "Opted in?": "perhaps" is not an opt-in answer. Write yes, no, or the day they opted in (like 2027-09-14 or 14 Sep 2027), or leave the cell empty.',
    );
  });

  it('adds people opted in on the day given (trial to the next group meeting), interested for "no", active without an answer', () => {
    const write = (optIn: string) => {
      const plan = planMerge([], [draftOf(optIn)], { programId: 'prog' });
      return applyMergePlan(plan, [], '2027-09-01T10:00:00.000Z', newId, { today: '2027-09-01', events }).participants[0];
    };
    expect(write('2027-09-14')).toMatchObject({ status: 'opted-in', optedInOn: '2027-09-14', trialEndsOn: '2027-11-09' });
    expect(write('yes')).toMatchObject({ status: 'opted-in', optedInOn: '2027-09-01', trialEndsOn: '2027-11-09' });
    expect(write('no')).toMatchObject({ status: 'interested' });
    expect(write('')).toMatchObject({ status: 'active' });
  });

  it('opts in an interested person already on the roster, and leaves active and withdrawn people as they are', () => {
    const plan = planMerge([stored('interested')], [draftOf('yes')], { programId: 'prog' });
    expect(plan.updates[0]?.changes).toEqual([{ field: 'status', label: 'Status', before: 'Interested', after: 'Opted in' }]);
    const after = applyMergePlan(plan, [stored('interested')], '2027-09-20T10:00:00.000Z', newId, { today: '2027-09-20', events }).participants[0];
    expect(after).toMatchObject({ status: 'opted-in', optedInOn: '2027-09-20', trialEndsOn: '2027-11-09' });
    for (const status of ['active', 'withdrawn'] as const) {
      expect(planMerge([stored(status)], [draftOf('no')], { programId: 'prog' }).updates).toEqual([]);
    }
  });
});
