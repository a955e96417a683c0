/**
 * What the renderer needs from its host. Implemented by the Electron app (`window.api`) and by
 * a plain browser (downloads and file inputs), so every screen runs unchanged in both.
 */
import type { BackupEntry, BackupReason, MenuCommand } from '@shared/ipc-contract';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export type SaveResult = { status: 'saved'; path: string | null } | { status: 'cancelled' };

export type SaveManyResult =
  | { status: 'saved'; folder: string | null; written: string[]; skipped: string[] }
  | { status: 'cancelled' };

export type OpenResult =
  | { status: 'opened'; name: string; data: Uint8Array }
  | { status: 'cancelled' }
  | { status: 'too-large'; name: string; sizeBytes: number };

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  electron: string | null;
  userDataPath: string | null;
  backupFolder: string | null;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Save one file: a native save dialog, or a download in the browser. */
  saveFile(name: string, data: Uint8Array, filters?: FileFilter[]): Promise<SaveResult>;
  /** Save several files into a chosen folder (no silent overwrite), or one .zip download in the browser. */
  saveFiles(folderName: string, files: { name: string; data: Uint8Array }[]): Promise<SaveManyResult>;
  /** Let the user pick one file. */
  openFile(filters: FileFilter[], maxBytes?: number): Promise<OpenResult>;
  /**
   * Write an automatic backup. Kept by the shared retention rule: the newest 20 scheduled ones,
   * safety copies (before an import, a restore or a delete) at least 30 days.
   */
  writeAutoBackup(reason: BackupReason, json: string): Promise<BackupEntry>;
  listAutoBackups(): Promise<BackupEntry[]>;
  readAutoBackup(fileName: string): Promise<string>;
  /** Open a `mailto:` or `https:` link in the user's mail program or browser. */
  openExternal(url: string): Promise<boolean>;
  /**
   * Show a file the app saved in this session in the system file manager (desktop only).
   * Rejects with a message for people when the desktop app refuses (not saved by it, moved).
   */
  showItemInFolder(path: string): Promise<boolean>;
  appInfo(): Promise<AppInfo>;
  /** Commands from the application menu (desktop only; a no-op in the browser). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
