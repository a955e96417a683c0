/**
 * The undo and redo shortcuts, and where they belong to the text being typed instead: in a text
 * field, a text area or editable text, Ctrl/Cmd+Z is the browser's own undo of the typing.
 */
import { useEffect } from 'react';
import { appUndoHistory } from './undo-history';

/** The parts of a key press the shortcuts look at. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Undo: Ctrl+Z (Cmd+Z on a Mac). Redo: Shift+Ctrl+Z (Shift+Cmd+Z), and Ctrl+Y on Windows and Linux.
 * Anything else (Alt held, the other modifier) is not ours.
 */
export function undoKeyCommand(press: KeyPress, isMac: boolean): 'undo' | 'redo' | null {
  const mod = isMac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  if (!mod || press.altKey) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !isMac && !press.shiftKey) return 'redo';
  return null;
}

/** Input types whose text the browser edits (and undoes) itself. */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'number', 'tel', 'url', 'password', 'date', 'time', 'datetime-local', 'month', 'week']);

/** The element's own text undo applies: a writable text field, text area or editable text. */
export function isTextEditingTarget(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const el = target as { tagName?: unknown; type?: unknown; readOnly?: unknown; disabled?: unknown; isContentEditable?: unknown };
  if (el.isContentEditable === true) return true;
  const tag = typeof el.tagName === 'string' ? el.tagName.toUpperCase() : '';
  if (tag === 'TEXTAREA') return el.readOnly !== true && el.disabled !== true;
  if (tag === 'INPUT') {
    const type = typeof el.type === 'string' ? el.type.toLowerCase() : '';
    return TEXT_INPUT_TYPES.has(type) && el.readOnly !== true && el.disabled !== true;
  }
  return false;
}

/** A Mac (Cmd instead of Ctrl). */
export const isMacPlatform = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * The Edit menu's Undo or Redo: in a text field it undoes the typing (as the keys would there),
 * anywhere else it takes back the app's last change.
 */
export function runEditCommand(command: 'undo' | 'redo'): void {
  if (isTextEditingTarget(document.activeElement)) {
    // The menu click does not reach the field as a key press, so ask the field's own undo.
    document.execCommand(command);
    return;
  }
  void (command === 'undo' ? appUndoHistory().undo() : appUndoHistory().redo());
}

/**
 * Listens for the shortcuts on the whole window. A screen that handles Ctrl+Z itself (the roll
 * call's marks) prevents the default and is left alone; so are text fields. Handled presses are
 * prevented, so the desktop menu's accelerator does not run the same step a second time.
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const mac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = undoKeyCommand(event, mac);
      if (!command || isTextEditingTarget(event.target)) return;
      event.preventDefault();
      void (command === 'undo' ? appUndoHistory().undo() : appUndoHistory().redo());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
