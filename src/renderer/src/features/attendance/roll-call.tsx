/**
 * The roll call of one group meeting, fast from the signed sheet: the lines in the sheet's
 * order and numbering, type to find (a name, a department, a team or the line number), and on
 * the focused line Space / P present, A absent, E excused, Backspace clears; arrows or J / K
 * move. Each mark is saved at once; "All present" marks everyone not marked yet; walk-in guests
 * are added by name; Ctrl/Cmd+Z and the Undo button take back this meeting's last marks. Each
 * mark is a step of the app's one undo history, so Redo and the Edit menu work on it too.
 */
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Kbd,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowBackUp, IconChecks, IconSearch, IconUserPlus, IconX } from '@tabler/icons-react';
import { useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { formatDay } from '../../components/dates';
import { formatPercent } from '../../components/figures';
import { reportError } from '../../components/report-error';
import { appUndoHistory, recordUndoable, useScopedUndo } from '../../components/undo-history';
import { teamPagePath } from '../../components/team-paths';
import {
  addGuest,
  markEveryonePresent,
  setGuestMark,
  setParticipantMark,
  switchMarkChanges,
  type AttendanceState,
  type MarkChange,
} from '../../db/attendance-repo';
import { expectedParticipants, tallyMeeting } from '../../domain/attendance/attendance-rates';
import {
  filterRollCall,
  rollCallRows,
  unmarkedParticipants,
  type RollCallRow,
} from '../../domain/attendance/roll-call';
import { ATTENDANCE_STATUS_LABELS, type AttendanceStatus, type ProgramEvent } from '../../domain/model';
import { formatTimeRange } from '../../domain/schedule/iso-dates';
import { rollCallKeyAction } from './roll-call-keys';

const STATUS_COLORS: Record<AttendanceStatus, string> = {
  present: 'teal',
  absent: 'red',
  excused: 'yellow',
};

/** The undo history's tag for one meeting's marks: the roll call's Undo takes back only those. */
const rollCallScope = (eventId: string): string => `roll-call:${eventId}`;

function statusWords(status: AttendanceStatus | null): string {
  return status ? ATTENDANCE_STATUS_LABELS[status].toLowerCase() : 'not marked';
}

function isTyping(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA');
}

function MarkButtons({ row, onMark }: { row: RollCallRow; onMark: (status: AttendanceStatus | null) => void }) {
  return (
    <Group gap={4} wrap="nowrap">
      {(['present', 'absent', 'excused'] as const).map((status) => {
        const on = row.status === status;
        return (
          <Button
            key={status}
            size="compact-sm"
            variant={on ? 'filled' : 'default'}
            color={on ? STATUS_COLORS[status] : undefined}
            c={on && status === 'excused' ? 'dark.9' : undefined}
            tabIndex={-1}
            aria-pressed={on}
            aria-label={`${ATTENDANCE_STATUS_LABELS[status]}: ${row.name}`}
            onClick={() => onMark(on ? null : status)}
          >
            {ATTENDANCE_STATUS_LABELS[status]}
          </Button>
        );
      })}
      {row.kind === 'guest' && (
        <Tooltip label={`Take ${row.name} off the roll call`}>
          <ActionIcon
            variant="subtle"
            color="gray"
            tabIndex={-1}
            aria-label={`Take ${row.name} off the roll call`}
            onClick={() => onMark(null)}
          >
            <IconX size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

function RowBadges({ row }: { row: RollCallRow }) {
  if (row.kind === 'guest') return <Badge variant="outline" color="gray" size="sm">Guest</Badge>;
  if (row.kind === 'not-listed')
    return (
      <Badge variant="outline" color="gray" size="sm">
        No longer on the sheet
      </Badge>
    );
  if (!row.expected)
    return (
      <Badge variant="outline" color="gray" size="sm">
        Not in a team on this day
      </Badge>
    );
  return null;
}

export function RollCall({ state, event, today }: { state: AttendanceState; event: ProgramEvent; today: string }) {
  const programId = state.program.id;
  const rows = useMemo(
    () => rollCallRows(event, state.participants, state.marks, state.teams, state.members),
    [event, state],
  );
  const tally = useMemo(
    () =>
      tallyMeeting(
        state.marks.filter((m) => m.eventId === event.id),
        expectedParticipants(event.date, state.teams, state.members, state.participants),
      ),
    [event, state],
  );
  const [query, setQuery] = useState('');
  const shown = useMemo(() => filterRollCall(rows, query), [rows, query]);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const scope = rollCallScope(event.id);
  const undo = useScopedUndo(scope);
  const [said, setSaid] = useState('');
  const [guest, setGuest] = useState('');
  const [guestError, setGuestError] = useState<string | null>(null);
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());
  const searchRef = useRef<HTMLInputElement>(null);

  const active = shown.find((r) => r.key === activeKey) ?? shown[0];
  const unmarked = unmarkedParticipants(rows);

  const focusRow = (row: RollCallRow | undefined) => {
    if (!row) return;
    setActiveKey(row.key);
    rowRefs.current.get(row.key)?.focus();
  };

  // Each mark is a step of the app's one undo history (Ctrl+Z elsewhere, the Edit menu, Redo).
  const remember = (label: string, changes: MarkChange[]) =>
    recordUndoable(label, {
      scope,
      undo: () => switchMarkChanges(changes, 'back'),
      redo: () => switchMarkChanges(changes, 'forward'),
      undoneMessage: 'The marks are back as they were.',
    });

  const mark = (row: RollCallRow, status: AttendanceStatus | null, advance: boolean) => {
    const save =
      row.participantId !== null
        ? setParticipantMark(programId, event.id, row.participantId, status)
        : setGuestMark(row.markId as string, status);
    const label = row.kind === 'guest' && status === null ? `${row.name} taken off` : `${row.name}: ${statusWords(status)}`;
    setSaid(label);
    save.then((change) => change && remember(label, [change]), reportError);
    if (!advance) return;
    if (query !== '') {
      setQuery('');
      setActiveKey(row.key);
      searchRef.current?.focus();
      return;
    }
    const i = shown.findIndex((r) => r.key === row.key);
    focusRow(shown[Math.min(i + 1, shown.length - 1)]);
  };

  const undoLast = () => {
    if (undo.count === 0) {
      setSaid('Nothing to undo');
      return;
    }
    void appUndoHistory()
      .undoLatestIn(scope)
      .then((label) => label && setSaid(`Undone: ${label}`));
  };

  const allPresent = () => {
    markEveryonePresent(programId, event.id, unmarked).then((changes) => {
      if (changes.length === 0) return;
      const label = `${changes.length} marked present`;
      setSaid(label);
      remember(label, changes);
    }, reportError);
  };

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, row: RollCallRow) => {
    const action = rollCallKeyAction(e);
    if (!action) return;
    // Space and Enter on a mark button press that button.
    if (e.target !== e.currentTarget && (e.key === ' ' || e.key === 'Enter')) return;
    e.preventDefault();
    e.stopPropagation();
    const i = shown.findIndex((r) => r.key === row.key);
    switch (action.type) {
      case 'mark':
        mark(row, action.status, true);
        break;
      case 'clear':
        mark(row, null, false);
        break;
      case 'move':
        focusRow(shown[Math.max(0, Math.min(shown.length - 1, i + action.by))]);
        break;
      case 'first':
        focusRow(shown[0]);
        break;
      case 'last':
        focusRow(shown[shown.length - 1]);
        break;
      case 'undo':
        undoLast();
        break;
      case 'find':
        setQuery(action.text);
        searchRef.current?.focus();
        break;
    }
  };

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter') {
      e.preventDefault();
      focusRow(shown[0]);
    } else if (e.key === 'Escape' && query !== '') {
      e.preventDefault();
      setQuery('');
    }
  };

  const submitGuest = (e: FormEvent) => {
    e.preventDefault();
    addGuest(programId, event.id, guest).then(
      (change) => {
        const label = `${change.after?.guestName ?? 'Guest'} added as a guest`;
        setSaid(label);
        remember(label, [change]);
        setGuest('');
        setGuestError(null);
      },
      (error: unknown) => setGuestError(error instanceof Error ? error.message.replace(/^Nothing was saved: /, '') : String(error)),
    );
  };

  const when = [formatDay(event.date), formatTimeRange(event.startTime, event.minutes), event.place]
    .filter((part) => part !== '')
    .join(' · ');

  return (
    <Stack
      gap="md"
      onKeyDown={(e) => {
        // Ctrl/Cmd+Z anywhere in the roll call takes back its own newest mark, except while typing
        // in a field (which undoes the typing); Shift+Ctrl/Cmd+Z goes on to the app's Redo.
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !e.altKey && !e.shiftKey && !isTyping(e.target)) {
          e.preventDefault();
          undoLast();
        }
      }}
    >
      <Card withBorder padding="lg" radius="md">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <div>
              <Title order={2} size="h3">
                {event.title}
              </Title>
              <Text c="dimmed">{when}</Text>
            </div>
            <Anchor component={Link} to="/attendance" size="sm">
              All group meetings
            </Anchor>
          </Group>
          <Group gap="lg" wrap="wrap" aria-label="Counts" role="group">
            <Text fw={700} data-testid="roll-call-rate">
              {tally.expected === 0
                ? 'Nobody in a team was expected on this day'
                : `${formatPercent(tally.rate)} present · ${tally.present} of ${tally.expected} expected`}
            </Text>
            <Text size="sm">Absent {tally.absent}</Text>
            <Text size="sm">Excused {tally.excused}</Text>
            <Text size="sm">Not marked {tally.unmarked}</Text>
            {tally.othersPresent > 0 && <Text size="sm">Also present {tally.othersPresent}</Text>}
            <Text size="sm">Guests {tally.guests}</Text>
          </Group>
        </Stack>
      </Card>

      {event.date > today && (
        <Alert color="blue" variant="light" title="This meeting is still to come">
          Marks can be taken now or on the day; they are saved either way.
        </Alert>
      )}

      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <TextInput
          ref={searchRef}
          label="Find"
          description="A name, department, team or the line number on the sheet"
          placeholder="e.g. Okafor or 14"
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={onSearchKey}
          w={{ base: '100%', sm: 340 }}
        />
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={16} />}
            onClick={undoLast}
            disabled={undo.count === 0}
            title={undo.latest ? `Undo: ${undo.latest}` : undefined}
          >
            Undo
          </Button>
          <Button leftSection={<IconChecks size={16} />} onClick={allPresent} disabled={unmarked.length === 0}>
            {unmarked.length === 0 ? 'Everyone is marked' : `All present (${unmarked.length} not marked)`}
          </Button>
        </Group>
      </Group>

      <Text size="sm" c="dimmed" id="roll-call-keys">
        On a line: <Kbd>Space</Kbd> or <Kbd>P</Kbd> present, <Kbd>A</Kbd> absent, <Kbd>E</Kbd> excused,{' '}
        <Kbd>Backspace</Kbd> clears; <Kbd>↑</Kbd> <Kbd>↓</Kbd> or <Kbd>J</Kbd> <Kbd>K</Kbd> move; type a name or line
        number to find it; <Kbd>Ctrl</Kbd>+<Kbd>Z</Kbd> undoes.
      </Text>

      <Card withBorder padding={0} radius="md">
        <Table aria-label={`Roll call: ${event.title}`} verticalSpacing={6} horizontalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48} ta="right">
                #
              </Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th visibleFrom="md">Department</Table.Th>
              <Table.Th w={290}>Mark</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr
                key={row.key}
                ref={(el) => {
                  if (el) rowRefs.current.set(row.key, el);
                  else rowRefs.current.delete(row.key);
                }}
                tabIndex={row.key === active?.key ? 0 : -1}
                aria-label={`${row.line !== null ? `Line ${row.line}, ` : ''}${row.name}, ${statusWords(row.status)}`}
                aria-describedby="roll-call-keys"
                data-testid="roll-call-row"
                data-status={row.status ?? ''}
                onFocus={() => setActiveKey(row.key)}
                onKeyDown={(e) => onRowKey(e, row)}
                style={{ cursor: 'default', outlineOffset: -2 }}
              >
                <Table.Td ta="right">
                  <Text size="sm" c="dimmed">
                    {row.line ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm" fw={600}>
                      {row.name}
                    </Text>
                    {row.teamId && (
                      <Anchor component={Link} to={teamPagePath(row.teamId)} size="sm" tabIndex={-1}>
                        {row.teamLabel}
                      </Anchor>
                    )}
                    <RowBadges row={row} />
                  </Group>
                </Table.Td>
                <Table.Td visibleFrom="md">
                  <Text size="sm" c="dimmed">
                    {row.department}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <MarkButtons row={row} onMark={(status) => mark(row, status, false)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {shown.length === 0 && (
          <Text c="dimmed" ta="center" p="md">
            {rows.length === 0 ? 'Nobody is on the sign-in sheet yet.' : `Nobody matches “${query}”.`}
          </Text>
        )}
      </Card>

      <form onSubmit={submitGuest}>
        <Group align="flex-start" gap="sm">
          <TextInput
            label="Walk-in guest"
            description="Someone who came but is not in the program (not counted in the rates)"
            placeholder="Their name"
            value={guest}
            onChange={(e) => {
              setGuest(e.currentTarget.value);
              setGuestError(null);
            }}
            error={guestError}
            w={{ base: '100%', sm: 340 }}
          />
          <Button type="submit" variant="light" leftSection={<IconUserPlus size={16} />} mt={{ base: 0, sm: 46 }}>
            Add guest
          </Button>
        </Group>
      </form>

      <VisuallyHidden aria-live="polite" role="status">
        {said}
      </VisuallyHidden>
    </Stack>
  );
}
