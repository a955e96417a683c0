/**
 * The inputs of the document builders, and adapters that make them from stored records.
 * Builders only ever see these plain shapes, so the screens pass records once and every
 * document (letters, worksheets, agreements, handouts, forms, packs) reads the same facts.
 */
import type {
  Competency,
  CompetencyCategory,
  PaperSize,
  Participant,
  Program,
  ProgramEvent,
  SelectionRules,
  Team,
  TeamKind,
  TeamMember,
} from '../model';
import { CATEGORY_ORDER } from '../model';
import { signInSheetOrder } from '../attendance/sign-in-sheet';
import { printedNames } from '../participants/printed-names';
import { sortEvents } from '../schedule/annual-schedule';
import { addMonths, isIsoDate, lastDayOfMonth, parseIsoDate } from '../schedule/iso-dates';
import { DEFAULT_MEETING_PLANS, planKindOf, type MeetingPlan, type MeetingPlans } from './meeting-plans';
import { teamCompetencyPlan } from '../pairing/team-competencies';
import { whyPairedInWords } from './letter-reasons';
import { takesPart } from '../participants/opt-in';

/** What every document needs to know about where it comes from and how it is printed. */
export interface DocumentContext {
  program: Pick<Program, 'name' | 'organisation' | 'coordinatorName' | 'coordinatorEmail' | 'coordinatorTitle' | 'cycleStart' | 'cycleEnd'>;
  /** Paper chosen in Settings. */
  paper: PaperSize;
  /** Date printed on letters, `YYYY-MM-DD`; empty prints no date. The caller passes today. */
  issuedOn: string;
}

/** A competency as printed. */
export interface DocCompetency {
  id: string;
  name: string;
  description: string;
  category: CompetencyCategory;
  cluster: string;
}

/** A person as printed on letters, agreements and sign-in sheets. */
export interface DocPerson {
  name: string;
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  department: string;
}

/** A calendar entry as printed. */
export type ScheduleEntry = Pick<ProgramEvent, 'kind' | 'title' | 'topic' | 'date' | 'startTime' | 'minutes' | 'place' | 'notes'>;

/** A pair, triad or peer group as shown on its letter. */
export interface LetterTeam {
  number: number;
  kind: TeamKind;
  members: DocPerson[];
  /** Why these people were put together, in words for them (never points). */
  reasons: string[];
  competencies: DocCompetency[];
  /** True when the team chose them; false when they are suggestions to confirm together. */
  competenciesChosen: boolean;
  /** The coordinator's extra paragraph for this team only (empty: none). */
  note: string;
}

/** Everything one pairing letter prints. */
export interface LetterModel {
  team: LetterTeam;
  schedule: ScheduleEntry[];
  /** Date by which the partners should first meet, `YYYY-MM-DD`. */
  meetBy: string;
}

/** One personalised worksheet page. */
export interface WorksheetPerson {
  name: string;
  /** "Pair 07", or empty. */
  teamLabel: string;
  partners: string[];
  /** Competency ids the team chose, or the suggestion to confirm: printed ticked. */
  chosenIds: string[];
  /** True when `chosenIds` is the suggestion the partners still have to confirm together. */
  toConfirm: boolean;
}

/** A competency worksheet for one group meeting topic. */
export interface WorksheetModel {
  category: CompetencyCategory;
  /** The group meeting this worksheet belongs to, when it is scheduled. */
  meeting: ScheduleEntry | null;
  /** The following group gathering (the practice plan runs until then), when known. */
  nextMeeting: ScheduleEntry | null;
  /** The category's competencies in catalog order. */
  competencies: DocCompetency[];
  rules: Pick<SelectionRules, 'minPerCategory' | 'maxPerCategory'>;
  /** One page per person; empty gives a single blank worksheet. */
  people: WorksheetPerson[];
}

/** One pair's (or triad's) agreement. */
export interface AgreementTeam {
  /** "Pair 07", or empty for a blank agreement. */
  label: string;
  members: DocPerson[];
  competencies: DocCompetency[];
  /** True when the team chose them; false when they are suggestions to confirm together. */
  competenciesChosen: boolean;
}

