/**
 * Dialogs for one person on the board: their best five alternatives with what each would change
 * in the plan's total, swapping them with someone, and pinning them to someone.
 */
import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Group,
  List,
  Loader,
  Modal,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { IconArrowsExchange, IconInfoCircle, IconPin } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Participant } from '../../domain/model';
import { formatPoints } from '../../domain/pairing/scoring';
import { reportDone, reportError } from '../../components/report-error';
import type { BoardState } from './board-state';
import { editProposals, loadAlternatives, pinPeople } from './pairing-actions';
import type { AlternativeOption } from './pairing-protocol';
import { notifyWithUndo } from './pairing-notify';
import { teamLabel } from './team-view';

/** Which dialog is open, for whom. */
export type PersonDialog = { type: 'alternatives' | 'swap' | 'pin'; personId: string } | null;

interface Common {
  programId: string;
  board: BoardState;
  person: Participant;
  onClose: () => void;
}

/** Where each person of the run is now ("Pair 03", or not in a team). */
function placeOf(
  board: BoardState,
): Map<string, { label: string; locked: boolean; teamId: string }> {
  const out = new Map<string, { label: string; locked: boolean; teamId: string }>();
  for (const { team, members } of board.proposals) {
    const label = teamLabel(team.kind, team.number);
    for (const m of members) out.set(m.id, { label, locked: team.locked, teamId: team.id });
  }
  return out;
}

const NOT_IN_TEAM = 'Not in a team';

/** Options for choosing another person, grouped by where they are now. */
function personOptions(board: BoardState, person: Participant, excludeOwnTeam: boolean) {
  const places = placeOf(board);
  const own = places.get(person.id)?.teamId;
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const p of board.runPeople) {
    if (p.id === person.id || p.status !== 'active') continue;
    const place = places.get(p.id);
    // Locked teams stay exactly as they are.
    if (place?.locked) continue;
    if (excludeOwnTeam && own !== undefined && place?.teamId === own) continue;
    const group = place?.label ?? NOT_IN_TEAM;
    const list = groups.get(group) ?? [];
    list.push({ value: p.id, label: p.name });
    groups.set(group, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === NOT_IN_TEAM ? 1 : b === NOT_IN_TEAM ? -1 : a.localeCompare(b)))
    .map(([group, items]) => ({ group, items }));
}

function ChangeBadge({ change }: { change: number }) {
  return (
    <Badge variant="light" color={change > 0 ? 'teal' : change < 0 ? 'red' : 'gray'} radius="sm">
      Total {formatPoints(change)}
    </Badge>
  );
}

