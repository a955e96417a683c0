/**
 * The program's texts (the blocks the information and orientation packs print), stored per
 * program in meta `textBlocks:<programId>` as the edited blocks only: a block never edited
 * follows the app's default, so a better default reaches it. The registration deadline the
 * texts mention is a program field.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  DEFAULT_TEXT_BLOCKS,
  restoreTextBlocks,
  TEXT_BLOCK_MAX_LENGTH,
  type TextBlockId,
  type TextBlocks,
} from '../domain/documents/text-blocks';
import { isIsoDate } from '../domain/schedule/iso-dates';
import { db } from './client';
import { nowIso } from './ids';
import { runWrite } from './write-guard';

/** Meta key of a program's edited text blocks. */
export const textBlocksKey = (programId: string): string => `textBlocks:${programId}`;

/** The program's texts (defaults for the blocks never edited). */
export async function loadTextBlocks(programId: string): Promise<TextBlocks> {
  return restoreTextBlocks((await db.meta.get(textBlocksKey(programId)))?.value);
}

/** Live texts (undefined while loading). */
export function useTextBlocks(programId: string | undefined): TextBlocks | undefined {
  return useLiveQuery(async () => (programId ? loadTextBlocks(programId) : { ...DEFAULT_TEXT_BLOCKS }), [programId]);
}

function storedBlocks(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? { ...(value as Record<string, unknown>) } : {};
}

/**
 * Save one block exactly as typed (problems included: nothing typed is lost; the packs are held
 * back while a block they print has problems). Text equal to the default is stored as "not
 * edited", so the block follows the default again.
 */
export async function saveTextBlock(programId: string, id: TextBlockId, text: string): Promise<void> {
  if (text.length > TEXT_BLOCK_MAX_LENGTH) {
    throw new Error(`This text is too long (over ${TEXT_BLOCK_MAX_LENGTH.toLocaleString('en')} characters): shorten it; the last change was not saved.`);
  }
  await runWrite(db, [db.programs, db.meta], async () => {
    if (!(await db.programs.get(programId))) throw new Error('That program no longer exists.');
    const stored = storedBlocks((await db.meta.get(textBlocksKey(programId)))?.value);
    if (text === DEFAULT_TEXT_BLOCKS[id]) delete stored[id];
    else stored[id] = text;
    if (Object.keys(stored).length === 0) await db.meta.delete(textBlocksKey(programId));
    else await db.meta.put({ key: textBlocksKey(programId), value: stored });
  });
}

/** Go back to the app's wording of one block. */
export async function resetTextBlock(programId: string, id: TextBlockId): Promise<void> {
  await saveTextBlock(programId, id, DEFAULT_TEXT_BLOCKS[id]);
}

/**
 * Set the last day to register (`YYYY-MM-DD`), or clear it with ''. Saved at once; anything
 * else is refused and nothing changes.
 */
export async function setRegistrationDeadline(programId: string, day: string): Promise<void> {
  if (day !== '' && !isIsoDate(day)) throw new Error(`"${day}" is not a date: pick a day, or clear the field.`);
  await runWrite(db, [db.programs], async () => {
    if (!(await db.programs.get(programId))) throw new Error('That program no longer exists.');
    await db.programs.update(programId, { registrationDeadline: day, updatedAt: nowIso() });
  });
}
