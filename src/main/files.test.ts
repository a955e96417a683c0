import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ipcContract } from '../shared/ipc-contract';
import {
  createFolderMemory,
  openFile,
  saveFile,
  saveManyFiles,
  type FileDeps,
  type FileDialogs,
} from './files';

vi.mock('electron', () => ({}));

let root: string;
let documents: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pmd-files-'));
  documents = join(root, 'Documents');
  await mkdir(documents);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const text = (s: string) => new TextEncoder().encode(s);

function fakeDialogs(answers: {
  savePath?: string | undefined;
  openPaths?: string[];
  messageResponse?: number;
}): FileDialogs & { calls: Record<string, unknown[]> } {
  const calls: Record<string, unknown[]> = { save: [], open: [], message: [] };
  return {
    calls,
    showSaveDialog: vi.fn(async (options) => {
      calls['save']?.push(options);
      return answers.savePath
        ? { canceled: false, filePath: answers.savePath }
        : { canceled: true, filePath: '' };
    }),
    showOpenDialog: vi.fn(async (options) => {
      calls['open']?.push(options);
      const paths = answers.openPaths ?? [];
      return { canceled: paths.length === 0, filePaths: paths };
    }),
    showMessageBox: vi.fn(async (options) => {
      calls['message']?.push(options);
      return { response: answers.messageResponse ?? 2 };
    }),
  };
}

function deps(dialogs: FileDialogs): FileDeps {
  return { dialogs, documentsFolder: documents, memory: createFolderMemory() };
}

const saveRequest = (data: Partial<{ suggestedName: string; data: Uint8Array }> = {}) =>
  ipcContract['file:save'].request.parse({
    suggestedName: 'Pairing letters.docx',
    data: text('docx bytes'),
    filters: [{ name: 'Word document', extensions: ['docx'] }],
    ...data,
  });

describe('saveFile', () => {
  it('suggests the name in Documents, then in the last folder used', async () => {
    const target = join(root, 'Out', 'letter.docx');
    await mkdir(join(root, 'Out'));
    const dialogs = fakeDialogs({ savePath: target });
    const d = deps(dialogs);
    expect(await saveFile(saveRequest(), d)).toEqual({ status: 'saved', path: target });
    expect(dialogs.calls['save']?.[0]).toMatchObject({
      defaultPath: join(documents, 'Pairing letters.docx'),
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    });
    await saveFile(saveRequest({ suggestedName: 'b.docx' }), d);
    expect(dialogs.calls['save']?.[1]).toMatchObject({ defaultPath: join(root, 'Out', 'b.docx') });
    expect(await readFile(target, 'utf8')).toBe('docx bytes');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    expect(await saveFile(saveRequest(), deps(fakeDialogs({})))).toEqual({ status: 'cancelled' });
    expect(await readdir(documents)).toEqual([]);
  });

  it('adds the missing extension, and asks before that replaces a file', async () => {
    await writeFile(join(documents, 'letter.docx'), 'old');
    const dialogs = fakeDialogs({ savePath: join(documents, 'letter'), messageResponse: 1 });
    expect(await saveFile(saveRequest(), deps(dialogs))).toEqual({ status: 'cancelled' });
    expect(await readFile(join(documents, 'letter.docx'), 'utf8')).toBe('old');
    expect(dialogs.showMessageBox).toHaveBeenCalledTimes(1);

    const fresh = fakeDialogs({ savePath: join(documents, 'other') });
    expect(await saveFile(saveRequest(), deps(fresh))).toEqual({
      status: 'saved',
      path: join(documents, 'other.docx'),
    });
    expect(fresh.showMessageBox).not.toHaveBeenCalled();
  });
});

const manyRequest = (folderName?: string) =>
  ipcContract['file:save-many'].request.parse({
    ...(folderName ? { folderName } : {}),
    files: [
      { name: 'Ana & Ben.docx', data: text('new A') },
      { name: 'Cleo & Dev.docx', data: text('new C') },
      { name: 'Eli & Fay.docx', data: text('new E') },
    ],
  });

