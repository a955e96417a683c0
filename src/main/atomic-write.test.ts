import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { temporaryPathFor, writeFileAtomic } from './atomic-write';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pmd-atomic-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates a file with exactly the given bytes and nothing else', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await writeFileAtomic(join(dir, 'a.bin'), bytes);
    expect(new Uint8Array(await readFile(join(dir, 'a.bin')))).toEqual(bytes);
    expect(await readdir(dir)).toEqual(['a.bin']);
  });

  it('replaces an existing file completely', async () => {
    await writeFile(join(dir, 'a.txt'), 'a much longer old content');
    await writeFileAtomic(join(dir, 'a.txt'), 'new');
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('leaves no temporary file behind when the final rename fails', async () => {
    // A non-empty directory at the target makes the rename fail on every platform.
    await mkdir(join(dir, 'target', 'inner'), { recursive: true });
    await expect(writeFileAtomic(join(dir, 'target'), 'data')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['target']);
    expect(await readdir(join(dir, 'target'))).toEqual(['inner']);
  });

  it('never leaves a mix of two concurrent writes', async () => {
    const target = join(dir, 'shared.txt');
    const contents = Array.from({ length: 8 }, (_, i) => String(i).repeat(50_000 + i));
    await Promise.all(contents.map((c) => writeFileAtomic(target, c)));
    expect(contents).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['shared.txt']);
  });

  it('uses a hidden temporary name in the same folder that is unique per call', () => {
    const a = temporaryPathFor(join(dir, 'x.json'));
    const b = temporaryPathFor(join(dir, 'x.json'));
    expect(a).not.toBe(b);
    expect(a.startsWith(join(dir, '.x.json.'))).toBe(true);
    expect(a.endsWith('.tmp')).toBe(true);
  });
});
