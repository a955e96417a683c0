import { describe, expect, it } from 'vitest';
import type { Participant } from '../model';
import {
  describeBlocks,
  planDeletion,
  planDeletionUndo,
  planRevert,
  planSetField,
  planStatusChange,
  type DeletionPlan,
} from './bulk-edits';
import { person, teamOf } from '../../../../../test/support/participants';

const NOW = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-01T10:05:00.000Z';
const none = { participantIds: new Set<string>() };

const a = person({ id: 'a', name: 'Ada', department: 'Finance' });
const b = person({ id: 'b', name: 'Bo', status: 'withdrawn' });
const c = person({ id: 'c', name: 'Cy', knownWell: ['a', 'd'], doNotPair: ['a'] });
const d = person({ id: 'd', name: 'Di' });
const e = person({ id: 'e', name: 'Ed' });
const roster = [a, b, c, d, e];

function okPlan(plan: ReturnType<typeof planDeletion>): DeletionPlan {
  if (!plan.ok) throw new Error(describeBlocks(plan.blocked));
  return plan;
}

describe('planStatusChange', () => {
  it('changes only the people not already in that status', () => {
    const plan = planStatusChange(roster, ['a', 'b'], 'withdrawn', NOW);
    expect(plan.before.map((p) => p.id)).toEqual(['a']);
    expect(plan.after).toEqual([{ ...a, status: 'withdrawn', updatedAt: NOW }]);
  });
});

describe('planSetField', () => {
  it('sets a cleaned value and leaves people who already have it', () => {
    const plan = planSetField(roster, ['a', 'c'], 'department', '  Finance ', NOW);
    if (!('after' in plan)) throw new Error(plan.message);
    expect(plan.after.map((p) => [p.id, p.department])).toEqual([['c', 'Finance']]);
  });

  it('refuses a value that a hand edit would refuse', () => {
    expect(planSetField(roster, ['a'], 'location', 'x'.repeat(501), NOW)).toMatchObject({ ok: false });
  });

  it('sets or clears the career stage', () => {
    const plan = planSetField(roster, ['a', 'd'], 'careerStage', 'mid', NOW);
    if (!('after' in plan)) throw new Error(plan.message);
    expect(plan.after.map((p) => p.careerStage)).toEqual(['mid', 'mid']);
  });
});

describe('planRevert', () => {
  it('puts back the earlier versions, except records edited again since', () => {
    const plan = planStatusChange(roster, ['a', 'd'], 'withdrawn', NOW);
    const current = new Map<string, Participant>(plan.after.map((p) => [p.id, p]));
    current.set('d', { ...(current.get('d') as Participant), notes: 'edited', updatedAt: LATER });
    const revert = planRevert(current, plan);
    expect(revert.restore).toEqual([a]);
    expect(revert.skipped).toBe(1);
  });
});

describe('planDeletion', () => {
  it('refuses anyone in a confirmed or ended team or with recorded activity, naming them', () => {
    const confirmed = teamOf('t1', 2, 'confirmed', ['a', 'd']);
    const ended = teamOf('t2', 5, 'ended', ['e', 'c']);
    const plan = planDeletion(
      roster,
      ['a', 'e', 'b'],
      [confirmed.team, ended.team],
      [...confirmed.members, ...ended.members],
      { participantIds: new Set(['b']) },
      NOW,
    );
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.blocked.map((x) => [x.participantId, x.reason])).toEqual([
      ['a', 'is in confirmed Pair 02'],
      ['b', 'has attendance, ratings or speed mentoring recorded'],
      ['e', 'was in Pair 05'],
    ]);
    expect(describeBlocks(plan.blocked)).toMatch(/^Nothing was deleted: Ada is in confirmed Pair 02;.*Withdraw these people instead/);
  });

  it('takes deleted people out of proposed teams, dropping a team left with one person', () => {
    const pair = teamOf('t1', 1, 'proposed', ['a', 'd']);
    const triad = teamOf('t2', 2, 'proposed', ['e', 'b', 'c']);
    const plan = okPlan(
      planDeletion(roster, ['a', 'e'], [pair.team, triad.team], [...pair.members, ...triad.members], none, NOW),
    );
    expect(plan.deleted.map((p) => p.id)).toEqual(['a', 'e']);
    expect(plan.removedTeams.map((t) => t.id)).toEqual(['t1']);
    expect(plan.removedMembers.map((m) => m.id).sort()).toEqual(['t1-m0', 't1-m1', 't2-m0']);
  });

  it('removes links other people had to the deleted', () => {
    const plan = okPlan(planDeletion(roster, ['a'], [], [], none, NOW));
    expect(plan.referrersBefore).toEqual([c]);
    expect(plan.referrersAfter).toEqual([{ ...c, knownWell: ['d'], doNotPair: [], updatedAt: NOW }]);
  });
});

describe('planDeletionUndo', () => {
  const pair = teamOf('t1', 1, 'proposed', ['a', 'd']);
  const plan = okPlan(planDeletion(roster, ['a'], [pair.team], pair.members, none, NOW));

  it('brings back the exact records, team places and links when nothing changed since', () => {
    const undo = planDeletionUndo(plan, new Map(plan.referrersAfter.map((p) => [p.id, p])), [], LATER);
    expect(undo).toEqual({
      ok: true,
      participants: [a],
      referrers: [c],
      teams: [pair.team],
      members: pair.members,
    });
  });

  it('keeps later edits of a referrer and adds the links back', () => {
    const edited = { ...c, knownWell: ['d', 'e'], doNotPair: [], notes: 'new', updatedAt: LATER };
    const undo = planDeletionUndo(plan, new Map([[c.id, edited]]), [], LATER);
    if (!undo.ok) throw new Error(undo.message);
    expect(undo.referrers).toEqual([{ ...edited, knownWell: ['d', 'e', 'a'], doNotPair: ['a'], updatedAt: LATER }]);
  });

  it('is refused when someone now uses a deleted person’s email address', () => {
    const newcomer = person({ id: 'z', name: 'Zed', email: a.email });
    const undo = planDeletionUndo(plan, new Map(), [newcomer], LATER);
    expect(undo).toMatchObject({ ok: false });
    if (!undo.ok) expect(undo.message).toContain('Zed');
  });
});