describe('saveManyFiles', () => {
  it('writes every file into the chosen folder and its new sub-folder', async () => {
    const dialogs = fakeDialogs({ openPaths: [documents] });
    const result = await saveManyFiles(manyRequest('Pairing letters'), deps(dialogs));
    const folder = join(documents, 'Pairing letters');
    expect(result).toEqual({
      status: 'saved',
      folder,
      written: ['Ana & Ben.docx', 'Cleo & Dev.docx', 'Eli & Fay.docx'].map((n) => join(folder, n)),
      skipped: [],
    });
    expect(dialogs.calls['open']?.[0]).toMatchObject({
      properties: ['openDirectory', 'createDirectory'],
    });
    expect(dialogs.showMessageBox).not.toHaveBeenCalled();
    expect((await readdir(folder)).sort()).toEqual([
      'Ana & Ben.docx',
      'Cleo & Dev.docx',
      'Eli & Fay.docx',
    ]);
    expect(ipcContract['file:save-many'].response.safeParse(result).success).toBe(true);
  });

  it("keeps existing files untouched when the user picks 'Keep existing'", async () => {
    await writeFile(join(documents, 'Cleo & Dev.docx'), 'edited by hand');
    const dialogs = fakeDialogs({ openPaths: [documents], messageResponse: 1 });
    const result = await saveManyFiles(manyRequest(), deps(dialogs));
    expect(result).toEqual({
      status: 'saved',
      folder: documents,
      written: [join(documents, 'Ana & Ben.docx'), join(documents, 'Eli & Fay.docx')],
      skipped: [join(documents, 'Cleo & Dev.docx')],
    });
    expect(await readFile(join(documents, 'Cleo & Dev.docx'), 'utf8')).toBe('edited by hand');
    expect(await readFile(join(documents, 'Ana & Ben.docx'), 'utf8')).toBe('new A');
    const question = dialogs.calls['message']?.[0] as { buttons: string[]; detail: string };
    expect(question.buttons).toEqual(['Replace', 'Keep existing', 'Cancel']);
    expect(question.detail).toContain('Cleo & Dev.docx');
  });

  it("replaces existing files only when the user picks 'Replace'", async () => {
    await writeFile(join(documents, 'Cleo & Dev.docx'), 'old');
    const result = await saveManyFiles(
      manyRequest(),
      deps(fakeDialogs({ openPaths: [documents], messageResponse: 0 })),
    );
    expect(result.status === 'saved' && result.written).toHaveLength(3);
    expect(await readFile(join(documents, 'Cleo & Dev.docx'), 'utf8')).toBe('new C');
  });

  it('writes nothing at all when the user cancels the question', async () => {
    await writeFile(join(documents, 'Cleo & Dev.docx'), 'old');
    const result = await saveManyFiles(
      manyRequest(),
      deps(fakeDialogs({ openPaths: [documents], messageResponse: 2 })),
    );
    expect(result).toEqual({ status: 'cancelled' });
    expect(await readdir(documents)).toEqual(['Cleo & Dev.docx']);
  });

  it('writes nothing when no folder is chosen', async () => {
    expect(await saveManyFiles(manyRequest('Letters'), deps(fakeDialogs({})))).toEqual({
      status: 'cancelled',
    });
    expect(await readdir(documents)).toEqual([]);
  });
});

describe('openFile', () => {
  const openRequest = (maxBytes?: number) =>
    ipcContract['file:open'].request.parse({
      title: 'Import roster',
      filters: [{ name: 'Spreadsheets', extensions: ['csv', 'xlsx'] }],
      ...(maxBytes ? { maxBytes } : {}),
    });

  it('reads the chosen file', async () => {
    const path = join(documents, 'roster.csv');
    await writeFile(path, 'name;email\nAna;ana@example.org\n');
    const result = await openFile(openRequest(), deps(fakeDialogs({ openPaths: [path] })));
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.name).toBe('roster.csv');
    expect(result.path).toBe(path);
    expect(new TextDecoder().decode(result.data)).toBe('name;email\nAna;ana@example.org\n');
    expect(ipcContract['file:open'].response.safeParse(result).success).toBe(true);
  });

  it("answers 'too-large' for a file over the limit", async () => {
    const path = join(documents, 'huge.csv');
    await writeFile(path, 'x'.repeat(2048));
    const result = await openFile(openRequest(1024), deps(fakeDialogs({ openPaths: [path] })));
    expect(result).toEqual({ status: 'too-large', name: 'huge.csv', sizeBytes: 2048 });
  });

  it('accepts a file exactly at the limit', async () => {
    const path = join(documents, 'exact.csv');
    await writeFile(path, 'x'.repeat(1024));
    expect(
      (await openFile(openRequest(1024), deps(fakeDialogs({ openPaths: [path] })))).status,
    ).toBe('opened');
  });

  it('answers cancelled when no file is chosen', async () => {
    expect(await openFile(openRequest(), deps(fakeDialogs({})))).toEqual({ status: 'cancelled' });
  });
});
