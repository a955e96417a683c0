/**
 * Which evaluation field each column of a survey export fills: the respondent's email, which
 * survey it is (start or end), one self-rating column per competency — the grid layout
 * `Rate yourself [Flexibility]` (Google Forms) or `Rate yourself.Flexibility` (Microsoft Forms),
 * the bracketed item matched to the program's catalog with the roster import's competency
 * matching — and the end-of-program feedback questions. Suggested from the headers; the
 * coordinator changes what is wrong on the Columns step.
 */
import type { Competency } from '../model';
import {
  columnLetter,
  createCompetencyMatcher,
  headerSignature,
  parseGridHeader,
  type CompetencyMatcher,
} from '../import';
import { baseHeader } from '../import/shape-table';
import { fold } from '../import/text-normalise';
import type { DateOrderChoice } from '../check-ins/survey-mapping';
import type { SurveyPhase } from './survey-readers';

/** Where an evaluation survey column goes. */
export type EvaluationTarget =
  | 'email'
  | 'name'
  | 'date'
  | 'phase'
  | 'rating'
  | 'satisfaction'
  | 'wouldRecommend'
  | 'helpedMost'
  | 'barriers'
  | 'pastBarriers'
  | 'bothRoles'
  | 'wouldJoinAgain'
  | 'quote'
  | 'quoteConsent'
  | 'ignore';

/** The feedback answers a column can fill. */
export type FeedbackTarget = Extract<
  EvaluationTarget,
  | 'satisfaction'
  | 'wouldRecommend'
  | 'helpedMost'
  | 'barriers'
  | 'pastBarriers'
  | 'bothRoles'
  | 'wouldJoinAgain'
  | 'quote'
  | 'quoteConsent'
>;

export const FEEDBACK_TARGETS: readonly FeedbackTarget[] = [
  'satisfaction',
  'wouldRecommend',
  'helpedMost',
  'barriers',
  'pastBarriers',
  'bothRoles',
  'wouldJoinAgain',
  'quote',
  'quoteConsent',
];

export const EVALUATION_TARGETS: readonly EvaluationTarget[] = [
  'email',
  'name',
  'date',
  'phase',
  'rating',
  ...FEEDBACK_TARGETS,
  'ignore',
];

/** Labels for the Columns step and for messages. */
export const EVALUATION_TARGET_LABELS: Record<EvaluationTarget, string> = {
  email: 'Respondent’s email',
  name: 'Respondent’s name',
  date: 'When they answered',
  phase: 'Start or end of the program',
  rating: 'Self-rating of a competency',
  satisfaction: 'Satisfaction (1–5)',
  wouldRecommend: 'Would recommend',
  helpedMost: 'What helped most',
  barriers: 'Barriers met',
  pastBarriers: 'What helped past the barriers',
  bothRoles: 'Being both mentor and mentee',
  wouldJoinAgain: 'Would join again',
  quote: 'Quote',
  quoteConsent: 'Consent to use the quote',
  ignore: 'Ignore',
};

/** One column's assignment; `competencyId` is set for rating columns (null: not chosen yet). */
export interface EvaluationColumn {
  header: string;
  target: EvaluationTarget;
  competencyId: string | null;
}

export interface EvaluationMapping {
  /** `headerSignature(headers)` of the header row this mapping was made for. */
  signature: string;
  columns: EvaluationColumn[];
  /**
   * Which survey the ratings of the whole file answer; null when a column says it row by row
   * (or when the coordinator has not said yet).
   */
  phase: SurveyPhase | null;
  dateOrder: DateOrderChoice;
}

/** A problem of the mapping, naming the column (header and letter) when it is about one. */
export interface EvaluationMappingProblem {
  columnIndex?: number;
  message: string;
}

const has = (folded: string, phrase: string): boolean => ` ${folded} `.includes(` ${phrase} `);
const anyOf = (folded: string, phrases: readonly string[]): boolean =>
  phrases.some((p) => has(folded, p));

