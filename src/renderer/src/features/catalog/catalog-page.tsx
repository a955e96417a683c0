/**
 * The program's competency catalog: add, rename, describe, move, reorder, retire and restore
 * the built-in model. Retired competencies stay on the records that use them.
 */
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Switch,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  IconArchive,
  IconArrowDown,
  IconArrowUp,
  IconArrowBackUp,
  IconPencil,
  IconPlus,
  IconRefresh,
} from '@tabler/icons-react';
import { useState } from 'react';
import { editCatalog, useCatalog } from '../../db/catalog-repo';
import { newId } from '../../db/ids';
import { ReadOnlyFieldset } from '../../components/archived-banner';
import { useCurrentProgram } from '../../db/programs-repo';
import {
  addCompetency,
  describeCompetency,
  groupByCategory,
  moveCompetency,
  renameCompetency,
  reorderCompetency,
  reinstateCompetency,
  restoreDefaults,
  retireCompetency,
  type CatalogEditResult,
} from '../../domain/catalog/catalog-edits';
import type { Competency, CompetencyCategory } from '../../domain/model';
import { reportDone, reportError } from '../../components/report-error';
import { CompetencyEditor, type CompetencyFormValues } from '../../components/competency-editor';

type Editing = { mode: 'add'; category: CompetencyCategory } | { mode: 'edit'; competency: Competency } | null;

/** Chain edits: each step runs only when the previous one succeeded. */
function chain(first: CatalogEditResult, ...steps: ((c: Competency[]) => CatalogEditResult)[]): CatalogEditResult {
  let result = first;
  for (const step of steps) {
    if (!result.ok) return result;
    result = step(result.catalog);
  }
  return result;
}

