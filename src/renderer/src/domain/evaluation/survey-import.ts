/**
 * From the rows of a self-rating or feedback survey export to what the import would change:
 * each row is matched to a participant by email (normalised like the roster's `emailKey`), its
 * ratings and feedback answers are read, and compared with what is stored — new, changed or
 * unchanged, person by person and field by field, before → after. Every cell that cannot be used
 * is named by row (as in the file) and column (header and letter) with the fix.
 *
 * Decisions the coordinator relies on:
 * - An empty cell is "not answered": it never erases what is stored.
 * - Two rows of the same person (for ratings: for the same survey) block the import until one is
 *   skipped, as the roster import does with rows sharing an email.
 * - A rating of a competency the person's team did not choose is imported (it is what they
 *   answered) and listed as a note, so the coordinator can clear the cell or skip the row.
 * - Importing the same file again changes nothing: every value is then unchanged.
 * Pure: the read file, the mapping and the program's records in, a preparation out.
 */
import type {
  Competency,
  Feedback,
  FeedbackAnswer,
  Participant,
  QuoteConsent,
  Rating,
  Team,
  TeamMember,
} from '../model';
import { columnLetter, type RosterRead } from '../import';
import { emailFromCell } from '../import/row-schema';
import { cleanLine, cleanMultiline, emailKey, quoteForMessage } from '../import/text-normalise';
import { teamLabel } from '../documents/document-models';
import { dateOrderEvidence, readResponseTime, type DateOrder } from '../check-ins/survey-answers';
import { rowList } from '../check-ins/survey-import';
import {
  columnName,
  type EvaluationMapping,
  type EvaluationTarget,
  type FeedbackTarget,
} from './survey-columns';
import {
  readPhase,
  readQuoteConsent,
  readSatisfaction,
  readSelfRating,
  readYesNo,
  type SurveyPhase,
} from './survey-readers';

/** Longest text answer kept (as the feedback record allows). */
export const FEEDBACK_TEXT_MAX = 20000;

/** The answers of a feedback record (what an import can set). */
export type FeedbackValues = Pick<
  Feedback,
  | 'satisfaction'
  | 'wouldRecommend'
  | 'helpedMost'
  | 'barriers'
  | 'pastBarriers'
  | 'bothRoles'
  | 'wouldJoinAgain'
  | 'quote'
  | 'quoteConsent'
  | 'answeredOn'
>;

export type FeedbackField = keyof FeedbackValues;

/** Feedback of someone who has not answered yet. */
export const EMPTY_FEEDBACK: FeedbackValues = {
  satisfaction: null,
  wouldRecommend: null,
  helpedMost: '',
  barriers: '',
  pastBarriers: '',
  bothRoles: '',
  wouldJoinAgain: null,
  quote: '',
  quoteConsent: 'no',
  answeredOn: '',
};

export const FEEDBACK_FIELD_LABELS: Record<FeedbackField, string> = {
  satisfaction: 'Satisfaction',
  wouldRecommend: 'Would recommend',
  helpedMost: 'What helped most',
  barriers: 'Barriers met',
  pastBarriers: 'What helped past them',
  bothRoles: 'Being both mentor and mentee',
  wouldJoinAgain: 'Would join again',
  quote: 'Quote',
  quoteConsent: 'Consent to use the quote',
  answeredOn: 'Answered on',
};

export type ChangeKind = 'new' | 'changed' | 'unchanged';

/** One self-rating the file gives. */
export interface RatingChange {
  competencyId: string;
  competencyName: string;
  phase: SurveyPhase;
  before: number | null;
  after: number;
  kind: ChangeKind;
  /** The stored rating it replaces (null when new). */
  stored: Rating | null;
}

/** One feedback answer the file gives. */
export interface FeedbackFieldChange {
  field: FeedbackField;
  before: FeedbackValues[FeedbackField] | null;
  after: FeedbackValues[FeedbackField];
  kind: ChangeKind;
}

