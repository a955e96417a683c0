import './test/helpers/node20-polyfills';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig } from 'vitest/config';
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
      found.push(relative(root, join(root, path)).split('\\').join('/'));
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
    // Ten thousand runs of the slower properties take minutes; no single one may hang for ever.
    testTimeout: 30 * 60_000,
  },
});
