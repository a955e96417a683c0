/**
 * The schedule as an iCalendar (.ics, RFC 5545) file that Outlook, Google Calendar and Apple
 * Calendar import. Times are floating local times (no Z, no TZID) because a meeting "at 12:00"
 * is at 12:00 wherever the laptop is; each event's UID comes from the program and event ids so
 * that importing a newer export updates the entries instead of duplicating them.
 */
import {
  avoidingWindowsDeviceName,
  cleanFileNamePart,
  hasLetterOrDigit,
  truncateFileNamePart,
  withoutTrailingSeparators,
} from '../../../../shared/file-names';
import type { Program, ProgramEvent } from '../model';
import { CATEGORY_LABELS } from '../model';
import { isGroupGathering } from './annual-schedule';
import { addDays, isIsoDate, parseClockTime } from './iso-dates';

/** What goes into one calendar file. */
export interface IcsExportInput {
  program: Pick<Program, 'id' | 'name' | 'organisation'>;
  events: readonly ProgramEvent[];
  /** Moment of the export as an ISO timestamp; the caller reads the clock, not this module. */
  dtstamp: string;
  /**
   * Revision number written as SEQUENCE. Calendars replace an entry only by a higher one, so
   * it must grow with each export; when left out it is derived from `dtstamp` (minutes since
   * 2000-01-01 UTC), which grows by itself.
   */
  sequence?: number;
  /** "By arrangement" months as all-day reminders on the 1st (default) or left out. */
  pairsMonths?: 'all-day' | 'omit';
}

const PRODUCT_ID = '-//Peer Mentor Desk//Program schedule//EN';
const UID_DOMAIN = 'peer-mentor-desk';
const MAX_OCTETS = 75;
const EPOCH_2000_MS = Date.UTC(2000, 0, 1);

/** Stable UID of an event: the same program and event give the same UID in every export. */
export function icsEventUid(programId: string, eventId: string): string {
  return `${eventId}.${programId}@${UID_DOMAIN}`;
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line into pieces of at most 75 octets (UTF-8), continuation pieces
 * starting with a space, never splitting a character (RFC 5545 §3.1).
 */
export function foldIcsLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      pieces.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n');
}

function compactDate(iso: string): string {
  return iso.replace(/-/g, '');
}

function utcStamp(isoTimestamp: string): string {
  const ms = Date.parse(isoTimestamp);
  if (Number.isNaN(ms)) throw new RangeError(`dtstamp is not an ISO timestamp: "${isoTimestamp}"`);
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function defaultSequence(isoTimestamp: string): number {
  return Math.max(0, Math.floor((Date.parse(isoTimestamp) - EPOCH_2000_MS) / 60_000));
}

/** Floating local date-time `YYYYMMDDTHHMMSS` for a day plus minutes after its midnight. */
function floatingDateTime(date: string, minutesAfterMidnight: number): string {
  const dayShift = Math.floor(minutesAfterMidnight / 1440);
  const inDay = minutesAfterMidnight - dayShift * 1440;
  const day = dayShift === 0 ? date : addDays(date, dayShift);
  const hh = String(Math.floor(inDay / 60)).padStart(2, '0');
  const mm = String(inDay % 60).padStart(2, '0');
  return `${compactDate(day)}T${hh}${mm}00`;
}

function describe(event: ProgramEvent, program: IcsExportInput['program']): string {
  const parts: string[] = [];
  if (event.kind === 'pairs') {
    parts.push('No group meeting this month: meet your peer mentoring partner at a time you agree together.');
  }
  if (event.topic !== null) parts.push(`Topic: ${CATEGORY_LABELS[event.topic]}.`);
  if (event.notes.trim() !== '') parts.push(event.notes.trim());
  const owner = program.organisation.trim() === '' ? program.name : `${program.name}, ${program.organisation}`;
  parts.push(`Peer mentoring program: ${owner}.`);
  return parts.join('\n\n');
}

/**
 * Writes the whole schedule as one VCALENDAR text (CRLF line ends, folded lines, escaped
 * text). Events without a valid date cannot be placed in a calendar and are left out; the
 * schedule warnings already point at them.
 */
export function buildIcsCalendar(input: IcsExportInput): string {
  const stamp = utcStamp(input.dtstamp);
  const sequence = input.sequence ?? defaultSequence(input.dtstamp);
  if (!Number.isInteger(sequence) || sequence < 0) throw new RangeError('sequence must be a whole number ≥ 0');
  const pairsMonths = input.pairsMonths ?? 'all-day';
  const { program } = input;

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(program.name)}`,
  ];

  for (const event of input.events) {
    if (!isIsoDate(event.date)) continue;
    if (event.kind === 'pairs' && pairsMonths === 'omit') continue;
    const start = parseClockTime(event.startTime);
    // "By arrangement" months and gatherings without a time become all-day entries.
    const allDay = event.kind === 'pairs' || start === null;

    lines.push('BEGIN:VEVENT');
    lines.push(`UID:${escapeIcsText(icsEventUid(program.id, event.id))}`);
    lines.push(`DTSTAMP:${stamp}`);
    lines.push(`SEQUENCE:${sequence}`);
    if (allDay) {
      lines.push(`DTSTART;VALUE=DATE:${compactDate(event.date)}`);
      lines.push(`DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`);
      lines.push('TRANSP:TRANSPARENT');
    } else {
      lines.push(`DTSTART:${floatingDateTime(event.date, start)}`);
      if (event.minutes > 0) lines.push(`DTEND:${floatingDateTime(event.date, start + event.minutes)}`);
      lines.push('TRANSP:OPAQUE');
    }
    lines.push(`SUMMARY:${escapeIcsText(`${program.name}: ${event.title}`)}`);
    if (event.place.trim() !== '') lines.push(`LOCATION:${escapeIcsText(event.place.trim())}`);
    lines.push(`DESCRIPTION:${escapeIcsText(describe(event, program))}`);
    lines.push(`CATEGORIES:${escapeIcsText(isGroupGathering(event.kind) ? 'Peer mentoring group meeting' : 'Peer mentoring')}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** File name for the exported calendar, safe on Windows, macOS and Linux. */
export function icsFileName(programName: string): string {
  const safe = withoutTrailingSeparators(truncateFileNamePart(cleanFileNamePart(programName), 80));
  // It starts with the program's name, so a program called "nul.txt" must not make it a device.
  return avoidingWindowsDeviceName(`${hasLetterOrDigit(safe) ? safe : 'Peer mentoring'} - schedule.ics`);
}
