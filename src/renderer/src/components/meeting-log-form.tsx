/**
 * Logging one meeting of a team, in full: the day, how long, how they met, the competencies they
 * worked on (from the team's choice), a short note and who logged it. Used from the "Log
 * meetings" list ("More…") and the team page; editing a logged meeting uses the same form.
 * Saving is one write; the done message offers Undo.
 */
import {
  Button,
  Checkbox,
  Group,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  addMeetingLog,
  deleteMeetingLog,
  updateMeetingLog,
  type SaveMeetingLogResult,
} from '../db/meetings-repo';
import { teamLabel } from '../domain/documents/document-models';
import {
  COORDINATOR,
  DEFAULT_MEETING_MINUTES,
  MAX_MEETING_NOTE,
  type MeetingLogDraft,
  type MeetingLogField,
} from '../domain/meetings/meeting-logs';
import { MEETING_MODE_LABELS, type Competency, type MeetingLog, type MeetingMode, type Participant, type Team } from '../domain/model';
import { printedNames } from '../domain/participants/printed-names';
import { formatDuration } from '../domain/schedule/iso-dates';
import { formatDay } from './dates';
import { switchTeamRecord } from '../db/undo-repo';
import { reportError } from './report-error';
import { notifyUndoable } from './undo-notice';

const MODE_CHOICES: { value: MeetingMode | ''; label: string }[] = [
  { value: 'in-person', label: MEETING_MODE_LABELS['in-person'] },
  { value: 'video', label: MEETING_MODE_LABELS.video },
  { value: 'phone', label: MEETING_MODE_LABELS.phone },
  { value: 'other', label: MEETING_MODE_LABELS.other },
  { value: '', label: 'Not said' },
];

/** Reports a saved log with Undo (an added log is removed, an edited one put back). */
export function notifyMeetingSaved(team: Pick<Team, 'kind' | 'number'>, result: Extract<SaveMeetingLogResult, { ok: true }>): void {
  const { log, before } = result;
  const what = `${formatDuration(log.minutes)} on ${formatDay(log.date)}`;
  if (before) {
    notifyUndoable({
      title: `Meeting of ${teamLabel(team)} changed`,
      message: `Now ${what}.`,
      label: `change the meeting of ${teamLabel(team)} on ${formatDay(before.date)}`,
      undo: () => switchTeamRecord('meetingLogs', log, before),
      redo: () => switchTeamRecord('meetingLogs', before, log),
      undoneMessage: 'The meeting is back as it was.',
    });
  } else {
    notifyUndoable({
      title: `Meeting logged for ${teamLabel(team)}`,
      message: `${what}.`,
      label: `log a meeting of ${teamLabel(team)}`,
      undo: () => switchTeamRecord('meetingLogs', log, null),
      redo: () => switchTeamRecord('meetingLogs', null, log),
      undoneMessage: 'The meeting is no longer logged.',
    });
  }
}

/** Deletes a logged meeting, with Undo. */
export function deleteMeetingWithUndo(team: Pick<Team, 'kind' | 'number'>, log: MeetingLog): void {
  deleteMeetingLog(log.id).then(
    (deleted) =>
      notifyUndoable({
        title: `Meeting of ${teamLabel(team)} deleted`,
        message: `${formatDuration(deleted.minutes)} on ${formatDay(deleted.date)}.`,
        label: `delete the meeting of ${teamLabel(team)} on ${formatDay(deleted.date)}`,
        undo: () => switchTeamRecord('meetingLogs', null, deleted),
        redo: () => switchTeamRecord('meetingLogs', deleted, null),
        undoneMessage: 'The meeting is logged again.',
      }),
    reportError,
  );
}

interface FormProps {
  team: Team;
  people: readonly Participant[];
  catalog: readonly Competency[];
  today: string;
  /** The log to change; a new one when absent. */
  log?: MeetingLog | undefined;
  /** Minutes to start from for a new log. */
  minutes?: string | undefined;
  /** Called once the log is saved (before the form closes). */
  onSaved?: (() => void) | undefined;
  onDone: () => void;
}

