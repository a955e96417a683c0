/**
 * The platform in a plain browser (and in the end-to-end tests): files are downloads, opening is a
 * file input, several files become one .zip, automatic backups live in a second IndexedDB database.
 */
import { zipSync } from 'fflate';
import {
  listBrowserBackups,
  putBrowserBackup,
  readBrowserBackup,
} from '../db/browser-backup-store';
import type { FileFilter, Platform } from './platform';

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
  json: 'application/json',
  ics: 'text/calendar',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  eml: 'message/rfc822',
};

function download(name: string, data: Uint8Array): void {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  const blob = new Blob([data as Uint8Array<ArrayBuffer>], { type: MIME[ext] ?? 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFile(filters: FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => (e === '*' ? '*/*' : `.${e}`))).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/** The browser implementation of Platform. */
export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    async saveFile(name, data) {
      download(name, data);
      return { status: 'saved', path: null };
    },
    async saveFiles(folderName, files) {
      const entries: Record<string, Uint8Array> = {};
      for (const f of files) entries[f.name] = f.data;
      // .docx files are already deflated: storing them (level 0) is ~50x faster and barely larger.
      download(`${folderName}.zip`, zipSync(entries, { level: 0 }));
      return { status: 'saved', folder: null, written: files.map((f) => f.name), skipped: [] };
    },
    async openFile(filters, maxBytes = 5_000_000) {
      const file = await pickFile(filters);
      if (!file) return { status: 'cancelled' };
      if (file.size > maxBytes) return { status: 'too-large', name: file.name, sizeBytes: file.size };
      return { status: 'opened', name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
    },
    writeAutoBackup: (reason, json) => putBrowserBackup(reason, json, new Date().toISOString()),
    listAutoBackups: listBrowserBackups,
    readAutoBackup: readBrowserBackup,
    async openExternal(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return false;
      }
      if (parsed.protocol === 'mailto:') {
        window.location.href = parsed.href;
        return true;
      }
      if (parsed.protocol === 'https:') {
        window.open(parsed.href, '_blank', 'noopener,noreferrer');
        return true;
      }
      return false;
    },
    async showItemInFolder() {
      return false;
    },
    async appInfo() {
      return {
        name: 'Peer Mentor Desk',
        version: __APP_VERSION__,
        platform: 'browser',
        electron: null,
        userDataPath: null,
        backupFolder: null,
      };
    },
    onMenuCommand() {
      return () => undefined;
    },
  };
}
