/**
 * Crash-safe file writes: the bytes go to a temporary file beside the target, are flushed to
 * disk, and only then renamed over the target. A reader (or the user after a power cut) sees
 * either the old file or the complete new one, never a half-written file.
 */
import { open, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Options for {@link writeFileAtomic}. */
export interface AtomicWriteOptions {
  /** File mode for a newly created file (default 0o666 before umask). */
  mode?: number;
}

/** Name of the temporary file used while writing `target`; it never matches a backup name. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Flushes a directory entry change (the rename) to disk where the OS allows opening directories. */
export async function syncDirectory(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open or fsync a directory (EISDIR/EPERM/EACCES); NTFS journals the rename.
    const code = (error as NodeJS.ErrnoException).code;
    if (
      code !== 'EISDIR' &&
      code !== 'EPERM' &&
      code !== 'EACCES' &&
      code !== 'EINVAL' &&
      code !== 'EBADF'
    ) {
      throw error;
    }
  } finally {
    await handle?.close();
  }
}

function explainRenameFailure(error: unknown, target: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EPERM' || code === 'EBUSY' || code === 'EACCES') {
    return new Error(
      `Could not replace "${basename(target)}": it may be open in another program (for example Word). Close it and try again.`,
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Writes `data` to `target` atomically (temp file, fsync, close, rename, fsync the folder). */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = temporaryPathFor(target);
  // 'wx' refuses to follow or reuse anything already at the temp path.
  const handle = await open(temp, 'wx', options.mode ?? 0o666);
  let renamed = false;
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, target);
    } catch (error) {
      throw explainRenameFailure(error, target);
    }
    renamed = true;
    await syncDirectory(dirname(target));
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}
