/**
 * What the import will do to the roster, person by person: who is new, what changes for people
 * already there (field, now, after), who is not in the file (left alone unless the coordinator
 * chooses to withdraw them), and who is unchanged.
 */
import {
  ActionIcon,
  Badge,
  Card,
  Group,
  Pagination,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { MergePlan, ParticipantDraft } from '../../domain/import';
import { ScrollTable } from '../../components/import/scroll-table';

const PAGE_SIZE = 25;

function usePage<T>(items: readonly T[]): { shown: T[]; pager: ReactNode } {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const pager =
    pages > 1 ? (
      <Group justify="flex-end" mt="sm">
        <Pagination total={pages} value={current} onChange={setPage} size="sm" />
      </Group>
    ) : null;
  return { shown, pager };
}

function LeaveOut({ row, onLeaveOut }: { row: number; onLeaveOut: (rows: number[]) => void }) {
  return (
    <Tooltip label="Leave this row out of the import">
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={`Leave out row ${row}`}
        onClick={() => onLeaveOut([row])}
      >
        <IconX size={16} />
      </ActionIcon>
    </Tooltip>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" py="md">
      {children}
    </Text>
  );
}

function Added({ plan, onLeaveOut }: { plan: MergePlan; onLeaveOut: (rows: number[]) => void }) {
  const { shown, pager } = usePage(plan.adds);
  if (plan.adds.length === 0)
    return <Empty>Nobody new: everyone in the file is already on the roster.</Empty>;
  return (
    <>
      <ScrollTable minWidth={760} label="New people">
        <Table aria-label="New people" verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>Row</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Department</Table.Th>
              <Table.Th>Job title</Table.Th>
              <Table.Th w={130} style={{ whiteSpace: 'nowrap' }}>
                Offers / wants
              </Table.Th>
              <Table.Th w={48}>
                <VisuallyHidden>Leave out</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((a) => (
              <Table.Tr key={a.rowNumber}>
                <Table.Td c="dimmed">{a.rowNumber}</Table.Td>
                <Table.Td fw={500}>{a.fields.name}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{a.fields.email}</Table.Td>
                <Table.Td>{a.fields.department}</Table.Td>
                <Table.Td>{a.fields.jobTitle}</Table.Td>
                <Table.Td>
                  {a.fields.offers.length} / {a.fields.wants.length}
                </Table.Td>
                <Table.Td>
                  <LeaveOut row={a.rowNumber} onLeaveOut={onLeaveOut} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {pager}
    </>
  );
}

function Value({ text }: { text: string }) {
  return text === '' ? (
    <Text span size="sm" c="dimmed" fs="italic">
      empty
    </Text>
  ) : (
    <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}

function Updated({
  plan,
  listMode,
  onListMode,
  onLeaveOut,
}: {
  plan: MergePlan;
  listMode: 'replace' | 'add';
  onListMode: (mode: 'replace' | 'add') => void;
  onLeaveOut: (rows: number[]) => void;
}) {
  const { shown, pager } = usePage(plan.updates);
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Text size="sm" id="import-list-mode-label">
          When the file lists competencies or people for someone:
        </Text>
        <SegmentedControl
          size="xs"
          aria-labelledby="import-list-mode-label"
          value={listMode}
          onChange={(v) => onListMode(v === 'add' ? 'add' : 'replace')}
          data={[
            { value: 'replace', label: 'Replace what is stored' },
            { value: 'add', label: 'Only add to it' },
          ]}
        />
      </Group>
      {plan.updates.length === 0 ? (
        <Empty>Nobody on the roster changes.</Empty>
      ) : (
        <>
          <ScrollTable minWidth={760} label="People who change">
            <Table aria-label="People who change" verticalSpacing="xs" withRowBorders>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="24%">Person</Table.Th>
                  <Table.Th w="16%">Field</Table.Th>
                  <Table.Th>Now</Table.Th>
                  <Table.Th>After the import</Table.Th>
                  <Table.Th w={48}>
                    <VisuallyHidden>Leave out</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.flatMap((u) =>
                  u.changes.map((c, i) => (
                    <Table.Tr key={`${u.participantId}-${c.field}`}>
                      {i === 0 && (
                        <Table.Td rowSpan={u.changes.length} style={{ verticalAlign: 'top' }}>
                          <Text size="sm" fw={600}>
                            {u.name}
                          </Text>
                          <Text size="xs" c="dimmed">
                            Row {u.rowNumber}
                          </Text>
                        </Table.Td>
                      )}
                      <Table.Td>
                        <Text size="sm">{c.label}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Value text={c.before} />
                      </Table.Td>
                      <Table.Td>
                        <Text span size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                          {c.after === '' ? '(empty)' : c.after}
                        </Text>
                      </Table.Td>
                      {i === 0 && (
                        <Table.Td rowSpan={u.changes.length} style={{ verticalAlign: 'top' }}>
                          <LeaveOut row={u.rowNumber} onLeaveOut={onLeaveOut} />
                        </Table.Td>
                      )}
                    </Table.Tr>
                  )),
                )}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {pager}
        </>
      )}
    </Stack>
  );
}

function Absent({
  plan,
  markAbsentWithdrawn,
  onMarkAbsent,
}: {
  plan: MergePlan;
  markAbsentWithdrawn: boolean;
  onMarkAbsent: (withdraw: boolean) => void;
}) {
  const { shown, pager } = usePage(plan.absent);
  if (plan.absent.length === 0) return <Empty>Everyone on the roster is in the file.</Empty>;
  return (
    <Stack gap="sm">
      <Switch
        label="Mark the people not in the file as withdrawn"
        description="Withdrawn people keep their history and can be restored later. Nobody is deleted."
        checked={markAbsentWithdrawn}
        onChange={(e) => onMarkAbsent(e.currentTarget.checked)}
      />
      <ScrollTable minWidth={600} label="People not in the file">
        <Table aria-label="People not in the file" verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th w={200}>After the import</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((a) => (
              <Table.Tr key={a.participantId}>
                <Table.Td fw={500}>{a.name}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{a.email}</Table.Td>
                <Table.Td>
                  {a.action === 'withdraw' ? (
                    <Badge color="red" variant="light">
                      Withdrawn
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Left as they are
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {pager}
    </Stack>
  );
}

export function MergeChanges({
  plan,
  drafts,
  listMode,
  markAbsentWithdrawn,
  onListMode,
  onMarkAbsent,
  onLeaveOut,
}: {
  plan: MergePlan;
  drafts: ReadonlyMap<number, ParticipantDraft>;
  listMode: 'replace' | 'add';
  markAbsentWithdrawn: boolean;
  onListMode: (mode: 'replace' | 'add') => void;
  onMarkAbsent: (withdraw: boolean) => void;
  onLeaveOut: (rows: number[]) => void;
}) {
  const first =
    plan.adds.length > 0
      ? 'added'
      : plan.updates.length > 0
        ? 'updated'
        : plan.absent.length > 0
          ? 'absent'
          : 'added';
  const [tab, setTab] = useState<string | null>(first);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-changes-title">
      <Title order={2} size="h4" id="import-changes-title" mb="sm">
        What the import changes
      </Title>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="added">New ({plan.adds.length})</Tabs.Tab>
          <Tabs.Tab value="updated">Updated ({plan.updates.length})</Tabs.Tab>
          <Tabs.Tab value="absent">Not in the file ({plan.absent.length})</Tabs.Tab>
          <Tabs.Tab value="unchanged">Unchanged ({plan.unchanged.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="added">
          <Added plan={plan} onLeaveOut={onLeaveOut} />
        </Tabs.Panel>
        <Tabs.Panel value="updated">
          <Updated
            plan={plan}
            listMode={listMode}
            onListMode={onListMode}
            onLeaveOut={onLeaveOut}
          />
        </Tabs.Panel>
        <Tabs.Panel value="absent">
          <Absent
            plan={plan}
            markAbsentWithdrawn={markAbsentWithdrawn}
            onMarkAbsent={onMarkAbsent}
          />
        </Tabs.Panel>
        <Tabs.Panel value="unchanged">
          {plan.unchanged.length === 0 ? (
            <Empty>Nobody in the file matches the roster exactly.</Empty>
          ) : (
            <Text size="sm" py="md">
              {plan.unchanged.length === 1 ? '1 person' : `${plan.unchanged.length} people`} in the
              file already match the roster exactly:{' '}
              {plan.unchanged
                .slice(0, 30)
                .map((u) => drafts.get(u.rowNumber)?.name ?? `row ${u.rowNumber}`)
                .join(', ')}
              {plan.unchanged.length > 30 ? ` and ${plan.unchanged.length - 30} more` : ''}.
            </Text>
          )}
        </Tabs.Panel>
      </Tabs>
      {plan.withdrawnInFile.length > 0 && (
        <Text size="sm" c="dimmed" mt="sm">
          {plan.withdrawnInFile.map((w) => w.name).join(', ')}{' '}
          {plan.withdrawnInFile.length === 1 ? 'is' : 'are'} in the file but withdrawn in the app,
          and {plan.withdrawnInFile.length === 1 ? 'stays' : 'stay'} withdrawn.
        </Text>
      )}
    </Card>
  );
}