/** What the file says about one person (one row). */
export interface PersonChanges {
  rowNumber: number;
  participantId: string;
  name: string;
  email: string;
  /** The phase of the row's ratings (null when the row has none). */
  phase: SurveyPhase | null;
  ratings: RatingChange[];
  /** Null when the file has no feedback columns. */
  feedback: {
    stored: Feedback | null;
    after: FeedbackValues;
    fields: FeedbackFieldChange[];
    kind: ChangeKind;
  } | null;
  kind: ChangeKind;
}

/** A cell the import cannot use (error) or wants the coordinator to know about (note). */
export interface EvaluationProblem {
  row: number;
  columnIndex: number;
  /** Header as in the file. */
  column: string;
  /** Spreadsheet letter of the column. */
  letter: string;
  /** "Row 7, column D “Rate yourself [Flexibility]”: …, fix." */
  message: string;
  severity: 'error' | 'note';
  /** For notes: an empty rating cell, or ratings of competencies the team did not choose. */
  reason?: 'not-answered' | 'not-chosen';
}

export interface EvaluationCounts {
  people: number;
  ratingsNew: number;
  ratingsChanged: number;
  ratingsUnchanged: number;
  feedbackNew: number;
  feedbackChanged: number;
  feedbackUnchanged: number;
}

/** Everything the review shows, and whether the import can go ahead. */
export interface EvaluationPreparation {
  people: PersonChanges[];
  /** Errors of the rows that are not skipped, in row order. */
  problems: EvaluationProblem[];
  /** Notes that do not stop the import. */
  notes: EvaluationProblem[];
  problemRows: number[];
  counts: EvaluationCounts;
  dateOrder: DateOrder | null;
  blockers: string[];
  blocked: boolean;
}

/** The program's records the answers are compared with. */
export interface EvaluationContext {
  programId: string;
  participants: readonly Participant[];
  teams: readonly Team[];
  members: readonly TeamMember[];
  catalog: readonly Competency[];
  ratings: readonly Rating[];
  feedback: readonly Feedback[];
}

/** The key of one self-rating: person, competency, survey. */
export function ratingKey(participantId: string, competencyId: string, phase: SurveyPhase): string {
  return `${participantId}|${competencyId}|${phase}`;
}


const PHASE_WORD: Record<SurveyPhase, string> = { pre: 'start', post: 'end' };

function combine(kinds: readonly ChangeKind[]): ChangeKind {
  if (kinds.length > 0 && kinds.every((k) => k === 'new')) return 'new';
  return kinds.some((k) => k !== 'unchanged') ? 'changed' : 'unchanged';
}

/** The confirmed teams' chosen competencies of each person (absent: no confirmed team). */
function chosenCompetencies(
  context: EvaluationContext,
): Map<string, { label: string; ids: Set<string> }> {
  const teams = new Map(
    context.teams
      .filter((t) => t.status === 'confirmed' && t.competencyIds.length > 0)
      .map((t) => [t.id, t]),
  );
  const out = new Map<string, { label: string; ids: Set<string> }>();
  for (const m of context.members) {
    const team = teams.get(m.teamId);
    if (!team) continue;
    const known = out.get(m.participantId);
    if (known) team.competencyIds.forEach((id) => known.ids.add(id));
    else out.set(m.participantId, { label: teamLabel(team), ids: new Set(team.competencyIds) });
  }
  return out;
}

/**
 * Prepare an evaluation survey import. `options.excludeRows` are rows the coordinator skipped:
 * neither imported nor reported.
 */
