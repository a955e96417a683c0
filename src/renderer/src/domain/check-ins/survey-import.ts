/**
 * From the rows of a survey export to the check-ins it would add: each response is matched to a
 * team by the respondent's email (a member of a confirmed team), its answers are read, and every
 * cell that cannot be used is named by row and column with the fix. A response imported before
 * (the same respondent at the same moment) is recognised and left out, so importing the same
 * export twice adds nothing. Pure: the read file, the mapping and the program's records in, a
 * preparation out; nothing is written until the coordinator commits it.
 */
import type { CheckIn, Competency, ContributionBalance, Participant, Team, TeamMember } from '../model';
import type { RosterRead } from '../import';
import { emailFromCell } from '../import/row-schema';
import { cleanLine, cleanMultiline, emailKey, quoteForMessage } from '../import/text-normalise';
import { joinNames, teamLabel } from '../documents/document-models';
import { CHECK_IN_TEXT_MAX } from './check-in-entry';
import {
  dateOrderEvidence,
  readBalanceAnswer,
  readGivesMoreAnswer,
  readRatingAnswer,
  readResponseTime,
  readStatusAnswer,
  type DateOrder,
  type TeamPerson,
} from './survey-answers';
import { SURVEY_TARGET_LABELS, type SurveyMapping, type SurveyTarget } from './survey-mapping';

/** The check-in a response becomes, before it gets an id, a batch and a creation time. */
export type SurveyCheckIn = Omit<CheckIn, 'id' | 'importBatchId' | 'createdAt'>;

/** One response that will be added. */
export interface SurveyResponse {
  rowNumber: number;
  /** Respondent + moment: how a response imported before is recognised. */
  key: string;
  teamId: string;
  /** "Pair 07". */
  teamLabel: string;
  respondentId: string;
  respondentName: string;
  /** `YYYY-MM-DDTHH:MM:SS` (or a day) as the export wrote it. */
  moment: string;
  checkIn: SurveyCheckIn;
}

/** A cell that stops its row, with the message that names row, column and fix. */
export interface SurveyProblem {
  row: number;
  /** Header of the column, as in the file. */
  column: string;
  /** Index of the column in the file (for correcting the cell in place). */
  columnIndex: number;
  message: string;
}

/** Everything the review shows, and whether the import can go ahead. */
export interface SurveyPreparation {
  responses: SurveyResponse[];
  /** Problems of the rows that are not skipped, in row order. */
  problems: SurveyProblem[];
  /** Rows that have at least one problem. */
  problemRows: number[];
  /** Rows whose response was imported before (left out, not a problem). */
  alreadyImported: number[];
  /** The date order used for slashed dates, when the file has any. */
  dateOrder: DateOrder | null;
  /** Reasons the import cannot go ahead yet, in words; empty when it can. */
  blockers: string[];
  blocked: boolean;
}

/** The program's records the responses are matched against. */
export interface SurveyContext {
  programId: string;
  teams: readonly Team[];
  members: readonly TeamMember[];
  participants: readonly Participant[];
  catalog: readonly Competency[];
  /** Keys of the responses already imported (and still there). */
  importedKeys: ReadonlySet<string>;
}

/** The key of a response: the respondent's email key and the moment they answered. */
export function surveyResponseKey(respondentEmailKey: string, moment: string): string {
  return `${respondentEmailKey}|${moment}`;
}

interface Compiled {
  email: number;
  name: number;
  date: number;
  status: number;
  balance: number;
  givesMore: number;
  progress: { index: number; competencyId: string }[];
  improvements: number[];
  nextStep: number[];
  comments: number[];
}

function compile(mapping: SurveyMapping): Compiled {
  const one = (target: SurveyTarget): number => mapping.columns.findIndex((c) => c.target === target);
  const all = (target: SurveyTarget): number[] =>
    mapping.columns.flatMap((c, i) => (c.target === target ? [i] : []));
  return {
    email: one('email'),
    name: one('name'),
    date: one('date'),
    status: one('status'),
    balance: one('balance'),
    givesMore: one('givesMore'),
    progress: mapping.columns.flatMap((c, i) =>
      c.target === 'progress' && c.competencyId !== null ? [{ index: i, competencyId: c.competencyId }] : [],
    ),
    improvements: all('improvements'),
    nextStep: all('nextStep'),
    comments: all('comments'),
  };
}

