/**
 * Builds one of every document type from the fixtures, with the number of pages each is
 * designed to have, and converts .docx files to PDF with LibreOffice for checks and previews.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Document } from 'docx';
import { buildAgreement } from '../../src/renderer/src/domain/documents/agreement';
import { buildCheckInForms, buildCheckInFormModel, CHECK_IN_FORM_MAX_COMPETENCIES } from '../../src/renderer/src/domain/documents/check-in-form';
import { buildCompetencyWorksheet } from '../../src/renderer/src/domain/documents/competency-worksheet';
import {
  buildFeedbackFormModel,
  buildFeedbackForms,
  buildSelfRatingFormModel,
  buildSelfRatingForms,
  SELF_RATING_MAX_COMPETENCIES,
} from '../../src/renderer/src/domain/documents/evaluation-forms';
import { docCompetency } from '../../src/renderer/src/domain/documents/document-models';
import {
  buildAgreementModel,
  buildGroupMeetingPackModel,
  buildLetterModels,
  buildScheduleHandoutModel,
  buildSkillsInventoryModel,
  buildWorksheetModel,
} from '../../src/renderer/src/domain/documents/document-models';
import { buildGroupMeetingPack, signInPageCount } from '../../src/renderer/src/domain/documents/group-meeting-pack';
import { packDocument } from '../../src/renderer/src/domain/documents/pack';
import { buildPairLetter, buildPairLetters, letterFileName } from '../../src/renderer/src/domain/documents/pair-letters';
import { buildScheduleHandout } from '../../src/renderer/src/domain/documents/schedule-handout';
import { buildRegistrationList, buildSkillsInventoryForm } from '../../src/renderer/src/domain/documents/skills-inventory-form';
import {
  buildSpeedCards,
  buildSpeedPreparationSheet,
  buildSpeedRotation,
  buildSpeedWrapUpSheet,
  CARDS_PER_PAGE,
  speedSheetModel,
} from '../../src/renderer/src/domain/documents/speed-sheets';
import type { PaperSize } from '../../src/renderer/src/domain/model';
import { buildInformationPack, buildInformationPackModel } from '../../src/renderer/src/domain/documents/information-pack';
import { buildOrientationPack, buildOrientationPackModel } from '../../src/renderer/src/domain/documents/orientation-pack';
import { buildMentorSkillsHandout } from '../../src/renderer/src/domain/documents/mentor-skills-handout';
import { DEFAULT_MEETING_PLANS } from '../../src/renderer/src/domain/documents/meeting-plans';
import { DEFAULT_TEXT_BLOCKS } from '../../src/renderer/src/domain/documents/text-blocks';
import { createProgramCatalog } from '../../src/renderer/src/domain/catalog/builtin-catalog';
import { demoLetters } from './demo-letters';
import { finishedYearReport } from './report-fixture';
import { planRotation } from '../../src/renderer/src/domain/speed/plan-rotation';
import { catalog, context, events, generatedParticipants, generatedTeams, members, participants, program, teams } from './fixtures';

const run = promisify(execFile);

const SPEED_ROTATION_PAGES = 5;

/** A generated document and the page count its design promises. */
export interface GeneratedDocument {
  fileName: string;
  document: Document;
  expectedPages: number;
  /** Pictures the document holds (charts), when it has any: each must reach the PDF. */
  expectedImages?: number;
}

