/**
 * The one-time word about storage: when the system did not promise to keep the app's data under
 * disk pressure, the coordinator is told once — after they have a program worth keeping, never
 * on the welcome screen — in plain words with what to do. Settings & backups always shows the
 * state afterwards.
 */
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { getMeta, setMeta } from '../db/settings-repo';
import { reportError } from './report-error';

/** Meta key: the day the storage notice was shown (it is shown once). */
export const STORAGE_NOTICE_KEY = 'storageNoticeShownAt';

export const STORAGE_NOTICE_TITLE = 'Keep backups of your programs';
export const STORAGE_NOTICE_MESSAGE =
  'This computer did not promise to keep the app’s data if its disk runs short of space. ' +
  'Automatic backups are written for you; now and then, also use “Back up now” in Settings & backups and keep the file somewhere safe, such as a network drive or a USB stick.';

/**
 * Shows the notice once when `show` is true (storage not guaranteed and a program is open).
 * Remembered in the database, so it never comes back, even after a restart.
 */
export function useStorageNotice(show: boolean): void {
  useEffect(() => {
    if (!show) return;
    let cancelled = false;
    void (async () => {
      if ((await getMeta<string>(STORAGE_NOTICE_KEY)) || cancelled) return;
      await setMeta(STORAGE_NOTICE_KEY, new Date().toISOString());
      notifications.show({
        id: 'storage-notice',
        color: 'blue',
        title: STORAGE_NOTICE_TITLE,
        message: STORAGE_NOTICE_MESSAGE,
        autoClose: false,
        closeButtonProps: { 'aria-label': 'Dismiss' },
      });
    })().catch(reportError);
    return () => {
      cancelled = true;
    };
  }, [show]);
}
