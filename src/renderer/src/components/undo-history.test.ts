import { describe, expect, it } from 'vitest';
import { createUndoHistory, type UndoableAction } from './undo-history';
import { isTextEditingTarget, undoKeyCommand, type KeyPress } from './undo-keys';

function setUp() {
  const said: string[] = [];
  const history = createUndoHistory({
    done: (title) => said.push(title),
    failed: (title, message) => said.push(`${title} — ${message}`),
  });
  let value = 0;
  /** A change to the model value that can be undone and redone. */
  const add = (delta: number, extra: Partial<UndoableAction> = {}): number => {
    value += delta;
    return history.record(`add ${delta}`, {
      undo: async () => {
        value -= delta;
      },
      redo: async () => {
        value += delta;
      },
      ...extra,
    });
  };
  return { history, said, add, value: () => value };
}

describe('the app undo history', () => {
  it('undoes and redoes in order, one at a time, naming each step', async () => {
    const { history, said, add, value } = setUp();
    add(1);
    add(10);
    add(100);
    expect(history.view().undoLabel).toBe('add 100');
    // Three presses in a row: each waits for the one before.
    void history.undo();
    void history.undo();
    await history.undo();
    expect(value()).toBe(0);
    expect(history.view()).toMatchObject({ undoLabel: null, redoLabel: 'add 1' });
    await history.redo();
    await history.redo();
    expect(value()).toBe(11);
    expect(said).toEqual(['Undone: add 100', 'Undone: add 10', 'Undone: add 1', 'Redone: add 1', 'Redone: add 10']);
    add(5);
    expect(history.view().redoLabel).toBeNull();
  });

  it('reports a failed undo in words and takes that step off; nothing else moves', async () => {
    const { history, said, add, value } = setUp();
    add(1);
    add(2, {
      undo: () => Promise.reject(new Error('That note was removed since. Nothing was changed.')),
    });
    await history.undo();
    expect(value()).toBe(3);
    expect(said.at(-1)).toBe('Could not undo: add 2 — That note was removed since. Nothing was changed. It is taken off the undo list.');
    expect(history.view()).toMatchObject({ undoLabel: 'add 1', redoLabel: null });
    await history.undo();
    expect(value()).toBe(2);
  });

  it('says plainly when a step cannot be redone, and keeps saying it', async () => {
    const { history, said, add } = setUp();
    add(1, { redo: undefined, cannotRedo: 'Import the file again to bring its people back.' });
    await history.undo();
    expect(history.view().redoBlocked).toBe('Import the file again to bring its people back.');
    await history.redo();
    await history.redo();
    expect(said.slice(-2)).toEqual([
      'Can’t redo: add 1 — Import the file again to bring its people back.',
      'Can’t redo: add 1 — Import the file again to bring its people back.',
    ]);
  });

  it('a failed redo drops that step and the ones made on top of it', async () => {
    const { history, add, value } = setUp();
    add(1);
    add(2, { redo: () => Promise.reject(new Error('The teams were changed since.')) });
    add(3);
    await history.undo();
    await history.undo();
    expect(value()).toBe(1);
    await history.redo();
    expect(value()).toBe(1);
    expect(history.view()).toMatchObject({ undoLabel: 'add 1', redoLabel: null });
  });

  it('a notification’s Undo takes back its own change, in turn or on its own, and knows when it was undone already', async () => {
    const { history, said, add, value } = setUp();
    const first = add(1);
    const second = add(10);
    await history.undoEntry(first);
    expect(value()).toBe(10);
    // Out of turn it leaves the history: the newest change is still next.
    expect(history.view()).toMatchObject({ undoLabel: 'add 10', redoLabel: null, undoLabels: ['add 10'] });
    await history.undoEntry(first);
    expect(said.at(-1)).toMatch(/^Cannot undo this any more/);
    await history.undoEntry(second);
    expect(history.view().redoLabel).toBe('add 10');
    await history.undoEntry(second);
    expect(said.at(-1)).toBe('Already undone');
    expect(value()).toBe(0);
  });

  it('keeps at least 20 steps', async () => {
    const { history, add, value } = setUp();
    for (let i = 1; i <= 25; i += 1) add(1);
    for (let i = 0; i < 20; i += 1) await history.undo();
    expect(value()).toBe(5);
  });

  it('undoes the newest change of one person for their own button, and counts them', async () => {
    const { history, add, value } = setUp();
    add(1, { scope: 'participant:ana' });
    add(10, { scope: 'participant:ben' });
    expect(history.countIn('participant:ana')).toBe(1);
    await history.undoLatestIn('participant:ana');
    expect(value()).toBe(10);
    expect(history.countIn('participant:ana')).toBe(0);
    await history.undoLatestIn('participant:ana');
    expect(value()).toBe(10);
  });
});

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('the undo keys', () => {
  it('reads Ctrl+Z, Shift+Ctrl+Z and Ctrl+Y on Windows and Linux, Cmd on a Mac', () => {
    expect(undoKeyCommand(press('z', { ctrlKey: true }), false)).toBe('undo');
    expect(undoKeyCommand(press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(undoKeyCommand(press('y', { ctrlKey: true }), false)).toBe('redo');
    expect(undoKeyCommand(press('z', { metaKey: true }), true)).toBe('undo');
    expect(undoKeyCommand(press('z', { metaKey: true, shiftKey: true }), true)).toBe('redo');
    expect(undoKeyCommand(press('y', { metaKey: true }), true)).toBeNull();
    expect(undoKeyCommand(press('z', { ctrlKey: true }), true)).toBeNull();
    expect(undoKeyCommand(press('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(undoKeyCommand(press('z'), false)).toBeNull();
    expect(undoKeyCommand(press('x', { ctrlKey: true }), false)).toBeNull();
  });

  it('leaves the keys to text fields, text areas and editable text', () => {
    expect(isTextEditingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextEditingTarget({ tagName: 'INPUT', type: 'email' })).toBe(true);
    expect(isTextEditingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEditingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextEditingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEditingTarget({ tagName: 'INPUT', type: 'text', readOnly: true })).toBe(false);
    expect(isTextEditingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextEditingTarget(null)).toBe(false);
  });
});
