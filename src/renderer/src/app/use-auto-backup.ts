/**
 * Writes automatic backups while the app is open: after data changed, at most every 15 minutes.
 */
import { useEffect } from 'react';
import { nextBackupDue } from '../db/auto-backup';
import { writeAutoBackup } from '../components/backup-actions';
import { onCommittedWrite } from '../db/write-guard';
import { platform } from '../platform';

export function useAutoBackup(): void {
  useEffect(() => {
    let changedAt: number | null = null;
    let lastBackupAt: number | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let writing = false;
    let stopped = false;

    const schedule = () => {
      clearTimeout(timer);
      const due = nextBackupDue(changedAt, lastBackupAt);
      if (due === null || stopped) return;
      timer = setTimeout(() => void run(), Math.max(0, due - Date.now()));
    };

    const run = async () => {
      if (writing || changedAt === null) return;
      writing = true;
      const startedAt = Date.now();
      try {
        await writeAutoBackup('scheduled');
        lastBackupAt = startedAt;
        // Changes made while the backup was being written stay pending.
        if (changedAt !== null && changedAt <= startedAt) changedAt = null;
      } catch (error) {
        console.error('Automatic backup failed', error);
        lastBackupAt = startedAt;
      } finally {
        writing = false;
        schedule();
      }
    };

    void platform
      .listAutoBackups()
      .then((list) => {
        const newest = list[0];
        if (newest) lastBackupAt = Date.parse(newest.createdAt);
        schedule();
      })
      .catch(() => undefined);

    const unsubscribe = onCommittedWrite(() => {
      changedAt ??= Date.now();
      schedule();
    });
    return () => {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);
}
