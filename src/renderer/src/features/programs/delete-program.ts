/**
 * Deleting a program, safely: a backup of everything is written first, and if it cannot be
 * written nothing is deleted.
 */
import type { BackupEntry, BackupReason } from '@shared/ipc-contract';
import { writeAutoBackup } from '../../components/auto-backup-writer';
import { deleteProgram } from '../../db/programs-repo';
import type { Program } from '../../domain/model';
import { explainBackupFailure } from '../../components/auto-backup-status';

/** What the delete dialog promises about the backup that will exist afterwards. */
export const BACKUP_BEFORE_DELETE_NOTE =
  'A backup of everything as it is now will be saved first (kept at least 30 days, restorable from Settings → Automatic backups).';

/**
 * Write a "before delete" backup, then delete the program and everything that belongs to it in
 * one transaction. Throws, with nothing deleted, when the backup fails. Returns the backup.
 */
export async function deleteProgramAfterBackup(
  program: Pick<Program, 'id' | 'name'>,
  writeBackup: (reason: BackupReason) => Promise<BackupEntry> = writeAutoBackup,
): Promise<BackupEntry> {
  let backup: BackupEntry;
  try {
    backup = await writeBackup('before-delete');
  } catch (error) {
    throw new Error(
      `Nothing was deleted: the backup saved before deleting “${program.name}” could not be written. ${explainBackupFailure(error)} Free some disk space, then try again.`,
      { cause: error },
    );
  }
  await deleteProgram(program.id);
  return backup;
}
