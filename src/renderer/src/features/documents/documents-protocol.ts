/**
 * The documents worker's messages and the work behind them: a job carries plain models (the
 * docx objects cannot cross a worker boundary), the worker builds and packs the document(s)
 * and answers with bytes, reporting progress per file on the way. The same `runDocumentJob`
 * runs in place where no worker is available.
 */
import { buildAgreement } from '../../domain/documents/agreement';
import {
  buildCheckInForms,
  checkInFormFileName,
  type CheckInFormModel,
} from '../../domain/documents/check-in-form';
import { buildCompetencyWorksheet } from '../../domain/documents/competency-worksheet';
import {
  buildFeedbackForms,
  buildSelfRatingForms,
  type FeedbackFormModel,
  type SelfRatingFormModel,
} from '../../domain/documents/evaluation-forms';
import type {
  AgreementModel,
  DocumentContext,
  GroupMeetingPackModel,
  LetterModel,
  ScheduleHandoutModel,
  SkillsInventoryModel,
  WorksheetModel,
} from '../../domain/documents/document-models';
import { buildGroupMeetingPack } from '../../domain/documents/group-meeting-pack';
import { packDocument } from '../../domain/documents/pack';
import { buildPairLetter, buildPairLetters, letterFileName } from '../../domain/documents/pair-letters';
import { buildProgramReport, type ProgramReportModel } from '../../domain/documents/program-report';
import { buildScheduleHandout } from '../../domain/documents/schedule-handout';
import { buildRegistrationList, buildSkillsInventoryForm, type RegistrationSession } from '../../domain/documents/skills-inventory-form';
import { buildInformationPack, type InformationPackModel } from '../../domain/documents/information-pack';
import { buildOrientationPack, type OrientationPackModel } from '../../domain/documents/orientation-pack';
import { buildMentorSkillsHandout } from '../../domain/documents/mentor-skills-handout';

/** One thing to build. `fileName` names single documents; letter files are named per team. */
export type DocumentJob =
  | {
      type: 'letters';
      ctx: DocumentContext;
      letters: LetterModel[];
      template: string;
      fileName: string;
    }
  | { type: 'letter-files'; ctx: DocumentContext; letters: LetterModel[]; template: string }
  | { type: 'worksheet'; ctx: DocumentContext; model: WorksheetModel; fileName: string }
  | { type: 'agreement'; ctx: DocumentContext; model: AgreementModel; fileName: string }
  | { type: 'schedule'; ctx: DocumentContext; model: ScheduleHandoutModel; fileName: string }
  | { type: 'skills'; ctx: DocumentContext; model: SkillsInventoryModel; fileName: string }
  | { type: 'registration'; ctx: DocumentContext; model: SkillsInventoryModel; session: RegistrationSession | null; fileName: string }
  | { type: 'pack'; ctx: DocumentContext; model: GroupMeetingPackModel; fileName: string }
  | { type: 'check-in-forms'; ctx: DocumentContext; model: CheckInFormModel; fileName: string }
  | { type: 'check-in-form-files'; ctx: DocumentContext; model: CheckInFormModel }
  | { type: 'self-rating-forms'; ctx: DocumentContext; model: SelfRatingFormModel; fileName: string }
  | { type: 'feedback-forms'; ctx: DocumentContext; model: FeedbackFormModel; fileName: string }
  | { type: 'program-report'; ctx: DocumentContext; model: ProgramReportModel; fileName: string }
  | { type: 'information-pack'; ctx: DocumentContext; model: InformationPackModel; fileName: string }
  | { type: 'orientation-pack'; ctx: DocumentContext; model: OrientationPackModel; fileName: string }
  | { type: 'mentor-skills'; ctx: DocumentContext; fileName: string };

/** A built file. */
export interface GeneratedFile {
  name: string;
  data: Uint8Array;
}

/** How far a job is: `total` files, `done` of them finished. */
export interface JobProgress {
  done: number;
  total: number;
}

