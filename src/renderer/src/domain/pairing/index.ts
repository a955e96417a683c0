/** Public API of the pairing domain: settings, scoring, plans, groups, alternatives, quality. */
export * from './pairing-settings';
export * from './scoring';
export * from './plan-model';
export {
  preparePairing,
  arrangeFixed,
  teamScore,
  tableScore,
  isEligible,
  unpairedMessage,
} from './prepare';
export type { PreparedPairing, Arrangement, FixedUnit } from './prepare';
export { planPairs, planPairsPrepared, chooseMatching } from './plan-pairs';
export type { MatchingEdge } from './plan-pairs';
export { planGroups, planGroupsPrepared } from './groups';
export { alternativesFor } from './alternatives';
export type { Alternative } from './alternatives';
export { summarisePlan, findBlockingPairs, MATCHABLE_UNPAIRED } from './quality';
export * from './team-competencies';