// Checked in order, first fit wins: form metadata first, then the questions whose wording
// contains another's ("what helped you past the barriers" before "barriers" and "helped most",
// "may we quote you" before "quote").
const RULES: readonly {
  target: Exclude<EvaluationTarget, 'rating'>;
  phrases: readonly string[];
}[] = [
  {
    target: 'ignore',
    phrases: [
      'id',
      'start time',
      'last modified time',
      'response id',
      'respondent id',
      'total points',
      'quiz feedback',
      'points',
    ],
  },
  {
    target: 'date',
    phrases: [
      'completion time',
      'timestamp',
      'time stamp',
      'submitted',
      'submitted at',
      'submission date',
      'date',
    ],
  },
  {
    target: 'phase',
    phrases: ['phase', 'start or end', 'which survey', 'before or after', 'survey round', 'round'],
  },
  {
    target: 'quoteConsent',
    phrases: [
      'may we quote',
      'may we use',
      'can we quote',
      'can we use',
      'quote you',
      'consent',
      'permission',
    ],
  },
  {
    target: 'pastBarriers',
    phrases: [
      'past them',
      'past the barriers',
      'past these',
      'overcome',
      'get past',
      'got past',
      'get over',
      'helped you past',
    ],
  },
  {
    target: 'barriers',
    phrases: ['barrier', 'barriers', 'obstacle', 'obstacles', 'in the way', 'challenges'],
  },
  {
    target: 'bothRoles',
    phrases: [
      'both mentor and mentee',
      'both roles',
      'mentor and mentee',
      'both giving and receiving',
      'both sides',
    ],
  },
  {
    target: 'helpedMost',
    phrases: [
      'helped most',
      'helped you most',
      'most helpful',
      'most valuable',
      'what helped',
      'best thing',
    ],
  },
  {
    target: 'wouldJoinAgain',
    phrases: [
      'join again',
      'take part again',
      'participate again',
      'sign up again',
      'do it again',
      'next year',
    ],
  },
  { target: 'wouldRecommend', phrases: ['recommend'] },
  { target: 'satisfaction', phrases: ['satisfied', 'satisfaction', 'overall'] },
  {
    target: 'quote',
    phrases: ['quote', 'one sentence', 'in a sentence', 'testimonial', 'in your own words'],
  },
  { target: 'email', phrases: ['email', 'e mail', 'email address', 'mail', 'username'] },
  { target: 'name', phrases: ['name', 'your name', 'full name', 'respondent'] },
];

/** Targets more than one column may have: one rating column per competency, and Ignore. */
const MULTI = new Set<EvaluationTarget>(['rating', 'ignore']);

function accepted(matcher: CompetencyMatcher, text: string, fuzzy: boolean): string | null {
  const m = matcher.matchTerm(text);
  if (m.kind === 'exact' || m.kind === 'normalised' || (fuzzy && m.kind === 'suggested'))
    return m.competencyId;
  return null;
}

/** Wording of a question that asks people to rate themselves. */
function asksForRating(question: string): boolean {
  return anyOf(fold(question), [
    'rate',
    'rating',
    'yourself',
    'level',
    'confident',
    'confidence',
    'skill',
    'skills',
    'competency',
    'competencies',
    'how good',
  ]);
}

/**
 * A suggestion for every column. A grid column whose item is a competency is a rating; a grid
 * column of the same question (or of a rating question) whose item matches nothing stays a
 * rating without a competency, so the Columns step names it instead of dropping it silently.
 * A single-column target goes to the first column that asks for it.
 */
export function suggestEvaluationMapping(
  headers: readonly string[],
  catalog: readonly Competency[],
  matcher: CompetencyMatcher = createCompetencyMatcher(catalog),
): EvaluationMapping {
  const grids = headers.map((h) => parseGridHeader(h));
  const competencyOf = headers.map((h, i) => {
    const grid = grids[i];
    return grid ? accepted(matcher, grid.item, true) : accepted(matcher, baseHeader(h), false);
  });
  const ratingQuestions = new Set(
    grids.flatMap((g, i) => (g && competencyOf[i] !== null ? [fold(g.question)] : [])),
  );
  const taken = new Set<EvaluationTarget>();
  const columns = headers.map((header, i): EvaluationColumn => {
    const grid = grids[i];
    if (competencyOf[i] !== null)
      return { header, target: 'rating', competencyId: competencyOf[i]! };
    if (grid && (ratingQuestions.has(fold(grid.question)) || asksForRating(grid.question))) {
      return { header, target: 'rating', competencyId: null };
    }
    const folded = fold(baseHeader(header));
    const rule = folded === '' ? undefined : RULES.find((r) => anyOf(folded, r.phrases));
    const target = rule?.target ?? 'ignore';
    if (!MULTI.has(target)) {
      if (taken.has(target)) return { header, target: 'ignore', competencyId: null };
      taken.add(target);
    }
    return { header, target, competencyId: null };
  });
  return { signature: headerSignature(headers), columns, phase: null, dateOrder: 'auto' };
}

