/**
 * The agendas of the group meetings and what to bring to them, one tab per meeting type: lines
 * of minutes and activity, saved as you type, with the problems found, the total against the
 * meetings' length on the schedule, and a way back to the app's default.
 */
import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NumberInput,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSaveAsYouType } from '../../components/use-save-as-you-type';
import { resetMeetingPlan, saveMeetingPlan } from '../../db/documents-repo';
import {
  AGENDA_LIMITS,
  agendaMinutes,
  DEFAULT_MEETING_PLANS,
  isDefaultPlan,
  MEETING_PLAN_KINDS,
  MEETING_PLAN_LABELS,
  meetingPlanErrors,
  TOPIC_PLACEHOLDER,
  type MeetingPlan,
  type MeetingPlanKind,
  type MeetingPlans,
} from '../../domain/documents/meeting-plans';
import { formatDuration } from '../../domain/schedule/iso-dates';

/** "Meetings of this type on the schedule last 2 h" (or "1.5 h or 2 h"), or '' when none. */
function scheduledLength(minutes: readonly number[]): string {
  const lengths = [...new Set(minutes.filter((m) => m > 0))].sort((a, b) => a - b);
  if (lengths.length === 0) return '';
  return lengths.map(formatDuration).join(' or ');
}

function PlanEditor({
  programId,
  kind,
  stored,
  meetingMinutes,
}: {
  programId: string;
  kind: MeetingPlanKind;
  stored: MeetingPlan;
  meetingMinutes: readonly number[];
}) {
  const { draft, status, change, replace } = useSaveAsYouType<MeetingPlan>(stored, (plan) =>
    saveMeetingPlan(programId, kind, plan),
  );

  const setLine = (index: number, line: Partial<MeetingPlan['agenda'][number]>) =>
    change({ ...draft, agenda: draft.agenda.map((item, i) => (i === index ? { ...item, ...line } : item)) });
  const move = (index: number, by: -1 | 1) => {
    const agenda = [...draft.agenda];
    const [item] = agenda.splice(index, 1);
    if (item) agenda.splice(index + by, 0, item);
    change({ ...draft, agenda });
  };

  const reset = () =>
    modals.openConfirmModal({
      title: `Go back to the default plan for ${MEETING_PLAN_LABELS[kind].toLowerCase()}?`,
      children: (
        <Text size="sm">
          Your agenda and “what to bring” for this meeting type are replaced by the app’s default. This
          cannot be undone.
        </Text>
      ),
      labels: { confirm: 'Use the default', cancel: 'Keep mine' },
      confirmProps: { color: 'red' },
      onConfirm: () => replace(DEFAULT_MEETING_PLANS[kind], () => resetMeetingPlan(programId, kind)),
    });

  const errors = meetingPlanErrors(draft);
  const total = agendaMinutes(draft.agenda.filter((item) => Number.isFinite(item.minutes)));
  const length = scheduledLength(meetingMinutes);

  return (
    <Stack gap="sm" pt="sm">
      <Text size="sm" c="dimmed">
        Printed on the first page of the group meeting pack, with clock times from the meeting’s
        start.
        {kind === 'group' && ` Write ${TOPIC_PLACEHOLDER} where the meeting’s topic should appear.`}
      </Text>
      <Stack gap={6} role="list" aria-label={`Agenda: ${MEETING_PLAN_LABELS[kind]}`}>
        {draft.agenda.map((item, i) => (
          <Group key={i} gap={6} wrap="nowrap" role="listitem" align="flex-start">
            <NumberInput
              aria-label={`Minutes, line ${i + 1}`}
              value={Number.isFinite(item.minutes) ? item.minutes : ''}
              onChange={(v) => setLine(i, { minutes: typeof v === 'number' ? v : Number.NaN })}
              min={1}
              max={AGENDA_LIMITS.maxMinutes}
              allowDecimal={false}
              allowNegative={false}
              suffix=" min"
              w={96}
            />
            <TextInput
              aria-label={`What happens, line ${i + 1}`}
              value={item.activity}
              onChange={(e) => setLine(i, { activity: e.currentTarget.value })}
              maxLength={AGENDA_LIMITS.maxActivity}
              style={{ flex: 1 }}
            />
            <ActionIcon variant="subtle" size="lg" aria-label={`Move line ${i + 1} up`} disabled={i === 0} onClick={() => move(i, -1)}>
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              size="lg"
              aria-label={`Move line ${i + 1} down`}
              disabled={i === draft.agenda.length - 1}
              onClick={() => move(i, 1)}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`Remove line ${i + 1}`}
              onClick={() => change({ ...draft, agenda: draft.agenda.filter((_, j) => j !== i) })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <Group justify="space-between" align="flex-start">
        <Button
          variant="default"
          leftSection={<IconPlus size={16} />}
          disabled={draft.agenda.length >= AGENDA_LIMITS.maxItems}
          onClick={() => change({ ...draft, agenda: [...draft.agenda, { minutes: 10, activity: '' }] })}
        >
          Add a line
        </Button>
        <Text size="sm" ta="right" maw={420} data-testid="agenda-total">
          <Text span fw={600}>
            {formatDuration(total)} in all.
          </Text>{' '}
          {length === ''
            ? 'Each printed agenda is fitted to its meeting’s length on the schedule.'
            : total === 0 || meetingMinutes.every((m) => m === total)
              ? `These meetings last ${length} on the schedule.`
              : `These meetings last ${length} on the schedule: the printed timings are scaled to fit.`}
        </Text>
      </Group>
      <Textarea
        label="What to prepare or bring"
        description="Printed under the agenda and next to the meeting on the schedule handout."
        value={draft.bring}
        onChange={(e) => change({ ...draft, bring: e.currentTarget.value })}
        maxLength={AGENDA_LIMITS.maxBring}
        autosize
        minRows={2}
      />
      {errors.length > 0 && (
        <Stack gap={2} role="alert">
          <Text size="sm" fw={600} c="var(--mantine-color-red-text)">
            {errors.length === 1 ? 'One problem holds' : `${errors.length} problems hold`} back the
            meeting pack:
          </Text>
          {errors.map((e) => (
            <Text key={e} size="sm" c="var(--mantine-color-red-text)">
              {e}
            </Text>
          ))}
        </Stack>
      )}
      <Group justify="space-between">
        <Button variant="subtle" color="red" onClick={reset} disabled={isDefaultPlan(kind, draft)}>
          Reset to the default
        </Button>
        <Text size="xs" c="dimmed" aria-live="polite">
          {status === 'saving' ? 'Saving…' : 'Saved'}
        </Text>
      </Group>
    </Stack>
  );
}

/** The meeting plans editor in a dialog; `minutesByKind` gives the scheduled lengths. */
export function MeetingPlansModal(props: {
  opened: boolean;
  onClose: () => void;
  programId: string;
  plans: MeetingPlans;
  minutesByKind: Record<MeetingPlanKind, number[]>;
  initialKind: MeetingPlanKind;
}) {
  const [tab, setTab] = useState<MeetingPlanKind>(props.initialKind);
  useEffect(() => {
    if (props.opened) setTab(props.initialKind);
  }, [props.opened, props.initialKind]);
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title="Group meeting agendas"
      size="min(860px, calc(100vw - 48px))"
      closeButtonProps={{ 'aria-label': 'Close the agendas' }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Tabs value={tab} onChange={(v) => v && setTab(v as MeetingPlanKind)} keepMounted={false}>
        <Tabs.List>
          {MEETING_PLAN_KINDS.map((kind) => (
            <Tabs.Tab key={kind} value={kind}>
              {MEETING_PLAN_LABELS[kind]}
              {isDefaultPlan(kind, props.plans[kind]) ? '' : ' (edited)'}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {MEETING_PLAN_KINDS.map((kind) => (
          <Tabs.Panel key={kind} value={kind}>
            <PlanEditor
              programId={props.programId}
              kind={kind}
              stored={props.plans[kind]}
              meetingMinutes={props.minutesByKind[kind]}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
      <Group justify="flex-end" mt="md">
        <Button onClick={props.onClose}>Done</Button>
      </Group>
    </Modal>
  );
}