/** One of every document type on the given paper. */
export function allDocuments(paper: PaperSize): GeneratedDocument[] {
  const ctx = context(paper);
  const letters = buildLetterModels(program, teams, members, participants, catalog, events, '2026-09-15');
  const demo = demoLetters(paper, true);
  const peopleInput = { teams, members, participants };
  const november = events.find((e) => e.kind === 'group' && e.topic === 'self');
  const march = events.find((e) => e.kind === 'group' && e.topic === 'people');
  if (!november || !march) throw new Error('fixture schedule lacks topic meetings');
  const orientation = events.find((e) => e.kind === 'orientation');
  if (!orientation) throw new Error('fixture schedule lacks the orientation');
  const crowd = generatedParticipants(45);
  const pack = buildGroupMeetingPackModel(program, march, crowd, [], [], catalog, events, false);
  // 30 people in 15 pairs: the most one sign-in page holds, with two spare lines.
  const thirty = generatedParticipants(30);
  const thirtyTeams = generatedTeams(thirty);
  const orientationPack = buildGroupMeetingPackModel(program, orientation, thirty, thirtyTeams.teams, thirtyTeams.members, catalog, events, false);
  const triad = teams.filter((t) => t.kind === 'triad');
  let id = 0;
  const builtin = createProgramCatalog(program.id, () => `builtin-${id++}`);
  const teamMembers = members.length;
  // A speed mentoring event of 25 people (one table of three each round), 8 rounds.
  const room = generatedParticipants(25);
  const speedPlan = planRotation({ people: room, rounds: 8, oddCount: 'triad', everyoneMeetsEveryone: false, keptApart: [], held: [] });
  const names = new Map(room.map((p) => [p.id, p.name]));
  const speed = speedSheetModel(
    { title: 'Speed peer mentoring', date: '2026-11-17', startTime: '12:00', minutes: 90, place: 'Atrium, ground floor', roundMinutes: 8 },
    speedPlan.rounds,
    (id) => names.get(id) ?? '',
  );
  const suffix = paper === 'a4' ? 'A4' : 'Letter';
  const startRatings = buildSelfRatingFormModel('pre', teams, members, participants, catalog, events);
  const endRatings = buildSelfRatingFormModel('post', teams, members, participants, catalog, events);
  const feedbackForms = buildFeedbackFormModel(participants, events);
  const longest = [...catalog].sort((a, b) => b.name.length + b.description.length - a.name.length - a.description.length);
  const recruiting = { ...program, registrationDeadline: '2026-08-28' };
  return [
    // Every letter fits on one page; in one file each starts on its own page.
    { fileName: `letters-all-${suffix}.docx`, document: buildPairLetters(ctx, letters), expectedPages: letters.length },
    { fileName: `${letterFileName(letters[2]!.team).replace(/\.docx$/, '')}-${suffix}.docx`, document: buildPairLetter(ctx, letters[2]!), expectedPages: 1 },
    // The demo's twelve pairs in October with nothing chosen yet (the longest letters): one page each.
    { fileName: `letters-demo-${suffix}.docx`, document: buildPairLetters(demo.ctx, demo.letters), expectedPages: demo.letters.length },
    // Self-management (4 competencies): one page per person. Business (12) and people (15):
    // one sheet printed on both sides, the competencies in front and the plan on the back.
    { fileName: `worksheet-self-people-${suffix}.docx`, document: buildCompetencyWorksheet(ctx, buildWorksheetModel(program, 'self', catalog, events, peopleInput)), expectedPages: teamMembers },
    { fileName: `worksheet-people-people-${suffix}.docx`, document: buildCompetencyWorksheet(ctx, buildWorksheetModel(program, 'people', catalog, events, peopleInput)), expectedPages: 2 * teamMembers },
    { fileName: `worksheet-business-blank-${suffix}.docx`, document: buildCompetencyWorksheet(ctx, buildWorksheetModel(program, 'business', catalog, events)), expectedPages: 2 },
    // The app's own catalog (other descriptions): the page breaks estimated from row lengths hold.
    { fileName: `worksheet-people-builtin-${suffix}.docx`, document: buildCompetencyWorksheet(ctx, buildWorksheetModel(program, 'people', builtin, events)), expectedPages: 2 },
    {
      fileName: `registration-list-${suffix}.docx`,
      document: buildRegistrationList(ctx, buildSkillsInventoryModel(builtin, program), {
        title: 'Awareness session: what peer mentoring is',
        date: '2026-08-18',
        place: 'Board room, 4th floor',
      }),
      expectedPages: 2,
    },
    { fileName: `skills-inventory-builtin-${suffix}.docx`, document: buildSkillsInventoryForm(ctx, buildSkillsInventoryModel(builtin, program)), expectedPages: 2 },
    // Two pages per team (front and back of one sheet), a triad's alone, and blank ones for a pair and a triad.
    { fileName: `agreements-${suffix}.docx`, document: buildAgreement(ctx, buildAgreementModel(program, teams, members, participants, catalog, events)), expectedPages: 2 * teams.length },
    { fileName: `agreement-triad-${suffix}.docx`, document: buildAgreement(ctx, buildAgreementModel(program, triad, members, participants, catalog, events)), expectedPages: 2 },
    { fileName: `agreement-blank-${suffix}.docx`, document: buildAgreement(ctx, buildAgreementModel(program, [], [], [], catalog, events)), expectedPages: 2 },
    { fileName: `agreement-blank-triad-${suffix}.docx`, document: buildAgreement(ctx, buildAgreementModel(program, [], [], [], catalog, events, 3)), expectedPages: 2 },
    { fileName: `schedule-${suffix}.docx`, document: buildScheduleHandout(ctx, buildScheduleHandoutModel(events)), expectedPages: 1 },
    // The 31 competencies, the questions about the person and after the list take two pages.
    {
      fileName: `skills-inventory-${suffix}.docx`,
      document: buildSkillsInventoryForm(ctx, buildSkillsInventoryModel(catalog, { ...program, inventoryReturnBy: '2026-09-25' })),
      expectedPages: 2,
    },
    { fileName: `skills-inventory-no-date-${suffix}.docx`, document: buildSkillsInventoryForm(ctx, buildSkillsInventoryModel(catalog, program)), expectedPages: 2 },
    // Check-in forms: one page per team, whatever it chose (none, four, six), and one blank form.
    {
      fileName: `check-in-forms-${suffix}.docx`,
      document: buildCheckInForms(ctx, buildCheckInFormModel(teams, members, participants, catalog, '2026-10-31')),
      expectedPages: teams.length,
    },
    { fileName: `check-in-form-blank-${suffix}.docx`, document: buildCheckInForms(ctx, { teams: [], returnBy: '' }), expectedPages: 1 },
    // The most competencies a form holds on its one page, for a triad with long names.
    {
      fileName: `check-in-form-most-${suffix}.docx`,
      document: buildCheckInForms(ctx, {
        returnBy: '2026-12-31',
        teams: [
          {
            ...buildCheckInFormModel(teams, members, participants, catalog, '').teams.find((t) => t.kind === 'triad')!,
            competencies: [...catalog].sort((a, b) => b.name.length - a.name.length).slice(0, CHECK_IN_FORM_MAX_COMPETENCIES).map(docCompetency),
          },
        ],
      }),
      expectedPages: 1,
    },
    // Self-rating forms: one page per person still in the program (with or without their team's
    // competencies), one blank form, and the most competencies a page holds, with the longest texts.
    { fileName: `self-rating-forms-${suffix}.docx`, document: buildSelfRatingForms(ctx, startRatings), expectedPages: startRatings.people.length },
    { fileName: `self-rating-form-blank-${suffix}.docx`, document: buildSelfRatingForms(ctx, { ...endRatings, people: [] }), expectedPages: 1 },
    {
      fileName: `self-rating-form-most-${suffix}.docx`,
      document: buildSelfRatingForms(ctx, {
        ...endRatings,
        people: [{ name: 'Fatima Zahra El Idrissi', teamLabel: 'Triad 03', partners: ['Siobhán Ní Bhriain', 'Nguyễn Thị Lan'], competencies: longest.slice(0, SELF_RATING_MAX_COMPETENCIES).map(docCompetency) }],
      }),
      expectedPages: 1,
    },
    // Feedback: one sheet (front and back) per person, and a blank one.
    { fileName: `feedback-forms-${suffix}.docx`, document: buildFeedbackForms(ctx, feedbackForms), expectedPages: 2 * feedbackForms.names.length },
    { fileName: `feedback-form-blank-${suffix}.docx`, document: buildFeedbackForms(ctx, { ...feedbackForms, names: [] }), expectedPages: 2 },
    // Agenda (1), sign-in: 45 names + 2 spare lines at 32 a page (2), the blank people worksheet (2).
    {
      fileName: `group-meeting-pack-${suffix}.docx`,
      document: buildGroupMeetingPack(ctx, pack),
      expectedPages: 1 + signInPageCount(crowd.length) + 2,
    },
    // Orientation: agenda (1), 30 names with their teams on one sign-in page, schedule (1), skills inventory (2).
    { fileName: `orientation-pack-${suffix}.docx`, document: buildGroupMeetingPack(ctx, orientationPack), expectedPages: 1 + 1 + 1 + 2 },
    // Eight rounds of twelve tables: three pages by round, then two pages by person.
    { fileName: `speed-rotation-${suffix}.docx`, document: buildSpeedRotation(ctx, speed), expectedPages: SPEED_ROTATION_PAGES },
    // Six cards to a page.
    { fileName: `speed-cards-${suffix}.docx`, document: buildSpeedCards(ctx, speed), expectedPages: Math.ceil(room.length / CARDS_PER_PAGE) },
    { fileName: `speed-preparation-${suffix}.docx`, document: buildSpeedPreparationSheet(ctx, speed), expectedPages: 1 },
    { fileName: `speed-wrap-up-${suffix}.docx`, document: buildSpeedWrapUpSheet(ctx, speed), expectedPages: 1 },
    // Recruiting and orienting, with the app's own texts. Information pack: the questions and
    // answers (1), the year (2), the competencies and how to register (3). Orientation pack: the
    // agenda and how peer mentoring works (1–2), the rules, the competencies, the first meeting and
    // the challenges (3), the year and the questions to bring (4). Mentor skills: two skills a page.
    {
      fileName: `information-pack-${suffix}.docx`,
      document: buildInformationPack(ctx, buildInformationPackModel(recruiting, catalog, events, DEFAULT_MEETING_PLANS, DEFAULT_TEXT_BLOCKS)),
      expectedPages: 3,
    },
    {
      fileName: `participant-orientation-pack-${suffix}.docx`,
      document: buildOrientationPack(ctx, buildOrientationPackModel(recruiting, catalog, events, DEFAULT_MEETING_PLANS, DEFAULT_TEXT_BLOCKS)),
      expectedPages: 4,
    },
    { fileName: `mentor-skills-${suffix}.docx`, document: buildMentorSkillsHandout(ctx), expectedPages: 2 },
    // A finished year of 40 people: cover, key figures and the nine charts, what participants said,
    // next year and the appendix tables, each following on (Letter's shorter page takes one more).
    { fileName: `program-report-${suffix}.docx`, ...programReport(paper, 40), expectedPages: paper === 'a4' ? 8 : 9 },
    // Two people: growth, satisfaction and the yes/no answers come from too few people to show,
    // so those charts are sentences instead, and no chart is left blank.
    { fileName: `program-report-small-${suffix}.docx`, ...programReport(paper, 2), expectedPages: 5 },
  ];
}

