/**
 * Schedule: the nine-month calendar from the cycle start and a meeting rule ("second Tuesday,
 * 12:00, 2 h"), each event editable in place, warnings next to the events, the rule re-applied on
 * request, and the whole year exported as an .ics file for Outlook, Google or Apple calendars.
 */
import {
  Alert,
  Anchor,
  Button,
  Card,
  Center,
  Checkbox,
  Grid,
  Group,
  List,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCalendarDown, IconCalendarPlus, IconRefresh, IconSpeakerphone } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { AutoSaveInput } from '../../components/auto-save-input';
import { reportDone, reportError } from '../../components/report-error';
import {
  addAwarenessSession,
  applyRuleToProgramSchedule,
  checkEventChanges,
  clearFilledPlaces,
  fillMissingPlaces,
  generateProgramSchedule,
  updateScheduleDefaults,
  useProgramEvents,
  useScheduleDefaults,
  GENERATED_KINDS,
  type ScheduleDefaults,
} from '../../db/events-repo';
import { nowIso } from '../../db/ids';
import { useCurrentProgram } from '../../db/programs-repo';
import type { Program, ProgramEvent } from '../../domain/model';
import { gatheringsWithoutPlace, isGroupGathering } from '../../domain/schedule/annual-schedule';
import { formatDay } from '../../components/dates';
import { notifyUndoable } from '../../components/undo-notice';
import { buildIcsCalendar, icsFileName } from '../../domain/schedule/ics-export';
import { formatLongDate, isIsoDate } from '../../domain/schedule/iso-dates';
import { formatMeetingRule, parseMeetingRule } from '../../domain/schedule/meeting-rule';
import { scheduleWarnings } from '../../domain/schedule/schedule-warnings';
import { platform } from '../../platform';
import { plural } from '../../components/documents/document-plans';
import { EventCard } from './event-card';

function cycleWords(program: Program): string {
  if (!isIsoDate(program.cycleStart)) return 'No cycle start date yet';
  return `${formatLongDate(program.cycleStart)} to ${isIsoDate(program.cycleEnd) ? formatLongDate(program.cycleEnd) : '…'}`;
}

/**
 * After the usual place is set: ask whether to fill it into the group meetings that have no
 * place yet (so printed sign-in sheets and the schedule handout are not left with blanks).
 */
