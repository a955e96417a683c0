/**
 * The rules that put a confirmed team on the "needs attention" list, each on or off with its
 * threshold, as the coordinator sets them. Stored per program in meta `attentionRules:<programId>`
 * and validated with zod: a partial or damaged stored value is brought back to the defaults field
 * by field, so a missing rule never silences the others.
 */
import { z } from 'zod';

/** The rules, in the order the settings panel and the reasons list them. */
export const ATTENTION_RULE_KEYS = [
  'member-withdrew',
  'follow-up-passed',
  'one-sided',
  'no-meeting',
  'missed-group-meetings',
  'check-in-overdue',
] as const;

export type AttentionRuleKey = (typeof ATTENTION_RULE_KEYS)[number];

/** Short names for badges and the settings panel. */
export const ATTENTION_RULE_LABELS: Record<AttentionRuleKey, string> = {
  'member-withdrew': 'Member withdrew',
  'follow-up-passed': 'Follow-up date passed',
  'one-sided': 'Mostly one way',
  'no-meeting': 'No meeting logged',
  'missed-group-meetings': 'Missed group meetings',
  'check-in-overdue': 'Check-in overdue',
};

/** Limits of each threshold (inclusive), shared by the schema and the settings panel. */
export const THRESHOLD_LIMITS = {
  noMeetingWeeks: { min: 1, max: 26 },
  oneSidedCheckIns: { min: 1, max: 6 },
  missedMeetings: { min: 1, max: 5 },
  overdueDays: { min: 1, max: 60 },
  followUpDays: { min: 0, max: 60 },
} as const;

const count = (n: number, what: string) => `${n} ${n === 1 ? what.replace(/s$/, '') : what}`;

const limited = (limits: { min: number; max: number }, fallback: number, what: string) =>
  z
    .number({ error: `Enter a whole number of ${what}.` })
    .int(`Enter a whole number of ${what}.`)
    .min(limits.min, `Enter at least ${count(limits.min, what)}.`)
    .max(limits.max, `Enter at most ${count(limits.max, what)}.`)
    .default(fallback);

/** Every field has a default, so `{}` parses to the default rules. */
export const attentionRulesSchema = z.object({
  noMeeting: z
    .object({
      on: z.boolean().default(true),
      weeks: limited(THRESHOLD_LIMITS.noMeetingWeeks, 6, 'weeks'),
    })
    .prefault({}),
  oneSided: z
    .object({
      on: z.boolean().default(true),
      checkIns: limited(THRESHOLD_LIMITS.oneSidedCheckIns, 2, 'check-ins'),
    })
    .prefault({}),
  missedGroupMeetings: z
    .object({
      on: z.boolean().default(true),
      meetings: limited(THRESHOLD_LIMITS.missedMeetings, 2, 'meetings'),
    })
    .prefault({}),
  checkInOverdue: z
    .object({
      on: z.boolean().default(true),
      days: limited(THRESHOLD_LIMITS.overdueDays, 7, 'days'),
    })
    .prefault({}),
  followUpPassed: z
    .object({
      on: z.boolean().default(true),
      days: limited(THRESHOLD_LIMITS.followUpDays, 0, 'days'),
    })
    .prefault({}),
  memberWithdrew: z.object({ on: z.boolean().default(true) }).prefault({}),
});

export type AttentionRules = z.infer<typeof attentionRulesSchema>;

/** The rules a new program starts with. */
export const DEFAULT_ATTENTION_RULES: AttentionRules = attentionRulesSchema.parse({});

/** Meta key of a program's rules (per-program settings are `<name>:<programId>`). */
export const attentionRulesKey = (programId: string): string => `attentionRules:${programId}`;

type RuleSection = keyof AttentionRules;
const SECTIONS = Object.keys(DEFAULT_ATTENTION_RULES) as RuleSection[];

/**
 * Reads stored rules: each section that does not validate falls back to its default on its own,
 * so one damaged value never switches the other rules back or off.
 */
export function readAttentionRules(value: unknown): AttentionRules {
  const whole = attentionRulesSchema.safeParse(value ?? {});
  if (whole.success) return whole.data;
  const stored = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const section of SECTIONS) {
    const one = attentionRulesSchema.shape[section].safeParse(stored[section]);
    out[section] = one.success ? one.data : DEFAULT_ATTENTION_RULES[section];
  }
  return out as AttentionRules;
}

/** Validates rules the coordinator changed; the first problem in words, or the clean rules. */
export function checkAttentionRules(value: unknown): { ok: true; rules: AttentionRules } | { ok: false; message: string } {
  const parsed = attentionRulesSchema.safeParse(value);
  if (parsed.success) return { ok: true, rules: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'These settings are not valid.' };
}
