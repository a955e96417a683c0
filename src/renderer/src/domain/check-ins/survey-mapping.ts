/**
 * Which check-in field each column of a survey export fills. Suggested from the headers that
 * Microsoft Forms (ID, Start time, Completion time, Email, Name, Last modified time) and Google
 * Forms (Timestamp, Email Address) write, and from the questions of a check-in form; grid
 * questions come out as one column per row — `Question [Competency]` in Google Forms,
 * `Question.Competency` in Microsoft Forms — and the row is matched to the catalog with the
 * roster import's competency matching. Remembered per program under the header signature, like
 * roster mappings, so next month's export of the same form maps itself.
 */
import { baseHeader } from '../import/shape-table';
import type { Competency } from '../model';
import { createCompetencyMatcher, headerSignature, type CompetencyMatcher } from '../import';
import { fold } from '../import/text-normalise';
import type { DateOrder } from './survey-answers';

/** Where a survey column goes. */
export type SurveyTarget =
  | 'email'
  | 'name'
  | 'date'
  | 'status'
  | 'balance'
  | 'givesMore'
  | 'progress'
  | 'improvements'
  | 'nextStep'
  | 'comments'
  | 'ignore';

export const SURVEY_TARGETS: readonly SurveyTarget[] = [
  'email',
  'name',
  'date',
  'status',
  'balance',
  'givesMore',
  'progress',
  'improvements',
  'nextStep',
  'comments',
  'ignore',
];

/** Labels for the columns step and for messages. */
export const SURVEY_TARGET_LABELS: Record<SurveyTarget, string> = {
  email: 'Respondent’s email',
  name: 'Respondent’s name',
  date: 'When they answered',
  status: 'How it is going',
  balance: 'Are contributions equal',
  givesMore: 'Who gives more',
  progress: 'Progress on a competency',
  improvements: 'What could be improved',
  nextStep: 'Next step',
  comments: 'Comments (private note)',
  ignore: 'Ignore',
};

/** Targets that several columns may feed (texts are joined; one rating column per competency). */
export const MULTI_COLUMN_SURVEY_TARGETS: readonly SurveyTarget[] = ['progress', 'improvements', 'nextStep', 'comments', 'ignore'];

/** One column's assignment; `competencyId` is set for `progress` columns. */
export interface SurveyColumn {
  header: string;
  target: SurveyTarget;
  competencyId: string | null;
}

/** How slashed dates are read: from the data, or as the coordinator says. */
export type DateOrderChoice = 'auto' | DateOrder;

export interface SurveyMapping {
  /** `headerSignature(headers)` of the header row this mapping was made for. */
  signature: string;
  columns: SurveyColumn[];
  dateOrder: DateOrderChoice;
}

export interface SurveyMappingProblem {
  column?: string;
  message: string;
}

const has = (folded: string, phrase: string): boolean => ` ${folded} `.includes(` ${phrase} `);
const anyOf = (folded: string, phrases: readonly string[]): boolean => phrases.some((p) => has(folded, p));

interface Rule {
  target: Exclude<SurveyTarget, 'progress'>;
  test: (folded: string) => boolean;
}