export function prepareEvaluationImport(
  read: RosterRead,
  mapping: EvaluationMapping,
  context: EvaluationContext,
  options: { excludeRows?: readonly number[] } = {},
): EvaluationPreparation {
  const headers = read.headers;
  const excluded = new Set(options.excludeRows ?? []);
  const rows = read.rows.filter((r) => !excluded.has(r.rowNumber));
  const blockers: string[] = [];
  const one = (target: EvaluationTarget): number =>
    mapping.columns.findIndex((c) => c.target === target);
  const emailCol = one('email');
  const phaseCol = one('phase');
  const dateCol = one('date');
  const names = new Map(context.catalog.map((c) => [c.id, c.name]));
  const ratingCols = mapping.columns.flatMap((c, i) =>
    c.target === 'rating' && c.competencyId !== null && names.has(c.competencyId)
      ? [{ index: i, competencyId: c.competencyId }]
      : [],
  );
  const feedbackCols = mapping.columns.flatMap((c, i) =>
    c.target !== 'rating' &&
    c.target !== 'email' &&
    c.target !== 'name' &&
    c.target !== 'phase' &&
    c.target !== 'date' &&
    c.target !== 'ignore'
      ? [{ index: i, target: c.target as FeedbackTarget }]
      : [],
  );
  const hasFeedback = feedbackCols.length > 0;

  let dateOrder: DateOrder | null = mapping.dateOrder === 'auto' ? null : mapping.dateOrder;
  if (dateCol !== -1 && hasFeedback && mapping.dateOrder === 'auto') {
    const evidence = dateOrderEvidence(rows.map((r) => r.cells[dateCol] ?? ''));
    if (evidence === 'dmy' || evidence === 'mdy') dateOrder = evidence;
    else if (evidence === 'ambiguous' || evidence === 'mixed') {
      blockers.push(
        `The dates in ${columnName(headers[dateCol]!, dateCol)} can be read day first or month first. Choose how they are written in the Columns step.`,
      );
    }
  }

  const byEmail = new Map<string, Participant>();
  for (const p of context.participants)
    if (p.emailKey !== '' && !byEmail.has(p.emailKey)) byEmail.set(p.emailKey, p);
  const storedRating = new Map(
    context.ratings.map((r) => [ratingKey(r.participantId, r.competencyId, r.phase), r]),
  );
  const storedFeedback = new Map(context.feedback.map((f) => [f.participantId, f]));
  const chosen = chosenCompetencies(context);

  const people: PersonChanges[] = [];
  const problems: EvaluationProblem[] = [];
  const notes: EvaluationProblem[] = [];
  // person (and phase, for ratings) → the first row that answered for them
  const seen = new Map<string, number>();

  for (const row of rows) {
    const rowProblems: EvaluationProblem[] = [];
    const report = (
      list: EvaluationProblem[],
      severity: 'error' | 'note',
      index: number,
      text: string,
      reason?: EvaluationProblem['reason'],
    ): void => {
      const column = headers[index] ?? `Column ${index + 1}`;
      list.push({
        row: row.rowNumber,
        columnIndex: index,
        column,
        letter: columnLetter(index),
        message: `Row ${row.rowNumber}, ${columnName(column, index)}: ${text}`,
        severity,
        ...(reason ? { reason } : {}),
      });
    };
    const problem = (index: number, text: string) => report(rowProblems, 'error', index, text);
    const cell = (index: number): string => (index === -1 ? '' : cleanLine(row.cells[index] ?? ''));

    // Who answered.
    let person: Participant | undefined;
    const address = emailKey(emailFromCell(cell(emailCol)));
    if (emailCol !== -1) {
      if (address === '')
        problem(
          emailCol,
          'no email address. Type the address this person is on the roster with, or skip the row.',
        );
      else if (!byEmail.has(address)) {
        problem(
          emailCol,
          `nobody in this program has the address ${quoteForMessage(address)}. Correct it to the address the person is on the roster with, or skip the row.`,
        );
      } else person = byEmail.get(address);
    }

    // Which survey.
    let phase: SurveyPhase | null = mapping.phase;
    if (phaseCol !== -1 && ratingCols.length > 0) {
      const text = cell(phaseCol);
      const read = readPhase(text);
      if (read === 'invalid')
        problem(
          phaseCol,
          `${quoteForMessage(text)} does not say start or end. Type Start (orientation) or End (May debrief), or skip the row.`,
        );
      else if (read === null && mapping.phase === null)
        problem(
          phaseCol,
          'no answer. Type Start (orientation) or End (May debrief), or skip the row.',
        );
      else if (read !== null) phase = read;
    }

    // Ratings.
    const ratingValues: { competencyId: string; value: number; index: number }[] = [];
    for (const { index, competencyId } of ratingCols) {
      const text = cell(index);
      const value = readSelfRating(text);
      if (value === 'invalid') {
        problem(
          index,
          `${quoteForMessage(text)} is not a rating from 1 to 5. Type a whole number from 1 (beginner) to 5 (expert), or clear the cell.`,
        );
      } else if (value === null) {
        report(
          notes,
          'note',
          index,
          `no rating of ${names.get(competencyId)}: nothing changes for it.`,
          'not-answered',
        );
      } else ratingValues.push({ competencyId, value, index });
    }

    // Feedback answers.
    const answers: Partial<FeedbackValues> = {};
    for (const { index, target } of feedbackCols) {
      const raw = row.cells[index] ?? '';
      const text = cleanLine(raw);
      switch (target) {
        case 'satisfaction': {
          const v = readSatisfaction(text);
          if (v === 'invalid')
            problem(
              index,
              `${quoteForMessage(text)} is not a satisfaction from 1 to 5. Type a whole number from 1 (very dissatisfied) to 5 (very satisfied), or clear the cell.`,
            );
          else if (v !== null) answers.satisfaction = v;
          break;
        }
        case 'wouldRecommend':
        case 'wouldJoinAgain': {
          const v = readYesNo(text);
          if (v === 'invalid')
            problem(
              index,
              `${quoteForMessage(text)} is not an answer Peer Mentor Desk knows. Correct it to Yes, No or Not sure, or clear the cell.`,
            );
          else if (v !== null) answers[target] = v satisfies FeedbackAnswer;
          break;
        }
        case 'quoteConsent': {
          const v = readQuoteConsent(text);
          if (v === 'invalid') {
            problem(
              index,
              `${quoteForMessage(text)} does not say how the quote may be used. Correct it to “Yes, with my name”, “Yes, anonymously” or “No”, or clear the cell.`,
            );
          } else if (v !== null) answers.quoteConsent = v satisfies QuoteConsent;
          break;
        }
        default: {
          const v = cleanMultiline(raw);
          if (v.length > FEEDBACK_TEXT_MAX) {
            problem(
              index,
              `the answer is too long to keep (over ${FEEDBACK_TEXT_MAX.toLocaleString('en')} characters). Shorten it, or skip the row.`,
            );
          } else if (v !== '') answers[target] = v;
        }
      }
    }
    if (hasFeedback && dateCol !== -1) {
      const text = cell(dateCol);
      if (text !== '') {
        const time = readResponseTime(text, dateOrder ?? 'mdy');
        if (time === null)
          problem(
            dateCol,
            `${quoteForMessage(text)} is not a date. Type it like 2027-05-20, or clear the cell.`,
          );
        else answers.answeredOn = time.day;
      }
    }

    // The same person twice in this file (for ratings: for the same survey).
    if (person) {
      const key = `${person.id}|${ratingCols.length > 0 ? (phase ?? '') : ''}`;
      const first = seen.get(key);
      if (first !== undefined) {
        const which =
          ratingCols.length > 0 && phase ? ` for the ${PHASE_WORD[phase]} of the program` : '';
        problem(
          emailCol,
          `${person.name} also answered in row ${first}${which}. Keep one of the two rows and skip the other.`,
        );
      } else seen.set(key, row.rowNumber);
    }

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    if (!person) continue;

    // Ratings of competencies the team did not choose: imported, and said.
    const team = chosen.get(person.id);
    if (team) {
      const outside = ratingValues.filter((r) => !team.ids.has(r.competencyId));
      if (outside.length > 0) {
        report(
          notes,
          'note',
          outside[0]!.index,
          `${person.name} rated ${outside.map((r) => names.get(r.competencyId)).join(', ')}, which ${team.label} did not choose. Imported all the same; clear the cell or skip the row if you do not want ${outside.length === 1 ? 'it' : 'them'}.`,
          'not-chosen',
        );
      }
    }

    const ratings: RatingChange[] =
      phase === null
        ? []
        : ratingValues.map(({ competencyId, value }) => {
            const stored = storedRating.get(ratingKey(person.id, competencyId, phase)) ?? null;
            return {
              competencyId,
              competencyName: names.get(competencyId) ?? competencyId,
              phase,
              before: stored?.value ?? null,
              after: value,
              kind: stored === null ? 'new' : stored.value === value ? 'unchanged' : 'changed',
              stored,
            };
          });

    let feedback: PersonChanges['feedback'] = null;
    if (hasFeedback) {
      const stored = storedFeedback.get(person.id) ?? null;
      const base: FeedbackValues = stored ? pickValues(stored) : EMPTY_FEEDBACK;
      const after: FeedbackValues = { ...base, ...answers };
      const fields = (Object.keys(answers) as FeedbackField[]).map(
        (field): FeedbackFieldChange => ({
          field,
          before: stored ? base[field] : null,
          after: after[field],
          kind: stored === null ? 'new' : base[field] === after[field] ? 'unchanged' : 'changed',
        }),
      );
      // A response time alone is no answer.
      if (fields.some((f) => f.field !== 'answeredOn'))
        feedback = {
          stored,
          after,
          fields,
          kind: stored === null ? 'new' : combine(fields.map((f) => f.kind)),
        };
    }

    const kinds = [...ratings.map((r) => r.kind), ...(feedback ? [feedback.kind] : [])];
    if (kinds.length === 0) continue;
    people.push({
      rowNumber: row.rowNumber,
      participantId: person.id,
      name: person.name,
      email: person.email,
      phase: ratings.length > 0 ? phase : null,
      ratings,
      feedback,
      kind: combine(kinds),
    });
  }

  const counts: EvaluationCounts = {
    people: people.filter((p) => p.kind !== 'unchanged').length,
    ratingsNew: 0,
    ratingsChanged: 0,
    ratingsUnchanged: 0,
    feedbackNew: 0,
    feedbackChanged: 0,
    feedbackUnchanged: 0,
  };
  for (const p of people) {
    for (const r of p.ratings) {
      if (r.kind === 'new') counts.ratingsNew++;
      else if (r.kind === 'changed') counts.ratingsChanged++;
      else counts.ratingsUnchanged++;
    }
    if (p.feedback?.kind === 'new') counts.feedbackNew++;
    else if (p.feedback?.kind === 'changed') counts.feedbackChanged++;
    else if (p.feedback) counts.feedbackUnchanged++;
  }

  const problemRows = [...new Set(problems.map((p) => p.row))];
  if (problemRows.length > 0) {
    blockers.push(
      `${problemRows.length === 1 ? '1 row has' : `${problemRows.length} rows have`} problems (${rowList(problemRows)}): correct the cells or skip ${problemRows.length === 1 ? 'the row' : 'those rows'}.`,
    );
  }
  if (blockers.length === 0 && counts.people === 0) {
    blockers.push(
      people.length > 0
        ? 'Every answer in this file is already stored as it is: importing it would change nothing.'
        : 'There is no answer to import.',
    );
  }
  return {
    people,
    problems,
    notes,
    problemRows,
    counts,
    dateOrder,
    blockers,
    blocked: blockers.length > 0,
  };
}