function programReport(paper: PaperSize, people: number): { document: Document; expectedImages: number } {
  const { document, images } = finishedYearReport(paper, people);
  return { document, expectedImages: images };
}

/** Writes every document of `docs` as .docx into a new temporary folder. */
export async function writeDocuments(docs: readonly GeneratedDocument[], dir = mkdtempSync(join(tmpdir(), 'pmd-docx-'))): Promise<string> {
  for (const doc of docs) writeFileSync(join(dir, doc.fileName), await packDocument(doc.document));
  return dir;
}

/** Finds LibreOffice's command, or null when it is not installed. */
export async function libreOfficeCommand(): Promise<string | null> {
  for (const candidate of ['libreoffice', 'soffice']) {
    try {
      await run('which', [candidate]);
      return candidate;
    } catch {
      // try the next name
    }
  }
  return null;
}

/**
 * Converts all files to PDF in one LibreOffice run (one start-up is most of the cost), with a
 * throw-away profile so a user's or another run's LibreOffice settings cannot interfere.
 */
export async function convertToPdf(command: string, dir: string, fileNames: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'pmd-lo-profile-'));
  return run(
    command,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...fileNames.map((f) => join(dir, f))],
    { timeout: 240_000, maxBuffer: 10_000_000 },
  );
}

/** Number of pages of a PDF, read from its page tree (no extra tool needed). */
export function pdfPageCount(pdfPath: string): number {
  const text = readFileSync(pdfPath).toString('latin1');
  return (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
