/**
 * Pairs needing attention: everything the rules read for one program, loaded together so the
 * flags are always computed from one consistent state; the rule settings and the reminder text
 * (meta `attentionRules:<programId>`, `reminderTemplate:<programId>`); and the snoozes and
 * resolutions (AttentionAction rows), each written in one transaction and removable for undo.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AttentionInput } from '../domain/attention/attention-flags';
import {
  attentionRulesKey,
  checkAttentionRules,
  readAttentionRules,
  type AttentionRules,
} from '../domain/attention/attention-rules';
import {
  planResolve,
  planSnooze,
  type ActionPlan,
  type ActionTarget,
} from '../domain/attention/attention-actions';
import {
  MAX_BODY_LENGTH,
  MAX_SUBJECT_LENGTH,
  readReminderTemplate,
  reminderTemplateKey,
  type ReminderTemplate,
} from '../domain/attention/reminder-template';
import { checkInCadenceKey, readCheckInCadence } from '../domain/check-ins/check-in-schedule';
import type { AttentionAction, Program } from '../domain/model';
import { db } from './client';
import { newId, nowIso } from './ids';
import { runWrite } from './write-guard';

/** What the attention screen (and the home screen's count) reads for one program. */
export interface AttentionSources {
  program: Program;
  /** The records the rules look at: pass to `attentionFlags(input, today, rules)`. */
  input: AttentionInput;
  rules: AttentionRules;
  reminder: ReminderTemplate;
}

/** Loads a program's attention sources in one read (null when the program is gone). */
export async function loadAttentionSources(programId: string): Promise<AttentionSources | null> {
  return db.transaction(
    'r',
    [db.programs, db.teams, db.teamMembers, db.participants, db.events, db.attendance, db.meetingLogs, db.checkIns, db.attentionActions, db.meta],
    async () => {
      const program = await db.programs.get(programId);
      if (!program) return null;
      const byProgram = { programId };
      const [teams, members, participants, events, attendance, meetingLogs, checkIns, actions, rules, cadence, reminder] =
        await Promise.all([
          db.teams.where(byProgram).toArray(),
          db.teamMembers.where(byProgram).toArray(),
          db.participants.where(byProgram).toArray(),
          db.events.where(byProgram).toArray(),
          db.attendance.where(byProgram).toArray(),
          db.meetingLogs.where(byProgram).toArray(),
          db.checkIns.where(byProgram).toArray(),
          db.attentionActions.where(byProgram).toArray(),
          db.meta.get(attentionRulesKey(programId)),
          db.meta.get(checkInCadenceKey(programId)),
          db.meta.get(reminderTemplateKey(programId)),
        ]);
      return {
        program,
        input: {
          program,
          teams,
          members,
          participants,
          events,
          attendance,
          meetingLogs,
          checkIns,
          checkInCadence: readCheckInCadence(cadence?.value),
          actions,
        },
        rules: readAttentionRules(rules?.value),
        reminder: readReminderTemplate(reminder?.value),
      };
    },
  );
}

/** Live attention sources (undefined while loading, null when there is no such program). */
export function useAttentionSources(programId: string | undefined): AttentionSources | null | undefined {
  return useLiveQuery(async () => (programId ? loadAttentionSources(programId) : null), [programId]);
}

/**
 * Changes a program's rules from what is stored (read in the same transaction, so two quick edits
 * never overwrite each other) and saves them at once. Resolves with the first problem in words
 * (nothing saved), or null.
 */
export async function updateAttentionRules(
  programId: string,
  change: (stored: AttentionRules) => unknown,
): Promise<string | null> {
  return runWrite(db, [db.programs, db.meta], async () => {
    if (!(await db.programs.get(programId))) throw new Error('That program no longer exists.');
    const key = attentionRulesKey(programId);
    const checked = checkAttentionRules(change(readAttentionRules((await db.meta.get(key))?.value)));
    if (!checked.ok) return checked.message;
    await db.meta.put({ key, value: checked.rules });
    return null;
  });
}

/** Saves a program's rules at once; the first problem in words (nothing saved), or null. */
export function saveAttentionRules(programId: string, rules: unknown): Promise<string | null> {
  return updateAttentionRules(programId, () => rules);
}

/** Puts the default rules back. */
export async function resetAttentionRules(programId: string): Promise<void> {
  await runWrite(db, [db.meta], async () => {
    await db.meta.delete(attentionRulesKey(programId));
  });
}

async function storeAction(plan: (ids: { id: string; now: string }) => ActionPlan): Promise<AttentionAction | string> {
  const result = plan({ id: newId(), now: nowIso() });
  if (!result.ok) return result.message;
  const { action } = result;
  await runWrite(db, [db.teams, db.attentionActions], async () => {
    const team = await db.teams.get(action.teamId);
    if (!team || team.programId !== action.programId) throw new Error('That team no longer exists.');
    await db.attentionActions.add(action);
  });
  return action;
}

/**
 * Snoozes a flag until the day before `returnOn`. Resolves with the stored action (for undo), or
 * the reason it was refused (nothing saved).
 */
export function snoozeFlag(target: ActionTarget, returnOn: string, note: string, today: string): Promise<AttentionAction | string> {
  return storeAction((ids) => planSnooze(target, returnOn, note, today, ids));
}

/** Resolves a flag with a note. Resolves with the stored action (for undo), or the reason it was refused. */
export function resolveFlag(target: ActionTarget, note: string): Promise<AttentionAction | string> {
  return storeAction((ids) => planResolve(target, note, ids));
}

/** Takes an action back (undo, "reopen", "bring back now"): the flag shows again if still raised. */
export async function removeAttentionAction(actionId: string): Promise<void> {
  await runWrite(db, [db.attentionActions], async () => {
    await db.attentionActions.delete(actionId);
  });
}

/** Saves the reminder text as typed (problems are shown, never lost); refused only when too long. */
export async function saveReminderTemplate(programId: string, template: ReminderTemplate): Promise<string | null> {
  if (template.subject.length > MAX_SUBJECT_LENGTH) return `Keep the subject under ${MAX_SUBJECT_LENGTH} characters.`;
  if (template.body.length > MAX_BODY_LENGTH) return `Keep the message under ${MAX_BODY_LENGTH.toLocaleString('en')} characters.`;
  await runWrite(db, [db.programs, db.meta], async () => {
    if (!(await db.programs.get(programId))) throw new Error('That program no longer exists.');
    await db.meta.put({ key: reminderTemplateKey(programId), value: { subject: template.subject, body: template.body } });
  });
  return null;
}

/** Puts the default reminder text back. */
export async function resetReminderTemplate(programId: string): Promise<void> {
  await runWrite(db, [db.meta], async () => {
    await db.meta.delete(reminderTemplateKey(programId));
  });
}
