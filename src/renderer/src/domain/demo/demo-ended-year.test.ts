import { describe, expect, it } from 'vitest';
import { isRatingValue } from '../evaluation/rating-grid';
import { checkFeedbackAnswers, readFeedbackAnswers } from '../evaluation/feedback-answers';
import { buildDemoProgram, endedCycle } from './demo-program';

function build(now: string) {
  let n = 0;
  const demo = buildDemoProgram(now, () => `id-${String(++n).padStart(4, '0')}`, 'year-ended');
  if (!demo.year) throw new Error('the ended year is missing');
  return { ...demo, year: demo.year };
}

describe('the demo year that has ended', () => {
  it('is the last September–May cycle that ended before today', () => {
    expect(endedCycle('2026-12-05')).toEqual({ cycleStart: '2025-09-01', cycleEnd: '2026-05-31' });
    expect(endedCycle('2026-06-01')).toEqual({ cycleStart: '2025-09-01', cycleEnd: '2026-05-31' });
    expect(endedCycle('2026-05-31')).toEqual({ cycleStart: '2024-09-01', cycleEnd: '2025-05-31' });
    expect(build('2026-12-05T10:00:00.000Z').program.name).toContain('2025–26');
  });

  const { program, participants, year } = build('2026-12-05T10:00:00.000Z');
  const byFirst = (first: string) => participants.find((p) => p.firstName === first)!;
  const ratingsOf = (first: string, phase: 'pre' | 'post') => year.ratings.filter((r) => r.participantId === byFirst(first).id && r.phase === phase);

  it('is the same every time', () => {
    expect(build('2026-12-05T10:00:00.000Z')).toEqual(build('2026-12-05T10:00:00.000Z'));
  });

  it('has two withdrawals with their reason on the ended team, and nothing of theirs after they left', () => {
    const withdrawn = participants.filter((p) => p.status === 'withdrawn').map((p) => p.firstName).sort();
    expect(withdrawn).toEqual(['Chidi', 'Patrick']);
    const ended = year.teams.filter((t) => t.status === 'ended');
    expect(ended).toHaveLength(2);
    for (const team of ended) {
      expect(team.endedReason).not.toBe('');
      expect(year.meetingLogs.filter((l) => l.teamId === team.id).every((l) => l.date <= team.endedOn)).toBe(true);
      expect(year.checkIns.filter((c) => c.teamId === team.id).every((c) => c.date <= team.endedOn)).toBe(true);
    }
  });

  it('rates most people at the start and the end, on their team’s competencies only, every value valid', () => {
    const chosen = new Map(year.teams.map((t) => [t.id, t.competencyIds]));
    const teamOf = new Map(year.teamMembers.map((m) => [m.participantId, m.teamId]));
    for (const r of year.ratings) {
      expect(isRatingValue(r.value)).toBe(true);
      expect(chosen.get(teamOf.get(r.participantId)!)).toContain(r.competencyId);
      expect(r.programId).toBe(program.id);
    }
    const ratedAt = (phase: 'pre' | 'post') => new Set(year.ratings.filter((r) => r.phase === phase).map((r) => r.participantId)).size;
    expect(ratedAt('pre')).toBe(21);
    expect(ratedAt('post')).toBe(19);
    expect(ratingsOf('Fatima Zahra', 'pre')).toEqual([]);
    expect(ratingsOf('Fatima Zahra', 'post').length).toBeGreaterThan(0);
    expect(ratingsOf('Oliver', 'post')).toEqual([]);
    expect(ratingsOf('Chidi', 'pre').length).toBeGreaterThan(0);
    expect(ratingsOf('Chidi', 'post')).toEqual([]);
    const cells = year.ratings.map((r) => `${r.participantId}/${r.competencyId}/${r.phase}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('shows realistic growth: on average up by less than two steps, mostly up, a few down', () => {
    const pre = new Map(year.ratings.filter((r) => r.phase === 'pre').map((r) => [`${r.participantId}/${r.competencyId}`, r.value]));
    const changes = year.ratings
      .filter((r) => r.phase === 'post' && pre.has(`${r.participantId}/${r.competencyId}`))
      .map((r) => r.value - pre.get(`${r.participantId}/${r.competencyId}`)!);
    const mean = changes.reduce((a, b) => a + b, 0) / changes.length;
    expect(mean).toBeGreaterThan(0.4);
    expect(mean).toBeLessThan(1.5);
    expect(changes.some((c) => c < 0)).toBe(true);
    expect(changes.filter((c) => c > 0).length).toBeGreaterThan(changes.length / 2);
  });

  it('has feedback from most people, one record each, with named and anonymous quotes and withheld ones', () => {
    expect(year.feedback.length).toBe(21);
    expect(new Set(year.feedback.map((f) => f.participantId)).size).toBe(21);
    for (const f of year.feedback) {
      expect(checkFeedbackAnswers(f)).toBeNull();
      expect(readFeedbackAnswers(f)).toEqual(Object.fromEntries(Object.keys(readFeedbackAnswers(undefined)).map((k) => [k, f[k as keyof typeof f]])));
    }
    const quoted = (consent: string) => year.feedback.filter((f) => f.quote !== '' && f.quoteConsent === consent).length;
    expect(quoted('named')).toBe(3);
    expect(quoted('anonymous')).toBe(5);
    expect(quoted('no')).toBeGreaterThan(0);
    const chidi = year.feedback.find((f) => f.participantId === byFirst('Chidi').id)!;
    expect(chidi.answeredOn).toBe(year.teams.find((t) => t.endedReason.startsWith('Chidi'))!.endedOn);
    const notAnswered = participants.filter((p) => !year.feedback.some((f) => f.participantId === p.id)).map((p) => p.firstName).sort();
    expect(notAnswered).toEqual(['Oliver', 'Patrick', 'Tomasz']);
  });
});
