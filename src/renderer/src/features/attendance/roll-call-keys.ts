/**
 * The roll call's keys, in one place: what a key press on a line of the roll call does. Kept
 * apart from the screen so the mapping is tested and the help line cannot drift from it.
 */
import type { AttendanceStatus } from '../../domain/model';

export type RollCallKeyAction =
  | { type: 'mark'; status: AttendanceStatus }
  | { type: 'clear' }
  | { type: 'move'; by: 1 | -1 }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'undo' }
  | { type: 'find'; text: string };

/** The parts of a key event the mapping reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** With Shift, Ctrl/Cmd+Z is the app's Redo, not the roll call's. */
  shiftKey?: boolean;
}

/**
 * Space or P present, A absent, E excused, Backspace/Delete clears; arrows or J/K move, Home/End
 * jump; Ctrl/Cmd+Z undoes; "/" or any other letter or digit starts finding (the key typed becomes
 * the start of the search). Null: the key is not the roll call's.
 */
export function rollCallKeyAction(press: KeyPress): RollCallKeyAction | null {
  const { key } = press;
  if (press.ctrlKey || press.metaKey) return key.toLowerCase() === 'z' && !press.altKey && !press.shiftKey ? { type: 'undo' } : null;
  if (press.altKey) return null;
  switch (key) {
    case ' ':
    case 'p':
    case 'P':
      return { type: 'mark', status: 'present' };
    case 'a':
    case 'A':
      return { type: 'mark', status: 'absent' };
    case 'e':
    case 'E':
      return { type: 'mark', status: 'excused' };
    case 'Backspace':
    case 'Delete':
      return { type: 'clear' };
    case 'ArrowDown':
    case 'j':
    case 'J':
      return { type: 'move', by: 1 };
    case 'ArrowUp':
    case 'k':
    case 'K':
      return { type: 'move', by: -1 };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case '/':
      return { type: 'find', text: '' };
    default:
      return /^[\p{L}\p{N}]$/u.test(key) ? { type: 'find', text: key } : null;
  }
}