/** Agreements to print: one per team, or one blank when `teams` is empty. */
export interface AgreementModel {
  teams: AgreementTeam[];
  rules: SelectionRules;
  /** Partners on the blank agreement: 2 for a pair, 3 for a triad. */
  blankPartners: 2 | 3;
  /** The group gatherings everyone attends, in date order (the last one ends the agreement). */
  groupMeetings: ScheduleEntry[];
  /** Days (`YYYY-MM-DD`) on which partners review how it goes: the topic meetings. */
  reviewDates: string[];
}

/** The year's calendar as a handout. */
export interface ScheduleHandoutModel {
  events: ScheduleEntry[];
  /** What to prepare or bring, per meeting type. */
  plans: MeetingPlans;
}

/** The blank skills self-assessment. */
export interface SkillsInventoryModel {
  competencies: DocCompetency[];
  rules: SelectionRules;
  /** Day to return the form by, `YYYY-MM-DD`; empty prints a line to write it in. */
  returnBy: string;
}

/** Someone expected at a group meeting. */
export interface Attendee {
  name: string;
  department: string;
  /** "Pair 07", or empty for someone not in a confirmed team. */
  team: string;
}

/** Everything printed for one group meeting. */
export interface GroupMeetingPackModel {
  meeting: ScheduleEntry;
  /** Agenda and preparation for this type of meeting (the agenda as stored, not yet fitted). */
  plan: MeetingPlan;
  attendees: Attendee[];
  /** Worksheet for the meeting's topic; null for meetings without a topic. */
  worksheet: WorksheetModel | null;
  /** The orientation hands out the year's schedule and the skills inventory form. */
  schedule: ScheduleHandoutModel | null;
  inventory: SkillsInventoryModel | null;
}

const KIND_WORDS: Record<TeamKind, string> = { pair: 'Pair', triad: 'Triad', group: 'Group' };

/** "Pair 07", "Triad 03", "Group 12": how a team is named to people. */
export function teamLabel(team: Pick<Team, 'kind' | 'number'>): string {
  return `${KIND_WORDS[team.kind]} ${String(team.number).padStart(2, '0')}`;
}

/** Joins names the way a sentence does: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A participant as printed. */
export function docPerson(p: Participant): DocPerson {
  const { name, firstName, lastName } = printedNames(p);
  return {
    name,
    firstName,
    lastName,
    email: p.email,
    jobTitle: p.jobTitle,
    department: p.department,
  };
}

/** A catalog record as printed. */
export function docCompetency(c: Competency): DocCompetency {
  return { id: c.id, name: c.name, description: c.description, category: c.category, cluster: c.cluster };
}

/** Catalog in print order: category order, then the catalog's own order. */
function catalogInOrder(catalog: readonly Competency[]): Competency[] {
  const rank = (c: Competency): number => CATEGORY_ORDER.indexOf(c.category);
  return [...catalog].sort((a, b) => rank(a) - rank(b) || a.order - b.order);
}

/** Calendar entries in date order. */
export function scheduleEntries(events: readonly ProgramEvent[]): ScheduleEntry[] {
  return sortEvents(events).map(({ kind, title, topic, date, startTime, minutes, place, notes }) => ({
    kind,
    title,
    topic,
    date,
    startTime,
    minutes,
    place,
    notes,
  }));
}

/** Members of each team in the order they were added, resolved to participants. */
function teamParticipants(
  teamId: string,
  members: readonly TeamMember[],
  byId: ReadonlyMap<string, Participant>,
): Participant[] {
  return members
    .filter((m) => m.teamId === teamId)
    .map((m) => byId.get(m.participantId))
    .filter((p): p is Participant => p !== undefined);
}

/** A team's competencies as its documents print them (see `teamCompetencyPlan`). */
function plannedCompetencies(
  team: Team,
  people: readonly Participant[],
  catalog: readonly Competency[],
  rules: SelectionRules,
): { competencies: Competency[]; chosen: boolean } {
  const plan = teamCompetencyPlan(team, people, catalog, rules);
  const byId = new Map(catalog.map((c) => [c.id, c]));
  return {
    competencies: plan.competencyIds.map((id) => byId.get(id)).filter((c): c is Competency => c !== undefined),
    chosen: !plan.toConfirm,
  };
}

/**
 * The date by which new partners should first meet: the end of the first "pairs meet by
 * arrangement" month from `today` on, else the end of the current month.
 */
