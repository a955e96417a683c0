/**
 * `npm run test:fuzz` only: every `fc.assert` runs with the fuzz run's seed and run count, whatever
 * `numRuns` the test passes for `npm test` (those are sized for a quick, fixed-seed CI run).
 * fast-check lets a test's own parameters win over `configureGlobal`, hence the wrapper.
 */
import fc from 'fast-check';
import type * as FastCheck from 'fast-check';
import { inject, vi } from 'vitest';

vi.mock('fast-check', async (importOriginal) => {
  const real = await importOriginal<typeof FastCheck>();
  const { seed, numRuns } = inject('fastCheckFuzz');
  const assert = ((
    property: Parameters<typeof real.assert>[0],
    params?: Parameters<typeof real.assert>[1],
  ) => real.assert(property, { ...params, seed, numRuns })) as typeof real.assert;
  const fc = { ...real.default, assert };
  return { ...real, assert, default: fc };
});

// fc.sample and any runner that does not go through the wrapper use the fuzz seed too.
const { seed, numRuns } = inject('fastCheckFuzz');
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed, numRuns });
