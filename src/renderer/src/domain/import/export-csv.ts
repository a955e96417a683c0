/**
 * Writes the roster as a CSV that Excel opens correctly (UTF-8 with a byte-order mark, CRLF) and
 * that Peer Mentor Desk reads back unchanged: the same headers its column suggestions recognise,
 * competencies and people as names/emails joined with "; ". Cells a spreadsheet would run as a
 * formula get a leading apostrophe (formula injection guard); the importer takes it off again.
 */
import type { Competency, Participant } from '../model';
import { CAREER_STAGE_LABELS } from '../model';

/** Standard columns of an export, in order. */
export const EXPORT_HEADERS: readonly string[] = [
  'Name',
  'First name',
  'Last name',
  'Email',
  'Department',
  'Job title',
  'Career stage',
  'Location',
  'Manager',
  'Can offer',
  'Wants to develop',
  'Knows well',
  'Do not pair with',
  'Preferred partner',
  'Registered with',
  'Notes',
];

const BOM = '\ufeff';
const EOL = '\r\n';
// A spreadsheet treats a cell starting with one of these as a formula. Apostrophes before them
// are doubled up too, so that reading the file back (which removes one apostrophe) is exact.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell value made safe to open in a spreadsheet: formula starts get a leading apostrophe. */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field: guarded, then quoted when it holds a comma, quote, line break or edge space. */
export function csvField(value: string): string {
  const v = guardFormula(value);
  return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function csvLine(cells: readonly string[]): string {
  return cells.map(csvField).join(',');
}

/** Custom headers, unique and never clashing with a standard header (clashes get " (custom)"). */
function customColumns(participants: readonly Participant[]): { key: string; header: string }[] {
  const keys: string[] = [];
  for (const p of participants) for (const k of Object.keys(p.custom)) if (!keys.includes(k)) keys.push(k);
  const used = new Set(EXPORT_HEADERS.map((h) => h.toLowerCase()));
  return keys.map((key) => {
    let header = key;
    while (used.has(header.toLowerCase())) header = `${header} (custom)`;
    used.add(header.toLowerCase());
    return { key, header };
  });
}

/**
 * The whole roster as CSV text, starting with a byte-order mark so Excel reads UTF-8. Encode with
 * `TextEncoder` to save. Competencies are written by name, people by email.
 */
export function exportParticipantsCsv(participants: readonly Participant[], catalog: readonly Competency[]): string {
  const competencyName = new Map(catalog.map((c) => [c.id, c.name]));
  const emailById = new Map(participants.map((p) => [p.id, p.email]));
  const names = (ids: readonly string[]): string =>
    ids
      .map((id) => competencyName.get(id))
      .filter((n): n is string => n !== undefined)
      .join('; ');
  const people = (ids: readonly string[]): string =>
    ids
      .map((id) => emailById.get(id))
      .filter((e): e is string => e !== undefined)
      .join('; ');
  const custom = customColumns(participants);
  const lines = [csvLine([...EXPORT_HEADERS, ...custom.map((c) => c.header)])];
  for (const p of participants) {
    lines.push(
      csvLine([
        p.name,
        p.firstName,
        p.lastName,
        p.email,
        p.department,
        p.jobTitle,
        p.careerStage === null ? '' : CAREER_STAGE_LABELS[p.careerStage],
        p.location,
        p.manager,
        names(p.offers),
        names(p.wants),
        people(p.knownWell),
        people(p.doNotPair),
        p.preferredPartnerEmail,
        p.registeredWithEmail,
        p.notes,
        ...custom.map((c) => (Object.prototype.hasOwnProperty.call(p.custom, c.key) ? (p.custom[c.key] as string) : '')),
      ]),
    );
  }
  return BOM + lines.join(EOL) + EOL;
}

const TEMPLATE_COMPETENCIES = {
  offers: [['Stress management', 'Oral communication'], ['Analytical thinking', 'Developing others', 'Customer orientation']],
  wants: [['Strategic thinking', 'Persuasive communication'], ['Flexibility', 'Managing change']],
} as const;

/**
 * A blank roster to hand out: the import headers and two example rows (delete them before
 * filling in). With a catalog, the examples use that program's competency names.
 */
export function rosterTemplateCsv(catalog: readonly Competency[] = []): string {
  const usable = catalog.filter((c) => !c.retired).map((c) => c.name);
  const pick = (fallback: readonly string[], from: number): string =>
    (usable.length >= from + fallback.length ? usable.slice(from, from + fallback.length) : fallback).join('; ');
  const rows = [
    [
      'Alex Example',
      'Alex',
      'Example',
      'alex.example@example.org',
      'Finance',
      'Financial analyst',
      CAREER_STAGE_LABELS.early,
      'London',
      'Sam Sample',
      pick(TEMPLATE_COMPETENCIES.offers[0], 0),
      pick(TEMPLATE_COMPETENCIES.wants[0], 2),
      'robin.sample@example.org',
      '',
      'robin.sample@example.org',
      '',
      'Example row: delete it before importing.',
    ],
    [
      'Robin Sample',
      'Robin',
      'Sample',
      'robin.sample@example.org',
      'Engineering',
      'Engineering manager',
      CAREER_STAGE_LABELS.mid,
      'Remote',
      '',
      pick(TEMPLATE_COMPETENCIES.offers[1], 4),
      pick(TEMPLATE_COMPETENCIES.wants[1], 7),
      'alex.example@example.org',
      '',
      'alex.example@example.org',
      '',
      'Several competencies or people: separate them with a semicolon.',
    ],
  ];
  return BOM + [csvLine(EXPORT_HEADERS), ...rows.map(csvLine)].join(EOL) + EOL;
}