function OptionCard({
  option,
  other,
  onApply,
  busy,
}: {
  option: AlternativeOption;
  other: string;
  onApply: () => void;
  busy: boolean;
}) {
  const verb = option.kind === 'pair-with' ? 'Pair with' : 'Swap with';
  return (
    <Card withBorder padding="sm" radius="md" component="article" aria-label={`${verb} ${other}`}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Box style={{ minWidth: 0, flex: 1 }}>
          <Group gap={8}>
            <Text fw={600}>
              {verb} {other}
            </Text>
            <Badge variant="light" radius="sm">
              {option.kind === 'pair-with' ? 'Pair' : 'New group'} score {option.newTeamScore}
            </Badge>
            <ChangeBadge change={option.totalChange} />
          </Group>
          <List size="sm" spacing={2} mt={6}>
            {option.effects.slice(1).map((e) => (
              <List.Item key={e}>{e}</List.Item>
            ))}
            {option.reasons.slice(0, 3).map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        </Box>
        <Button
          size="xs"
          variant="light"
          style={{ flexShrink: 0 }}
          onClick={onApply}
          loading={busy}
          aria-label={`${option.kind === 'pair-with' ? 'Pair them' : 'Swap'} (${other})`}
        >
          {option.kind === 'pair-with' ? 'Pair them' : 'Swap'}
        </Button>
      </Group>
    </Card>
  );
}

/** A person's best five alternatives; applying one edits the proposals (undoable). */
export function AlternativesDialog({ programId, board, person, onClose }: Common) {
  const [options, setOptions] = useState<AlternativeOption[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadAlternatives(programId, person.id).then(
      (o) => live && setOptions(o),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [programId, person.id]);

  const apply = (option: AlternativeOption) => {
    setBusy(option.otherId);
    const other = board.peopleById.get(option.otherId)?.name ?? 'them';
    editProposals(programId, option.edit).then(
      (snapshot) => {
        notifyWithUndo(
          option.kind === 'pair-with'
            ? `${person.name} now paired with ${other}`
            : `${person.name} swapped with ${other}`,
          `Total score ${formatPoints(option.totalChange)}.`,
          snapshot,
          { label: option.kind === 'pair-with' ? `pair ${person.name} with ${other}` : `swap ${person.name} and ${other}` },
        );
        onClose();
      },
      (e: unknown) => {
        setBusy(null);
        reportError(e);
      },
    );
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        The best partners for {person.name} by pair score, with what each change would do to the
        plan’s total. People in locked, pinned or registered teams are not offered.
      </Text>
      {error && (
        <Alert color="red" title="Alternatives could not be worked out">
          {error}
        </Alert>
      )}
      {!options && !error && (
        <Group gap="xs">
          <Loader size="sm" aria-label="Looking for alternatives" />
          <Text size="sm">Looking for alternatives…</Text>
        </Group>
      )}
      {options && options.length === 0 && (
        <Alert color="gray" icon={<IconInfoCircle size={18} />} title="No alternatives">
          Every other allowed partner is in a kept team, or the rules leave nobody else.
        </Alert>
      )}
      {options?.map((o) => (
        <OptionCard
          key={o.otherId}
          option={o}
          other={board.peopleById.get(o.otherId)?.name ?? 'Someone'}
          busy={busy === o.otherId}
          onApply={() => apply(o)}
        />
      ))}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
      </Group>
    </Stack>
  );
}

/** Swap a person with someone in another team (or not in a team). */
export function SwapDialog({ programId, board, person, onClose }: Common) {
  const [other, setOther] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const data = personOptions(board, person, true);
  const swap = () => {
    if (!other) return;
    setBusy(true);
    const name = board.peopleById.get(other)?.name ?? 'them';
    editProposals(programId, { type: 'swap', aId: person.id, bId: other }).then(
      (snapshot) => {
        notifyWithUndo(
          `${person.name} and ${name} swapped`,
          'Each took the other’s place.',
          snapshot,
          { label: `swap ${person.name} and ${name}` },
        );
        onClose();
      },
      (e: unknown) => {
        setBusy(false);
        reportError(e);
      },
    );
  };
  return (
    <Stack gap="md">
      <Select
        label="Swap with"
        description={`${person.name} takes their place and they take ${person.name}’s.`}
        placeholder="Choose a person"
        searchable
        data={data}
        value={other}
        onChange={setOther}
        nothingFoundMessage="Nobody by that name"
        comboboxProps={{ withinPortal: true }}
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          leftSection={<IconArrowsExchange size={16} />}
          disabled={!other}
          loading={busy}
          onClick={swap}
        >
          Swap
        </Button>
      </Group>
    </Stack>
  );
}

/** Pin a person to someone: they stay together on every run. */
export function PinDialog({ programId, board, person, onClose }: Common) {
  const [other, setOther] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const data = personOptions(board, person, false);
  const pin = () => {
    if (!other) return;
    setBusy(true);
    const name = board.peopleById.get(other)?.name ?? 'them';
    pinPeople(programId, person.id, other).then(
      (outcome) => {
        if (outcome.appliedNow)
          notifyWithUndo(
            `${person.name} pinned to ${name}`,
            'They are paired now and stay together on every run.',
            outcome.snapshot,
            { label: `pin ${person.name} to ${name}` },
          );
        else reportDone(`${person.name} pinned to ${name}`, outcome.reason);
        onClose();
      },
      (e: unknown) => {
        setBusy(false);
        reportError(e);
      },
    );
  };
  return (
    <Stack gap="md">
      <Select
        label="Pin to"
        description={`${person.name} and this person are kept together on every run until you remove the pin.`}
        placeholder="Choose a person"
        searchable
        data={data}
        value={other}
        onChange={setOther}
        nothingFoundMessage="Nobody by that name"
        comboboxProps={{ withinPortal: true }}
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button leftSection={<IconPin size={16} />} disabled={!other} loading={busy} onClick={pin}>
          Pin
        </Button>
      </Group>
    </Stack>
  );
}

const TITLES: Record<NonNullable<PersonDialog>['type'], (name: string) => string> = {
  alternatives: (n) => `Alternatives for ${n}`,
  swap: (n) => `Swap ${n} with…`,
  pin: (n) => `Pin ${n} to…`,
};

/** The open person dialog, if any. */
export function PersonDialogs({
  dialog,
  programId,
  board,
  onClose,
}: {
  dialog: PersonDialog;
  programId: string;
  board: BoardState;
  onClose: () => void;
}) {
  const person = dialog ? board.peopleById.get(dialog.personId) : undefined;
  return (
    <Modal
      opened={dialog !== null && person !== undefined}
      onClose={onClose}
      title={dialog && person ? TITLES[dialog.type](person.name) : ''}
      size={dialog?.type === 'alternatives' ? 'lg' : 'md'}
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
      {dialog && person && dialog.type === 'alternatives' && (
        <AlternativesDialog programId={programId} board={board} person={person} onClose={onClose} />
      )}
      {dialog && person && dialog.type === 'swap' && (
        <SwapDialog programId={programId} board={board} person={person} onClose={onClose} />
      )}
      {dialog && person && dialog.type === 'pin' && (
        <PinDialog programId={programId} board={board} person={person} onClose={onClose} />
      )}
    </Modal>
  );
}
