/**
 * What the Check-ins screen does outside itself: store a typed check-in, change or delete one
 * (each with Undo in the notification), open the mail program with the check-in questions, and
 * undo a survey import after showing what undo will do (or why it cannot).
 */
import { Button, Group, List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { formatDay, formatMoment } from '../../components/dates';
import { buildMailtoUrl } from '../../components/mailto';
import { draftFileName } from '../../components/mail-draft-names';
import { saveMailDraft } from '../../components/save-mail-draft';
import { reportDone, reportError } from '../../components/report-error';
import { recordUndoable } from '../../components/undo-history';
import { notifyUndoable } from '../../components/undo-notice';
import {
  addCheckIn,
  deleteCheckIn,
  previewUndoCheckInImport,
  undoCheckInImport,
  updateCheckIn,
} from '../../db/check-ins-repo';
import { readTeamRecord, switchTeamRecord } from '../../db/undo-repo';
import type { CleanCheckInEntry } from '../../domain/check-ins/check-in-entry';
import { checkInMailDraft } from '../../domain/check-ins/check-in-mail';
import type { CheckIn, Program } from '../../domain/model';
import { platform } from '../../platform';
import type { TeamRow } from './team-rows';

/**
 * A done message with Undo for one check-in, moving it between what the change left (`after`) and
 * what was there before (`before`); null means no check-in (added, or deleted).
 */
function notifyCheckIn(title: string, message: string, label: string, before: CheckIn | null, after: CheckIn | null): void {
  notifyUndoable({
    title,
    message,
    label,
    undo: () => switchTeamRecord('checkIns', after, before),
    redo: () => switchTeamRecord('checkIns', before, after),
    undoneMessage: 'The check-in is back as it was.',
  });
}

/** Registers a survey import in the undo history (the import screen shows its own summary). */
export function recordSurveyImport(batchId: string, fileName: string): void {
  recordUndoable(`import the check-ins of “${fileName}”`, {
    undo: async () => {
      const result = await undoCheckInImport(batchId);
      if (!result.ok) {
        throw new Error(result.reason === 'edited' ? 'A check-in of this import was changed since; undo it on the Check-ins screen to see which. Nothing was undone.' : result.message);
      }
    },
    // An undone import is not redone: its file has to be imported again.
    cannotRedo: 'An undone import cannot be redone here: import the same file again to bring its check-ins back.',
    undoneMessage: 'The check-ins it added are removed; the import stays in the list, marked as undone.',
  });
}

/** Save a new check-in for a team. */
export async function saveNewCheckIn(
  programId: string,
  row: TeamRow,
  entry: CleanCheckInEntry,
  source: 'typed' | 'paper',
): Promise<void> {
  const saved = await addCheckIn(programId, row.team.id, entry, source);
  notifyCheckIn('Check-in saved', `${row.label}, ${formatDay(saved.date)}.`, `save a check-in of ${row.label}`, null, saved);
}

/** Save changed answers of a check-in. */
export async function saveEditedCheckIn(row: TeamRow, checkIn: CheckIn, entry: CleanCheckInEntry): Promise<void> {
  const before = await updateCheckIn(checkIn.id, entry);
  const after = (await readTeamRecord('checkIns', checkIn.id)) ?? null;
  notifyCheckIn('Check-in changed', `${row.label}, ${formatDay(entry.date)}.`, `change a check-in of ${row.label}`, before, after);
}

/** Delete a check-in (Undo in the notification puts it back). */
export async function removeCheckIn(row: TeamRow, checkIn: CheckIn): Promise<void> {
  const deleted = await deleteCheckIn(checkIn.id);
  notifyCheckIn('Check-in deleted', `${row.label}, ${formatDay(deleted.date)}.`, `delete a check-in of ${row.label}`, deleted, null);
}

function checkInDraft(program: Program, row: TeamRow, returnBy: string) {
  return checkInMailDraft(
    { programName: program.name, coordinatorName: program.coordinatorName },
    {
      label: row.label,
      members: row.members.map((m) => ({ firstName: m.firstName || m.name, email: m.email })),
      competencies: row.competencies.map((c) => c.name),
    },
    returnBy,
  );
}

/** Open the mail program with the check-in questions for the team. */
export async function composeCheckInMail(program: Program, row: TeamRow, returnBy: string): Promise<void> {
  const draft = checkInDraft(program, row, returnBy);
  const opened = await platform.openExternal(buildMailtoUrl(draft));
  if (!opened) throw new Error('The mail program could not be opened. Copy the addresses and write the email by hand.');
}

/** Save the check-in request as an e-mail draft (.eml) that opens ready to send. */
export async function saveCheckInDraft(program: Program, row: TeamRow, returnBy: string): Promise<void> {
  await saveMailDraft(draftFileName('Check-in request', row.label), program, row.members, checkInDraft(program, row, returnBy));
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Undo a survey import after the coordinator confirms, showing first what undo removes, or why
 * it is refused (a check-in it brought was edited since). `teamLabelOf` names teams in words.
 */
export async function confirmUndoCheckInImport(batchId: string, teamLabelOf: (teamId: string) => string): Promise<void> {
  const preview = await previewUndoCheckInImport(batchId);
  if (!preview.ok) {
    const id = modals.open({
      title: 'This import cannot be undone',
      children: (
        <Stack gap="md">
          {preview.reason === 'edited' ? (
            <>
              <Text size="sm">
                {plural(preview.edited.length, 'check-in it brought was', 'check-ins it brought were')} changed after the
                import, and undo would lose {preview.edited.length === 1 ? 'that change' : 'those changes'}:
              </Text>
              <List size="sm" spacing={4}>
                {preview.edited.slice(0, 8).map((c) => (
                  <List.Item key={c.id}>
                    {teamLabelOf(c.teamId)}, {formatDay(c.date)}
                  </List.Item>
                ))}
              </List>
              <Text size="sm">
                Nothing was changed. Delete the check-ins you do not want one by one from their team, or keep the import.
              </Text>
            </>
          ) : (
            <Text size="sm">{preview.message}</Text>
          )}
          <Group justify="flex-end">
            <Button onClick={() => modals.close(id)}>Close</Button>
          </Group>
        </Stack>
      ),
    });
    return;
  }
  const { batch } = preview;
  modals.openConfirmModal({
    title: `Undo the import of “${batch.fileName}”?`,
    children: (
      <Stack gap="sm">
        <Text size="sm">
          Imported {formatMoment(batch.createdAt)}. Undo removes {plural(preview.removed, 'check-in', 'check-ins')} it
          added; check-ins typed by hand and other imports stay as they are.
        </Text>
        {preview.deletedSince > 0 && (
          <Text size="sm" c="dimmed">
            {plural(preview.deletedSince, 'check-in it added was', 'check-ins it added were')} deleted since, and stay deleted.
          </Text>
        )}
      </Stack>
    ),
    labels: { confirm: 'Undo import', cancel: 'Keep it' },
    confirmProps: { color: 'red' },
    onConfirm: () =>
      void undoCheckInImport(batchId).then((result) => {
        if (!result.ok) {
          reportError(new Error(result.reason === 'edited' ? 'A check-in of this import was changed meanwhile; nothing was undone.' : result.message));
          return;
        }
        reportDone('Import undone', `${plural(result.removed, 'check-in', 'check-ins')} removed.`);
      }, reportError),
  });
}
