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
import { BOND_WORDS, bondsWithin } from '../../domain/pairing/kept-bonds';
import { formatPoints, listInWords } from '../../domain/pairing/scoring';
import { reportDone, reportError } from '../../components/report-error';
import type { BoardEdit } from './board-edits';
import type { BoardState } from './board-state';
import { pinEdit, splitsOfEdit } from './edit-splits';
import { editProposals, loadAlternatives, pinPeople, previewTotalChange } from './pairing-actions';
import { originOf, type AlternativeOption } from './pairing-protocol';
import { notifyWithUndo } from './pairing-notify';
import { SplitWarning } from './split-warning';
import { teamLabel } from './team-view';
import { takesPart } from '../../domain/participants/opt-in';

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

/** A person's name as the board shows it. */
function shownName(board: BoardState, id: string, fallback = 'them'): string {
  return board.names.get(id) ?? board.peopleById.get(id)?.name ?? fallback;
}

/**
 * Why the person's team is kept together (pinned, registered together, asked to work together),
 * in words, or null for a team the matching chose. Alternatives would split it, so none are offered.
 */
function keptReason(board: BoardState, person: Participant): string | null {
  const draft = board.drafts.find((d) => d.memberIds.includes(person.id));
  if (!draft) return null;
  const { pins, settings } = board.evaluateJob;
  const origin = originOf(draft, pins, board.peopleById, settings);
  const me = shownName(board, person.id);
  if (origin === 'pinned') {
    const pin = pins.find(
      (p) => p.includes(person.id) && p.every((id) => draft.memberIds.includes(id)),
    );
    const other = pin?.find((id) => id !== person.id);
    return other
      ? `${me} is pinned to ${shownName(board, other)}. Remove the pin first to look for other partners.`
      : `${me} is in a pinned team. Remove the pin first to look for other partners.`;
  }
  if (origin !== 'registered' && origin !== 'preferred') return null;
  const bonds = bondsWithin([draft], board.peopleById, settings).filter(
    (b) => b.aId === person.id || b.bId === person.id,
  );
  const others = bonds.map((b) => shownName(board, b.aId === person.id ? b.bId : b.aId));
  const words = bonds.some((b) => b.kind === 'registered')
    ? BOND_WORDS.registered
    : BOND_WORDS.preferred;
  const who =
    others.length > 0
      ? `${me} and ${listInWords(others)} ${words}`
      : `${me}’s team is kept together`;
  return `${who}, so no alternatives are offered: each one would split them. To split them anyway, use “Swap with…”, which asks first.`;
}

