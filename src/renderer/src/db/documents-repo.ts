/**
 * What the printables read: everything a document needs, loaded together so every document
 * shows the same facts; the pairing letter's template per program; and the "letter sent" marks
 * on confirmed teams. Only confirmed teams get letters, agreements and personalised worksheets:
 * proposals may still change.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_LETTER_TEMPLATE } from '../domain/documents/letter-template';
import {
  AGENDA_LIMITS,
  restoreMeetingPlans,
  type MeetingPlan,
  type MeetingPlanKind,
  type MeetingPlans,
} from '../domain/documents/meeting-plans';
import type {
  Competency,
  PaperSize,
  Participant,
  Program,
  ProgramEvent,
  Team,
  TeamMember,
} from '../domain/model';
import { sortEvents } from '../domain/schedule/annual-schedule';
import { isIsoDate } from '../domain/schedule/iso-dates';
import { sortCatalog } from '../domain/catalog/catalog-edits';
import { restoreTextBlocks, type TextBlocks } from '../domain/documents/text-blocks';
import { textBlocksKey } from './text-blocks-repo';
import { db } from './client';
import { nowIso } from './ids';
import { PAPER_SIZE_KEY } from './settings-repo';
import { runWrite } from './write-guard';

/** Meta key of a program's letter template. */
export const letterTemplateKey = (programId: string): string => `letterTemplate:${programId}`;

/** Meta key of a program's meeting plans (agendas and what to bring), when edited. */
export const meetingPlansKey = (programId: string): string => `meetingPlans:${programId}`;

/** The letter template in use, and whether it is still the app's default. */
export interface LetterTemplateState {
  text: string;
  isDefault: boolean;
}

/** Everything the printables of one program read. */
export interface DocumentSources {
  program: Program;
  /** The whole catalog in display order (retired included: chosen ones stay printable). */
  catalog: Competency[];
  /** Every participant of the program, withdrawn included (the builders leave them out where needed). */
  participants: Participant[];
  /** Confirmed teams in number order. */
  teams: Team[];
  /** Members of the confirmed teams. */
  members: TeamMember[];
  /** Events in calendar order. */
  events: ProgramEvent[];
  template: LetterTemplateState;
  /** Agendas and preparation per meeting type (the defaults until the coordinator edits them). */
  meetingPlans: MeetingPlans;
  /** The program's texts for the information and orientation packs. */
  textBlocks: TextBlocks;
  paper: PaperSize;
}

function readTemplate(value: unknown): LetterTemplateState {
  return typeof value === 'string'
    ? { text: value, isDefault: value === DEFAULT_LETTER_TEMPLATE }
    : { text: DEFAULT_LETTER_TEMPLATE, isDefault: true };
}

function readPaper(value: unknown): PaperSize {
  return value === 'letter' ? 'letter' : 'a4';
}

/** Everything the printables need, read in one transaction; null when the program is gone. */
export async function loadDocumentSources(programId: string): Promise<DocumentSources | null> {
  return db.transaction(
    'r',
    [db.programs, db.competencies, db.participants, db.teams, db.teamMembers, db.events, db.meta],
    async () => {
      const program = await db.programs.get(programId);
      if (!program) return null;
      const [catalog, participants, allTeams, allMembers, events, template, plans, paper, texts] =
        await Promise.all([
          db.competencies.where('programId').equals(programId).toArray(),
          db.participants.where('programId').equals(programId).toArray(),
          db.teams.where('programId').equals(programId).toArray(),
          db.teamMembers.where('programId').equals(programId).toArray(),
          db.events.where('programId').equals(programId).toArray(),
          db.meta.get(letterTemplateKey(programId)),
          db.meta.get(meetingPlansKey(programId)),
          db.meta.get(PAPER_SIZE_KEY),
          db.meta.get(textBlocksKey(programId)),
        ]);
      const teams = allTeams
        .filter((t) => t.status === 'confirmed')
        .sort((a, b) => a.number - b.number);
      const confirmed = new Set(teams.map((t) => t.id));
      return {
        program,
        catalog: sortCatalog(catalog),
        participants,
        teams,
        members: allMembers.filter((m) => confirmed.has(m.teamId)),
        events: sortEvents(events),
        template: readTemplate(template?.value),
        meetingPlans: restoreMeetingPlans(plans?.value),
        textBlocks: restoreTextBlocks(texts?.value),
        paper: readPaper(paper?.value),
      };
    },
  );
}

/** Live version of {@link loadDocumentSources} (undefined while loading). */
export function useDocumentSources(
  programId: string | undefined,
): DocumentSources | null | undefined {
  return useLiveQuery(async () => (programId ? loadDocumentSources(programId) : null), [programId]);
}

/** The program's letter template (the default until the coordinator edits it). */
export async function loadLetterTemplate(programId: string): Promise<LetterTemplateState> {
  return readTemplate((await db.meta.get(letterTemplateKey(programId)))?.value);
}

