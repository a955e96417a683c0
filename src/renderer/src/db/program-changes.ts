/**
 * Saving one change to a program from the set-up screen: the stored program is re-validated
 * with the change applied, and only the changed fields of a valid program are saved, in one
 * transaction. Returns the message to show by the field, or null when saved.
 */
import { programDraftSchema } from '../domain/programs/program-defaults';
import type { Program } from '../domain/model';
import { updateProgramWith } from './programs-repo';

export type EditableProgram = Pick<
  Program,
  | 'name'
  | 'organisation'
  | 'coordinatorName'
  | 'coordinatorEmail'
  | 'coordinatorTitle'
  | 'cycleStart'
  | 'cycleEnd'
  | 'groupMeetingMinutes'
  | 'rules'
  | 'currency'
  | 'checklist'
  | 'budget'
>;

type Change = Partial<EditableProgram> | ((stored: Program) => Partial<EditableProgram>);

/** The stored program with `change` applied, validated; the changed fields, or the first problem. */
export function checkProgramChange(stored: Program, change: Change): Partial<EditableProgram> | string {
  const changes = typeof change === 'function' ? change(stored) : change;
  const next = { ...stored, ...changes };
  const parsed = programDraftSchema.safeParse({
    name: next.name,
    organisation: next.organisation,
    coordinatorName: next.coordinatorName,
    coordinatorEmail: next.coordinatorEmail,
    coordinatorTitle: next.coordinatorTitle ?? '',
    cycleStart: next.cycleStart,
    cycleEnd: next.cycleEnd,
    groupMeetingMinutes: next.groupMeetingMinutes,
    rules: next.rules,
    currency: next.currency,
    checklist: next.checklist,
    budget: next.budget.map(({ item, amountCents }) => ({ item, amountCents })),
  });
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Check this value.';
  const clean: Record<string, unknown> = { ...parsed.data };
  const update: Record<string, unknown> = {};
  for (const key of Object.keys(changes) as (keyof EditableProgram)[]) {
    // Budget lines keep their ids; everything else takes the cleaned (trimmed, NFC) value.
    update[key] =
      key === 'budget'
        ? next.budget.map((line, i) => ({ ...line, item: parsed.data.budget[i]?.item ?? line.item }))
        : clean[key];
  }
  return update as Partial<EditableProgram>;
}

/** Validate and save a change to the stored program; the message to show, or null when saved. */
export function saveProgramChange(programId: string, change: Change): Promise<string | null> {
  return updateProgramWith(programId, (stored) => checkProgramChange(stored, change));
}
