/**
 * After the event: who actually met (the plan, corrected by hand) goes into everyone's
 * people-known lists, and each person's "I'd like to continue with …" choices (up to three),
 * entered here or imported from a form export.
 */
import { Alert, Button, Card, Checkbox, Group, MultiSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { formatDay } from '../../components/dates';
import { reportDone, reportError } from '../../components/report-error';
import { todayIso } from '../../components/today';
import { recordMeetings, setContinueWith } from '../../db/speed-repo';
import { ContinueImport } from './continue-import';
import type { Participant } from '../../domain/model';
import { meetingsFromPlan, mutualContinueChoices, speedNames, type SpeedEventView } from '../../domain/speed';

export function AfterEvent({ event, participants }: { event: SpeedEventView; participants: Participant[] }) {
  const names = useMemo(() => speedNames(event, participants), [event, participants]);
  const name = (id: string) => names.get(id) ?? 'Someone no longer on the roster';
  const planned = useMemo(() => meetingsFromPlan(event.plan.slice(0, event.roundsHeld)), [event.plan, event.roundsHeld]);
  const [skipped, setSkipped] = useState<Set<string>>(new Set());
  const everyone = [...new Set(planned.flat(2).filter((id): id is string => id !== null))].sort((a, b) => name(a).localeCompare(name(b)));
  const mutual = mutualContinueChoices(event.continueWith);
  if (event.roundsHeld === 0) {
    return (
      <Card withBorder radius="md" padding="lg" aria-label="After the event" component="section">
        <Title order={2} size="h4" mb={4}>
          After the event
        </Title>
        <Text size="sm" c="dimmed">
          Once rounds are held (the live mode counts them, or set “held” on the plan), record here who met and whom each person would like to continue with.
        </Text>
      </Card>
    );
  }
  const key = (r: number, a: string, b: string) => `${r}:${a}:${b}`;
  const record = () => {
    const rounds = planned.map((round, r) => round.filter(([a, b]) => b === null || !skipped.has(key(r, a, b))));
    recordMeetings(event.id, rounds, todayIso())
      .then((n) => reportDone('Meetings recorded', `${n} ${n === 1 ? 'person’s' : 'people’s'} people-known list${n === 1 ? '' : 's'} updated: pairing now knows who met.`))
      .catch(reportError);
  };
  return (
    <Card withBorder radius="md" padding="lg" aria-label="After the event" component="section">
      <Title order={2} size="h4" mb={4}>
        After the event
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Text fw={600}>Who actually met</Text>
          <Text size="sm" c="dimmed">
            Untick a meeting that did not happen. Recording adds each meeting to both people’s people-known lists, so pairing knows they have met.
          </Text>
          {event.meetingsRecordedOn !== '' && (
            <Alert color="teal" py="xs">
              Recorded on {formatDay(event.meetingsRecordedOn)}. Record again after a correction.
            </Alert>
          )}
          <div style={{ maxHeight: 320, overflow: 'auto' }}>
            <Table verticalSpacing={2} aria-label="Meetings held">
              <Table.Tbody>
                {planned.flatMap((round, r) =>
                  round
                    .filter((m): m is [string, string] => m[1] !== null)
                    .map(([a, b]) => (
                      <Table.Tr key={key(r, a, b)}>
                        <Table.Td w={80}>
                          <Text size="sm">Round {r + 1}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Checkbox
                            size="sm"
                            label={`${name(a)} and ${name(b)}`}
                            checked={!skipped.has(key(r, a, b))}
                            onChange={(e) => {
                              const next = new Set(skipped);
                              if (e.currentTarget.checked) next.delete(key(r, a, b));
                              else next.add(key(r, a, b));
                              setSkipped(next);
                            }}
                          />
                        </Table.Td>
                      </Table.Tr>
                    )),
                )}
              </Table.Tbody>
            </Table>
          </div>
          <Group>
            <Button onClick={record}>Record who met</Button>
          </Group>
        </Stack>
        <Stack gap="xs">
          <Text fw={600}>I’d like to continue with…</Text>
          <Text size="sm" c="dimmed">
            From the wrap-up sheets: up to three people each. When two people choose each other, pairing gives them a bonus.
          </Text>
          {mutual.length > 0 && (
            <Text size="sm">
              Chose each other: {mutual.map(([a, b]) => `${name(a)} and ${name(b)}`).join('; ')}.
            </Text>
          )}
          <div style={{ maxHeight: 320, overflow: 'auto' }}>
            {everyone.map((id) => (
              <MultiSelect
                key={id}
                mb={6}
                label={name(id)}
                size="xs"
                maxValues={3}
                value={event.continueWith[id] ?? []}
                data={everyone.filter((o) => o !== id).map((o) => ({ value: o, label: name(o) }))}
                onChange={(v) => setContinueWith(event.id, id, v).catch(reportError)}
                searchable
              />
            ))}
          </div>
        </Stack>
      </SimpleGrid>
      <Stack mt="md" gap="xs">
        <ContinueImport event={event} participants={participants} name={name} />
      </Stack>
    </Card>
  );
}
