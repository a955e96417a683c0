/**
 * The two dialogs of a flag: resolve it with a note (what was done), or snooze it until a day
 * chosen on the calendar. Both save in one step, say what to fix when the input is refused, and
 * offer Undo once saved.
 */
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatDay } from '../../components/dates';
import { reportError } from '../../components/report-error';
import { notifyUndoable } from '../../components/undo-notice';
import { resolveFlag, snoozeFlag } from '../../db/attention-repo';
import { switchTeamRecord } from '../../db/undo-repo';
import { describeFlag, type AttentionFlag } from '../../domain/attention/attention-flags';
import { MAX_SNOOZE_DAYS } from '../../domain/attention/attention-actions';
import type { AttentionAction } from '../../domain/model';
import { addDays } from '../../domain/schedule/iso-dates';

/** What a dialog works on: the flag, in its program. */
export interface FlagTarget {
  programId: string;
  flag: AttentionFlag;
}

function targetOf({ programId, flag }: FlagTarget) {
  return { programId, teamId: flag.teamId, flagKey: flag.flagKey };
}

/** Says it was done, with Undo. */
export function notifyAction(flag: AttentionFlag, action: AttentionAction): void {
  const title =
    action.action === 'resolved'
      ? `${flag.teamLabel}: resolved`
      : `${flag.teamLabel}: snoozed until ${formatDay(addDays(action.until, 1))}`;
  const message =
    action.action === 'resolved'
      ? 'The note is kept in the team’s timeline. The flag comes back only if something new happens.'
      : `It comes back on ${formatDay(addDays(action.until, 1))} if it still applies then.`;
  notifyUndoable({
    title,
    message,
    label: action.action === 'resolved' ? `resolve the flag on ${flag.teamLabel}` : `snooze the flag on ${flag.teamLabel}`,
    undo: () => switchTeamRecord('attentionActions', action, null),
    redo: () => switchTeamRecord('attentionActions', null, action),
    undoneMessage: `The flag on ${flag.teamLabel} is back on the list.`,
  });
}

/** Snoozes a flag until the day before `returnOn`, reporting a refusal. */
export async function snoozeUntil(target: FlagTarget, returnOn: string, today: string, note = ''): Promise<string | null> {
  const result = await snoozeFlag(targetOf(target), returnOn, note, today);
  if (typeof result === 'string') return result;
  notifyAction(target.flag, result);
  return null;
}

function Reason({ flag }: { flag: AttentionFlag }) {
  return (
    <Text size="sm" fw={500}>
      {describeFlag(flag, formatDay).reason}
    </Text>
  );
}

function ResolveForm({ target, onClose }: { target: FlagTarget; onClose: () => void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    try {
      const result = await resolveFlag(targetOf(target), note);
      if (typeof result === 'string') return setError(result);
      onClose();
      notifyAction(target.flag, result);
    } catch (e) {
      reportError(e);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Reason flag={target.flag} />
        <Textarea
          label="What was done"
          description="Kept in the team’s timeline. Ctrl+Enter resolves."
          placeholder="For example: talked to both, they now meet every other Tuesday"
          autosize
          minRows={3}
          maxLength={2000}
          data-autofocus
          value={note}
          error={error}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
          }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit">Resolve</Button>
        </Group>
      </Stack>
    </form>
  );
}

function SnoozeForm({ target, today, onClose }: { target: FlagTarget; today: string; onClose: () => void }) {
  const [day, setDay] = useState(addDays(today, 21));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    try {
      const problem = await snoozeUntil(target, day, today, note);
      if (problem) return setError(problem);
      onClose();
    } catch (e) {
      reportError(e);
    }
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Reason flag={target.flag} />
        <TextInput
          type="date"
          label="Show it again on"
          description={`Any day from tomorrow to ${MAX_SNOOZE_DAYS} days ahead.`}
          min={addDays(today, 1)}
          max={addDays(today, MAX_SNOOZE_DAYS)}
          data-autofocus
          value={day}
          error={error}
          onChange={(e) => {
            setDay(e.currentTarget.value);
            setError(null);
          }}
        />
        <TextInput label="Note (optional)" placeholder="For example: both on leave until then" value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit">Snooze</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Which dialog is open, for which flag. */
export type FlagDialog = { kind: 'resolve' | 'snooze'; target: FlagTarget } | null;

export function FlagDialogs({ dialog, today, onClose }: { dialog: FlagDialog; today: string; onClose: () => void }) {
  const label = dialog?.target.flag.teamLabel ?? '';
  return (
    <>
      <Modal
        opened={dialog?.kind === 'resolve'}
        onClose={onClose}
        title={`Resolve: ${label}`}
        closeButtonProps={{ 'aria-label': 'Close dialog' }}
      >
        {dialog?.kind === 'resolve' && <ResolveForm key={dialog.target.flag.flagKey} target={dialog.target} onClose={onClose} />}
      </Modal>
      <Modal
        opened={dialog?.kind === 'snooze'}
        onClose={onClose}
        title={`Snooze: ${label}`}
        closeButtonProps={{ 'aria-label': 'Close dialog' }}
      >
        {dialog?.kind === 'snooze' && <SnoozeForm key={dialog.target.flag.flagKey} target={dialog.target} today={today} onClose={onClose} />}
      </Modal>
    </>
  );
}
