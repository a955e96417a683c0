/**
 * The day of the newest automatic backup, kept up to date: read once the screen is up, when the
 * window comes back into focus, every minute, and as soon as a new backup is written.
 */
import { useEffect, useState } from 'react';
import { onAutoBackupOutcome } from '../../components/auto-backup-writer';
import { todayIso } from '../../components/today';
import { platform } from '../../platform';

/** `YYYY-MM-DD` (local) of the newest backup; null when there is none; undefined while unknown. */
export function useLastBackupDay(): string | null | undefined {
  const [day, setDay] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let stopped = false;
    const refresh = () => {
      platform
        .listAutoBackups()
        .then((list) => {
          if (stopped) return;
          const newest = list.reduce<string | null>((max, e) => (max === null || e.createdAt > max ? e.createdAt : max), null);
          setDay(newest === null ? null : todayIso(new Date(newest)));
        })
        // Unknown rather than wrong: the item is left out when the list cannot be read.
        .catch(() => setDay(undefined));
    };
    // Listing backups can be slow (a browser keeps them in IndexedDB): not before the screen is up.
    const first = requestIdleCallback(refresh, { timeout: 2_000 });
    const timer = setInterval(refresh, 60_000);
    window.addEventListener('focus', refresh);
    const unsubscribe = onAutoBackupOutcome((outcome) => {
      if (outcome.ok) refresh();
    });
    return () => {
      stopped = true;
      cancelIdleCallback(first);
      clearInterval(timer);
      window.removeEventListener('focus', refresh);
      unsubscribe();
    };
  }, []);
  return day;
}

/** Today (`YYYY-MM-DD`, local), updated when the date changes while the app stays open. */
export function useToday(): string {
  const [today, setToday] = useState(() => todayIso());
  useEffect(() => {
    const timer = setInterval(() => setToday(todayIso()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
