/** The platform when running inside Electron: everything goes through the preload's `api`. */
import type { DesktopApi } from '@shared/ipc-contract';
import type { Platform } from './platform';

/** Wrap the preload bridge in the renderer's Platform interface. */
export function createElectronPlatform(api: DesktopApi): Platform {
  return {
    kind: 'electron',
    async saveFile(name, data, filters = []) {
      const result = await api['file:save']({ suggestedName: name, data, filters });
      return result.status === 'saved' ? { status: 'saved', path: result.path } : result;
    },
    async saveFiles(folderName, files) {
      const result = await api['file:save-many']({ folderName, files });
      return result.status === 'saved'
        ? { status: 'saved', folder: result.folder, written: result.written, skipped: result.skipped }
        : result;
    },
    async openFile(filters, maxBytes = 5_000_000) {
      const result = await api['file:open']({ filters, maxBytes });
      if (result.status === 'opened') return { status: 'opened', name: result.name, data: result.data };
      return result;
    },
    writeAutoBackup: (reason, json) => api['backup:write']({ reason, json }),
    listAutoBackups: () => api['backup:list']({}),
    async readAutoBackup(fileName) {
      return (await api['backup:read']({ fileName })).json;
    },
    async openExternal(url) {
      return (await api['shell:open-external']({ url })).opened;
    },
    async showItemInFolder(path) {
      const result = await api['shell:show-item']({ path });
      // Main says in plain words why it would not show the file: the screen reports that.
      if (!result.shown && result.reason) throw new Error(result.reason);
      return result.shown;
    },
    async appInfo() {
      return api['app:info']({});
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
