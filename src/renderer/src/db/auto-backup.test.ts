import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AUTO_BACKUP_INTERVAL_MS, nextBackupDue } from './auto-backup';

describe('nextBackupDue', () => {
  it('is never due when nothing changed', () => {
    expect(nextBackupDue(null, null)).toBeNull();
    expect(nextBackupDue(null, 5)).toBeNull();
  });

  it('backs up at once after the first change when there was no backup yet', () => {
    expect(nextBackupDue(1000, null)).toBe(1000);
  });

  it('waits until 15 minutes after the last backup', () => {
    expect(nextBackupDue(60_000, 0)).toBe(AUTO_BACKUP_INTERVAL_MS);
  });

  it('never schedules two backups less than the interval apart, nor one before the change', () => {
    fc.assert(
      fc.property(fc.nat(1e9), fc.nat(1e9), (changedAt, last) => {
        const due = nextBackupDue(changedAt, last)!;
        expect(due).toBeGreaterThanOrEqual(last + AUTO_BACKUP_INTERVAL_MS);
        expect(due).toBeGreaterThanOrEqual(changedAt);
      }),
    );
  });
});
