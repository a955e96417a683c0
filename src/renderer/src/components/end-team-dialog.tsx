/**
 * Ending a team without fault (rematch): the reason, kept on record, and what happens next in
 * words: its people go back to the Pairing board, never to be paired with each other again this
 * cycle, and every other team stays as it is. Used by the attention list and the Pairing board.
 */
import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { rematchTeam, undoRematch } from '../db/rematch-repo';
import { joinNames } from '../domain/documents/document-models';
import { reportError } from './report-error';
import { todayIso } from './today';
import { notifyUndoable } from './undo-notice';

/** The team to end: its id, its name ("Pair 03") and its members' names. */
export interface EndingTeam {
  id: string;
  label: string;
  memberNames: string[];
}

function EndTeamForm({ team, onClose }: { team: EndingTeam; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const names = joinNames(team.memberNames);

  const submit = async () => {
    setBusy(true);
    try {
      const day = todayIso();
      const result = await rematchTeam(team.id, reason, day);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      onClose();
      // Redo ends it again the same way; the next undo takes back what that redo changed.
      let record = result.record;
      notifyUndoable({
        title: `${team.label} ended`,
        message: `${names} are back on the Pairing board, to be paired with someone else.`,
        label: `end ${team.label}`,
        undo: () => undoRematch(record),
        redo: async () => {
          const again = await rematchTeam(team.id, reason, day);
          if (!again.ok) throw new Error(again.message);
          record = again.record;
        },
        undoneMessage: `${team.label} is confirmed again.`,
      });
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(false);
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
        <Text size="sm">Changing a pairing is nobody’s fault. When you end {team.label}:</Text>
        <List size="sm" spacing={4}>
          <List.Item>{names} go back to the Pairing board as people without a team.</List.Item>
          <List.Item>They will not be paired with each other again this cycle.</List.Item>
          <List.Item>Their meetings, check-ins and notes stay on record; every other team stays as it is.</List.Item>
        </List>
        <Textarea
          label="Why the team ends"
          description="Kept on record with the team; participants never see it."
          placeholder="For example: our schedules never matched"
          autosize
          minRows={2}
          maxLength={2000}
          data-autofocus
          value={reason}
          error={error}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
          }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep the team
          </Button>
          <Button type="submit" color="red" loading={busy}>
            End {team.label}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The dialog; closed when `team` is null. */
export function EndTeamDialog({ team, onClose }: { team: EndingTeam | null; onClose: () => void }) {
  return (
    <Modal
      opened={team !== null}
      onClose={onClose}
      title={team ? `End ${team.label} and pair again?` : ''}
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
      {team && <EndTeamForm key={team.id} team={team} onClose={onClose} />}
    </Modal>
  );
}
