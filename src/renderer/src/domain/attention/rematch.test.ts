import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Participant, Team } from '../model';
import { member, person, team } from '../../../../../test/support/attention';
import { planRematch, planUndoRematch } from './rematch';

const NOW = '2026-11-12T10:00:00.000Z';

function setup(doNotPair: Record<string, string[]> = {}) {
  const people = ['ana', 'ben', 'cy', 'dee'].map((id) => person(id, { name: `${id} Test`, doNotPair: doNotPair[id] ?? [] }));
  const teams = [team('t1', 1), team('t2', 2)];
  const members = [member('t1', 'ana'), member('t1', 'ben'), member('t2', 'cy'), member('t2', 'dee')];
  return { people, byId: new Map(people.map((p) => [p.id, p])), teams, members };
}

describe('no-fault rematch', () => {
  it('ends the team with the day and the reason, and marks its people "do not pair" with each other', () => {
    const { byId, teams, members } = setup({ ana: ['dee'] });
    const plan = planRematch(teams[0]!, members, byId, '  Our schedules never matched ', '2026-11-12', NOW);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.team).toMatchObject({ status: 'ended', endedOn: '2026-11-12', endedReason: 'Our schedules never matched' });
    expect(plan.participants.map((p) => [p.id, p.doNotPair])).toEqual([
      ['ana', ['dee', 'ben']],
      ['ben', ['ana']],
    ]);
    expect(plan.record).toEqual({ teamId: 't1', added: [{ participantId: 'ana', ids: ['ben'] }, { participantId: 'ben', ids: ['ana'] }] });
  });

  it('refuses a team that is not confirmed, and an empty reason, changing nothing', () => {
    const { byId, teams, members } = setup();
    expect(planRematch({ ...teams[0]!, status: 'proposed' }, members, byId, 'x', '2026-11-12', NOW)).toEqual({
      ok: false,
      message: 'Pair 01 is still a proposal: remove it on the Pairing board instead. Nothing was changed.',
    });
    expect(planRematch({ ...teams[0]!, status: 'ended' }, members, byId, 'x', '2026-11-12', NOW).ok).toBe(false);
    const empty = planRematch(teams[0]!, members, byId, '   ', '2026-11-12', NOW);
    expect(empty.ok ? '' : empty.message).toMatch(/^Write why the team ends/);
  });

  it('undo is refused while a member is in another team, and names who and where', () => {
    const { byId, teams, members } = setup();
    const plan = planRematch(teams[0]!, members, byId, 'Moved away', '2026-11-12', NOW);
    if (!plan.ok) throw new Error(plan.message);
    const proposal: Team = team('t3', 3, { status: 'proposed' });
    const undo = planUndoRematch(plan.record, plan.team, [plan.team, teams[1]!, proposal], [...members, member('t3', 'ana'), member('t3', 'x')], byId, NOW);
    expect(undo).toEqual({
      ok: false,
      message: 'ana Test is already in a proposed team (Pair 03). Take them out of it on the Pairing board first, then undo. Nothing was changed.',
    });
  });

  it('touches only the team’s own people, and undo puts every list and the team back exactly', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    fc.assert(
      fc.property(
        fc.array(fc.subarray(ids), { minLength: 6, maxLength: 6 }),
        fc.subarray(ids, { minLength: 2, maxLength: 3 }),
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
        (lists, inTeam, reason) => {
          const people: Participant[] = ids.map((id, i) => person(id, { doNotPair: (lists[i] ?? []).filter((x) => x !== id) }));
          const byId = new Map(people.map((p) => [p.id, p]));
          const t = team('t1', 1, { kind: inTeam.length === 3 ? 'triad' : 'pair' });
          const members = inTeam.map((id) => member('t1', id));
          const plan = planRematch(t, members, byId, reason, '2026-11-12', NOW);
          if (!plan.ok) throw new Error(plan.message);
          for (const p of plan.participants) expect(inTeam).toContain(p.id);
          for (const id of inTeam) {
            const after = plan.participants.find((p) => p.id === id) ?? byId.get(id)!;
            for (const other of inTeam) if (other !== id) expect(after.doNotPair).toContain(other);
            expect(new Set(after.doNotPair).size).toBe(after.doNotPair.length);
          }
          const changed = new Map([...byId, ...plan.participants.map((p) => [p.id, p] as const)]);
          const undo = planUndoRematch(plan.record, plan.team, [plan.team], members, changed, NOW);
          if (!undo.ok) throw new Error(undo.message);
          const restored = new Map([...changed, ...undo.participants.map((p) => [p.id, p] as const)]);
          for (const p of people) expect(restored.get(p.id)!.doNotPair).toEqual(p.doNotPair);
          expect({ ...undo.team, updatedAt: t.updatedAt }).toEqual(t);
        },
      ),
    );
  });
});