// Checked in order, first fit wins: form metadata first, then "who gives more" before "are
// contributions equal" (the one question often mentions the other), then the rest.
const RULES: readonly Rule[] = [
  {
    target: 'ignore',
    test: (f) =>
      f === 'id' ||
      f === 'no' ||
      anyOf(f, ['start time', 'last modified time', 'response id', 'respondent id', 'total points', 'quiz feedback', 'score', 'points']),
  },
  {
    target: 'date',
    test: (f) => anyOf(f, ['completion time', 'timestamp', 'time stamp', 'submitted', 'submitted at', 'submission date', 'submission time', 'date', 'date answered']),
  },
  {
    target: 'givesMore',
    test: (f) => anyOf(f, ['gives more', 'give more', 'contributes more', 'contribute more', 'who gives', 'who contributes', 'which way', 'which of you']),
  },
  {
    target: 'balance',
    test: (f) => anyOf(f, ['equal', 'equitable', 'give and take', 'balance', 'balanced', 'contributions', 'one way', 'one sided', 'two way']),
  },
  { target: 'nextStep', test: (f) => anyOf(f, ['next step', 'next steps', 'what next', 'next']) },
  {
    target: 'improvements',
    test: (f) => anyOf(f, ['improve', 'improved', 'improvement', 'improvements', 'better', 'change', 'differently']),
  },
  {
    target: 'status',
    test: (f) => anyOf(f, ['how is it going', 'how are things going', 'how is your', 'how are you getting on', 'going', 'on track', 'overall', 'status']),
  },
  { target: 'comments', test: (f) => anyOf(f, ['comment', 'comments', 'anything else', 'other', 'notes', 'note', 'remarks']) },
  { target: 'email', test: (f) => anyOf(f, ['email', 'e mail', 'email address', 'mail', 'username']) },
  { target: 'name', test: (f) => anyOf(f, ['name', 'your name', 'full name', 'respondent']) },
];

/** A grid column header split into its question and its row; null when it is not one. */
export function splitGridHeader(fullHeader: string): { question: string; row: string } | null {
  // A question asked twice in a form reads "… — column P": the column letter is not part of it.
  const header = baseHeader(fullHeader);
  const bracket = /^(.*?)\s*\[([^\]]+)\]\s*$/.exec(header);
  if (bracket) return { question: bracket[1]!.trim(), row: bracket[2]!.trim() };
  // Microsoft Forms joins a Likert question and its statement with a dot.
  const at = header.lastIndexOf('.');
  if (at > 0) {
    const question = header.slice(0, at).trim();
    const row = header.slice(at + 1).trim();
    if (question !== '' && row !== '') return { question, row };
  }
  const dash = /^(.+?)(?:\s+[-–—]|\s*:)\s+(.+)$/.exec(header);
  if (dash) return { question: dash[1]!.trim(), row: dash[2]!.trim() };
  return null;
}

/** The catalog competency a header rates (a grid row, or the header itself), or null. */
export function gridCompetency(header: string, matcher: CompetencyMatcher): string | null {
  const accept = (text: string): string | null => {
    const m = matcher.matchTerm(text);
    return m.kind === 'exact' || m.kind === 'normalised' || m.kind === 'suggested' ? m.competencyId : null;
  };
  const grid = splitGridHeader(header);
  if (grid) {
    const id = accept(grid.row);
    if (id !== null) return id;
  }
  const whole = matcher.matchTerm(header);
  return whole.kind === 'exact' || whole.kind === 'normalised' ? whole.competencyId : null;
}

/** The target a header suggests on its own. */
export function suggestSurveyColumn(header: string, matcher: CompetencyMatcher): Omit<SurveyColumn, 'header'> {
  const competencyId = gridCompetency(header, matcher);
  if (competencyId !== null) return { target: 'progress', competencyId };
  const folded = fold(header);
  if (folded === '') return { target: 'ignore', competencyId: null };
  for (const rule of RULES) if (rule.test(folded)) return { target: rule.target, competencyId: null };
  return { target: 'ignore', competencyId: null };
}

/**
 * A suggestion for every column: a single-column target goes to the first column that asks for
 * it (Completion time before Start time, since Start time is form metadata), one rating column
 * per competency; later claims are ignored rather than guessed.
 */
export function suggestSurveyMapping(headers: readonly string[], catalog: readonly Competency[], matcher: CompetencyMatcher = createCompetencyMatcher(catalog)): SurveyMapping {
  const taken = new Set<string>();
  const columns = headers.map((header): SurveyColumn => {
    const suggestion = suggestSurveyColumn(header, matcher);
    const key = suggestion.target === 'progress' ? `progress:${suggestion.competencyId ?? ''}` : suggestion.target;
    if (suggestion.target !== 'ignore' && !(MULTI_COLUMN_SURVEY_TARGETS.includes(suggestion.target) && suggestion.target !== 'progress')) {
      if (taken.has(key)) return { header, target: 'ignore', competencyId: null };
      taken.add(key);
    }
    return { header, ...suggestion };
  });
  return { signature: headerSignature(headers), columns, dateOrder: 'auto' };
}

