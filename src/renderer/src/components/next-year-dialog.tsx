/**
 * "Start next year's program": who carries over (ticked: still in the program and said they would
 * join again; no answer: said so, unticked, one click to tick), the new name and cycle start, and
 * what is copied and what stays with this year. Opened from the Programs screen, Program setup and
 * the command palette through `openNextYearDialog`; the app shell mounts the one host.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router';
import { startNextYear, undoStartNextYear, useNextYearDialogData, type NextYearDialogData } from '../db/next-year-repo';
import {
  WHAT_IS_COPIED,
  WHAT_STAYS,
  carryOverCounts,
  nextCycleEnd,
  nextCycleStart,
  suggestNextName,
  type CarryOverRow,
} from '../domain/programs/next-year';
import { formatDay } from './dates';
import { reportError } from './report-error';
import { todayIso } from './today';
import { notifyUndoable } from './undo-notice';

let openFor: string | null = null;
const listeners = new Set<() => void>();
const setOpenFor = (id: string | null) => {
  openFor = id;
  for (const l of listeners) l();
};

/** Opens the dialog for a program (the one host in the app shell shows it). */
export function openNextYearDialog(programId: string): void {
  setOpenFor(programId);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function answerColor(row: CarryOverRow): string {
  if (row.status === 'withdrawn') return 'gray';
  if (row.joinAgain === 'yes') return 'teal';
  if (row.joinAgain === null) return 'yellow';
  return 'gray';
}

function NextYearForm({ data, onClose }: { data: NextYearDialogData; onClose: () => void }) {
  const navigate = useNavigate();
  const { program, rows } = data;
  const [cycleStart, setCycleStart] = useState(() => nextCycleStart(program, todayIso()));
  const [name, setName] = useState(() => suggestNextName(program.name, program.cycleStart, nextCycleStart(program, todayIso())));
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(rows.filter((r) => r.chosenByDefault).map((r) => r.participantId)));
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return rows.filter((r) => {
      const text = `${r.name} ${r.email} ${r.department} ${r.note}`.toLowerCase();
      return words.every((w) => text.includes(w));
    });
  }, [rows, query]);
  const counts = carryOverCounts(rows, chosen);
  const cycleEnd = nextCycleEnd(program, cycleStart);
  const noAnswer = rows.filter((r) => r.status !== 'withdrawn' && r.joinAgain === null);
  const toggle = (id: string, on: boolean) =>
    setChosen((before) => {
      const next = new Set(before);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const setMany = (ids: readonly string[], on: boolean) =>
    setChosen((before) => {
      const next = new Set(before);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const start = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const started = await startNextYear(program.id, { name, cycleStart, carryOverIds: [...chosen] });
      onClose();
      notifyUndoable({
        title: 'Next year’s program started',
        message: `${started.plan.program.name}: ${plural(started.plan.participants.length, 'person', 'people')} carried over, the schedule laid out from ${formatDay(cycleStart)}. “${program.name}” is archived and read-only.`,
        label: `start ${started.plan.program.name}`,
        undo: () => undoStartNextYear(started),
        cannotRedo: 'Start next year’s program again from the Programs screen.',
        undoneMessage: `${started.plan.program.name} is gone and ${program.name} is open again as it was.`,
      });
      void navigate('/');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm">
        Starts a new program from “{program.name}”. This year’s program is then archived: kept as it is, viewable and
        printable, but read-only.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Name of next year’s program" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <TextInput
          label="Cycle starts"
          type="date"
          required
          value={cycleStart}
          description={cycleEnd ? `Ends ${formatDay(cycleEnd)} (same length as this year)` : 'Enter the first day of the new cycle'}
          onChange={(e) => setCycleStart(e.currentTarget.value)}
        />
      </SimpleGrid>

      <Stack gap={6}>
        <Group justify="space-between" align="flex-end">
          <Title order={3} size="h5">
            Who carries over
          </Title>
          <Text size="sm" aria-live="polite" data-testid="carry-over-count">
            {counts.chosen} of {counts.total} chosen
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          Ticked: everyone still in the program who said they would join again ({counts.saidYes}). Teams they were in
          this year become their previous partners, whom pairing keeps apart.
        </Text>
        {noAnswer.length > 0 && (
          <Alert color="yellow" variant="light" p="xs">
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">
                {plural(noAnswer.length, 'person has', 'people have')} no answer about joining again
                {data.withFeedback === 0 ? ' (no feedback is recorded yet)' : ''}: left unticked. Tick those who are
                coming back.
              </Text>
              <Button
                size="compact-sm"
                variant="light"
                color="yellow"
                style={{ flexShrink: 0 }}
                onClick={() => setMany(noAnswer.map((r) => r.participantId), true)}
              >
                Tick all {noAnswer.length}
              </Button>
            </Group>
          </Alert>
        )}
        <Group gap="xs">
          <TextInput
            aria-label="Search people"
            placeholder="Search by name, e-mail, department or answer"
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button variant="default" size="sm" onClick={() => setMany(shown.map((r) => r.participantId), true)}>
            {query ? 'Select shown' : 'Select all'}
          </Button>
          <Button variant="default" size="sm" onClick={() => setMany(shown.map((r) => r.participantId), false)}>
            {query ? 'Clear shown' : 'Select none'}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={300} type="auto">
          <Table striped highlightOnHover verticalSpacing={4} aria-label="People who may carry over">
            <Table.Tbody>
              {shown.map((r) => (
                <Table.Tr key={r.participantId}>
                  <Table.Td w={36}>
                    <Checkbox
                      aria-label={`Carry over ${r.name}`}
                      checked={chosen.has(r.participantId)}
                      onChange={(e) => toggle(r.participantId, e.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {r.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[r.department, r.email].filter(Boolean).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Badge variant="light" color={answerColor(r)} style={{ textTransform: 'none' }}>
                      {r.note}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
              {shown.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={3}>
                    <Text size="sm" c="dimmed">
                      Nobody matches “{query}”.{' '}
                      <Anchor component="button" size="sm" onClick={() => setQuery('')}>
                        Show everyone
                      </Anchor>
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      </Stack>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <div>
          <Text size="sm" fw={600} mb={4}>
            Copied to next year
          </Text>
          <List size="xs" spacing={2}>
            {WHAT_IS_COPIED.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
            <List.Item>A new schedule for the new cycle, from this year’s meeting day, time and place</List.Item>
          </List>
        </div>
        <div>
          <Text size="sm" fw={600} mb={4}>
            Stays with this year (archived)
          </Text>
          <List size="xs" spacing={2}>
            {WHAT_STAYS.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </div>
      </SimpleGrid>

      {problem && (
        <Alert color="red" role="alert" title="Next year’s program was not started">
          {problem}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button loading={busy} onClick={() => void start().catch(reportError)}>
          Start with {plural(counts.chosen, 'person', 'people')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The one dialog host, mounted by the app shell. */
export function NextYearDialogHost() {
  const programId = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => openFor,
  );
  const read = useNextYearDialogData(programId);
  const data = read?.programId === programId ? read.data : undefined;
  const close = () => setOpenFor(null);
  // A program deleted while the dialog is open closes it.
  useEffect(() => {
    if (programId && data === null) setOpenFor(null);
  }, [programId, data]);
  return (
    <Modal opened={programId !== null} onClose={close} title="Start next year’s program" size="xl" closeButtonProps={{ 'aria-label': 'Close' }}>
      {data ? <NextYearForm key={data.program.id} data={data} onClose={close} /> : <Text size="sm">Reading the program…</Text>}
    </Modal>
  );
}
