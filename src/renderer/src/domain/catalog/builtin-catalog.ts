/**
 * The built-in competency model (Cripe & Mansfield, 31 competencies in three categories and
 * five clusters). Every new program starts from a copy of it; the copy is then the program's
 * own catalog and can be edited freely. Descriptions are our own plain-language summaries.
 */
import type { Competency, CompetencyCategory } from '../model';

/** One entry of the built-in model, before it is copied into a program. */
export interface BuiltinCompetency {
  /** Stable key (kebab-case of the original name); survives renames in a program's copy. */
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly category: CompetencyCategory;
  readonly cluster: string;
}

/** Cluster names of the built-in model (self-management has no cluster). */
export const BUILTIN_CLUSTERS = {
  selfManagement: '',
  problems: 'Preventing & solving problems',
  results: 'Achieving results',
  leading: 'Leading others',
  communicating: 'Communicating & influence',
} as const;

/** Kebab-case key of a competency name: lower case, ASCII letters and digits joined by `-`. */
export function competencyKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

type Row = readonly [name: string, description: string];

function rows(category: CompetencyCategory, cluster: string, list: readonly Row[]): BuiltinCompetency[] {
  return list.map(([name, description]) => ({
    key: competencyKey(name),
    name,
    description,
    category,
    cluster,
  }));
}

const SELF: readonly Row[] = [
  ['Flexibility', 'Adjusts plans, methods and priorities calmly when circumstances, people or demands change.'],
  ['Personal credibility', 'Keeps promises, owns mistakes and behaves consistently, so colleagues trust what they hear.'],
  ['Self-confidence', 'Trusts own judgement, takes on hard tasks and states views clearly under pressure.'],
  ['Stress management', 'Stays effective and composed under heavy workload, and knows how to recover afterwards.'],
];

const PROBLEMS: readonly Row[] = [
  ['Diagnostic information gathering', 'Asks the right questions and finds the facts needed to understand a situation.'],
  ['Analytical thinking', 'Breaks problems into parts, weighs evidence and traces causes to reach sound conclusions.'],
  ['Forward thinking', 'Anticipates what could happen next and prepares for problems and opportunities in advance.'],
  ['Conceptual thinking', 'Sees patterns and links across information and turns them into useful ideas or models.'],
  ['Strategic thinking', 'Connects daily work to long-term goals and chooses actions with the wider picture in mind.'],
  ['Technical expertise', 'Keeps specialist knowledge current and applies it well, sharing it with others when useful.'],
];

const RESULTS: readonly Row[] = [
  ['Initiative', 'Acts without being asked, spots what needs doing and follows it through.'],
  ['Entrepreneurial orientation', 'Looks for new opportunities and ways to add value, accepting sensible risks.'],
  ['Fostering innovation', 'Encourages fresh ideas, experiments with better ways of working and supports others who try.'],
  ['Results orientation', 'Sets clear targets, tracks progress and focuses effort on outcomes that matter.'],
  ['Thoroughness', 'Delivers accurate, complete work by checking details and closing loose ends.'],
  ['Decisiveness', 'Makes timely decisions with the information available and stands by them.'],
];

const LEADING: readonly Row[] = [
  ['Establishing focus', 'Sets clear direction and priorities so a team knows what matters most and why.'],
  ['Providing motivational support', 'Encourages others, recognises effort and helps people keep going through setbacks.'],
  ['Fostering teamwork', 'Builds cooperation, shared goals and mutual help within and across teams.'],
  ['Empowering others', 'Delegates real responsibility, shares information and trusts people to decide.'],
  ['Managing change', 'Explains why change is needed, involves people early and guides them through the transition.'],
  ['Developing others', 'Coaches, gives useful feedback and creates chances for colleagues to grow their skills.'],
  ['Managing performance', 'Agrees expectations, reviews progress honestly and addresses problems in performance early.'],
];

const COMMUNICATING: readonly Row[] = [
  ['Attention to communication', 'Keeps the right people informed at the right time and checks messages have landed.'],
  ['Oral communication', 'Speaks clearly and confidently, adapting the message to the audience, in meetings and presentations.'],
  ['Written communication', 'Writes clear, well-organised emails, reports and documents suited to their readers.'],
  ['Persuasive communication', 'Builds convincing arguments with evidence and appeals that win support for ideas.'],
  ['Interpersonal awareness', 'Notices and understands the feelings, concerns and unspoken signals of others.'],
  ['Influence skill', 'Gains commitment from people without formal authority, using networks and well-timed approaches.'],
  ['Building collaborative relationships', 'Develops trusting working relationships that help people cooperate across boundaries.'],
  ['Customer orientation', 'Understands what internal or external customers need and works to meet it well.'],
];

/** The 31 built-in competencies, in catalog order (self, business, people; clusters in model order). */
export const BUILTIN_COMPETENCIES: readonly BuiltinCompetency[] = Object.freeze(
  [
    ...rows('self', BUILTIN_CLUSTERS.selfManagement, SELF),
    ...rows('business', BUILTIN_CLUSTERS.problems, PROBLEMS),
    ...rows('business', BUILTIN_CLUSTERS.results, RESULTS),
    ...rows('people', BUILTIN_CLUSTERS.leading, LEADING),
    ...rows('people', BUILTIN_CLUSTERS.communicating, COMMUNICATING),
  ].map((c) => Object.freeze(c)),
);

/** Built-in competency by key, or undefined for keys the model does not know. */
export function findBuiltin(key: string): BuiltinCompetency | undefined {
  return BUILTIN_COMPETENCIES.find((c) => c.key === key);
}

/** A fresh copy of the built-in catalog for one program, ordered 0..30, none retired. */
export function createProgramCatalog(programId: string, newId: () => string): Competency[] {
  return BUILTIN_COMPETENCIES.map((b, order) => ({
    id: newId(),
    programId,
    name: b.name,
    description: b.description,
    category: b.category,
    cluster: b.cluster,
    order,
    retired: false,
    builtinKey: b.key,
  }));
}
