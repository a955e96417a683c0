import './test/helpers/node20-polyfills';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // Two spec files at a time: each mostly waits on its own browser, so the 2 cores stay busy
    // and the suite fits the time budget of `npm test`. Every spec opens its own browser context
    // (own storage), so they never see each other's data.
    fileParallelism: true,
    maxWorkers: 2,
    expect: { poll: { timeout: 10_000, interval: 100 } },
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
