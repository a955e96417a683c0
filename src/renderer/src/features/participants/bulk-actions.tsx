/**
 * Actions on the selected participants: withdraw, restore, set a field, delete. Each is one
 * transaction and is followed by a notice with an Undo button.
 */
import { Autocomplete, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconEdit, IconTrash, IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { reportDone, reportError } from '../../components/report-error';
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

let noticeCounter = 0;

/** A notice that something was done, with an Undo button while it shows. */
export function notifyWithUndo(title: string, message: string, undo: () => Promise<void>): void {
  noticeCounter += 1;
  const id = `participants-undo-${noticeCounter}`;
  notifications.show({
    id,
    color: 'teal',
    title,
    autoClose: 15_000,
    closeButtonProps: { 'aria-label': 'Dismiss' },
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" c="dimmed">
          {message}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          style={{ flexShrink: 0 }}
          leftSection={<IconArrowBackUp size={14} />}
          onClick={() => {
            notifications.hide(id);
            void undo().catch(reportError);
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
}

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);

function undoOf(change: BulkChange): () => Promise<void> {
  return async () => {
    const { restored, skipped } = await undoBulkChange(change);
    reportDone(
      'Undone',
      skipped > 0
        ? `${people(restored)} back as before; ${people(skipped)} edited since kept their edits.`
        : `${people(restored)} back as before.`,
    );
  };
}

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

  const changeStatus = async (status: 'active' | 'withdrawn') => {
    try {
      const change = await setParticipantsStatus(programId, selectedIds, status);
      const n = change.plan.after.length;
      if (n === 0) {
        reportDone(status === 'withdrawn' ? 'Already withdrawn' : 'Already active', 'Nothing needed changing.');
        return;
      }
      notifyWithUndo(
        status === 'withdrawn' ? `${people(n)} withdrawn` : `${people(n)} restored`,
        status === 'withdrawn'
          ? 'They stay on the roster with their history but are left out of pairing.'
          : 'They are active again and can be paired.',
        undoOf(change),
      );
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
          notifyWithUndo(`${people(result.plan.deleted.length)} deleted`, 'Removed from the roster.', async () => {
            await undoDelete(result.plan);
            reportDone('Deletion undone', `${people(result.plan.deleted.length)} back on the roster.`);
          });
          onDone();
        }, reportError),
    });
  };

  return (
    <>
      <Group gap="xs" role="group" aria-label="Actions on selected participants">
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
            notifyWithUndo(
              `${BULK_FIELD_LABELS[field]} set`,
              `${people(change.plan.after.length)} changed${change.plan.after.length < count ? ' (the others already had it)' : ''}.`,
              undoOf(change),
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