/** The answers of a stored feedback record. */
export function pickValues(f: Feedback): FeedbackValues {
  return {
    satisfaction: f.satisfaction,
    wouldRecommend: f.wouldRecommend,
    helpedMost: f.helpedMost,
    barriers: f.barriers,
    pastBarriers: f.pastBarriers,
    bothRoles: f.bothRoles,
    wouldJoinAgain: f.wouldJoinAgain,
    quote: f.quote,
    quoteConsent: f.quoteConsent,
    answeredOn: f.answeredOn,
  };
}

/** The records an import writes: the full new state of every rating and feedback it changes. */
export interface EvaluationWrites {
  ratings: { before: Rating | null; after: Rating }[];
  feedback: { before: Feedback | null; after: Feedback }[];
}

/**
 * The records to store for a preparation: changed records keep their id and creation time, new
 * ones get `newId()`; unchanged ones are left out. Pure (ids and time are passed in).
 */
export function evaluationWrites(
  prep: EvaluationPreparation,
  programId: string,
  now: string,
  newId: () => string,
): EvaluationWrites {
  const ratings: EvaluationWrites['ratings'] = [];
  const feedback: EvaluationWrites['feedback'] = [];
  for (const p of prep.people) {
    for (const r of p.ratings) {
      if (r.kind === 'unchanged') continue;
      const after: Rating = r.stored
        ? { ...r.stored, value: r.after }
        : {
            id: newId(),
            programId,
            participantId: p.participantId,
            competencyId: r.competencyId,
            phase: r.phase,
            value: r.after,
            createdAt: now,
          };
      ratings.push({ before: r.stored, after });
    }
    if (p.feedback && p.feedback.kind !== 'unchanged') {
      const stored = p.feedback.stored;
      const after: Feedback = stored
        ? { ...stored, ...p.feedback.after, updatedAt: now }
        : {
            id: newId(),
            programId,
            participantId: p.participantId,
            ...p.feedback.after,
            createdAt: now,
            updatedAt: now,
          };
      feedback.push({ before: stored, after });
    }
  }
  return { ratings, feedback };
}