function joinedText(cells: readonly string[], indexes: readonly number[], headers: readonly string[]): string {
  if (indexes.length === 1) return cleanMultiline(cells[indexes[0]!] ?? '');
  const parts: string[] = [];
  for (const i of indexes) {
    const v = cleanMultiline(cells[i] ?? '');
    // Several columns feed one answer: say which question each part answers.
    if (v !== '') parts.push(`${headers[i]}: ${v}`);
  }
  return parts.join('\n');
}

/** "rows 3, 7 and 12" (shortened after `max`): how a survey import lists rows. */
export function rowList(rows: readonly number[], max = 6): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  const shown = rows.slice(0, max);
  if (rows.length > max) return `rows ${shown.join(', ')} and ${rows.length - max} more`;
  return `rows ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * Prepare a survey import. `options.excludeRows` are rows the coordinator skipped: they are
 * neither imported nor reported. The date order of slashed dates is the mapping's, or read from
 * the data when the mapping says `auto`.
 */
export function prepareSurveyImport(
  read: RosterRead,
  mapping: SurveyMapping,
  context: SurveyContext,
  options: { excludeRows?: readonly number[] } = {},
): SurveyPreparation {
  const headers = read.headers;
  const col = compile(mapping);
  const excluded = new Set(options.excludeRows ?? []);
  const rows = read.rows.filter((r) => !excluded.has(r.rowNumber));
  const blockers: string[] = [];

  let dateOrder: DateOrder | null = mapping.dateOrder === 'auto' ? null : mapping.dateOrder;
  if (col.date !== -1) {
    const evidence = dateOrderEvidence(rows.map((r) => r.cells[col.date] ?? ''));
    const header = headers[col.date] ?? '';
    if (mapping.dateOrder === 'auto') {
      if (evidence === 'dmy' || evidence === 'mdy') dateOrder = evidence;
      else if (evidence === 'ambiguous') {
        blockers.push(
          `The dates in column "${header}" can be read day first or month first (no day is above 12). Choose how they are written in the Columns step.`,
        );
      } else if (evidence === 'mixed') {
        blockers.push(
          `Column "${header}" mixes dates written day first and month first. Choose how most are written in the Columns step, then correct the others.`,
        );
      }
    } else if (evidence === 'none') dateOrder = null;
  }

  // Who is who: participants by email, the confirmed team of each participant.
  const byEmail = new Map<string, Participant>();
  for (const p of context.participants) if (p.emailKey !== '' && !byEmail.has(p.emailKey)) byEmail.set(p.emailKey, p);
  const byId = new Map(context.participants.map((p) => [p.id, p]));
  const confirmed = context.teams.filter((t) => t.status === 'confirmed').sort((a, b) => a.number - b.number);
  const confirmedIds = new Set(confirmed.map((t) => t.id));
  const teamOf = new Map<string, Team>();
  const teamById = new Map(confirmed.map((t) => [t.id, t]));
  const membersOf = new Map<string, TeamPerson[]>();
  for (const m of context.members) {
    if (!confirmedIds.has(m.teamId)) continue;
    const person = byId.get(m.participantId);
    if (!person) continue;
    const team = teamById.get(m.teamId)!;
    const known = teamOf.get(person.id);
    if (known === undefined || known.number > team.number) teamOf.set(person.id, team);
    membersOf.set(m.teamId, [
      ...(membersOf.get(m.teamId) ?? []),
      { id: person.id, name: person.name, firstName: person.firstName, emailKey: person.emailKey },
    ]);
  }

  const responses: SurveyResponse[] = [];
  const problems: SurveyProblem[] = [];
  const alreadyImported: number[] = [];
  const seenKeys = new Map<string, number>();

  for (const row of rows) {
    const rowProblems: SurveyProblem[] = [];
    const problem = (index: number, text: string): void => {
      const column = headers[index] ?? `Column ${index + 1}`;
      rowProblems.push({ row: row.rowNumber, column, columnIndex: index, message: `Row ${row.rowNumber}, column "${column}": ${text}` });
    };
    const cell = (index: number): string => (index === -1 ? '' : cleanLine(row.cells[index] ?? ''));

    // Who answered, and their team.
    let respondent: Participant | undefined;
    let team: Team | undefined;
    const address = emailKey(emailFromCell(cell(col.email)));
    if (col.email !== -1) {
      if (address === '') {
        problem(col.email, 'no email address. Type the address this person is on the roster with, or skip the row.');
      } else if (!byEmail.has(address)) {
        problem(
          col.email,
          `nobody in this program has the address ${quoteForMessage(address)}. Correct it to the address the person is on the roster with, or skip the row.`,
        );
      } else {
        respondent = byEmail.get(address)!;
        team = teamOf.get(respondent.id);
        if (!team) {
          problem(
            col.email,
            `${quoteForMessage(address)} is ${respondent.name}, who is not in a confirmed team. Confirm their team on the Pairing screen first, or skip the row.`,
          );
        }
      }
    }

    // When.
    let moment = '';
    let day = '';
    if (col.date !== -1) {
      const text = cell(col.date);
      const time = text === '' ? null : readResponseTime(text, dateOrder ?? 'mdy');
      if (text === '') problem(col.date, 'no date. Type when the person answered, like 2026-10-14 09:30, or skip the row.');
      else if (time === null) problem(col.date, `${quoteForMessage(text)} is not a date and time. Type it like 2026-10-14 09:30, or skip the row.`);
      else {
        moment = time.moment;
        day = time.day;
      }
    }

    // How it is going.
    let status: SurveyCheckIn['status'] | null = null;
    if (col.status !== -1) {
      const text = cell(col.status);
      status = readStatusAnswer(text);
      if (text === '') problem(col.status, 'no answer. Type On track, Some concerns or Stalled, or skip the row.');
      else if (status === null) {
        problem(col.status, `${quoteForMessage(text)} is not an answer Peer Mentor Desk knows. Correct it to On track, Some concerns or Stalled, or skip the row.`);
      }
    }

    // Are contributions equal, and who gives more.
    let balance: ContributionBalance = 'unknown';
    let givesMoreId = '';
    let hint: 'respondent' | 'partner' | null = null;
    if (col.balance !== -1) {
      const text = cell(col.balance);
      const answer = readBalanceAnswer(text);
      if (answer === null) {
        problem(col.balance, `${quoteForMessage(text)} is not an answer Peer Mentor Desk knows. Correct it to Equal, Mostly one way or Not sure, or skip the row.`);
      } else {
        balance = answer.balance;
        hint = answer.hint;
      }
    }
    const people = team ? (membersOf.get(team.id) ?? []) : [];
    if (respondent && team && balance === 'mostly-one-way' && hint !== null) {
      const others = people.filter((p) => p.id !== respondent.id);
      givesMoreId = hint === 'respondent' ? respondent.id : others.length === 1 ? others[0]!.id : '';
    }
    if (col.givesMore !== -1 && respondent && team && givesMoreId === '' && balance !== 'equal') {
      const text = cell(col.givesMore);
      const who = readGivesMoreAnswer(text, people, respondent.id);
      if (who === null) {
        problem(
          col.givesMore,
          `${quoteForMessage(text)} is not a member of ${teamLabel(team)} (${joinNames(people.map((p) => p.name))}). Type one of their names, or clear the cell.`,
        );
      } else if (who !== '') {
        givesMoreId = who;
        if (balance === 'unknown') balance = 'mostly-one-way';
      }
    }

    // Progress ratings.
    const progress: Record<string, number> = {};
    for (const { index, competencyId } of col.progress) {
      const text = cell(index);
      const rating = readRatingAnswer(text);
      if (rating === 'invalid') {
        problem(index, `${quoteForMessage(text)} is not a rating from 1 to 5. Type a whole number from 1 (not started) to 5 (real progress), or clear the cell.`);
      } else if (rating !== null) progress[competencyId] = rating;
    }

    // Texts.
    const texts = { improvements: '', nextStep: '', coordinatorNote: '' };
    const fields = [
      ['improvements', col.improvements],
      ['nextStep', col.nextStep],
      ['coordinatorNote', col.comments],
    ] as const;
    for (const [field, indexes] of fields) {
      if (indexes.length === 0) continue;
      const value = joinedText(row.cells, indexes, headers);
      if (value.length > CHECK_IN_TEXT_MAX) {
        problem(indexes[0]!, `the answer is too long to keep (over ${CHECK_IN_TEXT_MAX.toLocaleString('en')} characters). Shorten it, or skip the row.`);
      }
      texts[field] = value;
    }

    // The same response twice in this file.
    const key = respondent && moment !== '' ? surveyResponseKey(respondent.emailKey, moment) : '';
    if (key !== '') {
      const first = seenKeys.get(key);
      if (first !== undefined) {
        problem(
          col.email,
          `this row repeats row ${first}: ${respondent!.name} answered at the same moment. Skip one of the two rows.`,
        );
      } else seenKeys.set(key, row.rowNumber);
    }

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    if (!respondent || !team || status === null || key === '') continue;
    if (context.importedKeys.has(key)) {
      alreadyImported.push(row.rowNumber);
      continue;
    }
    responses.push({
      rowNumber: row.rowNumber,
      key,
      teamId: team.id,
      teamLabel: teamLabel(team),
      respondentId: respondent.id,
      respondentName: respondent.name,
      moment,
      checkIn: {
        programId: context.programId,
        teamId: team.id,
        date: day,
        status,
        balance,
        givesMoreId: balance === 'mostly-one-way' ? givesMoreId : '',
        progress,
        ...texts,
        followUpOn: '',
        source: 'survey',
        respondentEmail: respondent.emailKey,
      },
    });
  }

  const problemRows = [...new Set(problems.map((p) => p.row))];
  if (problemRows.length > 0) {
    blockers.push(
      `${problemRows.length === 1 ? '1 row has' : `${problemRows.length} rows have`} problems (${rowList(problemRows)}): correct the cells or skip ${problemRows.length === 1 ? 'the row' : 'those rows'}.`,
    );
  }
  if (blockers.length === 0 && responses.length === 0) {
    blockers.push(
      alreadyImported.length > 0
        ? 'Every response in this file was imported before: there is nothing new to add.'
        : 'There is no response to import.',
    );
  }
  return {
    responses,
    problems,
    problemRows,
    alreadyImported,
    dateOrder,
    blockers,
    blocked: blockers.length > 0,
  };
}

/** The labels of the targets a mapping uses, for messages ("Respondent’s email, How it is going"). */
export function mappedTargetLabels(mapping: SurveyMapping): string[] {
  return [...new Set(mapping.columns.map((c) => c.target))].filter((t) => t !== 'ignore').map((t) => SURVEY_TARGET_LABELS[t]);
}

/** "12 check-ins from 12 responses (Pair 01, Pair 03 …)": what a committed import added. */
export function surveyImportSummary(responses: readonly SurveyResponse[]): string {
  const teams = [...new Set(responses.map((r) => r.teamLabel))].sort();
  const shown = teams.slice(0, 8).join(', ');
  const more = teams.length > 8 ? ` and ${teams.length - 8} more` : '';
  return `${responses.length === 1 ? '1 check-in' : `${responses.length} check-ins`} added for ${teams.length === 1 ? '1 team' : `${teams.length} teams`} (${shown}${more}).`;
}

// 32-bit FNV-1a over UTF-16 code units, with a chosen offset basis.
function fnv1a(text: string, basis: number): string {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * A fingerprint of a stored check-in: equal for the same content whatever the key order, and
 * (almost surely) different once any field was edited. Undo compares it with the one taken when
 * the check-in was imported.
 */
export function checkInFingerprint(checkIn: CheckIn): string {
  const text = canonical(checkIn);
  return `${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x050c5d1f)}`;
}
