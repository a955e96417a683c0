import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './client';
import { loadDocumentSources } from './documents-repo';
import { deleteProgram, loadDemoProgram } from './programs-repo';
import { loadTextBlocks, resetTextBlock, saveTextBlock, setRegistrationDeadline, textBlocksKey } from './text-blocks-repo';
import { DEFAULT_TEXT_BLOCKS } from '../domain/documents/text-blocks';
import { programSchema } from './record-schemas';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('program texts', () => {
  it('keep an edited block as typed (problems included) for the documents, and only the edited ones', async () => {
    const program = await loadDemoProgram();
    await saveTextBlock(program.id, 'what-you-gain', 'Our own words for {organisation and more');
    expect((await loadTextBlocks(program.id))['what-you-gain']).toBe('Our own words for {organisation and more');
    expect((await loadDocumentSources(program.id))?.textBlocks['what-you-gain']).toBe('Our own words for {organisation and more');
    expect(Object.keys((await db.meta.get(textBlocksKey(program.id)))?.value as object)).toEqual(['what-you-gain']);
    expect((await loadTextBlocks(program.id)).challenges).toBe(DEFAULT_TEXT_BLOCKS.challenges);
  });

  it('go back to the app\u2019s wording on reset, leaving nothing stored', async () => {
    const program = await loadDemoProgram();
    await saveTextBlock(program.id, 'challenges', 'Mine');
    await resetTextBlock(program.id, 'challenges');
    expect((await loadTextBlocks(program.id)).challenges).toBe(DEFAULT_TEXT_BLOCKS.challenges);
    expect(await db.meta.get(textBlocksKey(program.id))).toBeUndefined();
  });

  it('refuse a text that is far too long, changing nothing, and go with their program', async () => {
    const program = await loadDemoProgram();
    await saveTextBlock(program.id, 'challenges', 'Mine');
    await expect(saveTextBlock(program.id, 'challenges', 'x'.repeat(9000))).rejects.toThrow('too long');
    expect((await loadTextBlocks(program.id)).challenges).toBe('Mine');
    await deleteProgram(program.id);
    expect(await db.meta.get(textBlocksKey(program.id))).toBeUndefined();
  });
});

describe('registration deadline', () => {
  it('sets and clears the day, refuses anything but a day, and stays a valid program record', async () => {
    const program = await loadDemoProgram();
    await setRegistrationDeadline(program.id, '2026-08-21');
    const stored = await db.programs.get(program.id);
    expect(stored?.registrationDeadline).toBe('2026-08-21');
    expect(programSchema.safeParse(stored).success).toBe(true);
    await expect(setRegistrationDeadline(program.id, '21/08/2026')).rejects.toThrow('"21/08/2026" is not a date');
    expect((await db.programs.get(program.id))?.registrationDeadline).toBe('2026-08-21');
    await setRegistrationDeadline(program.id, '');
    expect((await db.programs.get(program.id))?.registrationDeadline).toBe('');
  });

  it('is optional: a program stored without it still reads as valid', async () => {
    const program = await loadDemoProgram();
    const { registrationDeadline: _gone, ...old } = { ...program, registrationDeadline: undefined };
    expect(programSchema.safeParse(old).success).toBe(true);
  });
});
