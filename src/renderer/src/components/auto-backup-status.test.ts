import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { onAutoBackupOutcome, writeAutoBackup, type AutoBackupOutcome } from './auto-backup-writer';
import { readBackup } from '../db/backup-format';
import backupText from '../../../../test/fixtures/backups/v1-backup.json?raw';
import {
  EMPTY_STATUS,
  explainBackupFailure,
  parseStatus,
  recordOutcome,
} from './auto-backup-status';
import { restoreSummary } from './backup-actions';

const written = (createdAt: string): AutoBackupOutcome => ({
  reason: 'scheduled',
  ok: true,
  entry: { fileName: `pmd-backup-x-scheduled.json`, createdAt, reason: 'scheduled', sizeBytes: 10 },
});
const failed = (at: string, error: unknown = new Error('ENOSPC: no space left on device')): AutoBackupOutcome => ({
  reason: 'scheduled',
  ok: false,
  at,
  error,
});

describe('automatic backup status', () => {
  it('remembers the last backup written and a failure until a backup works again', () => {
    let status = recordOutcome(EMPTY_STATUS, written('2026-11-24T10:00:00.000Z'));
    expect(status).toEqual({ lastSuccessAt: '2026-11-24T10:00:00.000Z', lastFailure: null });
    status = recordOutcome(status, failed('2026-11-24T10:15:00.000Z'));
    expect(status).toEqual({
      lastSuccessAt: '2026-11-24T10:00:00.000Z',
      lastFailure: { at: '2026-11-24T10:15:00.000Z', reason: 'scheduled', message: 'The disk or the app storage is full.' },
    });
    status = recordOutcome(status, written('2026-11-24T10:30:00.000Z'));
    expect(status).toEqual({ lastSuccessAt: '2026-11-24T10:30:00.000Z', lastFailure: null });
  });

  it('survives a restart as stored text, and ignores stored text it cannot read', () => {
    const status = recordOutcome(recordOutcome(EMPTY_STATUS, written('2026-11-24T10:00:00.000Z')), failed('2026-11-25T08:00:00.000Z'));
    expect(parseStatus(JSON.stringify(status))).toEqual(status);
    for (const text of [null, '', '{', '{"lastSuccessAt":3}', '[]']) expect(parseStatus(text)).toEqual(EMPTY_STATUS);
  });

  it('explains failures in words a coordinator can act on', () => {
    expect(explainBackupFailure(new Error("Error invoking remote method 'backup:write': Error: ENOSPC: no space left on device, open '/x'"))).toBe(
      'The disk or the app storage is full.',
    );
    expect(explainBackupFailure(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }))).toBe('The disk or the app storage is full.');
    expect(explainBackupFailure(new Error("Error invoking remote method 'backup:write': Error: EACCES: permission denied"))).toBe(
      'The app is not allowed to write in its backups folder.',
    );
    expect(
      explainBackupFailure(Object.assign(new Error("Failed to execute 'transaction' on 'IDBDatabase'"), { name: 'InvalidStateError' })),
    ).toBe("The app's storage for automatic backups is not working (InvalidStateError).");
    expect(explainBackupFailure(new Error("Error invoking remote method 'backup:write': Error: something odd"))).toBe(
      'The backup could not be written: something odd',
    );
  });

  it('hears of every automatic backup, written or failed', async () => {
    const heard: AutoBackupOutcome[] = [];
    const stop = onAutoBackupOutcome((o) => heard.push(o));
    const entry = await writeAutoBackup('scheduled');
    db.close();
    await expect(writeAutoBackup('scheduled')).rejects.toThrow();
    await db.open();
    stop();
    expect(heard.map((o) => o.ok)).toEqual([true, false]);
    expect(heard[0]).toMatchObject({ ok: true, entry });
  });
});

describe('restore summary', () => {
  it('says what was restored, from when, and which unknown fields were kept', () => {
    const text = backupText.replace('"department":', '"pronouns":"she/her","department":');
    const check = readBackup(text);
    if (!check.ok) throw new Error(check.message);
    expect(restoreSummary(check)).toMatch(
      /^Restored 1 program from the backup of .+\. 1 field this version does not know was kept as it is \(participants: pronouns\)\.$/,
    );
  });
});
