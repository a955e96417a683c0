/**
 * Competency names in the file that were not recognised on their own: each is listed with where
 * it was typed and a suggested match to accept, or the coordinator chooses another competency,
 * adds the name to the catalog, or ignores it. Nothing is dropped silently: a name without a
 * decision blocks the import.
 */
import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { reportError } from '../../components/report-error';
import { editCatalog } from '../../db/catalog-repo';
import { newId } from '../../db/ids';
import { addCompetency, groupByCategory } from '../../domain/catalog/catalog-edits';
import type { Competency, CompetencyCategory } from '../../domain/model';
import type { CompetencyIssue } from '../../domain/import';
import { CompetencyEditor, type CompetencyFormValues } from '../../components/competency-editor';
import { catalogNameFor, rowList } from './import-helpers';
import { ScrollTable } from '../../components/import/scroll-table';

type Decide = (decisions: Readonly<Record<string, string | null | undefined>>) => void;

function whereTyped(issue: CompetencyIssue): string {
  const columns = [...new Set(issue.occurrences.map((o) => o.column))];
  return `${rowList(issue.occurrences.map((o) => o.row))} · ${columns.join(', ')}`;
}

function Decision({
  issue,
  catalog,
  catalogData,
  onDecide,
  onAdd,
}: {
  issue: CompetencyIssue;
  catalog: ReadonlyMap<string, Competency>;
  catalogData: { group: string; items: { value: string; label: string }[] }[];
  onDecide: Decide;
  onAdd: (issue: CompetencyIssue) => void;
}) {
  const label = `“${issue.term}”`;
  if (issue.status === 'accepted') {
    const name = issue.competencyId === null ? '' : (catalog.get(issue.competencyId)?.name ?? '');
    return (
      <Group gap="xs" wrap="nowrap">
        <IconCheck size={16} color="var(--mantine-color-teal-filled)" aria-hidden />
        <Text size="sm">
          Imported as <b>{name}</b>
        </Text>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => onDecide({ [issue.key]: undefined })}
          aria-label={`Change the decision for ${label}`}
        >
          Change
        </Button>
      </Group>
    );
  }
  if (issue.status === 'ignored') {
    return (
      <Group gap="xs" wrap="nowrap">
        <Badge variant="light" color="gray">
          Ignored
        </Badge>
        <Text size="sm" c="dimmed">
          Not imported
        </Text>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => onDecide({ [issue.key]: undefined })}
          aria-label={`Change the decision for ${label}`}
        >
          Change
        </Button>
      </Group>
    );
  }
  const closest = issue.suggestion === null ? issue.candidates : [];
  const data =
    closest.length > 0
      ? [
          {
            group: 'Closest matches',
            items: closest.map((c) => ({ value: c.competencyId, label: c.name })),
          },
          ...catalogData
            .map((g) => ({
              ...g,
              items: g.items.filter((i) => !closest.some((c) => c.competencyId === i.value)),
            }))
            .filter((g) => g.items.length > 0),
        ]
      : catalogData;
  return (
    <Group gap="xs">
      {issue.suggestion !== null && (
        <Button
          size="xs"
          variant="light"
          onClick={() => onDecide({ [issue.key]: issue.suggestion?.competencyId })}
        >
          Use “{issue.suggestion.name}”
        </Button>
      )}
      <Select
        size="xs"
        w={210}
        aria-label={`Competency for ${label}`}
        placeholder={issue.suggestion !== null ? 'Or choose another…' : 'Choose a competency…'}
        data={data}
        value={null}
        searchable
        nothingFoundMessage="No competency with that name"
        onChange={(id) => id !== null && onDecide({ [issue.key]: id })}
        comboboxProps={{ withinPortal: true }}
      />
      <Button
        size="xs"
        variant="default"
        leftSection={<IconPlus size={14} />}
        onClick={() => onAdd(issue)}
        aria-label={`Add to catalog: ${label}`}
      >
        Add to catalog
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color="gray"
        onClick={() => onDecide({ [issue.key]: null })}
        aria-label={`Ignore ${label}`}
      >
        Ignore
      </Button>
    </Group>
  );
}

