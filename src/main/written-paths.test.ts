import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { createWrittenPaths } from './written-paths';

describe('createWrittenPaths', () => {
  it('knows exactly the paths it was told about, in their normal form', () => {
    const written = createWrittenPaths();
    const file = join('/home/ana/Documents', 'Pair 01 - Garcia & Lee.docx');
    expect(written.has(file)).toBe(false);
    written.remember(file);
    expect(written.has(file)).toBe(true);
    expect(written.has('/home/ana/Documents/./Pair 01 - Garcia & Lee.docx')).toBe(true);
    expect(written.has('/home/ana/Documents/Pair 02 - Garcia & Lee.docx')).toBe(false);
    expect(written.has('/home/ana/Documents')).toBe(false);
    expect(written.has('/home/ana/Documents/Pair 01 - Garcia & Lee.docx/..')).toBe(false);
  });

  it('starts empty: nothing from an earlier run can be revealed', () => {
    createWrittenPaths().remember('/tmp/a.docx');
    expect(createWrittenPaths().has('/tmp/a.docx')).toBe(false);
  });

  it('forgets the oldest paths beyond its limit, and keeps recently rewritten ones', () => {
    const written = createWrittenPaths(3);
    for (const name of ['a', 'b', 'c']) written.remember(`/x/${name}`);
    written.remember('/x/a');
    written.remember('/x/d');
    expect(['a', 'b', 'c', 'd'].map((n) => written.has(`/x/${n}`))).toEqual([
      true,
      false,
      true,
      true,
    ]);
  });

  it('answers yes only for remembered paths (property)', () => {
    const segment = fc
      .stringMatching(/^[A-Za-z0-9 ._-]{1,12}$/)
      .filter((s) => s !== '.' && s !== '..');
    const path = fc
      .array(segment, { minLength: 1, maxLength: 4 })
      .map((parts) => join('/', ...parts));
    fc.assert(
      fc.property(fc.uniqueArray(path, { maxLength: 20 }), path, (remembered, probe) => {
        const written = createWrittenPaths();
        for (const p of remembered) written.remember(p);
        expect(written.has(probe)).toBe(remembered.includes(probe));
      }),
      { numRuns: 200 },
    );
  });
});
