import './test/helpers/node20-polyfills';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Runs the one-off fixture makers in test/fixture-makers (by hand, never in `npm test`). */
export default defineConfig({
  resolve: {
    alias: {
      '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
      '@shared': resolve(import.meta.dirname, 'src/shared'),
    },
  },
  define: { __APP_VERSION__: JSON.stringify('0.1.0') },
  test: { include: ['test/fixture-makers/**/*.gen.ts'], environment: 'node' },
});
