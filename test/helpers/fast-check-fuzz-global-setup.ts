/** `npm run test:fuzz`: picks the seed once, says it before anything runs, hands it to every file. */
import type { TestProject } from 'vitest/node';
import { readFuzzSettings } from './fast-check-fuzz-settings';

export default function setup(project: TestProject): void {
  const settings = readFuzzSettings(process.env);
  console.log(
    `\nfast-check fuzz: seed ${settings.seed}, ${settings.numRuns} runs per property` +
      `\n  reproduce this run: FC_SEED=${settings.seed} FC_NUM_RUNS=${settings.numRuns} npm run test:fuzz\n`,
  );
  project.provide('fastCheckFuzz', settings);
}
