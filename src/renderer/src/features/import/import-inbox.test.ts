import { describe, expect, it } from 'vitest';
import { offerPickedFile, offerRosterFile, onInboxItem, requestRosterPicker, takeInboxItem } from './import-inbox';

describe('import inbox', () => {
  it('hands the latest request over once and tells the screen when one arrives', () => {
    let told = 0;
    const stop = onInboxItem(() => told++);
    requestRosterPicker();
    const file = new File(['Name,Email'], 'roster.csv');
    offerRosterFile(file);
    expect(told).toBe(2);
    expect(takeInboxItem()).toEqual({ kind: 'file', file });
    expect(takeInboxItem()).toBeNull();
    stop();
    requestRosterPicker();
    expect(told).toBe(2);
    expect(takeInboxItem()).toEqual({ kind: 'pick' });
  });

  it('drops a request nobody took in time, so no picker opens out of the blue later', () => {
    requestRosterPicker();
    expect(takeInboxItem(Date.now() + 60_000)).toBeNull();
    expect(takeInboxItem()).toBeNull();
  });

  it('hands over a file chosen in a picker opened by the keyboard shortcut, bytes intact', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x4e, 0x61]);
    let told = 0;
    const stop = onInboxItem(() => told++);
    offerPickedFile({ ok: true, name: 'roster.csv', bytes });
    stop();
    expect(told).toBe(1);
    expect(takeInboxItem()).toEqual({ kind: 'picked', picked: { ok: true, name: 'roster.csv', bytes } });
    expect(takeInboxItem()).toBeNull();
  });
});
