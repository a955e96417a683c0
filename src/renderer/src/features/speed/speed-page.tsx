/**
 * Speed mentoring: set up an event, check people in at the door (and add walk-ins), plan the
 * rotation with its figures and table numbers, re-plan when someone leaves or arrives, run the
 * live mode on the projector, print the sheets and cards, and afterwards record who met and
 * who would like to continue with whom.
 */
import {
  Alert,
  Autocomplete,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlayerPlay, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDay } from '../../components/dates';
import { reportDone, reportError } from '../../components/report-error';
import { todayIso } from '../../components/today';
import { useParticipants, useProgramTeams } from '../../db/participants-repo';
import { useCurrentProgram } from '../../db/programs-repo';
import {
  addWalkIn,
  createSpeedEvent,
  savePlan,
  setCheckedIn,
  setLeft,
  setRoundsHeld,
  updateSpeedSetup,
  useSpeedEvents,
} from '../../db/speed-repo';
import type { Participant } from '../../domain/model';
import {
  DEFAULT_SPEED_SETUP,
  checkSpeedSetup,
  eventMinutes,
  peopleInRoom,
  planRounds,
  roundsAsked,
  roundsForEveryone,
  rotationQuality,
  speedNames,
  type SpeedEventView,
  type SpeedSetup,
} from '../../domain/speed';
import { AfterEvent } from './after-event';
import { LiveMode } from './live-mode';
import { SpeedPrintables } from './speed-printables';
import { confirmedTeams, planEvent } from './speed-plan';

function NumberField({
  label,
  value,
  field,
  event,
  min,
  max,
  description,
}: {
  label: string;
  value: number;
  field: keyof SpeedSetup;
  event: SpeedEventView;
  min: number;
  max: number;
  description?: string;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <NumberInput
      label={label}
      description={description}
      value={value}
      min={min}
      max={max}
      allowDecimal={false}
      error={error}
      onChange={(v) => {
        const n = typeof v === 'number' ? v : Number.NaN;
        const problem = checkSpeedSetup({ [field]: n });
        setError(problem);
        if (!problem) updateSpeedSetup(event.id, { [field]: n }).catch(reportError);
      }}
    />
  );
}

function TextField({ label, value, field, event, placeholder }: { label: string; value: string; field: 'title' | 'date' | 'startTime' | 'place'; event: SpeedEventView; placeholder?: string }) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    if (draft === value) return;
    const problem = checkSpeedSetup({ [field]: draft });
    setError(problem);
    if (!problem) updateSpeedSetup(event.id, { [field]: draft }).catch(reportError);
  };
  return (
    <TextInput
      label={label}
      value={draft}
      placeholder={placeholder}
      type={field === 'date' ? 'date' : field === 'startTime' ? 'time' : 'text'}
      error={error}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
      }}
    />
  );
}

function SetupCard({ event, present }: { event: SpeedEventView; present: number }) {
  const asked = event.everyoneMeetsEveryone ? roundsForEveryone(present) : roundsAsked(event);
  return (
    <Card withBorder radius="md" padding="lg" aria-label="Event setup" component="section">
      <Title order={2} size="h4" mb="sm">
        Setup
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
        <TextField label="Title" value={event.title} field="title" event={event} />
        <TextField label="Date" value={event.date} field="date" event={event} />
        <TextField label="Start" value={event.startTime} field="startTime" event={event} />
        <TextField label="Place" value={event.place} field="place" event={event} placeholder="Room or hall" />
        <NumberField label="Round length (minutes)" description="Half each way: both mentor and mentee" value={event.roundMinutes} field="roundMinutes" event={event} min={2} max={120} />
        <NumberField label="Preparation (minutes)" value={event.prepMinutes} field="prepMinutes" event={event} min={0} max={120} />
        <NumberField label="Wrap-up (minutes)" value={event.wrapMinutes} field="wrapMinutes" event={event} min={0} max={120} />
        <NumberField label="Tables in the room" value={event.tables} field="tables" event={event} min={1} max={1000} />
        <NumberField label="Rounds" description="Used when no time slot is given" value={event.roundCount} field="roundCount" event={event} min={1} max={200} />
        <NumberField label="Or: as many as fit in (minutes)" description="0 = use the number of rounds" value={event.fitMinutes} field="fitMinutes" event={event} min={0} max={1440} />
        <Select
          label="Odd number of people"
          value={event.oddCount}
          allowDeselect={false}
          data={[
            { value: 'triad', label: 'One table of three' },
            { value: 'sit-out', label: 'One sits out, in turn' },
          ]}
          onChange={(v) => v && updateSpeedSetup(event.id, { oddCount: v as SpeedSetup['oddCount'] }).catch(reportError)}
        />
        <Switch
          mt="lg"
          label="Everyone meets everyone"
          checked={event.everyoneMeetsEveryone}
          onChange={(e) => updateSpeedSetup(event.id, { everyoneMeetsEveryone: e.currentTarget.checked }).catch(reportError)}
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed" mt="md">
        {asked} round{asked === 1 ? '' : 's'} of {event.roundMinutes} minutes ({event.roundMinutes / 2} each way), after {event.prepMinutes} minutes of
        preparation and before {event.wrapMinutes} minutes of wrap-up: {eventMinutes(event, asked)} minutes in all.
      </Text>
    </Card>
  );
}

