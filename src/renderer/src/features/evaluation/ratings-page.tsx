/**
 * Self-ratings, typed in per person: one row per competency their team chose, one column for the
 * start of the year (orientation) and one for the end (debrief). Keyboard-first: type 1–5 in a
 * box (it moves on), arrows / Tab / Enter move, Delete clears; every rating is saved at once and
 * is a step of the app's undo history. Anything but 1–5 is refused with a message.
 */
import { Alert, Anchor, Button, Card, Center, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { formatDayShort } from '../../components/dates';
import { reportError } from '../../components/report-error';
import { teamPagePath } from '../../components/team-paths';
import { recordUndoable } from '../../components/undo-history';
import {
  saveRatingGrid,
  setRating,
  switchRatingChanges,
  useEvaluationState,
  type EvaluationState,
  type RatingChange,
} from '../../db/evaluation-repo';
import { joinNames, teamLabel } from '../../domain/documents/document-models';
import {
  countRated,
  evaluationOrder,
  evaluationTeam,
  moveInGrid,
  personGrid,
  PHASE_WORDS,
  RATING_PHASES,
  RATING_SCALE_WORDS,
  ratingProgressWords,
  readRatingKey,
  type GridCell,
  type GridMove,
  type PersonGrid,
  type RatingPhase,
} from '../../domain/evaluation/rating-grid';
import type { Participant } from '../../domain/model';
import { PersonHeading } from './person-heading';
import { PersonPicker, type PickerPerson } from './person-picker';
import { useEvaluationPerson } from './use-evaluation-person';

const KEY_MOVES: Record<string, GridMove> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** Each person's grid and the people list, worked out once per change of the data. */
function useGrids(state: EvaluationState) {
  return useMemo(() => {
    const people = evaluationOrder(state.participants);
    const grids = new Map<string, PersonGrid>();
    for (const p of people) grids.set(p.id, personGrid(p, evaluationTeam(p.id, state.teams, state.members), state.competencies, state.ratings));
    const rateable = people.filter((p) => grids.get(p.id)?.ok).map((p) => p.id);
    return { people, grids, rateable };
  }, [state]);
}

function partnersOf(state: EvaluationState, person: Participant, teamId: string): string[] {
  const ids = state.members.filter((m) => m.teamId === teamId && m.participantId !== person.id).map((m) => m.participantId);
  return ids.map((id) => state.participants.find((p) => p.id === id)?.name ?? '').filter(Boolean);
}

export function RatingsPage({ programId }: { programId: string }) {
  const state = useEvaluationState(programId);
  if (state === undefined)
    return (
      <Center mt="xl">
        <Loader aria-label="Loading the self-ratings" />
      </Center>
    );
  if (state === null) return null;
  if (state.participants.length === 0)
    return (
      <Alert color="blue" variant="light" title="Nobody in this program yet">
        Import the roster first (Import roster); each person then gets a grid once their team has chosen its competencies.
      </Alert>
    );
  return <Ratings state={state} />;
}

function Ratings({ state }: { state: EvaluationState }) {
  const { people, grids, rateable } = useGrids(state);
  const [chosenId, choose] = useEvaluationPerson();
  const personId = people.some((p) => p.id === chosenId) ? (chosenId as string) : (people[0]?.id ?? '');
  const person = people.find((p) => p.id === personId) as Participant;
  const grid = grids.get(personId) as PersonGrid;
  const rated = new Set(state.ratings.map((r) => r.participantId));

  const pickerPeople: PickerPerson[] = people.map((p) => {
    const team = grids.get(p.id)?.team;
    return {
      id: p.id,
      name: p.name,
      detail: [p.department, team ? teamLabel(team) : 'no team'].filter(Boolean).join(' · '),
      done: rated.has(p.id),
      withdrawn: p.status === 'withdrawn',
    };
  });
  const orientation = state.events.find((e) => e.kind === 'orientation');
  const debrief = state.events.find((e) => e.kind === 'debrief');

  return (
    <Stack gap="md">
      <Card withBorder padding="md" radius="md">
        <Stack gap="sm">
          <Text fw={700} data-testid="ratings-progress">
            {ratingProgressWords(
              rateable.length,
              countRated(rateable, state.ratings, 'pre'),
              countRated(rateable, state.ratings, 'post'),
            )}
          </Text>
          <PersonPicker people={pickerPeople} selectedId={personId} onSelect={choose} doneWord="has self-ratings" />
        </Stack>
      </Card>
      {person && grid && (
        <PersonRatings
          key={person.id}
          state={state}
          person={person}
          grid={grid}
          headers={{
            pre: orientation ? `orientation, ${formatDayShort(orientation.date)}` : 'orientation',
            post: debrief ? `debrief, ${formatDayShort(debrief.date)}` : 'debrief',
          }}
          onNext={() => {
            const i = people.findIndex((p) => p.id === person.id);
            const next = people[i + 1];
            if (next) choose(next.id);
          }}
          onPrevious={() => {
            const i = people.findIndex((p) => p.id === person.id);
            const previous = people[i - 1];
            if (previous) choose(previous.id);
          }}
        />
      )}
    </Stack>
  );
}

interface PersonProps {
  state: EvaluationState;
  person: Participant;
  grid: PersonGrid;
  headers: Record<RatingPhase, string>;
  onNext: () => void;
  onPrevious: () => void;
}

function PersonRatings({ state, person, grid, headers, onNext, onPrevious }: PersonProps) {
  const programId = state.program.id;
  const [cell, setCell] = useState<GridCell>({ row: 0, col: 0 });
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const cellRefs = useRef(new Map<string, HTMLTableCellElement>());
  const scope = `ratings:${person.id}`;
  const rows = grid.rows;
  const partners = grid.team ? partnersOf(state, person, grid.team.id) : [];

  const focusCell = (next: GridCell) => {
    setCell(next);
    cellRefs.current.get(`${next.row}:${next.col}`)?.focus();
  };

  const remember = (label: string, changes: RatingChange[]) =>
    recordUndoable(label, {
      scope,
      undo: () => switchRatingChanges(changes, 'back'),
      redo: () => switchRatingChanges(changes, 'forward'),
      undoneMessage: 'The ratings are back as they were.',
    });

  const save = (row: number, phase: RatingPhase, value: number | null) => {
    const r = rows[row];
    if (!r) return;
    const label =
      value === null
        ? `${person.name}: ${r.competency.name} at the ${phase === 'pre' ? 'start' : 'end'} cleared`
        : `${person.name}: ${r.competency.name} at the ${phase === 'pre' ? 'start' : 'end'} rated ${value}`;
    setRating(programId, person.id, r.competency.id, phase, value).then((change) => {
      if (!change) return;
      setSaid(label);
      remember(label, [change]);
    }, reportError);
  };

  const onCellKey = (e: KeyboardEvent<HTMLTableCellElement>, at: GridCell) => {
    const phase = RATING_PHASES[at.col] as RatingPhase;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'PageDown' || e.key === 'PageUp') {
      e.preventDefault();
      (e.key === 'PageDown' ? onNext : onPrevious)();
      return;
    }
    const move = KEY_MOVES[e.key];
    if (move) {
      e.preventDefault();
      focusCell(moveInGrid(at, move, rows.length));
      return;
    }
    if (e.key === 'Tab' || e.key === 'Enter') {
      const target = moveInGrid(at, e.shiftKey ? 'previous' : 'next', rows.length);
      // At either end Tab leaves the grid as usual.
      if (e.key === 'Tab' && target.row === at.row && target.col === at.col) return;
      e.preventDefault();
      focusCell(target);
      return;
    }
    const read = readRatingKey(e.key);
    if (read.kind === 'ignore') return;
    e.preventDefault();
    if (read.kind === 'refuse') {
      setProblem(read.message);
      return;
    }
    setProblem(null);
    if (read.kind === 'clear') {
      save(at.row, phase, null);
      return;
    }
    save(at.row, phase, read.value);
    focusCell(moveInGrid(at, 'next', rows.length));
  };

  const clearColumn = (phase: RatingPhase) => {
    const values = Object.fromEntries(rows.filter((r) => r[phase] !== null).map((r) => [r.competency.id, null]));
    saveRatingGrid(programId, person.id, phase, values).then((changes) => {
      if (changes.length === 0) return;
      const label = `${person.name}: ${phase === 'pre' ? 'start' : 'end'} ratings cleared`;
      setSaid(label);
      remember(label, changes);
    }, reportError);
  };

  const teamLine = grid.team
    ? `${teamLabel(grid.team)}${partners.length > 0 ? ` with ${joinNames(partners)}` : ''}${grid.team.status === 'ended' ? ' (ended)' : ''}`
    : 'Not in a team';

  return (
    <Card withBorder padding="lg" radius="md">
      <Stack gap="md">
        <PersonHeading person={person} scope={scope} undoLabel="Undo last rating" onUndone={(label) => setSaid(`Undone: ${label}`)}>
          <Text c="dimmed" size="sm">
            {[person.jobTitle, person.department].filter(Boolean).join(', ')}
            {' · '}
            {grid.team ? (
              <Anchor component={Link} to={teamPagePath(grid.team.id)} size="sm">
                {teamLine}
              </Anchor>
            ) : (
              teamLine
            )}
          </Text>
        </PersonHeading>

        {!grid.ok && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} title="No competencies to rate yet">
            <Stack gap={6} align="flex-start">
              <Text size="sm">{grid.reason}</Text>
              {grid.team ? (
                <Anchor component={Link} to={teamPagePath(grid.team.id)} size="sm">
                  Open {teamLabel(grid.team)}
                </Anchor>
              ) : (
                <Anchor component={Link} to="/pairing" size="sm">
                  Open the Pairing board
                </Anchor>
              )}
            </Stack>
          </Alert>
        )}

        {rows.length > 0 && (
          <>
            <Text size="sm" c="dimmed">
              Type 1 to 5 in a box: 1 = {RATING_SCALE_WORDS.low}, 5 = {RATING_SCALE_WORDS.high}. Arrows, Tab or Enter move, Delete
              clears, Page Down goes to the next person. Each rating is saved at once.
            </Text>
            <Table
              role="grid"
              aria-label={`Self-ratings of ${person.name}`}
              withTableBorder
              withColumnBorders
              verticalSpacing="xs"
              style={{ maxWidth: 760 }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Competency</Table.Th>
                  {RATING_PHASES.map((phase) => (
                    <Table.Th key={phase} w={170} style={{ textAlign: 'center' }}>
                      {PHASE_WORDS[phase]}
                      <Text size="xs" c="dimmed" fw={400}>
                        {headers[phase]}
                      </Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r, row) => (
                  <Table.Tr key={r.competency.id}>
                    <Table.Th scope="row" fw={500}>
                      {r.competency.name}
                      {!r.chosen && (
                        <Text size="xs" c="dimmed" fw={400}>
                          Rated earlier; no longer among the team’s competencies
                        </Text>
                      )}
                    </Table.Th>
                    {RATING_PHASES.map((phase, col) => {
                      const value = r[phase];
                      const active = cell.row === row && cell.col === col;
                      return (
                        <Table.Td
                          key={phase}
                          ref={(el) => {
                            if (el) cellRefs.current.set(`${row}:${col}`, el);
                            else cellRefs.current.delete(`${row}:${col}`);
                          }}
                          role="gridcell"
                          tabIndex={active ? 0 : -1}
                          aria-label={`${r.competency.name}, ${PHASE_WORDS[phase].toLowerCase()}: ${value ?? 'not rated'}`}
                          data-testid={`rating-${row}-${phase}`}
                          onFocus={() => setCell({ row, col: col as 0 | 1 })}
                          onClick={(e) => e.currentTarget.focus()}
                          onKeyDown={(e) => onCellKey(e, { row, col: col as 0 | 1 })}
                          style={{
                            textAlign: 'center',
                            fontSize: 'var(--mantine-font-size-lg)',
                            fontWeight: 700,
                            cursor: 'pointer',
                            outlineOffset: -3,
                          }}
                        >
                          {value ?? (
                            <Text span c="dimmed" fw={400}>
                              –
                            </Text>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm" c="red" role="alert" mih={20} data-testid="rating-problem">
              {problem ?? ''}
            </Text>
            <Group gap="sm">
              {RATING_PHASES.map((phase) => (
                <Button key={phase} variant="subtle" color="gray" size="xs" disabled={rows.every((r) => r[phase] === null)} onClick={() => clearColumn(phase)}>
                  Clear the {phase === 'pre' ? 'start' : 'end'} column
                </Button>
              ))}
            </Group>
          </>
        )}
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="rating-said">
          {said}
        </Text>
      </Stack>
    </Card>
  );
}
