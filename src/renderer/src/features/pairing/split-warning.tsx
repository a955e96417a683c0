/**
 * The board asks before a change splits people who are kept together: who they are, why they are
 * kept together ("registered together", "asked to work together"), and what the change does.
 */
import { Alert, List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle } from '@tabler/icons-react';
import { BOND_WORDS, type Bond } from '../../domain/pairing/kept-bonds';

function bondLine(bond: Bond, names: ReadonlyMap<string, string>): string {
  const a = names.get(bond.aId) ?? 'Someone';
  const b = names.get(bond.bId) ?? 'someone';
  return bond.kind === 'registered'
    ? `${a} and ${b} ${BOND_WORDS.registered}.`
    : `${a} and ${b} ${BOND_WORDS.preferred} (a hard rule in the pairing settings).`;
}

/** "Split Alex Kim and Sam Lee?" */
function splitTitle(bonds: readonly Bond[], names: ReadonlyMap<string, string>): string {
  const [first] = bonds;
  if (bonds.length === 1 && first)
    return `Split ${names.get(first.aId) ?? 'them'} and ${names.get(first.bId) ?? 'their partner'}?`;
  return `Split ${bonds.length} pairs who are kept together?`;
}

/** What the split loses, in words: who, why they are kept together, and what the change does. */
export function SplitWarning({
  bonds,
  names,
  consequence,
}: {
  bonds: readonly Bond[];
  names: ReadonlyMap<string, string>;
  /** What the change does to them ("After the swap they are in different pairs."). */
  consequence: string;
}) {
  if (bonds.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      data-testid="split-warning"
    >
      <Stack gap={4}>
        {bonds.length === 1 ? (
          <Text size="sm" fw={600}>
            {bondLine(bonds[0] as Bond, names)}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {bonds.map((b) => (
              <List.Item key={`${b.aId}|${b.bId}`}>{bondLine(b, names)}</List.Item>
            ))}
          </List>
        )}
        <Text size="sm">
          {consequence} They lose the partner they chose; a re-run of pairing puts them back
          together.
        </Text>
      </Stack>
    </Alert>
  );
}

/** Runs `proceed` at once when nothing is split; otherwise asks first, saying what is lost. */
export function askBeforeSplit(
  bonds: readonly Bond[],
  names: ReadonlyMap<string, string>,
  consequence: string,
  confirmLabel: string,
  proceed: () => void,
): void {
  if (bonds.length === 0) {
    proceed();
    return;
  }
  modals.openConfirmModal({
    title: splitTitle(bonds, names),
    children: <SplitWarning bonds={bonds} names={names} consequence={consequence} />,
    labels: { confirm: confirmLabel, cancel: 'Keep them together' },
    confirmProps: { color: 'red' },
    size: 'lg',
    onConfirm: proceed,
  });
}
