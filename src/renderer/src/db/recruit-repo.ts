/**
 * Recruiting: the program's invitation (subject, text and distribution address, kept in `meta`
 * under `invitation:<programId>`) and its registration deadline.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { invitationKey, readInvitation, type InvitationTemplate } from '../domain/documents/invitation-template';
import { isIsoDate } from '../domain/schedule/iso-dates';
import { db } from './client';
import { nowIso } from './ids';
import { runWrite } from './write-guard';

/** The program's invitation, live (the default until edited). */
export function useInvitation(programId: string | undefined): InvitationTemplate | undefined {
  return useLiveQuery(async () => (programId ? readInvitation((await db.meta.get(invitationKey(programId)))?.value) : undefined), [programId]);
}

/** Save part of the invitation (read and written in one transaction). */
export async function saveInvitation(programId: string, change: Partial<InvitationTemplate>): Promise<void> {
  await runWrite(db, [db.meta], async () => {
    const stored = readInvitation((await db.meta.get(invitationKey(programId)))?.value);
    await db.meta.put({ key: invitationKey(programId), value: { ...stored, ...change } });
  });
}

/** Put the default invitation back (the distribution address stays). */
export async function resetInvitation(programId: string, keep: Pick<InvitationTemplate, 'to'>): Promise<InvitationTemplate> {
  return runWrite(db, [db.meta], async () => {
    const before = readInvitation((await db.meta.get(invitationKey(programId)))?.value);
    await db.meta.put({ key: invitationKey(programId), value: { ...readInvitation(null), to: keep.to } });
    return before;
  });
}

/** Set or clear the program's registration deadline. */
export async function setRegistrationDeadline(programId: string, day: string): Promise<string | null> {
  const clean = day.trim();
  if (clean !== '' && !isIsoDate(clean)) return `"${day}" is not a date: pick a day, or clear the field.`;
  return runWrite(db, [db.programs], async () => {
    if (!(await db.programs.get(programId))) throw new Error('That program no longer exists.');
    await db.programs.update(programId, { registrationDeadline: clean, updatedAt: nowIso() });
    return null;
  });
}
