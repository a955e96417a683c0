/**
 * Words and figures the pairing board shows for teams and people: "Pair 07", origin labels,
 * how many of each member's wants a teammate covers, and how a score is toned.
 */
import type { Competency, Participant, TeamKind } from '../../domain/model';
import { CAREER_STAGE_LABELS } from '../../domain/model';
import type { TeamOrigin } from '../../domain/pairing/plan-model';

const KIND_WORDS: Record<TeamKind, string> = { pair: 'Pair', triad: 'Triad', group: 'Group' };

/** "Pair 07", "Triad 12", "Group 03". */
export function teamLabel(kind: TeamKind, number: number): string {
  return `${KIND_WORDS[kind]} ${String(number).padStart(2, '0')}`;
}

/** "Confirm 12 pairs": a triad counts as a pair; peer groups are groups; a mix is teams. */
export function teamCountLabel(count: number, kinds: readonly TeamKind[]): string {
  const groups = kinds.filter((k) => k === 'group').length;
  const word = groups === 0 ? 'pair' : groups === kinds.length ? 'group' : 'team';
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Why a team is kept, as a short badge; null for teams the matching chose. */
export const ORIGIN_LABELS: Record<TeamOrigin, string | null> = {
  locked: 'Locked',
  pinned: 'Pinned',
  registered: 'Registered together',
  preferred: 'Mutual preference',
  matched: null,
};

/** "Nursing · Late career" (whatever of the two is known). */
export function personDetails(p: Participant): string {
  return [p.department.trim(), p.careerStage ? CAREER_STAGE_LABELS[p.careerStage] : '']
    .filter((s) => s !== '')
    .join(' · ');
}

/** Up to two initials of a name, for avatars. */
export function initials(p: Participant): string {
  const parts = (p.name.trim() || `${p.firstName} ${p.lastName}`.trim() || p.email)
    .split(/\s+/)
    .filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/** How much of one member's wants the rest of the team offers. */
export interface MemberCoverage {
  participantId: string;
  /** Active competencies the member wants. */
  wanted: number;
  /** Of those, how many a teammate offers. */
  covered: number;
  /** Names of the wanted competencies nobody in the team offers. */
  missing: string[];
}

/** Coverage of each member's wants within their team (retired competencies do not count). */
export function memberCoverage(
  members: readonly Participant[],
  catalog: readonly Competency[],
): MemberCoverage[] {
  const active = new Map(catalog.filter((c) => !c.retired).map((c) => [c.id, c.name] as const));
  return members.map((m) => {
    const offered = new Set(members.filter((o) => o.id !== m.id).flatMap((o) => o.offers));
    const wanted = [...new Set(m.wants)].filter((id) => active.has(id));
    const missing = wanted.filter((id) => !offered.has(id));
    return {
      participantId: m.id,
      wanted: wanted.length,
      covered: wanted.length - missing.length,
      missing: missing.map((id) => active.get(id) ?? id),
    };
  });
}

/** Share of all members' wants the team covers, 0–100 (100 when nobody wants anything). */
export function teamCoveragePercent(coverage: readonly MemberCoverage[]): number {
  const wanted = coverage.reduce((s, c) => s + c.wanted, 0);
  const covered = coverage.reduce((s, c) => s + c.covered, 0);
  return wanted === 0 ? 100 : Math.round((100 * covered) / wanted);
}

/** How a team's score badge is coloured. */
export type ScoreTone = 'not-allowed' | 'weak' | 'fair' | 'strong';

/**
 * Tone of a score: forbidden pairs and scores at or below zero stand out, a team above the
 * plan's median is "strong", the rest "fair".
 */
export function scoreTone(score: number, allowed: boolean, median: number): ScoreTone {
  if (!allowed) return 'not-allowed';
  if (score <= 0) return 'weak';
  return score > median ? 'strong' : 'fair';
}

/** Median of a list of numbers (0 for none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
