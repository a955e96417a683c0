/**
 * "I'd like to continue with …" choices read from a form export (Microsoft Forms, Google Forms):
 * one row per respondent, their email or name in one column, up to three choices in one or more
 * columns (a single column may hold several names separated by ";" or ","). People are matched
 * to those at the event by exact email first, then by full name with accents, case and
 * punctuation ignored. Any problem stops the whole import; each names the row, the column and
 * the fix.
 */
import { fold } from '../import/text-normalise';

/** Someone at the event who can answer or be chosen. */
export interface ContinuePerson {
  id: string;
  name: string;
  /** '' when unknown (a walk-in without one). */
  email: string;
}

/** Which columns hold what (0-based column indexes). */
export interface ContinueMapping {
  respondent: number | null;
  choices: number[];
}

/** A row of the file: its number as the spreadsheet shows it, and its cells. */
export interface ContinueRow {
  rowNumber: number;
  cells: string[];
}

export interface ContinueProblem {
  row: number;
  column: string;
  message: string;
}

/** One respondent's new choices, and what they had before. */
export interface ContinueChange {
  personId: string;
  before: string[];
  after: string[];
}

export interface ContinuePreparation {
  /** Respondents whose choices change (unchanged ones are left out). */
  changes: ContinueChange[];
  /** Respondents whose choices are already exactly these. */
  unchanged: number;
  problems: ContinueProblem[];
}

/** The most choices a person can make. */
export const MAX_CONTINUE_CHOICES = 3;

const EMAIL_HEADER = /e-?mail/i;
const NAME_HEADER = /\bname\b/i;
const CHOICE_HEADER = /continue|choice|choose|partner|would like|pick/i;

/** The columns a form export most likely uses: an email (else a name) column, and the choice columns. */
export function suggestContinueMapping(headers: readonly string[]): ContinueMapping {
  const choices = headers.flatMap((h, i) => (CHOICE_HEADER.test(h) ? [i] : [])).slice(0, MAX_CONTINUE_CHOICES);
  const free = (i: number) => !choices.includes(i);
  let respondent = headers.findIndex((h, i) => free(i) && EMAIL_HEADER.test(h));
  if (respondent < 0) respondent = headers.findIndex((h, i) => free(i) && NAME_HEADER.test(h));
  return { respondent: respondent < 0 ? null : respondent, choices };
}

/** The names in one answer cell: separated by ";" or "," (Forms joins several picks so), blanks dropped. */
export function splitChoiceCell(cell: string): string[] {
  return cell
    .split(/[;,\n]/)
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s !== '');
}

/** Finds people by exact email, then by full name (accents, case and punctuation ignored). */
export function createPersonMatcher(people: readonly ContinuePerson[]): (text: string) => { id: string } | { problem: 'unknown' | 'ambiguous' } {
  const byEmail = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    if (key === '') return;
    const list = map.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    map.set(key, list);
  };
  for (const p of people) {
    add(byEmail, p.email.trim().toLowerCase(), p.id);
    add(byName, fold(p.name), p.id);
  }
  return (text) => {
    const t = text.trim();
    const hits = t.includes('@') ? byEmail.get(t.toLowerCase()) : undefined;
    const found = hits ?? byName.get(fold(t));
    if (!found) return { problem: 'unknown' };
    return found.length === 1 ? { id: found[0]! } : { problem: 'ambiguous' };
  };
}

/**
 * Reads every row into new choices for the people at the event. `current` holds each person's
 * choices today (to show what changes). Blank rows are ignored.
 */
export function prepareContinueImport(
  headers: readonly string[],
  rows: readonly ContinueRow[],
  mapping: ContinueMapping,
  people: readonly ContinuePerson[],
  current: Readonly<Record<string, readonly string[]>>,
): ContinuePreparation {
  const problems: ContinueProblem[] = [];
  const header = (i: number) => headers[i] ?? `Column ${i + 1}`;
  if (mapping.respondent === null) {
    return { changes: [], unchanged: 0, problems: [{ row: 1, column: '', message: 'Choose the column with the respondent’s email or name.' }] };
  }
  if (mapping.choices.length === 0) {
    return { changes: [], unchanged: 0, problems: [{ row: 1, column: '', message: 'Choose the column (or up to three columns) with the people chosen.' }] };
  }
  const match = createPersonMatcher(people);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const seenAt = new Map<string, number>();
  const result: { personId: string; after: string[] }[] = [];
  const respondentColumn = header(mapping.respondent);
  for (const row of rows) {
    const who = (row.cells[mapping.respondent] ?? '').trim();
    const picked = mapping.choices.flatMap((c) => splitChoiceCell(row.cells[c] ?? '').map((text) => ({ text, column: header(c) })));
    if (who === '' && picked.length === 0) continue;
    const problem = (column: string, message: string) => problems.push({ row: row.rowNumber, column, message });
    if (who === '') {
      problem(respondentColumn, 'The respondent is missing: type their email or name, or delete the row.');
      continue;
    }
    const respondent = match(who);
    if ('problem' in respondent) {
      problem(
        respondentColumn,
        respondent.problem === 'ambiguous'
          ? `“${who}” could be more than one person at the event: use their email instead.`
          : `“${who}” was not at this event: check them in at the door first, correct the spelling, or delete the row.`,
      );
      continue;
    }
    const before = seenAt.get(respondent.id);
    if (before !== undefined) {
      problem(respondentColumn, `${names.get(respondent.id)} answered twice (rows ${before} and ${row.rowNumber}): delete the row that does not count.`);
      continue;
    }
    seenAt.set(respondent.id, row.rowNumber);
    const chosen: string[] = [];
    let bad = false;
    for (const { text, column } of picked) {
      const m = match(text);
      if ('problem' in m) {
        bad = true;
        problem(
          column,
          m.problem === 'ambiguous'
            ? `“${text}” could be more than one person at the event: use their email instead.`
            : `“${text}” is nobody at this event: correct the spelling (or use their email), or remove the name.`,
        );
      } else if (m.id === respondent.id) {
        bad = true;
        problem(column, `${names.get(m.id)} chose themselves: remove their own name.`);
      } else if (!chosen.includes(m.id)) chosen.push(m.id);
    }
    if (chosen.length > MAX_CONTINUE_CHOICES) {
      bad = true;
      problem(
        mapping.choices.length === 1 ? header(mapping.choices[0]!) : mapping.choices.map(header).join(', '),
        `${names.get(respondent.id)} chose ${chosen.length} people: keep at most ${MAX_CONTINUE_CHOICES}.`,
      );
    }
    if (!bad) result.push({ personId: respondent.id, after: chosen });
  }
  if (problems.length > 0) return { changes: [], unchanged: 0, problems };
  const changes: ContinueChange[] = [];
  let unchanged = 0;
  for (const r of result) {
    const before = [...(current[r.personId] ?? [])];
    if (before.length === r.after.length && before.every((id, i) => id === r.after[i])) unchanged++;
    else changes.push({ personId: r.personId, before, after: r.after });
  }
  return { changes, unchanged, problems: [] };
}