export function firstMeetingDeadline(events: readonly ProgramEvent[], today: string): string {
  const day = parseIsoDate(today);
  if (!day) throw new RangeError(`today is not a date (YYYY-MM-DD): "${today}"`);
  const thisMonth = today.slice(0, 7);
  const pairsMonth = sortEvents(events.filter((e) => e.kind === 'pairs' && isIsoDate(e.date))).find(
    (e) => e.date.slice(0, 7) >= thisMonth,
  );
  const target = pairsMonth ? parseIsoDate(pairsMonth.date) : null;
  if (target) return lastDayOfMonth(target);
  return lastDayOfMonth(addMonths({ year: day.year, month: day.month }, 0));
}

/** Teams that get letters and agreements: not ended, in number order. */
function activeTeams(teams: readonly Team[]): Team[] {
  return teams.filter((t) => t.status !== 'ended').sort((a, b) => a.number - b.number);
}

/**
 * Letter models from stored records: one per team that has not ended, in team number order.
 * Chosen competencies are printed as chosen; a team that has not chosen gets the one suggestion
 * (`teamCompetencyPlan`), marked to confirm together. The reasons are written for the members
 * from what they offer and want, never the board's scoring lines.
 */
export function buildLetterModels(
  program: Pick<Program, 'rules'>,
  teams: readonly Team[],
  members: readonly TeamMember[],
  participants: readonly Participant[],
  catalog: readonly Competency[],
  events: readonly ProgramEvent[],
  today: string,
): LetterModel[] {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const schedule = scheduleEntries(events);
  const meetBy = firstMeetingDeadline(events, today);
  return activeTeams(teams).map((team) => {
    const people = teamParticipants(team.id, members, byId);
    const { competencies, chosen } = plannedCompetencies(team, people, catalog, program.rules);
    return {
      team: {
        number: team.number,
        kind: team.kind,
        members: people.map(docPerson),
        reasons: whyPairedInWords(people, catalog, participants),
        competencies: competencies.map(docCompetency),
        competenciesChosen: chosen,
        note: (team.letterNote ?? '').trim(),
      },
      schedule,
      meetBy,
    };
  });
}

/** The gatherings everyone attends (orientation, topic meetings, debrief), in date order. */
function groupGatherings(events: readonly ProgramEvent[]): ScheduleEntry[] {
  return scheduleEntries(events.filter((e) => planKindOf(e.kind) !== null));
}

/**
 * Agreement models from stored records (teams that have not ended, in number order), with the
 * schedule's group meetings (attendance, the end date) and topic meetings (review dates).
 */
export function buildAgreementModel(
  program: Pick<Program, 'rules'>,
  teams: readonly Team[],
  members: readonly TeamMember[],
  participants: readonly Participant[],
  catalog: readonly Competency[],
  events: readonly ProgramEvent[] = [],
  blankPartners: 2 | 3 = 2,
): AgreementModel {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const gatherings = groupGatherings(events);
  return {
    rules: program.rules,
    blankPartners,
    groupMeetings: gatherings,
    reviewDates: gatherings.filter((e) => e.kind === 'group' && isIsoDate(e.date)).map((e) => e.date),
    teams: activeTeams(teams).map((team) => {
      const people = teamParticipants(team.id, members, byId);
      const { competencies, chosen } = plannedCompetencies(team, people, catalog, program.rules);
      return {
        label: teamLabel(team),
        members: people.map(docPerson),
        competencies: competencies.map(docCompetency),
        competenciesChosen: chosen,
      };
    }),
  };
}

/** Which people to personalise worksheets for; omit for a blank worksheet. */
export interface WorksheetPeopleInput {
  teams: readonly Team[];
  members: readonly TeamMember[];
  participants: readonly Participant[];
  /** Only these participants (e.g. those expected at a meeting); all team members when omitted. */
  onlyParticipantIds?: readonly string[];
}

/**
 * A worksheet model for one topic category from stored records: the category's current
 * competencies, the scheduled meeting on that topic and the gathering after it, and (when
 * people are given) one page per team member with the team's choices ticked.
 */