function offerToFillPlaces(programId: string, place: string, events: readonly ProgramEvent[]) {
  const empty = gatheringsWithoutPlace(events);
  if (place === '' || empty.length === 0) return;
  modals.openConfirmModal({
    title: `Use “${place}” for the meetings that have no place?`,
    children: (
      <Stack gap="xs">
        <Text size="sm">
          {empty.length === 1 ? 'This group meeting has' : `These ${empty.length} group meetings have`} no place yet:
        </Text>
        <List size="sm" spacing={2}>
          {empty.map((e) => (
            <List.Item key={e.id}>
              {e.title} · {formatDay(e.date)}
            </List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          Meetings that already have a place keep it.
        </Text>
      </Stack>
    ),
    labels: { confirm: 'Fill in the place', cancel: 'Leave them empty' },
    closeButtonProps: { 'aria-label': 'Close' },
    onConfirm: () =>
      void fillMissingPlaces(programId, place).then((ids) => {
        notifyUndoable({
          title: 'Place filled in',
          message: `${plural(ids.length, 'meeting')} now at ${place}.`,
          label: `fill in the place “${place}”`,
          undo: () => clearFilledPlaces(ids, place),
          redo: () => fillMissingPlaces(programId, place).then(() => undefined),
          undoneMessage: 'The meetings have no place again.',
        });
      }, reportError),
  });
}

function RuleCard({
  program,
  defaults,
  events,
}: {
  program: Program;
  defaults: ScheduleDefaults;
  events: ProgramEvent[];
}) {
  const generatedCount = events.filter((e) => GENERATED_KINDS.includes(e.kind)).length;
  const gatherings = events.filter((e) => isGroupGathering(e.kind)).length;

  const generate = () => {
    const go = () =>
      void generateProgramSchedule(program.id, defaults).then(
        (created) =>
          reportDone(
            'Schedule generated',
            `${plural(created.length, 'event')} from ${formatMeetingRule(defaults.rule)}.`,
          ),
        reportError,
      );
    if (generatedCount === 0) return go();
    modals.openConfirmModal({
      title: 'Lay out the year again?',
      children: (
        <Text size="sm">
          The {plural(generatedCount, 'event')} of the schedule are replaced by a new layout from
          the rule “{formatMeetingRule(defaults.rule)}”. Dates, times, places and notes you changed
          are lost.
        </Text>
      ),
      labels: { confirm: 'Replace the schedule', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: go,
    });
  };

  const reapply = () =>
    modals.openConfirmModal({
      title: 'Put the rule back on the group meetings?',
      children: (
        <Text size="sm">
          The {plural(gatherings, 'group meeting')} get their date, start time and length from “
          {formatMeetingRule(defaults.rule)}” again. Titles, places and notes stay as they are.
        </Text>
      ),
      labels: { confirm: 'Apply the rule', cancel: 'Cancel' },
      onConfirm: () =>
        void applyRuleToProgramSchedule(program.id, defaults).then(
          (changed) =>
            reportDone(
              'Rule applied',
              changed === 0
                ? 'Every meeting already followed the rule.'
                : `${plural(changed, 'meeting')} changed.`,
            ),
          reportError,
        ),
    });

  return (
    <Card withBorder padding="lg" radius="md">
      <Title order={2} size="h4" mb={4}>
        Meeting rule
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Group meetings fall on this day of their month; every meeting stays editable below. Cycle:{' '}
        {cycleWords(program)} (
        <Anchor component={Link} to="/setup" size="sm" underline="always">
          change in Program setup
        </Anchor>
        ).
      </Text>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <AutoSaveInput
            label="When group meetings happen"
            description="Like “second Tuesday, 12:00, 2 h” or “last Thursday at 4pm for 90 min”"
            value={formatMeetingRule(defaults.rule)}
            onSave={async (text) => {
              const parsed = parseMeetingRule(text, defaults.rule.minutes);
              if (!parsed.ok) return parsed.error;
              await updateScheduleDefaults(program.id, program.groupMeetingMinutes, {
                rule: parsed.rule,
              });
              return null;
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <AutoSaveInput
            label="Usual place"
            description="Used for new group meetings; each meeting can have its own"
            placeholder="e.g. Board room, 4th floor"
            value={defaults.place}
            onSave={async (text) => {
              const place = text.trim();
              const problem = checkEventChanges({ place });
              if (problem) return problem;
              await updateScheduleDefaults(program.id, program.groupMeetingMinutes, { place });
              offerToFillPlaces(program.id, place, events);
              return null;
            }}
          />
        </Grid.Col>
      </Grid>
      <Group mt="md" gap="sm">
        <Button
          leftSection={<IconCalendarPlus size={16} />}
          onClick={generate}
          disabled={!isIsoDate(program.cycleStart)}
        >
          {generatedCount === 0 ? 'Generate the year' : 'Generate the year again'}
        </Button>
        {gatherings > 0 && (
          <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={reapply}>
            Apply the rule to the meetings
          </Button>
        )}
        <Button
          variant="default"
          leftSection={<IconSpeakerphone size={16} />}
          onClick={() =>
            void addAwarenessSession(program.id).then(
              (e) =>
                reportDone(
                  'Awareness session added',
                  `${e.date ? `On ${formatDay(e.date)}, before the cycle` : 'Set its day'}: change the day, time and place below, and note the questions raised there.`,
                ),
              reportError,
            )
          }
        >
          Add awareness session
        </Button>
      </Group>
    </Card>
  );
}

export function SchedulePage() {
  const program = useCurrentProgram();
  const events = useProgramEvents(program?.id);
  const defaults = useScheduleDefaults(program?.id, program?.groupMeetingMinutes ?? 120);
  const [withPairMonths, setWithPairMonths] = useState(true);

  const warnings = useMemo(
    () =>
      program && events
        ? scheduleWarnings(events, { cycleStart: program.cycleStart, cycleEnd: program.cycleEnd })
        : [],
    [program, events],
  );

  if (!program) return null;
  if (!events || !defaults) {
    return (
      <Center mt="xl">
        <Loader aria-label="Loading the schedule" />
      </Center>
    );
  }

  const exportIcs = async () => {
    const text = buildIcsCalendar({
      program,
      events,
      dtstamp: nowIso(),
      pairsMonths: withPairMonths ? 'all-day' : 'omit',
    });
    const result = await platform.saveFile(
      icsFileName(program.name),
      new TextEncoder().encode(text),
      [{ name: 'Calendar', extensions: ['ics'] }],
    );
    if (result.status === 'saved')
      reportDone(
        'Calendar saved',
        `${icsFileName(program.name)}: open it to add the meetings to your calendar.`,
      );
  };

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          Schedule
        </Title>
        <Text c="dimmed">
          Nine months: a group meeting every second month, pairs meet by arrangement in between.
        </Text>
      </Stack>

      <RuleCard program={program} defaults={defaults} events={events} />

      {warnings.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          title={`${plural(warnings.length, 'thing')} to look at`}
        >
          <Text size="sm">
            The marked events below fall on a weekend, outside the cycle, or have an unusual time or
            length. Saving is never blocked: change them if they are not what you meant.
          </Text>
        </Alert>
      )}

      {events.length === 0 ? (
        <Card withBorder padding="xl" radius="md">
          <Stack align="center" gap={4}>
            <Title order={2} size="h4">
              No schedule yet
            </Title>
            <Text c="dimmed" ta="center" maw={520}>
              “Generate the year” lays out the orientation, three topic meetings, the debrief and
              the pair months from the rule above.
            </Text>
          </Stack>
        </Card>
      ) : (
        <Stack gap="sm">
          <Group justify="space-between" align="center" mt="xs">
            <Title order={2} size="h4">
              Events
            </Title>
            <Group gap="md">
              <Checkbox
                label="With the pair months as all-day reminders"
                checked={withPairMonths}
                onChange={(e) => setWithPairMonths(e.currentTarget.checked)}
              />
              <Button
                variant="light"
                leftSection={<IconCalendarDown size={16} />}
                onClick={() => void exportIcs().catch(reportError)}
              >
                Export .ics
              </Button>
            </Group>
          </Group>
          {events.map((event) => (
            <EventCard
              key={event.id}
              event={event}
              warnings={warnings.filter((w) => w.eventId === event.id)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
