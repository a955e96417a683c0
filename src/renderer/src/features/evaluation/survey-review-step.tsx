/**
 * Step 3 of an evaluation survey import, Review: the counts, every cell that stops a row (by row
 * and column letter, with the fix: correct it here or skip the row), the notes that do not stop
 * it, and what changes person by person and field by field, before → after.
 */
import {
  Badge,
  Button,
  Card,
  Collapse,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import {
  ChoicesCard,
  CommitCard,
  ProblemsCard,
  problemText,
  Stat,
} from '../../components/import/review-parts';
import { formatDay } from '../../components/dates';
import { ScrollTable } from '../../components/import/scroll-table';
import type { CellEdits } from '../../components/import/spreadsheet-helpers';
import {
  FEEDBACK_FIELD_LABELS,
  feedbackValueText,
  type ChangeKind,
  type EvaluationPreparation,
  type EvaluationProblem,
  type FeedbackField,
  type FeedbackValues,
  type PersonChanges,
} from '../../domain/evaluation/survey-import';
import type { RosterRead, RosterRow } from '../../domain/import';

/** A feedback answer as the screen says it; the day in the app's one date style. */
function valueText(field: FeedbackField, value: FeedbackValues[FeedbackField] | null): string {
  return field === 'answeredOn' && typeof value === 'string' && value !== ''
    ? formatDay(value)
    : feedbackValueText(field, value);
}

const KIND_COLOR: Record<ChangeKind, string> = {
  new: 'teal',
  changed: 'orange',
  unchanged: 'gray',
};
const PHASE_WORDS = { pre: 'start', post: 'end' } as const;

function NotesTable({ notes, label }: { notes: EvaluationProblem[]; label: string }) {
  return (
    <ScrollTable minWidth={720} label={label}>
      <Table aria-label={label} verticalSpacing={6} styles={{ td: { verticalAlign: 'top' } }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>Row</Table.Th>
            <Table.Th w={240}>Column</Table.Th>
            <Table.Th>Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {notes.map((n, i) => (
            <Table.Tr key={i} data-testid="survey-note">
              <Table.Td>{n.row}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Text size="sm">{n.column}</Text>
                <Text size="xs" c="dimmed">
                  Column {n.letter}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{problemText(n.message)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/**
 * Notes that do not stop the import: empty rating cells one by one; ratings of competencies the
 * team did not choose (a form asks everyone the same grid, so most people have some) folded
 * into one line that opens.
 */
function NotesCard({ notes }: { notes: EvaluationProblem[] }) {
  const [open, setOpen] = useState(false);
  const blanks = notes.filter((n) => n.reason !== 'not-chosen');
  const outside = notes.filter((n) => n.reason === 'not-chosen');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="evaluation-notes-title">
      <Title order={2} size="h4" id="evaluation-notes-title">
        Good to know
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="sm">
        These do not stop the import. Correct a cell or skip a row above if one is not what you
        want.
      </Text>
      <Stack gap="sm">
        {blanks.length > 0 && <NotesTable notes={blanks} label="Empty answers" />}
        {outside.length > 0 && (
          <div>
            <Group gap="sm" wrap="nowrap" align="baseline">
              <Text size="sm">
                {outside.length === 1 ? '1 person' : `${outside.length} people`} also rated
                competencies their team did not choose. Those ratings are imported all the same.
              </Text>
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => setOpen((o) => !o)}
                aria-expanded={open}
              >
                {open ? 'Hide who' : 'Show who'}
              </Button>
            </Group>
            <Collapse expanded={open}>
              <NotesTable notes={outside} label="Ratings outside the team’s competencies" />
            </Collapse>
          </div>
        )}
      </Stack>
    </Card>
  );
}

/** One answer: "Flexibility 3" when new, "Flexibility 2 → 4" when changed. */
function Change({
  label,
  before,
  after,
  kind,
}: {
  label: string;
  before: string;
  after: string;
  kind: ChangeKind;
}) {
  return (
    <Text
      size="sm"
      span
      style={{ whiteSpace: 'nowrap' }}
      c={kind === 'unchanged' ? 'dimmed' : undefined}
    >
      <Text span fw={550} inherit>
        {label}
      </Text>{' '}
      {kind === 'changed' ? (
        <>
          <Text span c="dimmed" inherit td="line-through">
            {before}
          </Text>{' '}
          →{' '}
          <Text span fw={700} c="orange.8" inherit>
            {after}
          </Text>
        </>
      ) : (
        after
      )}
    </Text>
  );
}

function PersonRow({
  person,
  showRatings,
  showFeedback,
}: {
  person: PersonChanges;
  showRatings: boolean;
  showFeedback: boolean;
}) {
  const ratings = person.ratings.filter((r) => r.kind !== 'unchanged');
  const same = person.ratings.length - ratings.length;
  const fields = person.feedback?.fields.filter((f) => f.kind !== 'unchanged') ?? [];
  return (
    <Table.Tr data-testid="survey-change">
      <Table.Td c="dimmed">{person.rowNumber}</Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={600}>
            {person.name}
          </Text>
          <Badge size="xs" variant="light" color={KIND_COLOR[person.kind]}>
            {person.kind}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {person.email}
        </Text>
      </Table.Td>
      {showRatings && (
        <Table.Td>
          <Group gap={4}>
            {ratings.map((r, i) => (
              <span key={r.competencyId}>
                <Change
                  label={r.competencyName}
                  before={String(r.before ?? '')}
                  after={String(r.after)}
                  kind={r.kind}
                />
                {i < ratings.length - 1 && (
                  <Text span c="dimmed" size="sm">
                    {' · '}
                  </Text>
                )}
              </span>
            ))}
          </Group>
          {same > 0 && (
            <Text size="xs" c="dimmed">
              {same} rating{same === 1 ? '' : 's'} already stored as in the file
            </Text>
          )}
        </Table.Td>
      )}
      {showFeedback && (
        <Table.Td>
          <Stack gap={2}>
            {fields.map((f) => (
              <Text key={f.field} size="sm">
                <Text span fw={550} inherit>
                  {FEEDBACK_FIELD_LABELS[f.field]}:
                </Text>{' '}
                {person.feedback?.kind === 'new' || f.kind === 'new' ? (
                  valueText(f.field, f.after)
                ) : (
                  <>
                    <Text span c="dimmed" inherit td="line-through">
                      {valueText(f.field, f.before)}
                    </Text>{' '}
                    →{' '}
                    <Text span fw={600} c="orange.8" inherit>
                      {valueText(f.field, f.after)}
                    </Text>
                  </>
                )}
              </Text>
            ))}
          </Stack>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function ChangesCard({ prep }: { prep: EvaluationPreparation }) {
  const changing = prep.people.filter((p) => p.kind !== 'unchanged');
  const hasRatings = prep.people.some((p) => p.ratings.length > 0);
  const hasFeedback = prep.people.some((p) => p.feedback !== null);
  const phases = [...new Set(prep.people.flatMap((p) => (p.phase ? [PHASE_WORDS[p.phase]] : [])))];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="evaluation-changes-title">
      <Title order={2} size="h4" id="evaluation-changes-title">
        What changes, person by person ({changing.length})
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="sm">
        {prep.people.length - changing.length > 0
          ? `${prep.people.length - changing.length} more ${prep.people.length - changing.length === 1 ? 'person answered' : 'people answered'} exactly what is already stored, and ${prep.people.length - changing.length === 1 ? 'is' : 'are'} not listed.`
          : 'Before → after for every answer that changes.'}
      </Text>
      <ScrollTable minWidth={860} label="What changes">
        <Table
          aria-label="What changes"
          verticalSpacing="sm"
          striped
          styles={{ td: { verticalAlign: 'top' } }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>Row</Table.Th>
              <Table.Th w={220}>Person</Table.Th>
              {hasRatings && (
                <Table.Th>
                  Self-ratings{phases.length > 0 ? ` (${phases.join(' and ')} of the program)` : ''}
                </Table.Th>
              )}
              {hasFeedback && <Table.Th>Feedback</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changing.map((p) => (
              <PersonRow
                key={p.rowNumber}
                person={p}
                showRatings={hasRatings}
                showFeedback={hasFeedback}
              />
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Card>
  );
}

export function EvaluationReviewStep({
  prep,
  read,
  edits,
  skipped,
  updating,
  committing,
  onEdit,
  onSkip,
  onInclude,
  onBack,
  onCommit,
}: {
  prep: EvaluationPreparation;
  read: RosterRead;
  edits: CellEdits;
  skipped: number[];
  updating: boolean;
  committing: boolean;
  onEdit: (row: RosterRow, column: number, value: string) => void;
  onSkip: (rows: number[]) => void;
  onInclude: (row: number) => void;
  onBack: () => void;
  onCommit: () => void;
}) {
  const c = prep.counts;
  const ratings = c.ratingsNew + c.ratingsChanged + c.ratingsUnchanged > 0;
  const feedback = c.feedbackNew + c.feedbackChanged + c.feedbackUnchanged > 0;
  const changes = c.ratingsNew + c.ratingsChanged + c.feedbackNew + c.feedbackChanged;
  const ready = [
    c.ratingsNew + c.ratingsChanged > 0
      ? `${c.ratingsNew} new and ${c.ratingsChanged} changed self-rating${c.ratingsNew + c.ratingsChanged === 1 ? '' : 's'}`
      : '',
    c.feedbackNew + c.feedbackChanged > 0
      ? `feedback of ${c.feedbackNew + c.feedbackChanged} ${c.feedbackNew + c.feedbackChanged === 1 ? 'person' : 'people'}`
      : '',
  ].filter((s) => s !== '');
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md" aria-label="Summary of the import">
        <Stat label="People with changes" value={c.people} />
        {ratings && <Stat label="New ratings" value={c.ratingsNew} />}
        {ratings && <Stat label="Changed ratings" value={c.ratingsChanged} />}
        {feedback && <Stat label="New feedback" value={c.feedbackNew} />}
        {feedback && <Stat label="Changed feedback" value={c.feedbackChanged} />}
        {(ratings || feedback) && (
          <Stat label="Unchanged" value={c.ratingsUnchanged + c.feedbackUnchanged} />
        )}
        <Stat label="Rows with problems" value={prep.problemRows.length} />
        <Stat label="Skipped" value={skipped.length} />
      </SimpleGrid>
      {prep.problems.length > 0 && (
        <ProblemsCard
          title="Rows with problems"
          problems={prep.problems}
          read={read}
          edits={edits}
          onEdit={onEdit}
          onSkip={onSkip}
        />
      )}
      <ChoicesCard
        read={read}
        edits={edits}
        skipped={skipped}
        onEdit={onEdit}
        onInclude={onInclude}
      />
      {prep.notes.length > 0 && <NotesCard notes={prep.notes} />}
      {prep.people.length > 0 && <ChangesCard prep={prep} />}
      <CommitCard
        updating={updating}
        blockers={prep.blockers}
        ready={`${ready.join(' and ')}. A backup of everything is written first, and the import can be undone in one click.`.replace(
          /^./,
          (s) => s.toUpperCase(),
        )}
        importLabel={changes > 0 ? `Import ${changes} change${changes === 1 ? '' : 's'}` : 'Import'}
        committing={committing}
        onBack={onBack}
        onCommit={onCommit}
      />
    </Stack>
  );
}
