import './test/helpers/node20-polyfills';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    expect: { poll: { timeout: 10_000, interval: 100 } },
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
