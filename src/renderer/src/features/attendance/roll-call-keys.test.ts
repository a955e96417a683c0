import { describe, expect, it } from 'vitest';
import { rollCallKeyAction, type KeyPress } from './roll-call-keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('roll call keys', () => {
  it('marks with Space, P, A and E, and clears with Backspace or Delete', () => {
    expect(rollCallKeyAction(press(' '))).toEqual({ type: 'mark', status: 'present' });
    expect(rollCallKeyAction(press('p'))).toEqual({ type: 'mark', status: 'present' });
    expect(rollCallKeyAction(press('P'))).toEqual({ type: 'mark', status: 'present' });
    expect(rollCallKeyAction(press('a'))).toEqual({ type: 'mark', status: 'absent' });
    expect(rollCallKeyAction(press('E'))).toEqual({ type: 'mark', status: 'excused' });
    expect(rollCallKeyAction(press('Backspace'))).toEqual({ type: 'clear' });
    expect(rollCallKeyAction(press('Delete'))).toEqual({ type: 'clear' });
  });

  it('moves with the arrows, J and K, Home and End', () => {
    expect(rollCallKeyAction(press('ArrowDown'))).toEqual({ type: 'move', by: 1 });
    expect(rollCallKeyAction(press('j'))).toEqual({ type: 'move', by: 1 });
    expect(rollCallKeyAction(press('ArrowUp'))).toEqual({ type: 'move', by: -1 });
    expect(rollCallKeyAction(press('K'))).toEqual({ type: 'move', by: -1 });
    expect(rollCallKeyAction(press('Home'))).toEqual({ type: 'first' });
    expect(rollCallKeyAction(press('End'))).toEqual({ type: 'last' });
  });

  it('undoes with Ctrl+Z or Cmd+Z, and leaves other shortcuts to the app', () => {
    expect(rollCallKeyAction(press('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(rollCallKeyAction(press('Z', { metaKey: true }))).toEqual({ type: 'undo' });
    expect(rollCallKeyAction(press('k', { ctrlKey: true }))).toBeNull();
    // Shift+Ctrl+Z is the app's Redo.
    expect(rollCallKeyAction(press('Z', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(rollCallKeyAction(press('p', { altKey: true }))).toBeNull();
  });

  it('starts finding with "/" or any other letter or digit, keeping what was typed', () => {
    expect(rollCallKeyAction(press('/'))).toEqual({ type: 'find', text: '' });
    expect(rollCallKeyAction(press('n'))).toEqual({ type: 'find', text: 'n' });
    expect(rollCallKeyAction(press('Ö'))).toEqual({ type: 'find', text: 'Ö' });
    expect(rollCallKeyAction(press('1'))).toEqual({ type: 'find', text: '1' });
    expect(rollCallKeyAction(press('Tab'))).toBeNull();
    expect(rollCallKeyAction(press('Enter'))).toBeNull();
    expect(rollCallKeyAction(press('Escape'))).toBeNull();
  });
});