/** Live letter template (undefined while loading). */
export function useLetterTemplate(programId: string | undefined): LetterTemplateState | undefined {
  return useLiveQuery(
    async () =>
      programId
        ? loadLetterTemplate(programId)
        : { text: DEFAULT_LETTER_TEMPLATE, isDefault: true },
    [programId],
  );
}

/**
 * Save the template exactly as typed, problems included: nothing typed is ever lost, and the
 * letters are held back while validation reports errors.
 */
export async function saveLetterTemplate(programId: string, text: string): Promise<void> {
  if (text.length > 100_000)
    throw new Error('The letter text is too long (over 100,000 characters).');
  await runWrite(db, [db.programs, db.meta], async () => {
    if (!(await db.programs.get(programId))) throw new Error('That program no longer exists.');
    await db.meta.put({ key: letterTemplateKey(programId), value: text });
  });
}

/** Go back to the app's default letter text. */
export async function resetLetterTemplate(programId: string): Promise<void> {
  await runWrite(db, [db.meta], () => db.meta.delete(letterTemplateKey(programId)));
}

/**
 * Marks the letters of several teams as sent on one day, in one transaction: if one team is gone
 * or no longer confirmed, nothing is marked and the message says which to check.
 */
export async function setLettersSent(teamIds: readonly string[], sentOn: string): Promise<void> {
  if (!isIsoDate(sentOn)) throw new Error(`"${sentOn}" is not a date (YYYY-MM-DD).`);
  await runWrite(db, [db.teams], async () => {
    const teams = await db.teams.bulkGet([...teamIds]);
    if (teams.some((t) => t === undefined || t.status !== 'confirmed'))
      throw new Error(
        'One of these teams was ended or removed meanwhile, so no letter was marked as sent. Tick “Sent” row by row instead.',
      );
    const at = nowIso();
    await db.teams.bulkUpdate(teamIds.map((key) => ({ key, changes: { letterSentOn: sentOn, updatedAt: at } })));
  });
}

/**
 * Mark a confirmed team's letter as sent on `sentOn` (`YYYY-MM-DD`), or not sent with ''.
 * Saved at once; refused for teams that are not confirmed.
 */
export async function setLetterSent(teamId: string, sentOn: string): Promise<void> {
  if (sentOn !== '' && !isIsoDate(sentOn))
    throw new Error(`"${sentOn}" is not a date (YYYY-MM-DD).`);
  await runWrite(db, [db.teams], async () => {
    const team = await db.teams.get(teamId);
    if (!team) throw new Error('That team no longer exists.');
    if (team.status !== 'confirmed')
      throw new Error(
        'Only confirmed teams get letters: confirm the team on the Pairing screen first.',
      );
    await db.teams.update(teamId, { letterSentOn: sentOn, updatedAt: nowIso() });
  });
}

/**
 * Save one meeting type's plan exactly as typed (problems included: nothing typed is lost, and
 * the meeting pack is held back while the plan has problems). The other types keep theirs.
 */
export async function saveMeetingPlan(programId: string, kind: MeetingPlanKind, plan: MeetingPlan): Promise<void> {
  if (plan.agenda.length > AGENDA_LIMITS.maxItems * 2 || JSON.stringify(plan).length > 50_000) {
    throw new Error('The agenda is too long: keep it to 15 lines.');
  }
  await runWrite(db, [db.programs, db.meta], async () => {
    if (!(await db.programs.get(programId))) throw new Error('That program no longer exists.');
    const stored = (await db.meta.get(meetingPlansKey(programId)))?.value;
    const plans = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
    await db.meta.put({ key: meetingPlansKey(programId), value: { ...plans, [kind]: plan } });
  });
}

/** Go back to the app's default plan for one meeting type. */
export async function resetMeetingPlan(programId: string, kind: MeetingPlanKind): Promise<void> {
  await runWrite(db, [db.meta], async () => {
    const stored = (await db.meta.get(meetingPlansKey(programId)))?.value;
    if (typeof stored !== 'object' || stored === null) return;
    const rest = Object.fromEntries(Object.entries(stored as Record<string, unknown>).filter(([key]) => key !== kind));
    if (Object.keys(rest).length === 0) await db.meta.delete(meetingPlansKey(programId));
    else await db.meta.put({ key: meetingPlansKey(programId), value: rest });
  });
}

/**
 * Set the day by which participants return the skills inventory form (`YYYY-MM-DD`), or clear
 * it with ''. Saved at once; anything else is refused and nothing changes.
 */
export async function setInventoryReturnBy(programId: string, day: string): Promise<void> {
  if (day !== '' && !isIsoDate(day)) throw new Error(`"${day}" is not a date: pick a day, or clear the field.`);
  await runWrite(db, [db.programs], async () => {
    if (!(await db.programs.get(programId))) throw new Error('That program no longer exists.');
    await db.programs.update(programId, { inventoryReturnBy: day, updatedAt: nowIso() });
  });
}
