/**
 * Writes automatic backups while the app is open: after data changed, at most every 15 minutes.
 * A failure is shown to the coordinator (a notification that stays until dismissed or until a
 * backup works again) and recorded for the status line in Settings.
 */
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { nextBackupDue } from '../db/auto-backup';
import { writeAutoBackup } from '../components/auto-backup-writer';
import { onCommittedWrite } from '../db/write-guard';
import { explainBackupFailure, recordAutoBackupStatus } from '../components/auto-backup-status';
import { platform } from '../platform';

const FAILED_NOTIFICATION = 'automatic-backup-failed';

function showBackupFailed(error: unknown): void {
  const notice = {
    id: FAILED_NOTIFICATION,
    color: 'red',
    title: 'Automatic backup failed',
    message: `${explainBackupFailure(error)} Your changes are saved in the app, but not in a backup. Free some disk space, or save a copy elsewhere with Settings → Back up now. The app tries again in 15 minutes.`,
    autoClose: false as const,
    closeButtonProps: { 'aria-label': 'Dismiss' },
  };
  // Shown once; a later failure updates the same notification.
  notifications.show(notice);
  notifications.update(notice);
}

export function useAutoBackup(): void {
  useEffect(() => recordAutoBackupStatus(), []);

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
        notifications.hide(FAILED_NOTIFICATION);
      } catch (error) {
        console.error('Automatic backup failed', error);
        showBackupFailed(error);
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
