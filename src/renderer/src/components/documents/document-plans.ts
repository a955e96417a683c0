/**
 * What the Documents screen says about each document before it is built: who it covers and how
 * many pages it prints, plus the context every builder needs and an example letter for the
 * template preview when no pair is confirmed yet.
 */
import { ONE_PAGE_WORKSHEET_MAX_ROWS } from '../../domain/documents/competency-worksheet';
import {
  docCompetency,
  firstMeetingDeadline,
  scheduleEntries,
  type DocumentContext,
  type LetterModel,
  type WorksheetModel,
} from '../../domain/documents/document-models';
import { signInPageCount as packSignInPages } from '../../domain/documents/group-meeting-pack';
import { listInWords } from '../../domain/pairing/scoring';
import {
  CATEGORY_ORDER,
  type Competency,
  type PaperSize,
  type Program,
  type ProgramEvent,
  type TeamKind,
} from '../../domain/model';

/** "1 page", "24 pages". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The context every builder reads: the program, the paper from Settings, today's date. */
export function documentContext(
  program: Program,
  paper: PaperSize,
  today: string,
): DocumentContext {
  return {
    program: {
      name: program.name,
      organisation: program.organisation,
      coordinatorName: program.coordinatorName,
      coordinatorEmail: program.coordinatorEmail,
      coordinatorTitle: program.coordinatorTitle ?? '',
      cycleStart: program.cycleStart,
      cycleEnd: program.cycleEnd,
    },
    paper,
    issuedOn: today,
  };
}

/**
 * Pages of one worksheet: one, or two (printed on both sides) when the topic lists more rows
 * (competencies plus their cluster headings) than leave room for the writing prompts.
 */
export function worksheetPagesEach(model: Pick<WorksheetModel, 'competencies'>): 1 | 2 {
  const clusters = [...new Set(model.competencies.map((c) => c.cluster.trim()))];
  const headings =
    clusters.length > 1 || (clusters.length === 1 && clusters[0] !== '') ? clusters.length : 0;
  return model.competencies.length + headings > ONE_PAGE_WORKSHEET_MAX_ROWS ? 2 : 1;
}

/** Pages of the attendance sheet for this many names (the last page keeps room for walk-ins). */
export function signInPageCount(names: number): number {
  return packSignInPages(names);
}

/** "12 pairs and 1 triad": the teams a set of letters goes to. */
export function teamsInWords(kinds: readonly TeamKind[]): string {
  const count = (kind: TeamKind): number => kinds.filter((k) => k === kind).length;
  const parts = [
    count('pair') > 0 ? plural(count('pair'), 'pair') : '',
    count('triad') > 0 ? plural(count('triad'), 'triad') : '',
    count('group') > 0 ? plural(count('group'), 'group') : '',
  ].filter((p) => p !== '');
  if (parts.length === 0) return 'no teams';
  return parts.length === 1
    ? (parts[0] as string)
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * A made-up pair for previewing the letter before any pair is confirmed: two example people,
 * the first current competency of each category, and the program's real schedule.
 */
export function exampleLetter(
  catalog: readonly Competency[],
  events: readonly ProgramEvent[],
  today: string,
): LetterModel {
  const competencies = CATEGORY_ORDER.map(
    (category) =>
      catalog
        .filter((c) => c.category === category && !c.retired)
        .sort((a, b) => a.order - b.order)[0],
  ).filter((c): c is Competency => c !== undefined);
  return {
    team: {
      number: 1,
      kind: 'pair',
      members: [
        {
          name: 'Ana García',
          firstName: 'Ana',
          lastName: 'García',
          email: 'ana.garcia@example.org',
          jobTitle: 'Team Lead',
          department: 'Finance',
        },
        {
          name: 'Tom Müller',
          firstName: 'Tom',
          lastName: 'Müller',
          email: 'tom.mueller@example.org',
          jobTitle: 'Analyst',
          department: 'Operations',
        },
      ],
      reasons: [
        `Ana can help Tom with ${competencies[0]?.name ?? 'what he wants to develop'}.`,
        `Tom can help Ana with ${listInWords(competencies.slice(1).map((c) => c.name)) || 'what she wants to develop'}.`,
      ],
      competencies: competencies.map(docCompetency),
      competenciesChosen: false,
      note: '',
    },
    schedule: scheduleEntries(events),
    meetBy: firstMeetingDeadline(events, today),
  };
}
