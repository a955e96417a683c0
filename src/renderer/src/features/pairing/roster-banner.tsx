/**
 * The banner at the top of the board when the roster changed under the proposals: what changed
 * ("2 people added since this proposal: …; 1 withdrawn: …"), which pairs can no longer be
 * confirmed, and the re-run that brings the proposal up to date.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconHourglass, IconRefresh, IconUsersPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Participant } from '../../domain/model';
import type { GonePerson } from '../../domain/pairing/roster-drift';
import type { BoardState } from './board-state';
import { teamLabel } from './team-view';

const SHOWN = 6;

/** "Ana, Ben and 3 more". */
function someNames(names: readonly string[]): string {
  const shown = names.slice(0, SHOWN);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
}

function count(n: number): string {
  return `${n} ${n === 1 ? 'person' : 'people'}`;
}

/** The sentences saying what changed since the proposal. */
export function driftSentences(board: BoardState): string[] {
  const drift = board.drift;
  if (!drift?.outOfDate) return [];
  const name = (id: string, fallback: string): string => board.names.get(id) ?? fallback;
  const out: string[] = [];
  if (drift.added.length > 0)
    out.push(
      `${count(drift.added.length)} added since this proposal: ${someNames(drift.added.map((p) => name(p.id, p.name)))}.`,
    );
  const of = (why: GonePerson['why']) => drift.gone.filter((g) => g.why === why);
  const withdrawn = of('withdrawn');
  if (withdrawn.length > 0)
    out.push(
      `${withdrawn.length} withdrawn: ${someNames(withdrawn.map((g) => name(g.id, g.name ?? '')))}.`,
    );
  const confirmed = of('confirmed');
  if (confirmed.length > 0)
    out.push(
      `${confirmed.length} now in a confirmed team: ${someNames(confirmed.map((g) => name(g.id, g.name ?? '')))}.`,
    );
  const removed = of('removed');
  if (removed.length > 0)
    out.push(`${count(removed.length)} no longer in the program (an import undone or a deletion).`);
  return out;
}

/** The out-of-date banner; nothing while the proposal matches the people to pair. */
export function RosterBanner({
  board,
  onRerun,
  running,
}: {
  board: BoardState;
  onRerun: () => void;
  running: boolean;
}) {
  const sentences = driftSentences(board);
  const stale = board.staleProposals;
  if (sentences.length === 0 && stale.length === 0) return null;
  const labels = stale.map((t) => teamLabel(t.team.kind, t.team.number));
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconUsersPlus size={18} />}
      title="This proposal is out of date"
      role="alert"
      aria-label="This proposal is out of date"
    >
      <Stack gap={6}>
        {sentences.map((s) => (
          <Text size="sm" key={s}>
            {s}
          </Text>
        ))}
        {stale.length > 0 && (
          <Text size="sm" fw={600}>
            {someNames(labels)} {stale.length === 1 ? 'was' : 'were'} made with someone who is no
            longer there, so the proposal cannot be confirmed as it is.
          </Text>
        )}
        <Group gap="sm" mt={4}>
          <Button
            size="xs"
            leftSection={<IconRefresh size={14} />}
            onClick={onRerun}
            loading={running}
          >
            Re-run pairing
          </Button>
          <Text size="xs" c="dimmed">
            Locked teams stay as they are; everyone else is paired again.
          </Text>
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * People who registered interest but have not opted in for the trial period yet: pairing leaves
 * them out, so the board says how many, who, and where to opt them in.
 */
export function InterestedBanner({ people, names }: { people: readonly Participant[]; names: ReadonlyMap<string, string> }) {
  const waiting = people.filter((p) => p.status === 'interested');
  if (waiting.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconHourglass size={18} />}
      title={`${count(waiting.length)} interested, not opted in yet`}
      aria-label="Interested, not opted in yet"
    >
      <Stack gap={6}>
        <Text size="sm">
          {someNames(waiting.map((p) => names.get(p.id) ?? p.name))} registered interest but{' '}
          {waiting.length === 1 ? 'has' : 'have'} not opted in for the trial period, so pairing leaves{' '}
          {waiting.length === 1 ? 'them' : 'them all'} out.
        </Text>
        <Group gap="sm">
          <Button size="xs" variant="default" component={Link} to="/participants?status=interested">
            Opt them in on Participants
          </Button>
          <Text size="xs">
            Select who committed and choose “Mark opted in”, then run pairing again.
          </Text>
        </Group>
      </Stack>
    </Alert>
  );
}