export function CatalogPage() {
  const program = useCurrentProgram();
  const catalog = useCatalog(program?.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [showRetired, setShowRetired] = useState(true);
  if (!program || !catalog) return null;
  const programId = program.id;

  const run = (edit: (c: Competency[]) => CatalogEditResult | Competency[]) =>
    void editCatalog(programId, edit).catch(reportError);

  const submit = async (values: CompetencyFormValues): Promise<string | null> => {
    try {
      if (editing?.mode === 'add') {
        await editCatalog(programId, (c) => addCompetency(c, values, newId, programId));
      } else if (editing?.mode === 'edit') {
        const id = editing.competency.id;
        await editCatalog(programId, (c) =>
          chain(
            renameCompetency(c, id, values.name),
            (next) => describeCompetency(next, id, values.description),
            (next) => moveCompetency(next, id, values.category, values.cluster),
          ),
        );
      }
      setEditing(null);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };

  const confirmRestore = () =>
    modals.openConfirmModal({
      title: 'Restore the built-in competencies?',
      children: (
        <Text size="sm">
          The 31 built-in competencies get back their original names, descriptions and places and are
          no longer retired. Competencies you added are kept.
        </Text>
      ),
      labels: { confirm: 'Restore defaults', cancel: 'Cancel' },
      onConfirm: () =>
        void editCatalog(programId, (c) => restoreDefaults(c, programId, newId)).then(
          () => reportDone('Built-in competencies restored'),
          reportError,
        ),
    });

  const groups = groupByCategory(showRetired ? catalog : catalog.filter((c) => !c.retired));
  const activeCount = catalog.filter((c) => !c.retired).length;

  return (
    <Stack gap="lg" maw={1000}>
      <Group justify="space-between">
        <div>
          <Title order={1} size="h2">
            Competencies
          </Title>
          <Text c="dimmed" size="sm">
            {activeCount} in use{catalog.length > activeCount ? `, ${catalog.length - activeCount} retired` : ''}. Pairs
            choose {program.rules.minTotal}–{program.rules.maxTotal}, {program.rules.minPerCategory}–
            {program.rules.maxPerCategory} from each category.
          </Text>
        </div>
        <Group>
          <Switch label="Show retired" checked={showRetired} onChange={(e) => setShowRetired(e.currentTarget.checked)} />
          {program.status !== 'archived' && (
            <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={confirmRestore}>
              Restore defaults
            </Button>
          )}
        </Group>
      </Group>
      {/* An archived program's catalog is shown, not edited. */}
      <ReadOnlyFieldset readOnly={program.status === 'archived'}>
        <Stack gap="lg">
          {groups.map((group) => (
            <Card key={group.category} withBorder padding="lg" component="section" aria-label={group.label}>
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h3">
                  {group.label}
                </Title>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setEditing({ mode: 'add', category: group.category })}
                  aria-label={`Add competency to ${group.label}`}
                >
                  Add competency
                </Button>
              </Group>
              {group.competencies.length === 0 && <Text c="dimmed">No competencies in this category yet.</Text>}
              {group.clusters.map((cluster) => (
                <Stack key={cluster.cluster || 'none'} gap={4} mb="md">
                  {cluster.cluster && (
                    <Text fw={600} size="sm" c="dimmed" tt="uppercase" mt="xs">
                      {cluster.cluster}
                    </Text>
                  )}
                  {cluster.competencies.map((c) => (
                    <Group
                      key={c.id}
                      justify="space-between"
                      wrap="nowrap"
                      py={6}
                      px="xs"
                      style={{ borderBottom: '1px solid var(--mantine-color-default-border)', opacity: c.retired ? 0.6 : 1 }}
                      data-testid="competency-row"
                    >
                      <div style={{ minWidth: 0 }}>
                        <Group gap={6}>
                          <Text fw={500}>{c.name}</Text>
                          {c.retired && <Badge size="xs" color="gray">Retired</Badge>}
                          {c.builtinKey === null && <Badge size="xs" variant="outline">Added</Badge>}
                        </Group>
                        <Text size="sm" c="dimmed">
                          {c.description}
                        </Text>
                      </div>
                      <Group gap={2} wrap="nowrap">
                        <Tooltip label="Move up">
                          <ActionIcon variant="subtle" aria-label={`Move ${c.name} up`} onClick={() => run((cat) => reorderCompetency(cat, c.id, 'up'))}>
                            <IconArrowUp size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label="Move down">
                          <ActionIcon variant="subtle" aria-label={`Move ${c.name} down`} onClick={() => run((cat) => reorderCompetency(cat, c.id, 'down'))}>
                            <IconArrowDown size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label="Edit">
                          <ActionIcon variant="subtle" aria-label={`Edit ${c.name}`} onClick={() => setEditing({ mode: 'edit', competency: c })}>
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Tooltip>
                        {c.retired ? (
                          <Tooltip label="Bring back into use">
                            <ActionIcon variant="subtle" aria-label={`Reinstate ${c.name}`} onClick={() => run((cat) => reinstateCompetency(cat, c.id))}>
                              <IconArrowBackUp size={16} />
                            </ActionIcon>
                          </Tooltip>
                        ) : (
                          <Tooltip label="Retire: kept on records, no longer offered">
                            <ActionIcon variant="subtle" color="orange" aria-label={`Retire ${c.name}`} onClick={() => run((cat) => retireCompetency(cat, c.id))}>
                              <IconArchive size={16} />
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </Group>
                    </Group>
                  ))}
                </Stack>
              ))}
            </Card>
          ))}
        </Stack>
      </ReadOnlyFieldset>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? `Edit ${editing.competency.name}` : 'Add a competency'}
        size="lg"
      >
        {editing && (
          <CompetencyEditor
            catalog={catalog}
            submitLabel={editing.mode === 'edit' ? 'Save changes' : 'Add competency'}
            initial={
              editing.mode === 'edit'
                ? {
                    name: editing.competency.name,
                    description: editing.competency.description,
                    category: editing.competency.category,
                    cluster: editing.competency.cluster,
                  }
                : { name: '', description: '', category: editing.category, cluster: '' }
            }
            onSubmit={submit}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