/** `column D "Rate yourself [Flexibility]"`: how a message names a column (letter and header). */
export function columnName(header: string, index: number): string {
  return `column ${columnLetter(index)} "${header}"`;
}

/**
 * What stops a mapping: it must belong to these headers, say which column holds the email,
 * import something (a rating or a feedback answer), say for ratings whether they are from the
 * start or the end, give every rating column a competency of the catalog (each once), and use
 * every other field once.
 */
export function validateEvaluationMapping(
  mapping: EvaluationMapping,
  headers: readonly string[],
  catalog: readonly Competency[],
): EvaluationMappingProblem[] {
  const problems: EvaluationMappingProblem[] = [];
  if (mapping.signature !== headerSignature(headers) || mapping.columns.length !== headers.length) {
    return [
      {
        message:
          'This column mapping was made for a file with different headers. Review the mapping for this file before importing.',
      },
    ];
  }
  const firstOf = new Map<EvaluationTarget, number>();
  mapping.columns.forEach((c, i) => {
    const first = firstOf.get(c.target);
    if (first === undefined) firstOf.set(c.target, i);
    else if (!MULTI.has(c.target)) {
      problems.push({
        columnIndex: i,
        message: `${columnName(headers[first]!, first)} and ${columnName(c.header, i)} are both set to ${EVALUATION_TARGET_LABELS[c.target]}, which takes one column. Keep one of them and set the other to Ignore.`,
      });
    }
  });
  if (!firstOf.has('email')) {
    problems.push({
      message:
        'No column is set to Respondent’s email. Answers are matched to participants by their email: set the column that holds it (Email, Email Address) to Respondent’s email.',
    });
  }
  const ratingColumns = mapping.columns.filter((c) => c.target === 'rating').length;
  const feedbackColumns = mapping.columns.filter((c) =>
    (FEEDBACK_TARGETS as readonly string[]).includes(c.target),
  ).length;
  if (ratingColumns === 0 && feedbackColumns === 0) {
    problems.push({
      message:
        'No column holds a self-rating or a feedback answer. Set the rating columns to Self-rating of a competency, or the questions to their feedback field.',
    });
  }
  if (ratingColumns > 0 && mapping.phase === null && !firstOf.has('phase')) {
    problems.push({
      message:
        'Say whether these self-ratings are from the start of the program (orientation) or its end (May debrief), or set the column that says it to Start or end of the program.',
    });
  }
  const current = new Map(catalog.filter((c) => !c.retired).map((c) => [c.id, c.name]));
  const ratedBy = new Map<string, number>();
  mapping.columns.forEach((c, i) => {
    if (c.target !== 'rating') return;
    if (c.competencyId === null || !current.has(c.competencyId)) {
      const item = parseGridHeader(c.header)?.item ?? c.header;
      problems.push({
        columnIndex: i,
        message: `${columnName(c.header, i)}: "${item}" matches no competency of this program. Choose the competency it rates, add it to the catalog first, or set the column to Ignore.`,
      });
      return;
    }
    const first = ratedBy.get(c.competencyId);
    if (first !== undefined) {
      problems.push({
        columnIndex: i,
        message: `${columnName(headers[first]!, first)} and ${columnName(c.header, i)} both rate ${current.get(c.competencyId)}. Keep one of them and set the other to Ignore.`,
      });
    } else ratedBy.set(c.competencyId, i);
  });
  return problems;
}