/** "12 self-ratings (start) for 4 people, feedback of 3 people": what a committed import did. */
export function evaluationImportSummary(prep: EvaluationPreparation): string {
  const parts: string[] = [];
  const c = prep.counts;
  const ratingsPeople = prep.people.filter((p) => p.ratings.some((r) => r.kind !== 'unchanged'));
  const ratings = c.ratingsNew + c.ratingsChanged;
  if (ratings > 0) {
    const phases = [
      ...new Set(ratingsPeople.map((p) => p.phase).filter((x): x is SurveyPhase => x !== null)),
    ].map((x) => PHASE_WORD[x]);
    parts.push(
      `${ratings === 1 ? '1 self-rating' : `${ratings} self-ratings`} (${phases.join(' and ')}) of ${ratingsPeople.length === 1 ? '1 person' : `${ratingsPeople.length} people`}: ${c.ratingsNew} new, ${c.ratingsChanged} changed`,
    );
  }
  const fb = c.feedbackNew + c.feedbackChanged;
  if (fb > 0)
    parts.push(
      `feedback of ${fb === 1 ? '1 person' : `${fb} people`}: ${c.feedbackNew} new, ${c.feedbackChanged} changed`,
    );
  const text = parts.join('; ');
  return text === '' ? 'Nothing changed.' : `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** How a feedback value reads on screen. */
export function feedbackValueText(
  field: FeedbackField,
  value: FeedbackValues[FeedbackField] | null,
): string {
  if (value === null || value === '') return '—';
  if (field === 'wouldRecommend' || field === 'wouldJoinAgain')
    return value === 'yes' ? 'Yes' : value === 'no' ? 'No' : 'Not sure';
  if (field === 'quoteConsent')
    return value === 'named'
      ? 'Yes, with the name'
      : value === 'anonymous'
        ? 'Yes, anonymously'
        : 'No';
  return String(value);
}
