/**
 * Actions on the selected participants: withdraw, restore, set a field, delete. Each is one
 * transaction and is followed by a notice with an Undo button.
 */
import { Autocomplete, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconTrash, IconUserCheck, IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { reportDone, reportError } from '../../components/report-error';
import { notifyUndoable } from '../../components/undo-notice';
import { todayIso } from '../../components/today';
import {
  deleteParticipants,
  setParticipantsField,
  setParticipantsStatus,
  undoBulkChange,
  undoDelete,
  type BulkChange,
} from '../../db/participants-repo';
import { BULK_FIELD_LABELS, type BulkField } from '../../domain/participants/bulk-edits';
import { CAREER_STAGE_LABELS, type CareerStage } from '../../domain/model';

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);

/** A saved bulk change in the undo history: undo puts the earlier versions back, redo the change. */
function notifyBulkChange(title: string, message: string, label: string, change: BulkChange): void {
  // Redo is the same rule run the other way: each person goes back to the changed version unless
  // edited since (then they keep their edit and are counted).
  const redone: BulkChange = { kind: change.kind, plan: { before: change.plan.after, after: change.plan.before } };
  const report = (what: 'Undone' | 'Redone', { restored, skipped }: { restored: number; skipped: number }) => {
    if (skipped > 0) reportDone(`${what} for ${people(restored)}`, `${people(skipped)} edited since kept their edits.`);
  };
  notifyUndoable({
    title,
    message,
    label,
    undo: async () => report('Undone', await undoBulkChange(change)),
    redo: async () => report('Redone', await undoBulkChange(redone)),
    undoneMessage: 'They are back as before.',
  });
}

const STATUS_WORDS = {
  withdrawn: {
    already: 'Already withdrawn',
    done: 'withdrawn',
    verb: 'withdraw',
    next: 'They stay on the roster with their history but are left out of pairing.',
  },
  active: { already: 'Already active', done: 'restored', verb: 'restore', next: 'They are active again and can be paired.' },
  'opted-in': {
    already: 'Already opted in',
    done: 'opted in',
    verb: 'opt in',
    next: 'Their trial period starts today and ends at the first group meeting after it; pairing now includes them.',
  },
} as const;

interface Props {
  programId: string;
  /** Selected participant ids (only those visible with the current filters). */
  selectedIds: string[];
  /** Names by id, for messages. */
  nameOf: (id: string) => string;
  departments: string[];
  locations: string[];
  onDone: () => void;
}