export function buildWorksheetModel(
  program: Pick<Program, 'rules'>,
  category: CompetencyCategory,
  catalog: readonly Competency[],
  events: readonly ProgramEvent[],
  people?: WorksheetPeopleInput,
): WorksheetModel {
  const ordered = sortEvents(events);
  const meetingIndex = ordered.findIndex((e) => e.kind === 'group' && e.topic === category);
  const meeting = meetingIndex >= 0 ? ordered[meetingIndex] : undefined;
  const next =
    meetingIndex >= 0
      ? ordered.slice(meetingIndex + 1).find((e) => e.kind === 'group' || e.kind === 'debrief' || e.kind === 'orientation')
      : undefined;
  const pages: WorksheetPerson[] = [];
  if (people) {
    const byId = new Map(people.participants.map((p) => [p.id, p]));
    const only = people.onlyParticipantIds ? new Set(people.onlyParticipantIds) : null;
    for (const team of activeTeams(people.teams)) {
      const teamPeople = teamParticipants(team.id, people.members, byId);
      const plan = teamCompetencyPlan(team, teamPeople, catalog, program.rules);
      for (const person of teamPeople) {
        if (only && !only.has(person.id)) continue;
        if (!takesPart(person)) continue;
        pages.push({
          name: docPerson(person).name,
          teamLabel: teamLabel(team),
          partners: teamPeople.filter((p) => p !== person).map((p) => docPerson(p).name),
          chosenIds: plan.competencyIds,
          toConfirm: plan.toConfirm,
        });
      }
    }
  }
  return {
    category,
    meeting: meeting ? scheduleEntries([meeting])[0] ?? null : null,
    nextMeeting: next ? scheduleEntries([next])[0] ?? null : null,
    competencies: catalogInOrder(catalog)
      .filter((c) => c.category === category && !c.retired)
      .map(docCompetency),
    rules: { minPerCategory: program.rules.minPerCategory, maxPerCategory: program.rules.maxPerCategory },
    people: pages,
  };
}

/**
 * The skills inventory form's model: every current competency in catalog order, how many to
 * tick (the program's rules) and the day to return it by (the program's, when set).
 */
export function buildSkillsInventoryModel(
  catalog: readonly Competency[],
  program: Pick<Program, 'rules' | 'inventoryReturnBy'>,
): SkillsInventoryModel {
  return {
    competencies: catalogInOrder(catalog).filter((c) => !c.retired).map(docCompetency),
    rules: program.rules,
    returnBy: isIsoDate(program.inventoryReturnBy ?? '') ? (program.inventoryReturnBy as string) : '',
  };
}

/** The schedule handout's model, with what to bring to each type of group meeting. */
export function buildScheduleHandoutModel(events: readonly ProgramEvent[], plans: MeetingPlans = DEFAULT_MEETING_PLANS): ScheduleHandoutModel {
  return { events: scheduleEntries(events), plans };
}

/**
 * Everything for one group meeting: the agenda and preparation for its type; the sign-in sheet
 * lists the active participants by last name with their team; the worksheet is the one for the
 * meeting's topic, personalised when `personalised`; the orientation adds the year's schedule
 * and the skills inventory form.
 */
export function buildGroupMeetingPackModel(
  program: Pick<Program, 'rules' | 'inventoryReturnBy'>,
  event: ProgramEvent,
  participants: readonly Participant[],
  teams: readonly Team[],
  members: readonly TeamMember[],
  catalog: readonly Competency[],
  events: readonly ProgramEvent[],
  personalised: boolean,
  plans: MeetingPlans = DEFAULT_MEETING_PLANS,
): GroupMeetingPackModel {
  const active = signInSheetOrder(participants);
  const teamOf = new Map<string, string>();
  const teamIds = new Map(activeTeams(teams).map((t) => [t.id, t]));
  for (const m of members) {
    const team = teamIds.get(m.teamId);
    if (team && !teamOf.has(m.participantId)) teamOf.set(m.participantId, teamLabel(team));
  }
  const attendees = active.map((p) => ({ name: docPerson(p).name, department: p.department, team: teamOf.get(p.id) ?? '' }));
  const kind = planKindOf(event.kind) ?? 'group';
  const orientation = event.kind === 'orientation';
  const worksheet =
    event.topic === null
      ? null
      : buildWorksheetModel(
          program,
          event.topic,
          catalog,
          events,
          personalised ? { teams, members, participants: active } : undefined,
        );
  return {
    meeting: scheduleEntries([event])[0] as ScheduleEntry,
    plan: plans[kind],
    attendees,
    worksheet,
    schedule: orientation ? buildScheduleHandoutModel(events, plans) : null,
    inventory: orientation ? buildSkillsInventoryModel(catalog, program) : null,
  };
}
