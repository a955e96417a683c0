/**
 * The coordinator's pairing settings: how complementarity is scored, which rules apply and how
 * strongly, what the matching optimises, what happens to an odd person, and how peer groups are
 * formed. Stored as plain data and validated with zod, so a partial or older stored object is
 * brought to today's shape by `parsePairingSettings`.
 */
import { z } from 'zod';

/** How a rule applies: not at all, as a score weight, or as a "never" rule. */
export const ruleModeSchema = z.enum(['off', 'soft', 'hard']);
/** How a rule applies: not at all, as a score weight, or as a "never" rule. */
export type RuleMode = z.infer<typeof ruleModeSchema>;

const weightSchema = z.number().int().min(0).max(100);

/** A rule with a mode and, when soft, the points it moves a pair's score by. */
function ruleSchema(mode: RuleMode, weight: number) {
  return z
    .object({
      mode: ruleModeSchema.default(mode),
      weight: weightSchema.default(weight),
    })
    .prefault({});
}

/** Career-stage rule: prefer peers at the same stage, or a mix of stages. */
function careerStageRuleSchema() {
  return z
    .object({
      prefer: z.enum(['similar', 'mixed']).default('similar'),
      mode: ruleModeSchema.default('soft'),
      weight: weightSchema.default(1),
    })
    .prefault({});
}

/** Attribute a peer group is formed by; `mixed` means complementary skills across everyone. */
export const groupFormBySchema = z.enum(['mixed', 'careerStage', 'department', 'location']);
/** Attribute a peer group is formed by; `mixed` means complementary skills across everyone. */
export type GroupFormBy = z.infer<typeof groupFormBySchema>;

/** Peer-group settings (groups mode). Sizes stay within 3–5, as the program recommends. */
export const groupSettingsSchema = z
  .object({
    minSize: z.number().int().min(3).max(5).default(3),
    maxSize: z.number().int().min(3).max(5).default(5),
    formBy: groupFormBySchema.default('mixed'),
    facilitated: z.boolean().default(false),
  })
  .prefault({})
  .refine((g) => g.minSize <= g.maxSize, {
    message: 'The smallest group size must not be larger than the largest group size',
    path: ['minSize'],
  });

/** Full pairing settings schema; every field has a default, so `{}` parses to the defaults. */
export const pairingSettingsSchema = z.object({
  /** Points for each wanted competency the partner offers (each direction counts). */
  pointsPerCoveredWant: z.number().int().min(0).max(20).default(2),
  /** Extra points when both directions are covered: the heart of a "buddy system" pair. */
  bothWaysBonus: z.number().int().min(0).max(50).default(3),
  rules: z
    .object({
      sameDepartment: ruleSchema('soft', 2),
      sameManager: ruleSchema('soft', 4),
      knownWell: ruleSchema('soft', 3),
      /** Partners of an earlier program (last year's teams): kept apart unless the coordinator relaxes it. */
      previousPartners: ruleSchema('hard', 6),
      careerStage: careerStageRuleSchema(),
      sameLocation: ruleSchema('soft', 1),
      mutualPreference: ruleSchema('soft', 10),
    })
    .prefault({}),
  /** `total`: maximise the sum of scores; `raise-weakest`: maximise the weakest pair first. */
  objective: z.enum(['total', 'raise-weakest']).default('total'),
  /** Pairs scoring below this are never formed by the matching; `null` for no minimum. */
  minPairScore: z.number().int().min(-1000).max(1000).nullable().default(null),
  /** Pair as many people as possible before maximising the score. */
  pairAsManyAsPossible: z.boolean().default(true),
  /** What happens to the person left over when the count is odd. */
  oddPerson: z.enum(['triad', 'leave-out']).default('triad'),
  groups: groupSettingsSchema,
});

/** The coordinator's pairing settings (output of the schema: every field present). */
export type PairingSettings = z.infer<typeof pairingSettingsSchema>;
/** A rule with a mode and a weight. */
export type PairingRule = PairingSettings['rules']['sameDepartment'];
/** Peer-group settings. */
export type GroupSettings = PairingSettings['groups'];

/** The defaults a new program starts with. */
export const defaultPairingSettings: PairingSettings = pairingSettingsSchema.parse({});

/**
 * Validates stored or edited settings, filling every missing field with its default.
 * Returns the zod result so the settings panel can show field-level messages.
 */
export function parsePairingSettings(value: unknown) {
  return pairingSettingsSchema.safeParse(value ?? {});
}
