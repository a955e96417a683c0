/**
 * The one typed contract between the renderer and the Electron main process.
 * Every channel has a zod schema for its request and its response. Main validates every
 * request against these before acting; the preload exposes exactly these channels as the
 * `api` object; the renderer's platform layer calls them. Only pure zod here: no Electron,
 * no Node, no DOM.
 */
import { z } from 'zod';
import { FILE_NAME_PROBLEM_MESSAGES, fileNameProblems } from './file-names';

/** A file or folder name main is asked to create: the app's one file-name rule (file-names.ts). */
const fileName = z.string().superRefine((name, context) => {
  for (const problem of fileNameProblems(name)) {
    context.addIssue({ code: 'custom', message: FILE_NAME_PROBLEM_MESSAGES[problem] });
  }
});

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).min(1).max(20),
});

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  message: 'Expected file bytes (Uint8Array)',
});

/** Reason an automatic backup was written. */
export const backupReason = z.enum([
  'scheduled',
  'before-restore',
  'before-import',
  'before-delete',
  'manual',
]);
export type BackupReason = z.infer<typeof backupReason>;

export const backupEntry = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  reason: backupReason,
  sizeBytes: z.number().int().nonnegative(),
});
export type BackupEntry = z.infer<typeof backupEntry>;

/** Backup files are named `pmd-backup-<timestamp>-<reason>.json`; nothing else is readable. */
export const BACKUP_FILE_PATTERN =
  /^pmd-backup-(\d{8}T\d{6}\d{3}Z)-(scheduled|before-restore|before-import|before-delete|manual)\.json$/;

export const ipcContract = {
  'file:save': {
    request: z.object({
      suggestedName: fileName,
      data: bytes,
      filters: z.array(fileFilter).max(10).default([]),
    }),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), path: z.string() }),
      z.object({ status: z.literal('cancelled') }),
    ]),
  },
  'file:save-many': {
    request: z.object({
      /** Suggested sub-folder name created inside the chosen folder (optional). */
      folderName: fileName.optional(),
      files: z
        .array(z.object({ name: fileName, data: bytes }))
        .min(1)
        .max(2000)
        .refine((files) => new Set(files.map((f) => f.name.toLowerCase())).size === files.length, {
          message: 'Two files have the same name',
        }),
    }),
    response: z.discriminatedUnion('status', [
      z.object({
        status: z.literal('saved'),
        folder: z.string(),
        written: z.array(z.string()),
        /** Files that existed and were kept because the user chose not to overwrite. */
        skipped: z.array(z.string()),
      }),
      z.object({ status: z.literal('cancelled') }),
    ]),
  },
  'file:open': {
    request: z.object({
      title: z.string().max(200).optional(),
      filters: z.array(fileFilter).max(10).default([]),
      maxBytes: z.number().int().positive().max(200_000_000).default(5_000_000),
    }),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('opened'), name: z.string(), path: z.string(), data: bytes }),
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('too-large'), name: z.string(), sizeBytes: z.number() }),
    ]),
  },
  'backup:write': {
    request: z.object({ reason: backupReason, json: z.string().min(2).max(500_000_000) }),
    response: backupEntry,
  },
  'backup:list': {
    request: z.object({}).default({}),
    response: z.array(backupEntry),
  },
  'backup:read': {
    request: z.object({ fileName: z.string().regex(BACKUP_FILE_PATTERN) }),
    response: z.object({ json: z.string() }),
  },
  'shell:open-external': {
    request: z.object({ url: z.string().max(10_000) }),
    response: z.object({ opened: z.boolean() }),
  },
  'shell:show-item': {
    /** A file main wrote in this run: a path file:save or file:save-many returned, or a backup's. */
    request: z.object({ path: z.string().min(1).max(4096) }),
    /** `reason` says in plain words why a file was not shown. */
    response: z.object({ shown: z.boolean(), reason: z.string().optional() }),
  },
  'app:info': {
    request: z.object({}).default({}),
    response: z.object({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      electron: z.string(),
      userDataPath: z.string(),
      backupFolder: z.string(),
    }),
  },
} as const;

export type IpcChannel = keyof typeof ipcContract;
export type IpcRequest<C extends IpcChannel> = z.input<(typeof ipcContract)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.output<(typeof ipcContract)[C]['response']>;

/** Commands the application menu sends to the renderer. */
export const menuCommands = [
  'import-roster',
  'back-up-now',
  'new-program',
  'open-settings',
  'command-palette',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof menuCommands)[number];
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** What the preload exposes as `window.api`: one function per channel, plus menu events. */
export type DesktopApi = {
  [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResponse<C>>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

export const ipcChannels = Object.keys(ipcContract) as IpcChannel[];
