/**
 * Facts about the running app for the About box and the settings screen (app:info).
 */
import { join } from 'node:path';
import type { IpcResponse } from '../shared/ipc-contract';
import { BACKUP_FOLDER_NAME } from './backups';

/** The parts of Electron's `app` used here. */
export interface AppLike {
  getName(): string;
  getVersion(): string;
  getPath(name: 'userData'): string;
}

/** Where automatic backups live: `<userData>/backups`. */
export function backupFolderFor(app: Pick<AppLike, 'getPath'>): string {
  return join(app.getPath('userData'), BACKUP_FOLDER_NAME);
}

/** app:info — name, versions, platform and the folders the coordinator may need to find. */
export function getAppInfo(
  app: AppLike,
  runtime: { platform: string; electronVersion: string },
): IpcResponse<'app:info'> {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform: runtime.platform,
    electron: runtime.electronVersion,
    userDataPath: app.getPath('userData'),
    backupFolder: backupFolderFor(app),
  };
}
