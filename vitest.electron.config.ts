import './test/helpers/node20-polyfills';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:electron`: the release smoke test in the real Electron runtime. Deliberately its
 * own config: the unit and e2e configs never include test/electron, so `npm test` stays runnable
 * on machines without Electron's runtime.
 */
export default defineConfig({
  test: {
    include: ['test/electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
