import './test/helpers/node20-polyfills';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { DEFAULT_FUZZ_RUNS, readFuzzSettings } from './test/helpers/fast-check-fuzz-settings';
import unit from './vitest.config';

const root = import.meta.dirname;

/** Every unit test file that uses fast-check: the property tests `npm test` runs with a fixed seed. */
function propertyTestFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...propertyTestFiles(path));
    else if (
      /\.test\.tsx?$/.test(entry.name) &&
      /from 'fast-check'/.test(readFileSync(join(root, path), 'utf8'))
    )
      found.push(path.split('\\').join('/'));
  }
  return found;
}

export default defineConfig({
  ...unit,
  test: {
    ...unit.test,
    include: [...propertyTestFiles('src'), ...propertyTestFiles('test/unit')],
    setupFiles: [...(unit.test?.setupFiles as string[]), 'test/helpers/fast-check-fuzz-setup.ts'],
    globalSetup: ['test/helpers/fast-check-fuzz-global-setup.ts'],
    // Every core runs property files (vitest keeps one free by default); the runner itself idles.
    maxWorkers: availableParallelism(),
    // 10 000 runs of the slowest property (agreement with a reference matcher on graphs of up
    // to 300 vertices) take 10–20 minutes here; the limit grows with the run count, so only a
    // property that hangs is stopped.
    testTimeout:
      Math.max(1, readFuzzSettings(process.env).numRuns / DEFAULT_FUZZ_RUNS) * 2 * 3_600_000,
  },
});