/** The buttons shown while some participants are selected. */
export function BulkActions({ programId, selectedIds, nameOf, departments, locations, onDone }: Props) {
  const [setting, setSetting] = useState(false);
  const count = selectedIds.length;

  const changeStatus = async (status: 'active' | 'withdrawn' | 'opted-in') => {
    try {
      const change = await setParticipantsStatus(programId, selectedIds, status, todayIso());
      const n = change.plan.after.length;
      if (n === 0) {
        reportDone(STATUS_WORDS[status].already, 'Nothing needed changing.');
        return;
      }
      const words = STATUS_WORDS[status];
      notifyBulkChange(`${people(n)} ${words.done}`, words.next, `${words.verb} ${people(n)}`, change);
      onDone();
    } catch (error) {
      reportError(error);
    }
  };

  const confirmDelete = () => {
    const names = selectedIds.slice(0, 6).map(nameOf);
    modals.openConfirmModal({
      title: `Delete ${people(count)}?`,
      children: (
        <Stack gap="xs">
          <Text size="sm">
            {names.join(', ')}
            {count > names.length ? ` and ${count - names.length} more` : ''} will be removed from the roster, with their
            places in proposed pairs and others’ links to them. You can undo right after.
          </Text>
          <Text size="sm" c="dimmed">
            To keep someone’s history (pairs, attendance), withdraw them instead.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Delete', cancel: 'Keep them' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void deleteParticipants(programId, selectedIds).then((result) => {
          if (!result.ok) {
            notifications.show({
              color: 'red',
              title: 'Nobody was deleted',
              message: result.message,
              autoClose: 15_000,
              closeButtonProps: { 'aria-label': 'Dismiss' },
            });
            return;
          }
          // Redo deletes the same people again; the next undo brings back what that redo removed.
          let plan = result.plan;
          const ids = plan.deleted.map((p) => p.id);
          notifyUndoable({
            title: `${people(plan.deleted.length)} deleted`,
            message: 'Removed from the roster.',
            label: `delete ${ids.length === 1 ? nameOf(ids[0] as string) : people(ids.length)}`,
            undo: () => undoDelete(plan),
            redo: async () => {
              const again = await deleteParticipants(programId, ids);
              if (!again.ok) throw new Error(again.message);
              plan = again.plan;
            },
            undoneMessage: `${people(plan.deleted.length)} back on the roster.`,
          });
          onDone();
        }, reportError),
    });
  };

  return (
    <>
      <Group gap="xs" role="group" aria-label="Actions on selected participants">
        <Button size="xs" variant="default" leftSection={<IconUserCheck size={14} />} onClick={() => void changeStatus('opted-in')}>
          Mark opted in
        </Button>
        <Button size="xs" variant="default" leftSection={<IconUserMinus size={14} />} onClick={() => void changeStatus('withdrawn')}>
          Withdraw
        </Button>
        <Button size="xs" variant="default" leftSection={<IconUserPlus size={14} />} onClick={() => void changeStatus('active')}>
          Restore
        </Button>
        <Button size="xs" variant="default" leftSection={<IconEdit size={14} />} onClick={() => setSetting(true)}>
          Set a field…
        </Button>
        <Button size="xs" variant="light" color="red" leftSection={<IconTrash size={14} />} onClick={confirmDelete}>
          Delete…
        </Button>
      </Group>
      <Modal opened={setting} onClose={() => setSetting(false)} title={`Set a field for ${people(count)}`} closeButtonProps={{ 'aria-label': 'Close' }}>
        <SetFieldForm
          departments={departments}
          locations={locations}
          onCancel={() => setSetting(false)}
          onSubmit={async (field, value) => {
            const change = await setParticipantsField(programId, selectedIds, field, value);
            setSetting(false);
            notifyBulkChange(
              `${BULK_FIELD_LABELS[field]} set`,
              `${people(change.plan.after.length)} changed${change.plan.after.length < count ? ' (the others already had it)' : ''}.`,
              `set ${BULK_FIELD_LABELS[field].toLowerCase()} for ${people(change.plan.after.length)}`,
              change,
            );
          }}
        />
      </Modal>
    </>
  );
}

function SetFieldForm({
  departments,
  locations,
  onSubmit,
  onCancel,
}: {
  departments: string[];
  locations: string[];
  onSubmit: (field: BulkField, value: string | CareerStage | null) => Promise<void>;
  onCancel: () => void;
}) {
  const [field, setField] = useState<BulkField>('department');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const suggestions = field === 'department' ? departments : field === 'location' ? locations : [];
  return (
    <form
      aria-label="Set a field"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        const v = field === 'careerStage' ? ((value || null) as CareerStage | null) : value;
        void onSubmit(field, v)
          .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
          .finally(() => setBusy(false));
      }}
    >
      <Stack gap="sm">
        <Select
          label="Field"
          data={(Object.keys(BULK_FIELD_LABELS) as BulkField[]).map((f) => ({ value: f, label: BULK_FIELD_LABELS[f] }))}
          value={field}
          allowDeselect={false}
          onChange={(f) => {
            if (!f) return;
            setField(f as BulkField);
            setValue('');
            setError(null);
          }}
        />
        {field === 'careerStage' ? (
          <Select
            label="New value"
            placeholder="Not given"
            clearable
            data={(Object.keys(CAREER_STAGE_LABELS) as CareerStage[]).map((s) => ({ value: s, label: CAREER_STAGE_LABELS[s] }))}
            value={value || null}
            onChange={(v) => setValue(v ?? '')}
            error={error}
          />
        ) : (
          <Autocomplete
            label="New value"
            description="Leave empty to clear the field"
            data={suggestions}
            value={value}
            onChange={setValue}
            error={error}
            data-autofocus
          />
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Apply
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
