/**
 * The pairing plan as a table for the steering committee to sign off (.xlsx or .csv): each team
 * with its people, their departments and addresses, why they were put together in plain words,
 * and its competencies; then who is not in a team and why. Never scores or points: the reasons
 * are written here from the people's offers, wants and registrations (`reasonsInWords`), not
 * taken from the board's score lines. Lists within a cell are one item per line, so a team's
 * members, departments and addresses line up.
 */
import { printedNames } from '../participants/printed-names';
import type { Competency, Participant, SelectionRules, Team } from '../model';
import { CATEGORY_ORDER } from '../model';
import { csvField } from '../import/export-csv';
import { teamLabel } from '../documents/document-models';
import { suggestTeamCompetencies } from './team-competencies';
import type { UnpairedReason } from './plan-model';

/** Column headers, in order. */
export const PLAN_EXPORT_HEADERS = [
  'Team',
  'Status',
  'Members',
  'Departments',
  'Emails',
  'Why together',
  'Competencies',
  'Competencies are',
] as const;

/** One line of the table; every value is text. */
export type PlanExportRow = Record<(typeof PLAN_EXPORT_HEADERS)[number], string>;

/** A proposed or confirmed team with its people (ended teams are not part of the plan). */
export interface PlanExportTeam {
  team: Pick<Team, 'kind' | 'number' | 'status' | 'locked' | 'competencyIds'>;
  members: readonly Participant[];
}