function DoorCard({ event, participants }: { event: SpeedEventView; participants: Participant[] }) {
  const [query, setQuery] = useState('');
  const [walkName, setWalkName] = useState('');
  const [walkEmail, setWalkEmail] = useState('');
  const [walkError, setWalkError] = useState<string | null>(null);
  const checked = new Set(event.participantIds);
  const left = new Set(event.leftIds);
  const candidates = participants.filter((p) => p.status !== 'withdrawn' && !checked.has(p.id));
  const names = speedNames(event, participants);
  const labelOf = (p: Participant) => (p.department ? `${p.name} (${p.department})` : p.name);
  const inRoom = [...event.participantIds, ...event.walkIns.map((w) => w.id)];
  // Picking an option sets the field to its label: that is the moment to check the person in.
  const onQuery = (text: string) => {
    const p = candidates.find((c) => labelOf(c) === text);
    setQuery(p ? '' : text);
    if (p) setCheckedIn(event.id, p.id, true).catch(reportError);
  };
  const addWalk = () => {
    addWalkIn(event.id, walkName, walkEmail)
      .then(() => {
        setWalkName('');
        setWalkEmail('');
        setWalkError(null);
      })
      .catch((e: unknown) => setWalkError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <Card withBorder radius="md" padding="lg" aria-label="At the door" component="section">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          At the door
        </Title>
        <Badge size="lg" variant="light">
          {inRoom.length - [...left].filter((id) => inRoom.includes(id)).length} in the room
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Autocomplete
            label="Check someone in"
            placeholder="Type a name or department"
            value={query}
            onChange={onQuery}
            data={candidates.map(labelOf)}
            limit={8}
          />
          <Text size="sm" fw={500} mt="sm">
            Walked in without being on the list
          </Text>
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <TextInput aria-label="Walk-in name" placeholder="Name" value={walkName} onChange={(e) => setWalkName(e.currentTarget.value)} error={walkError} style={{ flex: 2 }} />
            <TextInput aria-label="Walk-in email" placeholder="Email (optional)" value={walkEmail} onChange={(e) => setWalkEmail(e.currentTarget.value)} style={{ flex: 2 }} />
            <Button leftSection={<IconPlus size={16} />} onClick={addWalk} variant="light">
              Add walk-in
            </Button>
          </Group>
        </Stack>
        <Table aria-label="People in the room" verticalSpacing={4}>
          <Table.Tbody>
            {inRoom.length === 0 && (
              <Table.Tr>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    Nobody checked in yet: type a name on the left as people arrive.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {inRoom.map((id) => {
              const gone = left.has(id);
              const walkIn = !checked.has(id);
              return (
                <Table.Tr key={id} data-testid="present-row">
                  <Table.Td>
                    <Text size="sm" td={gone ? 'line-through' : undefined}>
                      {names.get(id) ?? 'Someone no longer on the roster'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {walkIn && <Badge variant="outline">Walk-in</Badge>}
                    {gone && <Badge color="gray">Left</Badge>}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button size="compact-sm" variant="subtle" onClick={() => setLeft(event.id, id, !gone).catch(reportError)} aria-label={`${gone ? 'Back' : 'Left'}: ${names.get(id) ?? ''}`}>
                      {gone ? 'Came back' : 'Mark as left'}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
    </Card>
  );
}

function PlanCard({
  event,
  participants,
  keptApart,
  metBefore,
  onLive,
}: {
  event: SpeedEventView;
  participants: Participant[];
  keptApart: string[][];
  metBefore: [string, string][];
  onLive: () => void;
}) {
  const [message, setMessage] = useState('');
  const names = speedNames(event, participants);
  const room = peopleInRoom(event, participants);
  const rounds = planRounds(event);
  const quality = useMemo(() => rotationQuality(rounds, room, metBefore), [rounds, room, metBefore]);
  const held = event.roundsHeld;
  const inRoom = new Set(room.map((p) => p.id));
  const planned = new Set(rounds.slice(held).flatMap((r) => [...r.tables.flatMap((t) => t.people), ...r.sitOut]));
  const outOfStep = rounds.length > held && (room.some((p) => !planned.has(p.id)) || [...planned].some((id) => !inRoom.has(id)));
  const plan = () => {
    const result = planEvent(event, participants, keptApart, metBefore);
    setMessage(result.message);
    savePlan(event.id, result.rounds)
      .then(() => reportDone(held > 0 ? `Re-planned from round ${held + 1}` : 'Rotation planned', `${result.rounds.length} rounds; rounds already held stay as they were.`))
      .catch(reportError);
  };
  const name = (id: string) => names.get(id) ?? 'Someone no longer on the roster';
  return (
    <Card withBorder radius="md" padding="lg" aria-label="Rotation plan" component="section">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Rotation plan
        </Title>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Rounds held
          </Text>
          <NumberInput
            aria-label="Rounds held so far"
            w={80}
            size="xs"
            value={held}
            min={0}
            max={rounds.length}
            allowDecimal={false}
            onChange={(v) => typeof v === 'number' && setRoundsHeld(event.id, v).catch(reportError)}
          />
          <Button onClick={plan} variant={rounds.length === 0 || outOfStep ? 'filled' : 'light'} disabled={room.length < 2}>
            {rounds.length === 0 ? 'Plan the rotation' : held > 0 ? `Re-plan from round ${held + 1}` : 'Plan again'}
          </Button>
          <Button leftSection={<IconPlayerPlay size={16} />} onClick={onLive} disabled={rounds.length === 0}>
            Start live mode
          </Button>
        </Group>
      </Group>
      {room.length < 2 && (
        <Text size="sm" c="dimmed">
          Check at least two people in to plan the rounds.
        </Text>
      )}
      {message !== '' && (
        <Alert color="orange" mb="sm" title="Fewer rounds than asked">
          {message}
        </Alert>
      )}
      {outOfStep && (
        <Alert color="blue" mb="sm" title="Someone left or arrived">
          The rounds still to come do not match who is in the room. Press “{held > 0 ? `Re-plan from round ${held + 1}` : 'Plan again'}”: rounds already held stay as they were.
        </Alert>
      )}
      {rounds.length > 0 && (
        <>
          <Group gap="xl" mb="md" aria-label="Plan figures">
            <Figure id="new" label="new meetings" value={`${quality.newPercent} %`} />
            <Figure id="unknown" label="don’t know each other well" value={`${quality.unknownPercent} %`} />
            <Figure id="departments" label="different departments" value={`${quality.differentDepartmentPercent} %`} />
            <Figure id="repeats" label="repeats" value={String(quality.repeats)} />
            <Figure id="sit-outs" label="most sit-outs by one person" value={String(quality.mostSitOuts)} />
            <Figure id="moves" label="table changes (one stays, one moves)" value={String(quality.tableChanges)} />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {rounds.map((r, i) => (
              <Card key={i} withBorder padding="sm" radius="sm" data-testid="plan-round" bg={i < held ? 'var(--mantine-color-gray-light)' : undefined}>
                <Group justify="space-between" mb={4}>
                  <Text fw={700}>Round {i + 1}</Text>
                  {i < held && <Badge color="gray">Held</Badge>}
                </Group>
                <Table verticalSpacing={2} aria-label={`Round ${i + 1}`}>
                  <Table.Tbody>
                    {[...r.tables]
                      .sort((a, b) => a.table - b.table)
                      .map((t) => (
                        <Table.Tr key={t.table}>
                          <Table.Td w={72}>
                            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                              Table {t.table}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{t.people.map(name).join(' · ')}</Text>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                  </Table.Tbody>
                </Table>
                {r.sitOut.length > 0 && (
                  <Text size="sm" c="dimmed" mt={4}>
                    Sits out: {r.sitOut.map(name).join(', ')}
                  </Text>
                )}
              </Card>
            ))}
          </SimpleGrid>
          {Math.max(...rounds.map((r) => r.tables.length)) > event.tables && (
            <Text size="sm" c="orange" mt="sm">
              The plan needs {Math.max(...rounds.map((r) => Math.max(...r.tables.map((t) => t.table))))} tables; the setup says {event.tables}. Add tables or
              number extra spots in the room.
            </Text>
          )}
        </>
      )}
    </Card>
  );
}

function Figure({ label, value, id }: { label: string; value: string; id: string }) {
  return (
    <Stack gap={0}>
      <Text fw={700} size="xl" data-testid={`figure-${id}`}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

export function SpeedPage() {
  const program = useCurrentProgram();
  const events = useSpeedEvents(program?.id);
  const participants = useParticipants(program?.id);
  const teams = useProgramTeams(program?.id);
  const [params, setParams] = useSearchParams();
  const [live, setLive] = useState(false);
  const keptApart = useMemo(() => (teams ? confirmedTeams(teams.teams, teams.members) : []), [teams]);
  const selectedId = params.get('event') ?? events?.[0]?.id ?? null;
  const event = events?.find((e) => e.id === selectedId) ?? events?.[0];
  const metBefore = useMemo(
    () =>
      (events ?? [])
        .filter((e) => e.id !== event?.id)
        .flatMap((e) => e.rounds.flat().filter((p): p is [string, string] => p[1] !== null)),
    [events, event?.id],
  );

  if (!program) return null;
  if (!events || !participants || !teams) {
    return (
      <Center mt="xl">
        <Loader aria-label="Loading speed mentoring" />
      </Center>
    );
  }
  const create = () => {
    const setup: SpeedSetup = { ...DEFAULT_SPEED_SETUP, title: 'Speed peer mentoring', date: todayIso() };
    createSpeedEvent(program.id, setup)
      .then((id) => setParams({ event: id }))
      .catch(reportError);
  };
  if (event && live) {
    return <LiveMode event={event} participants={participants} onLeave={() => setLive(false)} />;
  }
  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            Speed mentoring
          </Title>
          <Text c="dimmed">
            Short rounds in which everyone meets someone they don’t know well, each taking a turn as mentor and as mentee.
          </Text>
        </Stack>
        <Group>
          {events.length > 1 && event && (
            <Select
              aria-label="Event"
              value={event.id}
              data={events.map((e) => ({ value: e.id, label: `${e.title} · ${formatDay(e.date)}` }))}
              onChange={(v) => v && setParams({ event: v })}
              allowDeselect={false}
            />
          )}
          <Button leftSection={<IconPlus size={16} />} variant={event ? 'light' : 'filled'} onClick={create}>
            New event
          </Button>
        </Group>
      </Group>
      {!event ? (
        <Text>No speed mentoring event yet. “New event” sets one up for today; change the day, time and place in its setup.</Text>
      ) : (
        <>
          <SetupCard key={`setup-${event.id}`} event={event} present={peopleInRoom(event, participants).length} />
          <DoorCard event={event} participants={participants} />
          <PlanCard event={event} participants={participants} keptApart={keptApart} metBefore={metBefore} onLive={() => setLive(true)} />
          <SpeedPrintables event={event} program={program} participants={participants} />
          <AfterEvent event={event} participants={participants} />
        </>
      )}
    </Stack>
  );
}