export interface DocumentsRequest {
  id: number;
  job: DocumentJob;
}

export type DocumentsResponse =
  | { id: number; type: 'progress'; progress: JobProgress }
  | { id: number; type: 'done'; files: GeneratedFile[] }
  | { id: number; type: 'failed'; message: string };

/** Builds and packs a job's file(s), calling `onProgress` after each file. */
export async function runDocumentJob(
  job: DocumentJob,
  onProgress: (progress: JobProgress) => void = () => undefined,
): Promise<GeneratedFile[]> {
  if (job.type === 'letter-files') {
    const files: GeneratedFile[] = [];
    const total = job.letters.length;
    onProgress({ done: 0, total });
    for (const letter of job.letters) {
      // One at a time: each file is packed and released before the next is built.
      files.push({
        name: letterFileName(letter.team),
        data: await packDocument(buildPairLetter(job.ctx, letter, job.template)),
      });
      onProgress({ done: files.length, total });
    }
    return files;
  }
  if (job.type === 'check-in-form-files') {
    const files: GeneratedFile[] = [];
    const total = job.model.teams.length;
    onProgress({ done: 0, total });
    for (const team of job.model.teams) {
      // One at a time, like letter files: each is packed and released before the next is built.
      const document = buildCheckInForms(job.ctx, { ...job.model, teams: [team] });
      files.push({ name: checkInFormFileName(team), data: await packDocument(document) });
      onProgress({ done: files.length, total });
    }
    return files;
  }
  onProgress({ done: 0, total: 1 });
  const document = (() => {
    switch (job.type) {
      case 'letters':
        return buildPairLetters(job.ctx, job.letters, job.template);
      case 'worksheet':
        return buildCompetencyWorksheet(job.ctx, job.model);
      case 'agreement':
        return buildAgreement(job.ctx, job.model);
      case 'schedule':
        return buildScheduleHandout(job.ctx, job.model);
      case 'skills':
        return buildSkillsInventoryForm(job.ctx, job.model);
      case 'registration':
        return buildRegistrationList(job.ctx, job.model, job.session);
      case 'pack':
        return buildGroupMeetingPack(job.ctx, job.model);
      case 'check-in-forms':
        return buildCheckInForms(job.ctx, job.model);
      case 'self-rating-forms':
        return buildSelfRatingForms(job.ctx, job.model);
      case 'feedback-forms':
        return buildFeedbackForms(job.ctx, job.model);
      case 'program-report':
        return buildProgramReport(job.ctx, job.model);
      case 'information-pack':
        return buildInformationPack(job.ctx, job.model);
      case 'orientation-pack':
        return buildOrientationPack(job.ctx, job.model);
      case 'mentor-skills':
        return buildMentorSkillsHandout(job.ctx);
    }
  })();
  const data = await packDocument(document);
  onProgress({ done: 1, total: 1 });
  return [{ name: job.fileName, data }];
}

function isRequest(value: unknown): value is DocumentsRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as { id?: unknown; job?: { type?: unknown } };
  return (
    typeof v.id === 'number' &&
    typeof v.job === 'object' &&
    v.job !== null &&
    typeof v.job.type === 'string'
  );
}

/** Posts a message, handing over the listed buffers instead of copying them. */
export type Post = (message: DocumentsResponse, transfer?: ArrayBuffer[]) => void;

/** The worker's message handler: runs each request and answers progress, then the files or the failure. */
export function createDocumentsHandler(): (message: unknown, post: Post) => Promise<void> {
  return async (message, post) => {
    if (!isRequest(message)) return;
    const { id, job } = message;
    try {
      const files = await runDocumentJob(job, (progress) =>
        post({ id, type: 'progress', progress }),
      );
      const buffers = files
        .map((f) => f.data.buffer)
        .filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
      post({ id, type: 'done', files }, [...new Set(buffers)]);
    } catch (error) {
      post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
