/**
 * Settings of `npm run test:fuzz`, read from the environment once (by the fuzz global setup) and
 * handed to every test file: FC_SEED (default: a fresh random seed) and FC_NUM_RUNS (default
 * 10 000 runs per property). Invalid values stop the run rather than fuzz with something else.
 */
import { randomInt } from 'node:crypto';

export interface FuzzSettings {
  seed: number;
  numRuns: number;
}

export const DEFAULT_FUZZ_RUNS = 10_000;

function readInteger(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw.trim());
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** The seed and run count for this fuzz run; a random 32-bit seed unless FC_SEED is set. */
export function readFuzzSettings(env: NodeJS.ProcessEnv): FuzzSettings {
  const seedText = env['FC_SEED'];
  const runsText = env['FC_NUM_RUNS'];
  return {
    seed:
      seedText !== undefined && seedText !== ''
        ? readInteger('FC_SEED', seedText, -(2 ** 31), 2 ** 31 - 1)
        : randomInt(-(2 ** 31), 2 ** 31 - 1),
    numRuns:
      runsText !== undefined && runsText !== ''
        ? readInteger('FC_NUM_RUNS', runsText, 1, 10_000_000)
        : DEFAULT_FUZZ_RUNS,
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    fastCheckFuzz: FuzzSettings;
  }
}