/** Everything the table is made from. */
export interface PlanExportInput {
  teams: readonly PlanExportTeam[];
  /** People the proposals leave out, with the reason (empty when nothing is proposed). */
  unpaired: readonly { person: Participant; reason: UnpairedReason }[];
  catalog: readonly Competency[];
  rules: SelectionRules;
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function key(value: string): string {
  return value.normalize('NFC').trim().toLowerCase();
}

/** First names, or full names where two first names are the same. */
function callNames(people: readonly Participant[]): string[] {
  const first = people.map((p) => printedNames(p).firstName);
  return people.map((p, i) =>
    first.some((f, j) => j !== i && key(f) === key(first[i] ?? ''))
      ? printedNames(p).name
      : (first[i] ?? ''),
  );
}

/**
 * Why these people are together, in plain sentences: what each can help another with (in catalog
 * order), registrations and mutual requests, a team kept by the coordinator, and departments.
 */
export function reasonsInWords(
  team: Pick<Team, 'locked'>,
  members: readonly Participant[],
  catalog: readonly Competency[],
): string[] {
  const active = catalog.filter((c) => !c.retired);
  const names = callNames(members);
  const lines: string[] = [];
  let anyMatch = false;
  members.forEach((giver, i) => {
    members.forEach((taker, j) => {
      if (i === j) return;
      const helps = active
        .filter((c) => giver.offers.includes(c.id) && taker.wants.includes(c.id))
        .map((c) => c.name);
      if (helps.length === 0) return;
      anyMatch = true;
      lines.push(`${names[i]} can help ${names[j]} with ${listInWords(helps)}.`);
    });
  });
  if (!anyMatch && members.length > 1)
    lines.push('None of them offers what another wants to develop.');
  const emailOf = members.map((p) => key(p.emailKey || p.email));
  members.forEach((p, i) => {
    members.forEach((q, j) => {
      if (j <= i) return;
      const aAsksB =
        key(p.preferredPartnerEmail) !== '' && key(p.preferredPartnerEmail) === emailOf[j];
      const bAsksA =
        key(q.preferredPartnerEmail) !== '' && key(q.preferredPartnerEmail) === emailOf[i];
      const registered =
        (key(p.registeredWithEmail) !== '' && key(p.registeredWithEmail) === emailOf[j]) ||
        (key(q.registeredWithEmail) !== '' && key(q.registeredWithEmail) === emailOf[i]);
      if (registered) lines.push(`${names[i]} and ${names[j]} signed up together.`);
      else if (aAsksB && bAsksA) lines.push(`${names[i]} and ${names[j]} asked for each other.`);
    });
  });
  if (team.locked) lines.push('Kept together by the coordinator.');
  const departments = [
    ...new Map(members.map((p) => [key(p.department), p.department.trim()])).entries(),
  ];
  if (
    members.length > 1 &&
    departments.every(([k]) => k !== '') &&
    departments.length === members.length
  )
    lines.push(`From different departments (${listInWords(departments.map(([, d]) => d))}).`);
  return lines;
}

/** Why someone is not in a team, in words for the committee. */
const UNPAIRED_WORDS: Record<UnpairedReason, string> = {
  withdrawn: 'Withdrawn from the program.',
  'not-opted-in': 'Registered interest but has not opted in yet.',
  excluded: 'Left out of this pairing by the coordinator.',
  'no-allowed-partner': 'The pairing rules allow no partner for them.',
  'below-minimum': 'No allowed partner is a close enough match.',
  'odd-count': 'Left over: an odd number of people.',
  'no-triad-allowed':
    'Left over (an odd number of people), and the rules allow no team they could join.',
  'no-partner-left': 'Every partner the rules allow is already in another team.',
  'no-group-fits': 'The rules or the group sizes leave no group they can join.',
};

const STATUS_WORDS = { proposed: 'Proposed', confirmed: 'Confirmed' } as const;

function inCatalogOrder(ids: readonly string[], catalog: readonly Competency[]): Competency[] {
  const rank = (c: Competency): number => CATEGORY_ORDER.indexOf(c.category);
  return catalog
    .filter((c) => ids.includes(c.id))
    .sort((a, b) => rank(a) - rank(b) || a.order - b.order);
}

/**
 * The table: proposed teams first (what is to be signed off), then confirmed ones, each in team
 * number order, then the people not in a team. A team that has not chosen its competencies
 * shows the suggestion it would start with, marked as suggested.
 */
export function planExportRows(input: PlanExportInput): PlanExportRow[] {
  const order = { proposed: 0, confirmed: 1 } as const;
  const teams = input.teams
    .filter(
      (t): t is PlanExportTeam & { team: { status: 'proposed' | 'confirmed' } } =>
        t.team.status !== 'ended',
    )
    .slice()
    .sort((a, b) => order[a.team.status] - order[b.team.status] || a.team.number - b.team.number);
  const rows: PlanExportRow[] = teams.map(({ team, members }) => {
    const chosen = inCatalogOrder(team.competencyIds, input.catalog);
    const competencies =
      chosen.length > 0
        ? chosen
        : inCatalogOrder(
            suggestTeamCompetencies(members, input.catalog, input.rules).competencyIds,
            input.catalog,
          );
    return {
      Team: teamLabel(team),
      Status: STATUS_WORDS[team.status],
      Members: members.map((p) => printedNames(p).name).join('\n'),
      Departments: members.map((p) => p.department.trim()).join('\n'),
      Emails: members.map((p) => p.email.trim()).join('\n'),
      'Why together': reasonsInWords(team, members, input.catalog).join('\n'),
      Competencies: competencies.map((c) => c.name).join('\n'),
      'Competencies are':
        chosen.length > 0
          ? 'Chosen by the team'
          : competencies.length > 0
            ? 'Suggested, not chosen yet'
            : 'Not chosen yet',
    };
  });
  for (const { person, reason } of input.unpaired) {
    rows.push({
      Team: '',
      Status: 'Not in a team',
      Members: printedNames(person).name,
      Departments: person.department.trim(),
      Emails: person.email.trim(),
      'Why together': UNPAIRED_WORDS[reason],
      Competencies: '',
      'Competencies are': '',
    });
  }
  return rows;
}

/** The table as CSV that Excel opens correctly: UTF-8 with a byte-order mark, CRLF, formulas guarded. */
export function planExportCsv(rows: readonly PlanExportRow[]): string {
  const line = (cells: readonly string[]): string => cells.map(csvField).join(',');
  const lines = [
    line(PLAN_EXPORT_HEADERS),
    ...rows.map((r) => line(PLAN_EXPORT_HEADERS.map((h) => r[h]))),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