function MeetingLogForm({ team, people, catalog, today, log, minutes, onSaved, onDone }: FormProps) {
  const memberNames = people.map((p) => printedNames(p).name);
  const [date, setDate] = useState(log?.date ?? today);
  const [minutesText, setMinutesText] = useState(String(log?.minutes ?? (minutes || DEFAULT_MEETING_MINUTES)));
  const [mode, setMode] = useState<MeetingMode | ''>(log?.mode ?? 'in-person');
  const [competencyIds, setCompetencyIds] = useState<string[]>(log ? [...log.competencyIds] : []);
  const [notes, setNotes] = useState(log?.notes ?? '');
  const [loggedBy, setLoggedBy] = useState(log?.loggedBy || COORDINATOR);
  const [errors, setErrors] = useState<Partial<Record<MeetingLogField, string>>>({});
  const [saving, setSaving] = useState(false);

  const byId = new Map(catalog.map((c) => [c.id, c]));
  const offered = [...new Set([...team.competencyIds, ...(log?.competencyIds ?? [])])]
    .map((id) => byId.get(id))
    .filter((c): c is Competency => c !== undefined);
  const loggedByChoices = [...new Set([COORDINATOR, ...memberNames, ...(log?.loggedBy ? [log.loggedBy] : [])])];
  const minutesNumber = /^\d+$/.test(minutesText.trim()) ? Number(minutesText.trim()) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const draft: MeetingLogDraft = { date, minutes: minutesText, mode, competencyIds, notes, loggedBy };
    try {
      const result = log ? await updateMeetingLog(log.id, draft, today) : await addMeetingLog(team.id, draft, today);
      if (!result.ok) {
        setErrors({ [result.field]: result.message });
        return;
      }
      notifyMeetingSaved(team, result);
      onSaved?.();
      onDone();
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label="Day they met"
            type="date"
            value={date}
            max={today}
            onChange={(e) => {
              setDate(e.currentTarget.value);
              setErrors((x) => ({ ...x, date: undefined }));
            }}
            error={errors.date}
            description={date ? formatDay(date) : ' '}
            data-autofocus
          />
          <TextInput
            label="Minutes"
            inputMode="numeric"
            value={minutesText}
            onChange={(e) => {
              setMinutesText(e.currentTarget.value);
              setErrors((x) => ({ ...x, minutes: undefined }));
            }}
            error={errors.minutes}
            description={minutesNumber !== null && minutesNumber >= 60 ? formatDuration(minutesNumber) : ' '}
          />
        </SimpleGrid>
        <Radio.Group label="How they met" value={mode} onChange={(v) => setMode(v as MeetingMode | '')} error={errors.mode}>
          <Group gap="md" mt={6}>
            {MODE_CHOICES.map((m) => (
              <Radio key={m.value || 'none'} value={m.value} label={m.label} />
            ))}
          </Group>
        </Radio.Group>
        {offered.length > 0 ? (
          <Checkbox.Group label="Competencies they worked on" value={competencyIds} onChange={setCompetencyIds}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} mt={6} spacing="xs">
              {offered.map((c) => (
                <Checkbox key={c.id} value={c.id} label={c.name} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        ) : (
          <Text size="sm" c="dimmed">
            {teamLabel(team)} has not chosen its competencies yet; choose them on the Pairing screen to note which ones a
            meeting worked on.
          </Text>
        )}
        <Textarea
          label="Short note"
          description="What they talked about or agreed; optional"
          autosize
          minRows={2}
          maxRows={6}
          maxLength={MAX_MEETING_NOTE}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={errors.notes}
        />
        <Select
          label="Logged by"
          data={loggedByChoices}
          value={loggedBy}
          onChange={(v) => v && setLoggedBy(v)}
          allowDeselect={false}
          error={errors.loggedBy}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {log ? 'Save changes' : 'Log the meeting'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The full form in a dialog; `team` null keeps it closed. */
export function MeetingLogModal(props: Omit<FormProps, 'team' | 'onDone'> & { team: Team | null; onClose: () => void }) {
  const { team, onClose, ...rest } = props;
  return (
    <Modal
      opened={team !== null}
      onClose={onClose}
      title={team ? `${rest.log ? 'Change the meeting of' : 'Log a meeting of'} ${teamLabel(team)}` : ''}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {team && <MeetingLogForm key={`${team.id}:${rest.log?.id ?? 'new'}`} team={team} {...rest} onDone={onClose} />}
    </Modal>
  );
}
