/**
 * Step 3, Review: everything the import would do and everything that still stops it. Problems
 * come first (rows to correct or leave out, duplicate emails, competency names to decide), then
 * the changes person by person, then the import button, which stays disabled while anything
 * blocks and says why in words.
 */
import {
  Alert,
  Button,
  Card,
  Group,
  List,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { Competency } from '../../domain/model';
import {
  changeCount,
  type ImportPreparation,
  type ParticipantDraft,
  type RosterRead,
  type RosterRow,
  type RowValidation,
} from '../../domain/import';
import { CompetencyDecisions } from './competency-decisions';
import type { CellEdits } from './import-helpers';
import type { ImportSession } from './import-session';
import { MergeChanges } from './merge-changes';
import {
  CorrectionsCard,
  DuplicateRowsCard,
  RowProblems,
  SuspiciousCellsCard,
} from './row-problems';

function Stat({ label, value, hint }: { label: string; value: number; hint?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} style={{ letterSpacing: 0.4 }}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value.toLocaleString()}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

export interface ReviewHandlers {
  onEdit: (row: RosterRow, column: number, value: string) => void;
  onLeaveOut: (rows: number[]) => void;
  onInclude: (row: number) => void;
  onDecide: (decisions: Readonly<Record<string, string | null | undefined>>) => void;
  onMarkAbsent: (withdraw: boolean) => void;
  onListMode: (mode: 'replace' | 'add') => void;
  onBack: () => void;
  onCommit: () => void;
}

export function ReviewStep({
  programId,
  prep,
  read,
  emailColumn,
  session,
  edits,
  catalog,
  updating,
  committing,
  handlers,
}: {
  programId: string;
  prep: ImportPreparation;
  read: RosterRead;
  /** Column of the file mapped to Email (for correcting it where rows share one). */
  emailColumn: number;
  session: ImportSession;
  edits: CellEdits;
  catalog: Competency[];
  updating: boolean;
  committing: boolean;
  handlers: ReviewHandlers;
}) {
  const invalid = useMemo(
    () => prep.rows.filter((r): r is Extract<RowValidation, { ok: false }> => !r.ok),
    [prep.rows],
  );
  const drafts = useMemo(
    () => new Map<number, ParticipantDraft>(prep.drafts.map((d) => [d.rowNumber, d])),
    [prep.drafts],
  );
  const { plan } = prep;
  const changes = changeCount(plan);
  const nothingToDo = !prep.blocked && changes === 0;
  const canCommit = !prep.blocked && changes > 0 && !updating && !committing;
  const withdrawn = plan.counts.withdrawn;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" aria-label="Summary of the import">
        <Stat label="New people" value={plan.counts.added} />
        <Stat label="Updated" value={plan.counts.updated} />
        <Stat label="Unchanged" value={plan.counts.unchanged} />
        <Stat
          label="Not in the file"
          value={plan.absent.length}
          hint={
            plan.absent.length === 0
              ? undefined
              : withdrawn > 0
                ? `${withdrawn} to be withdrawn`
                : 'left as they are'
          }
        />
      </SimpleGrid>

      {invalid.length > 0 && (
        <RowProblems
          invalid={invalid}
          read={read}
          edits={edits}
          onEdit={handlers.onEdit}
          onLeaveOut={handlers.onLeaveOut}
        />
      )}
      {plan.duplicates.length > 0 && (
        <DuplicateRowsCard
          duplicates={plan.duplicates}
          drafts={drafts}
          read={read}
          edits={edits}
          emailColumn={emailColumn}
          onEdit={handlers.onEdit}
          onLeaveOut={handlers.onLeaveOut}
        />
      )}
      {prep.suspicious.length > 0 && (
        <SuspiciousCellsCard
          cells={prep.suspicious}
          read={read}
          edits={edits}
          onEdit={handlers.onEdit}
          onLeaveOut={handlers.onLeaveOut}
        />
      )}
      {prep.competencyIssues.length > 0 && (
        <CompetencyDecisions
          programId={programId}
          issues={prep.competencyIssues}
          catalog={catalog}
          onDecide={handlers.onDecide}
        />
      )}
      <CorrectionsCard
        read={read}
        edits={edits}
        excluded={session.excluded}
        onEdit={handlers.onEdit}
        onInclude={handlers.onInclude}
      />
      {prep.warnings.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          title={`Worth checking (${prep.warnings.length})`}
          icon={<IconInfoCircle size={18} />}
        >
          <List size="sm" spacing={4}>
            {prep.warnings.slice(0, 12).map((w, i) => (
              <List.Item key={i}>{w.message}</List.Item>
            ))}
          </List>
          {prep.warnings.length > 12 && (
            <Text size="sm" mt={4}>
              and {prep.warnings.length - 12} more like these.
            </Text>
          )}
        </Alert>
      )}
      <MergeChanges
        plan={plan}
        drafts={drafts}
        listMode={session.listMode}
        markAbsentWithdrawn={session.markAbsentWithdrawn}
        onListMode={handlers.onListMode}
        onMarkAbsent={handlers.onMarkAbsent}
        onLeaveOut={handlers.onLeaveOut}
      />

      <Card withBorder padding="lg" component="section" aria-label="Import">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xl">
          <div style={{ flex: 1, minWidth: 0 }}>
            {updating ? (
              <Group gap="xs">
                <Loader size="xs" />
                <Text size="sm">Updating the review…</Text>
              </Group>
            ) : prep.blocked ? (
              <Stack gap={6} role="status" aria-label="Before you can import">
                <Group gap={8}>
                  <ThemeIcon color="red" variant="light" size="sm" radius="xl">
                    <IconAlertTriangle size={14} />
                  </ThemeIcon>
                  <Text fw={650}>Before you can import</Text>
                </Group>
                <List
                  size="sm"
                  spacing={4}
                  icon={
                    <IconX size={14} color="var(--mantine-color-red-light-color)" aria-hidden />
                  }
                >
                  {prep.blockers.map((b, i) => (
                    <List.Item key={i}>{b}</List.Item>
                  ))}
                </List>
              </Stack>
            ) : nothingToDo ? (
              <Group gap={8} role="status">
                <ThemeIcon variant="light" size="sm" radius="xl">
                  <IconCircleCheck size={14} />
                </ThemeIcon>
                <Text size="sm">The file matches the roster: there is nothing to import.</Text>
              </Group>
            ) : (
              <Stack gap={4} role="status">
                <Group gap={8}>
                  <ThemeIcon variant="light" size="sm" radius="xl">
                    <IconCircleCheck size={14} />
                  </ThemeIcon>
                  <Text fw={650}>Ready to import</Text>
                </Group>
                <Text size="sm" c="dimmed">
                  {plan.counts.added} new, {plan.counts.updated} updated
                  {withdrawn > 0 ? `, ${withdrawn} withdrawn` : ''}. A backup of everything is
                  written first, and the import can be undone in one click.
                </Text>
              </Stack>
            )}
          </div>
          <Group gap="sm" wrap="nowrap">
            <Button variant="default" onClick={handlers.onBack} disabled={committing}>
              Back
            </Button>
            <Button onClick={handlers.onCommit} disabled={!canCommit} loading={committing}>
              Import now
            </Button>
          </Group>
        </Group>
      </Card>
    </Stack>
  );
}
