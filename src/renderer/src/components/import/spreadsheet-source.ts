/**
 * Getting a spreadsheet into an import (the roster, a check-in survey export): the picker or a
 * dropped file, refused over the size limit before it is read into memory, and the read itself,
 * redone whenever the coordinator changes the encoding, the separator or the sheet.
 */
import { useEffect, useState } from 'react';
import { MAX_ROSTER_BYTES, readRoster, type ReadRosterOptions, type RosterRead } from '../../domain/import';
import { platform } from '../../platform';
import { reportError } from '../report-error';
import { SPREADSHEET_FILE_FILTERS, tooLargeMessage } from './spreadsheet-helpers';

/** The bytes of the chosen file. `id` changes with every file, even one with the same name. */
export interface SpreadsheetSource {
  id: number;
  name: string;
  bytes: Uint8Array;
}

/** How the file is read; '' means "detect" (encoding, separator) or "first sheet with data". */
export interface ReadChoices {
  encoding: string;
  delimiter: string;
  sheet: string;
}

/** Nothing chosen: detect everything. */
export const DETECT_ALL: ReadChoices = { encoding: '', delimiter: '', sheet: '' };

/** A file to read, or the reason it cannot be; null when the coordinator cancelled. */
export type PickedFile =
  { ok: true; name: string; bytes: Uint8Array } | { ok: false; message: string } | null;

/** Let the coordinator choose a spreadsheet (native dialog on desktop, file input in a browser). */
export async function pickSpreadsheetFile(what = 'roster'): Promise<PickedFile> {
  const result = await platform.openFile(SPREADSHEET_FILE_FILTERS, MAX_ROSTER_BYTES);
  if (result.status === 'cancelled') return null;
  if (result.status === 'too-large')
    return { ok: false, message: tooLargeMessage(result.name, result.sizeBytes, MAX_ROSTER_BYTES, what) };
  return { ok: true, name: result.name, bytes: result.data };
}

/** Read a dropped file, refusing one over the size limit before loading it into memory. */
export async function readDroppedFile(file: File, what = 'roster'): Promise<PickedFile> {
  if (file.size > MAX_ROSTER_BYTES)
    return { ok: false, message: tooLargeMessage(file.name, file.size, MAX_ROSTER_BYTES, what) };
  try {
    return { ok: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return {
      ok: false,
      message: `"${file.name}" could not be read. If it is open in another program, close it there and try again.`,
    };
  }
}

/** What the reader found on its own, shown next to the choices. */
export interface Detected {
  encoding: string;
  delimiter: string;
}

/** The read of one file with the current choices. */
export interface SpreadsheetRead {
  read: RosterRead | null;
  detected: Detected;
  /** True while a new read (after a change of choice) has not arrived yet. */
  rereading: boolean;
}

interface ReadState {
  key: string;
  sourceId: number;
  read: RosterRead;
  detected: Detected;
}

/**
 * Read (again) whenever the file or a reading choice changes; the previous read of the same file
 * stays meanwhile so the preview does not jump.
 */
export function useSpreadsheetRead(source: SpreadsheetSource | null, choices: ReadChoices): SpreadsheetRead {
  const [state, setState] = useState<ReadState | null>(null);
  const key = source ? `${source.id}\u0000${choices.encoding}\u0000${choices.delimiter}\u0000${choices.sheet}` : '';
  useEffect(() => {
    if (!source) return;
    let live = true;
    const options: ReadRosterOptions = {};
    if (choices.encoding !== '') options.encoding = choices.encoding;
    if (choices.delimiter !== '') options.delimiter = choices.delimiter;
    if (choices.sheet !== '') options.sheet = choices.sheet;
    void readRoster(source.bytes, source.name, options).then((read) => {
      if (!live) return;
      setState((previous) => {
        const before = previous?.sourceId === source.id ? previous.detected : { encoding: '', delimiter: '' };
        return {
          key,
          sourceId: source.id,
          read,
          detected: {
            encoding: choices.encoding === '' ? read.encoding : before.encoding,
            delimiter: choices.delimiter === '' ? read.delimiter : before.delimiter,
          },
        };
      });
    }, reportError);
    return () => {
      live = false;
    };
  }, [source, choices.encoding, choices.delimiter, choices.sheet, key]);
  const current = source !== null && state?.sourceId === source.id ? state : null;
  return {
    read: current?.read ?? null,
    detected: current?.detected ?? { encoding: '', delimiter: '' },
    rereading: current !== null && current.key !== key,
  };
}