/**
 * The mapping to start from: the remembered one for these headers (same form as last time), or
 * a fresh suggestion. A remembered rating column whose competency left the catalog is suggested
 * again.
 */
export function surveyMappingFor(
  headers: readonly string[],
  remembered: readonly SurveyMapping[],
  catalog: readonly Competency[],
  matcher: CompetencyMatcher = createCompetencyMatcher(catalog),
): { mapping: SurveyMapping; source: 'remembered' | 'suggested' } {
  const signature = headerSignature(headers);
  const saved = remembered.find((m) => m.signature === signature && m.columns.length === headers.length);
  if (saved === undefined) return { mapping: suggestSurveyMapping(headers, catalog, matcher), source: 'suggested' };
  const current = new Set(catalog.filter((c) => !c.retired).map((c) => c.id));
  return {
    source: 'remembered',
    mapping: {
      signature,
      dateOrder: saved.dateOrder,
      columns: headers.map((header, i) => {
        const column = saved.columns[i]!;
        if (column.target === 'progress' && (column.competencyId === null || !current.has(column.competencyId))) {
          return { header, ...suggestSurveyColumn(header, matcher) };
        }
        return { header, target: column.target, competencyId: column.target === 'progress' ? column.competencyId : null };
      }),
    },
  };
}

/**
 * What stops a mapping: it must belong to these headers, say which column holds the
 * respondent's email, when they answered and how it is going, use each single-column target
 * once, and give every rating column one competency of the catalog, each competency once.
 */
export function validateSurveyMapping(mapping: SurveyMapping, headers: readonly string[], catalog: readonly Competency[]): SurveyMappingProblem[] {
  const problems: SurveyMappingProblem[] = [];
  if (mapping.signature !== headerSignature(headers) || mapping.columns.length !== headers.length) {
    problems.push({ message: 'This column mapping was made for a file with different headers. Review the mapping for this file before importing.' });
  }
  const byTarget = new Map<SurveyTarget, string[]>();
  for (const c of mapping.columns) byTarget.set(c.target, [...(byTarget.get(c.target) ?? []), c.header]);
  for (const [target, columns] of byTarget) {
    if (MULTI_COLUMN_SURVEY_TARGETS.includes(target) || columns.length < 2) continue;
    const label = SURVEY_TARGET_LABELS[target];
    problems.push({
      column: columns[1],
      message: `${columns.map((c) => `"${c}"`).join(' and ')} are all set to ${label}, which takes one column. Keep it on one of them and set the other${columns.length > 2 ? 's' : ''} to Ignore.`,
    });
  }
  const required: [SurveyTarget, string][] = [
    ['email', 'Responses are matched to a team by the respondent’s email: set the column that holds it (Email, Email Address) to Respondent’s email.'],
    ['date', 'Set the column with the time each response was sent (Timestamp, Completion time) to When they answered: it dates the check-in and recognises a response imported before.'],
    ['status', 'Set the column with the answer to “How is it going?” to How it is going.'],
  ];
  for (const [target, message] of required) {
    if (!byTarget.has(target)) problems.push({ message: `No column is set to ${SURVEY_TARGET_LABELS[target]}. ${message}` });
  }
  const names = new Map(catalog.map((c) => [c.id, c.name]));
  const ratedBy = new Map<string, string>();
  for (const c of mapping.columns) {
    if (c.target !== 'progress') continue;
    if (c.competencyId === null || !names.has(c.competencyId)) {
      problems.push({ column: c.header, message: `Choose which competency "${c.header}" rates.` });
      continue;
    }
    const first = ratedBy.get(c.competencyId);
    if (first !== undefined) {
      problems.push({ column: c.header, message: `"${first}" and "${c.header}" both rate ${names.get(c.competencyId)}. Keep one of them and set the other to Ignore.` });
    } else ratedBy.set(c.competencyId, c.header);
  }
  return problems;
}
