import { describe, expect, it } from 'vitest';
import { programDraftSchema } from '../programs/program-defaults';
import { buildDemoProgram } from './demo-program';

const NOW = '2026-03-14T10:30:00.000Z';

function build(now = NOW) {
  let n = 0;
  return buildDemoProgram(now, () => `id-${String(++n).padStart(3, '0')}`);
}

describe('buildDemoProgram', () => {
  const { program, competencies, participants } = build();
  const ids = new Set(participants.map((p) => p.id));
  const byId = new Map(participants.map((p) => [p.id, p]));
  const byEmail = new Map(participants.map((p) => [p.emailKey, p]));

  it('is a flagged demo program for the coming cycle that passes the set-up validation', () => {
    expect(program.isDemo).toBe(true);
    expect(program.status).toBe('active');
    expect(program.cycleStart).toBe('2026-09-01');
    expect(program.cycleEnd).toBe('2027-05-31');
    expect(program.name).toContain('2026–27');
    expect(program.createdAt).toBe(NOW);
    const check = programDraftSchema.safeParse(program);
    expect(check.success, JSON.stringify(check.error?.issues)).toBe(true);
    expect(program.coordinatorEmail.endsWith('@example.org')).toBe(true);
  });

  it('has a partly done checklist with owners and due dates before the cycle', () => {
    expect(program.checklist).toHaveLength(6);
    const done = program.checklist.filter((c) => c.done).length;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(6);
    for (const item of program.checklist) {
      expect(item.owner).not.toBe('');
      expect(item.due < program.cycleStart).toBe(true);
    }
  });

  it('has a few budget lines with unique ids', () => {
    expect(program.budget.length).toBeGreaterThanOrEqual(3);
    expect(new Set(program.budget.map((b) => b.id)).size).toBe(program.budget.length);
    expect(program.budget.every((b) => Number.isInteger(b.amountCents) && b.amountCents > 0)).toBe(true);
    expect(program.budget.map((b) => b.item).join(' ')).toMatch(/Catering.*facilitator.*Printing/is);
  });

  it('comes with its own full catalog', () => {
    expect(competencies).toHaveLength(31);
    expect(competencies.every((c) => c.programId === program.id)).toBe(true);
  });

  it('has about 24 people with unique ids and emails on example.org', () => {
    expect(participants.length).toBeGreaterThanOrEqual(20);
    expect(participants.length).toBeLessThanOrEqual(30);
    expect(ids.size).toBe(participants.length);
    expect(new Set(participants.map((p) => p.emailKey)).size).toBe(participants.length);
    const allIds = [program.id, ...competencies.map((c) => c.id), ...program.budget.map((b) => b.id), ...ids];
    expect(new Set(allIds).size).toBe(allIds.length);
    for (const p of participants) {
      expect(p.programId).toBe(program.id);
      expect(p.email).toMatch(/^[a-z.]+@example\.org$/);
      expect(p.emailKey).toBe(p.email.normalize('NFC').trim().toLowerCase());
      expect(p.status).toBe('active');
      expect(p.name.length).toBeGreaterThan(3);
    }
  });

  it('is diverse: all career stages, 5–6 departments, 2–3 locations, accented names', () => {
    expect(new Set(participants.map((p) => p.careerStage))).toEqual(new Set(['early', 'mid', 'late']));
    const departments = new Set(participants.map((p) => p.department)).size;
    expect(departments).toBeGreaterThanOrEqual(5);
    expect(departments).toBeLessThanOrEqual(6);
    const locations = new Set(participants.map((p) => p.location)).size;
    expect(locations).toBeGreaterThanOrEqual(2);
    expect(locations).toBeLessThanOrEqual(3);
    expect(participants.filter((p) => /\P{ASCII}/u.test(p.name)).length).toBeGreaterThanOrEqual(5);
    expect(participants.every((p) => p.manager !== '' && p.jobTitle !== '')).toBe(true);
  });

  it('gives everyone 2–4 offers and 2–4 wants from the catalog, never the same one twice', () => {
    const catalogIds = new Set(competencies.filter((c) => !c.retired).map((c) => c.id));
    for (const p of participants) {
      expect(p.offers.length, p.name).toBeGreaterThanOrEqual(2);
      expect(p.offers.length, p.name).toBeLessThanOrEqual(4);
      expect(p.wants.length, p.name).toBeGreaterThanOrEqual(2);
      expect(p.wants.length, p.name).toBeLessThanOrEqual(4);
      for (const id of [...p.offers, ...p.wants]) expect(catalogIds.has(id)).toBe(true);
      expect(p.offers.filter((id) => p.wants.includes(id))).toEqual([]);
      expect(new Set(p.offers).size).toBe(p.offers.length);
      expect(new Set(p.wants).size).toBe(p.wants.length);
    }
  });

  it('offers every wanted competency through at least two other people, one of them in another department', () => {
    // A demo where a want has a single possible source (or none) gives weak, forced pairs.
    const name = new Map(competencies.map((c) => [c.id, c.name]));
    for (const p of participants) {
      for (const want of p.wants) {
        const offering = participants.filter((o) => o.id !== p.id && o.offers.includes(want));
        const label = `${p.name} wants ${name.get(want) ?? want}`;
        expect(offering.length, label).toBeGreaterThanOrEqual(2);
        expect(offering.some((o) => o.department !== p.department), label).toBe(true);
      }
    }
  });

  it('spreads offers and wants over the three competency categories', () => {
    const category = new Map(competencies.map((c) => [c.id, c.category]));
    const offered = new Set(participants.flatMap((p) => p.offers.map((id) => category.get(id))));
    const wanted = new Set(participants.flatMap((p) => p.wants.map((id) => category.get(id))));
    expect(offered).toEqual(new Set(['self', 'business', 'people']));
    expect(wanted).toEqual(new Set(['self', 'business', 'people']));
  });

  it('has links that point at other existing participants, symmetrically', () => {
    let known = 0;
    for (const p of participants) {
      for (const id of [...p.knownWell, ...p.doNotPair]) {
        expect(ids.has(id)).toBe(true);
        expect(id).not.toBe(p.id);
      }
      for (const id of p.knownWell) expect(byId.get(id)?.knownWell).toContain(p.id);
      for (const id of p.doNotPair) expect(byId.get(id)?.doNotPair).toContain(p.id);
      known += p.knownWell.length;
    }
    expect(known).toBeGreaterThanOrEqual(4);
    expect(participants.filter((p) => p.doNotPair.length > 0)).toHaveLength(2);
  });

  it('has one mutual preferred-partner pair and one registered-together pair', () => {
    const preferring = participants.filter((p) => p.preferredPartnerEmail !== '');
    expect(preferring).toHaveLength(2);
    for (const p of preferring) expect(byEmail.get(p.preferredPartnerEmail)?.preferredPartnerEmail).toBe(p.emailKey);
    const registered = participants.filter((p) => p.registeredWithEmail !== '');
    expect(registered).toHaveLength(2);
    for (const p of registered) expect(byEmail.get(p.registeredWithEmail)?.registeredWithEmail).toBe(p.emailKey);
    expect(participants.some((p) => p.notes !== '')).toBe(true);
  });

  it('is deterministic for the same now and id sequence', () => {
    expect(build()).toEqual(build());
  });

  it('moves to the next cycle when built on or after 1 September', () => {
    const later = build('2026-09-01T08:00:00.000Z').program;
    expect(later.cycleStart).toBe('2027-09-01');
    expect(later.name).toContain('2027–28');
  });
});
