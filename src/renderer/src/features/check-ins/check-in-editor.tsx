/**
 * Typing a check-in during a conversation with a team: the day, how it is going, whether
 * contributions are equal (and who gives more), progress on each chosen competency, what could be
 * better, the next step, a follow-up day and the coordinator's private note. Keyboard first: the
 * first answer has focus, arrow keys move within a choice, Ctrl/Cmd+Enter saves, Escape cancels.
 * The whole check-in is saved in one write when the coordinator chooses Save.
 */
import {
  Badge,
  Button,
  Group,
  Kbd,
  Modal,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import {
  blankCheckInEntry,
  checkCheckInEntry,
  entryOfCheckIn,
  PROGRESS_SCALE_WORDS,
  type CheckInEntry,
  type CleanCheckInEntry,
  type EntryField,
} from '../../domain/check-ins/check-in-entry';
import type { CheckIn, CheckInStatus, Competency, ContributionBalance, Participant } from '../../domain/model';
import { CHECK_IN_STATUS_LABELS, CONTRIBUTION_BALANCE_LABELS } from '../../domain/model';

/** The team being checked in with, as the editor shows it. */
export interface EditorTeam {
  id: string;
  label: string;
  members: Participant[];
  /** Chosen competencies (retired ones included: they stay on the record). */
  competencies: Competency[];
}

const STATUS_ORDER: CheckInStatus[] = ['on-track', 'some-concerns', 'stalled'];
const BALANCE_ORDER: ContributionBalance[] = ['equal', 'mostly-one-way', 'unknown'];
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function CheckInEditor({
  opened,
  team,
  editing,
  today,
  onClose,
  onSave,
}: {
  opened: boolean;
  team: EditorTeam | null;
  /** The check-in being edited; null for a new one. */
  editing: CheckIn | null;
  today: string;
  onClose: () => void;
  /** Save the cleaned answers (and, for a new one, how it came in); resolves when stored. */
  onSave: (entry: CleanCheckInEntry, source: 'typed' | 'paper') => Promise<void>;
}) {
  return (
    <Modal
      opened={opened && team !== null}
      onClose={onClose}
      size="xl"
      title={team ? `${editing ? 'Edit the check-in' : 'Check-in'} with ${team.label}` : ''}
      closeButtonProps={{ 'aria-label': 'Close the check-in' }}
    >
      {team && (
        <EditorForm
          key={`${team.id}:${editing?.id ?? 'new'}`}
          team={team}
          initial={editing ? entryOfCheckIn(editing) : blankCheckInEntry(today)}
          onCancel={onClose}
          onSave={onSave}
          isEdit={editing !== null}
        />
      )}
    </Modal>
  );
}

function EditorForm({
  team,
  initial,
  onCancel,
  onSave,
  isEdit,
}: {
  team: EditorTeam;
  initial: CheckInEntry;
  onCancel: () => void;
  onSave: (entry: CleanCheckInEntry, source: 'typed' | 'paper') => Promise<void>;
  isEdit: boolean;
}) {
  const [entry, setEntry] = useState<CheckInEntry>(initial);
  const [source, setSource] = useState<'typed' | 'paper'>('typed');
  const [errors, setErrors] = useState<Partial<Record<EntryField, string>>>({});
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof CheckInEntry>(key: K, value: CheckInEntry[K]) => {
    setEntry((e) => ({ ...e, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const save = () => {
    if (saving) return;
    const checked = checkCheckInEntry(entry, { memberIds: team.members.map((m) => m.id) });
    if (!checked.ok) {
      setErrors(Object.fromEntries(checked.problems.map((p) => [p.field, p.message])));
      return;
    }
    setSaving(true);
    onSave(checked.value, source).finally(() => setSaving(false));
  };
  // Works from any field of the open editor, text areas included (no tags ignored).
  useHotkeys([['mod+Enter', save]], []);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      aria-label={`Check-in with ${team.label}`}
    >
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Text size="sm" c="dimmed">
            {team.members.map((m) => m.name).join(' · ')}
          </Text>
          {!isEdit && (
            <SegmentedControl
              size="xs"
              aria-label="Where the answers come from"
              value={source}
              onChange={(v) => setSource(v as 'typed' | 'paper')}
              data={[
                { value: 'typed', label: 'Conversation' },
                { value: 'paper', label: 'Paper form' },
              ]}
            />
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            type="date"
            label="Day of the check-in"
            value={entry.date}
            onChange={(e) => set('date', e.currentTarget.value)}
            error={errors.date}
            required
            data-autofocus
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="check-in-status-label">
              How is it going?{' '}
              <Text span c="var(--mantine-color-red-text)" aria-hidden>
                *
              </Text>
            </Text>
            <SegmentedControl
              aria-labelledby="check-in-status-label"
              value={entry.status}
              onChange={(v) => set('status', v as CheckInStatus)}
              data={STATUS_ORDER.map((s) => ({ value: s, label: CHECK_IN_STATUS_LABELS[s] }))}
              fullWidth
            />
            {errors.status && (
              <Text size="xs" c="var(--mantine-color-red-text)" role="alert">
                {errors.status}
              </Text>
            )}
          </Stack>
        </SimpleGrid>

        <Stack gap={4}>
          <Text size="sm" fw={500} id="check-in-balance-label">
            Are contributions equal? Is it give and take?
          </Text>
          <SegmentedControl
            aria-labelledby="check-in-balance-label"
            value={entry.balance}
            onChange={(v) => set('balance', v as ContributionBalance)}
            data={BALANCE_ORDER.map((b) => ({ value: b, label: CONTRIBUTION_BALANCE_LABELS[b] }))}
          />
          {entry.balance === 'mostly-one-way' && (
            <Radio.Group
              label="Who gives more?"
              value={entry.givesMoreId}
              onChange={(v) => set('givesMoreId', v)}
              error={errors.givesMoreId}
              mt={4}
            >
              <Group gap="lg" mt={6}>
                {team.members.map((m) => (
                  <Radio key={m.id} value={m.id} label={m.name} />
                ))}
                <Radio value="" label="Not said" />
              </Group>
            </Radio.Group>
          )}
        </Stack>

        <Stack gap={6}>
          <Group justify="space-between" align="baseline">
            <Text size="sm" fw={500}>
              Progress on the chosen competencies
            </Text>
            <Text size="xs" c="dimmed">
              1 = {PROGRESS_SCALE_WORDS[1].toLowerCase()} · 5 = {PROGRESS_SCALE_WORDS[5].toLowerCase()}
            </Text>
          </Group>
          {team.competencies.length === 0 ? (
            <Text size="sm" c="dimmed">
              This team has not chosen its competencies yet (Pairing screen, “Choose competencies”).
            </Text>
          ) : (
            team.competencies.map((c) => {
              const value = entry.progress[c.id];
              return (
                <Group key={c.id} justify="space-between" wrap="nowrap" gap="md">
                  <Text size="sm" id={`progress-${c.id}`} style={{ flex: 1, minWidth: 0 }}>
                    {c.name}
                  </Text>
                  <SegmentedControl
                    aria-labelledby={`progress-${c.id}`}
                    size="xs"
                    value={value === undefined ? 'none' : String(value)}
                    onChange={(v) => {
                      const progress = { ...entry.progress };
                      if (v === 'none') delete progress[c.id];
                      else progress[c.id] = Number(v);
                      set('progress', progress);
                    }}
                    data={[
                      { value: 'none', label: 'Not rated' },
                      ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
                    ]}
                  />
                </Group>
              );
            })
          )}
        </Stack>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Textarea
            label="What could be improved"
            autosize
            minRows={2}
            maxRows={6}
            value={entry.improvements}
            onChange={(e) => set('improvements', e.currentTarget.value)}
            error={errors.improvements}
          />
          <Textarea
            label="Next step"
            description="What the team agreed to do next"
            autosize
            minRows={2}
            maxRows={6}
            value={entry.nextStep}
            onChange={(e) => set('nextStep', e.currentTarget.value)}
            error={errors.nextStep}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            type="date"
            label="Follow up on"
            description="Optional: the day to check how the next step went"
            value={entry.followUpOn}
            onChange={(e) => set('followUpOn', e.currentTarget.value)}
            error={errors.followUpOn}
          />
          <Textarea
            label={
              <Group gap={6} component="span">
                <span>Private note</span>
                <Badge size="xs" variant="light" color="gray" leftSection={<IconLock size={10} aria-hidden />}>
                  Never printed
                </Badge>
              </Group>
            }
            description="Only for you: never on forms, letters or emails"
            autosize
            minRows={2}
            maxRows={6}
            value={entry.coordinatorNote}
            onChange={(e) => set('coordinatorNote', e.currentTarget.value)}
            error={errors.coordinatorNote}
          />
        </SimpleGrid>

        <Group justify="space-between" mt="xs">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">{isMac ? '⌘' : 'Ctrl'}</Kbd> + <Kbd size="xs">Enter</Kbd> saves, <Kbd size="xs">Esc</Kbd> cancels
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              {isEdit ? 'Save changes' : 'Save check-in'}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