/** Options for choosing another person, grouped by where they are now. */
function personOptions(board: BoardState, person: Participant, excludeOwnTeam: boolean) {
  const places = placeOf(board);
  const own = places.get(person.id)?.teamId;
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const p of board.runPeople) {
    if (p.id === person.id || !takesPart(p)) continue;
    const place = places.get(p.id);
    // Locked teams stay exactly as they are.
    if (place?.locked) continue;
    if (excludeOwnTeam && own !== undefined && place?.teamId === own) continue;
    const group = place?.label ?? NOT_IN_TEAM;
    const list = groups.get(group) ?? [];
    list.push({ value: p.id, label: board.names.get(p.id) ?? p.name });
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
  const kept = keptReason(board, person);
  const [options, setOptions] = useState<AlternativeOption[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (kept !== null) return;
    loadAlternatives(programId, person.id).then(
      (o) => live && setOptions(o),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [programId, person.id, kept]);

  const apply = (option: AlternativeOption) => {
    setBusy(option.otherId);
    const other = shownName(board, option.otherId);
    const me = shownName(board, person.id);
    editProposals(programId, option.edit).then(
      (snapshot) => {
        notifyWithUndo(
          option.kind === 'pair-with'
            ? `${me} now paired with ${other}`
            : `${me} swapped with ${other}`,
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
        The best partners for {shownName(board, person.id)} by pair score, with what each change
        would do to the plan’s total. People in locked, pinned or registered teams are not offered,
        and no alternative splits a team kept together.
      </Text>
      {kept !== null && (
        <Alert color="gray" icon={<IconInfoCircle size={18} />} title="Kept together">
          {kept}
        </Alert>
      )}
      {error && (
        <Alert color="red" title="Alternatives could not be worked out">
          {error}
        </Alert>
      )}
      {kept === null && !options && !error && (
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
          other={shownName(board, o.otherId, 'Someone')}
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

/** What an edit would change in the plan's total, worked out while the dialog is open. */
function useTotalChange(board: BoardState, edit: BoardEdit | null): number | null {
  const [result, setResult] = useState<{ key: string; change: number } | null>(null);
  const key = edit ? JSON.stringify(edit) : '';
  useEffect(() => {
    if (!edit) return;
    let live = true;
    previewTotalChange(board, edit).then(
      (change) => live && setResult({ key, change }),
      // A change that would be refused says why when it is made.
      () => undefined,
    );
    return () => {
      live = false;
    };
    // The edit's key stands for the edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, board]);
  return result?.key === key ? result.change : null;
}

/** Swap a person with someone in another team (or not in a team). */
export function SwapDialog({ programId, board, person, onClose }: Common) {
  const [other, setOther] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const data = personOptions(board, person, true);
  const edit: BoardEdit | null = other ? { type: 'swap', aId: person.id, bId: other } : null;
  const splits = splitsOfEdit(board, edit);
  const change = useTotalChange(board, edit);
  const me = shownName(board, person.id);
  const swap = () => {
    if (!edit || !other) return;
    setBusy(true);
    const name = shownName(board, other);
    editProposals(programId, edit).then(
      (snapshot) => {
        notifyWithUndo(
          `${me} and ${name} swapped`,
          change === null
            ? 'Each took the other’s place.'
            : `Each took the other’s place. Total score ${formatPoints(change)}.`,
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
        description={`${me} takes their place and they take ${me}’s.`}
        placeholder="Choose a person"
        searchable
        data={data}
        value={other}
        onChange={setOther}
        nothingFoundMessage="Nobody by that name"
        comboboxProps={{ withinPortal: true }}
        data-autofocus
      />
      {edit && (
        <Group gap="xs" aria-live="polite" data-testid="swap-change">
          <Text size="sm">What this swap does to the plan’s total:</Text>
          {change === null ? (
            <Loader size="xs" aria-label="Working out the change" />
          ) : (
            <ChangeBadge change={change} />
          )}
        </Group>
      )}
      <SplitWarning
        bonds={splits}
        names={board.names}
        consequence={`After the swap they are in different ${board.evaluateJob.mode === 'groups' ? 'groups' : 'pairs'}.`}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          leftSection={<IconArrowsExchange size={16} />}
          disabled={!other}
          loading={busy}
          color={splits.length > 0 ? 'red' : undefined}
          onClick={swap}
        >
          {splits.length > 0 ? 'Split them and swap' : 'Swap'}
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
  const me = shownName(board, person.id);
  const splits = other
    ? splitsOfEdit(board, pinEdit(board.evaluateJob.mode, board.drafts, person.id, other))
    : [];
  const pin = () => {
    if (!other) return;
    setBusy(true);
    const name = shownName(board, other);
    pinPeople(programId, person.id, other).then(
      (outcome) => {
        if (outcome.appliedNow)
          notifyWithUndo(
            `${me} pinned to ${name}`,
            'They are paired now and stay together on every run.',
            outcome.snapshot,
            { label: `pin ${person.name} to ${name}` },
          );
        else reportDone(`${me} pinned to ${name}`, outcome.reason);
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
        description={`${me} and this person are kept together on every run until you remove the pin.`}
        placeholder="Choose a person"
        searchable
        data={data}
        value={other}
        onChange={setOther}
        nothingFoundMessage="Nobody by that name"
        comboboxProps={{ withinPortal: true }}
        data-autofocus
      />
      <SplitWarning
        bonds={splits}
        names={board.names}
        consequence={`Pinning pairs ${me} with ${other ? shownName(board, other) : 'them'} now.`}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          leftSection={<IconPin size={16} />}
          disabled={!other}
          loading={busy}
          color={splits.length > 0 ? 'red' : undefined}
          onClick={pin}
        >
          {splits.length > 0 ? 'Split them and pin' : 'Pin'}
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
      title={dialog && person ? TITLES[dialog.type](board.names.get(person.id) ?? person.name) : ''}
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