export function CompetencyDecisions({
  programId,
  issues,
  catalog,
  onDecide,
}: {
  programId: string;
  issues: CompetencyIssue[];
  catalog: Competency[];
  onDecide: Decide;
}) {
  const [adding, setAdding] = useState<CompetencyIssue | null>(null);
  const byId = useMemo(() => new Map(catalog.map((c) => [c.id, c])), [catalog]);
  const catalogData = useMemo(
    () =>
      groupByCategory(catalog.filter((c) => !c.retired))
        .map((g) => ({
          group: g.label,
          items: g.competencies.map((c) => ({ value: c.id, label: c.name })),
        }))
        .filter((g) => g.items.length > 0),
    [catalog],
  );
  const pendingSuggestions = issues.filter((i) => i.status === 'pending' && i.suggestion !== null);
  const pending = issues.filter((i) => i.status === 'pending').length;

  const addToCatalog = async (
    issue: CompetencyIssue,
    values: CompetencyFormValues,
  ): Promise<string | null> => {
    let added: string | null = null;
    const makeId = () => {
      added = newId();
      return added;
    };
    try {
      await editCatalog(programId, (c) => addCompetency(c, values, makeId, programId));
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    if (added !== null) onDecide({ [issue.key]: added });
    setAdding(null);
    return null;
  };

  const initialCategory = (issue: CompetencyIssue): CompetencyCategory => {
    const first = issue.suggestion ?? issue.candidates[0];
    return (first && byId.get(first.competencyId)?.category) ?? 'business';
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-competencies-title">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h4" id="import-competencies-title">
            Competency names to check ({issues.length})
          </Title>
          <Text size="sm" c="dimmed" mt={4} maw={700}>
            {pending > 0
              ? `${pending} of these ${pending === 1 ? 'needs' : 'need'} your decision: use the suggested match, choose another competency, add the name to the catalog, or ignore it.`
              : 'All decided. You can change any decision before importing.'}
          </Text>
        </div>
        {pendingSuggestions.length > 1 && (
          <Button
            size="xs"
            variant="light"
            onClick={() =>
              onDecide(
                Object.fromEntries(
                  pendingSuggestions.map((i) => [i.key, i.suggestion?.competencyId]),
                ),
              )
            }
          >
            Use all {pendingSuggestions.length} suggestions
          </Button>
        )}
      </Group>
      <ScrollTable minWidth={860} label="Competency names to check">
        <Table aria-label="Competency names to check" verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">Typed in the file</Table.Th>
              <Table.Th w="24%">Where</Table.Th>
              <Table.Th>Decision</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {issues.map((issue) => (
              <Table.Tr key={issue.key}>
                <Table.Td>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    “{issue.term}”
                  </Text>
                  <Text size="xs" c="dimmed">
                    {issue.kind === 'suggested' ? 'Probably a typo' : 'Not in the catalog'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{whereTyped(issue)}</Text>
                </Table.Td>
                <Table.Td>
                  <Decision
                    issue={issue}
                    catalog={byId}
                    catalogData={catalogData}
                    onDecide={onDecide}
                    onAdd={setAdding}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Modal
        opened={adding !== null}
        onClose={() => setAdding(null)}
        title={adding ? `Add “${catalogNameFor(adding.term)}” to the catalog` : ''}
      >
        {adding && (
          <Stack>
            <Text size="sm" c="dimmed">
              The new competency joins this program’s catalog and is used for every row that typed
              this name.
            </Text>
            <CompetencyEditor
              initial={{
                name: catalogNameFor(adding.term),
                description: '',
                category: initialCategory(adding),
                cluster: '',
              }}
              catalog={catalog}
              submitLabel="Add to catalog"
              onSubmit={(values) =>
                addToCatalog(adding, values).catch((e: unknown) => {
                  reportError(e);
                  return null;
                })
              }
              onCancel={() => setAdding(null)}
            />
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
