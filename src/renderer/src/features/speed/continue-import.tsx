/**
 * "Import choices from a form export": the wrap-up form's answers (Microsoft Forms "Open in
 * Excel", Google Forms "Download responses (.csv)"), read by the roster import's own reader
 * (any Excel encoding, or .xlsx). The coordinator checks which columns hold the respondent and
 * the choices, sees what changes, and imports in one transaction that the undo history takes back.
 */
import { Alert, Button, Group, List, MultiSelect, Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { ScrollTable } from '../../components/import/scroll-table';
import { DETECT_ALL, pickSpreadsheetFile, useSpreadsheetRead, type SpreadsheetSource } from '../../components/import/spreadsheet-source';
import { reportError } from '../../components/report-error';
import { notifyUndoable } from '../../components/undo-notice';
import { setContinueWithMany } from '../../db/speed-repo';
import type { Participant } from '../../domain/model';
import {
  MAX_CONTINUE_CHOICES,
  prepareContinueImport,
  suggestContinueMapping,
  type ContinueMapping,
  type ContinuePerson,
  type SpeedEventView,
} from '../../domain/speed';

let sourceCounter = 0;

/** Everyone who was at the event (checked in, walked in, left early), with their email. */
function peopleAtEvent(event: SpeedEventView, participants: readonly Participant[]): ContinuePerson[] {
  const byId = new Map(participants.map((p) => [p.id, p]));
  return [
    ...event.participantIds.flatMap((id) => {
      const p = byId.get(id);
      return p ? [{ id, name: p.name, email: p.email }] : [];
    }),
    ...event.walkIns.map((w) => ({ id: w.id, name: w.name, email: w.email })),
  ];
}

export function ContinueImport({ event, participants, name }: { event: SpeedEventView; participants: Participant[]; name: (id: string) => string }) {
  const [source, setSource] = useState<SpreadsheetSource | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [own, setOwn] = useState<{ sourceId: number; mapping: ContinueMapping } | null>(null);
  const [saving, setSaving] = useState(false);
  const { read } = useSpreadsheetRead(source, DETECT_ALL);
  const people = useMemo(() => peopleAtEvent(event, participants), [event, participants]);
  const mapping = source && own?.sourceId === source.id ? own.mapping : read ? suggestContinueMapping(read.headers) : null;
  const readErrors = read?.problems.filter((p) => p.severity === 'error') ?? [];
  const prep = useMemo(
    () => (read && mapping && readErrors.length === 0 ? prepareContinueImport(read.headers, read.rows, mapping, people, event.continueWith) : null),
    [read, mapping, readErrors.length, people, event.continueWith],
  );

  const choose = () => {
    pickSpreadsheetFile('form export')
      .then((picked) => {
        if (picked === null) return;
        if (!picked.ok) {
          setFileError(picked.message);
          return;
        }
        setFileError(null);
        setSource({ id: ++sourceCounter, name: picked.name, bytes: picked.bytes });
      })
      .catch(reportError);
  };
  const close = () => {
    setSource(null);
    setOwn(null);
  };
  const commit = () => {
    if (!prep || prep.problems.length > 0 || prep.changes.length === 0 || !source) return;
    const before = Object.fromEntries(prep.changes.map((c) => [c.personId, c.before]));
    const after = Object.fromEntries(prep.changes.map((c) => [c.personId, c.after]));
    const n = prep.changes.length;
    const who = `${n} ${n === 1 ? 'person’s' : 'people’s'} choices`;
    setSaving(true);
    setContinueWithMany(event.id, after)
      .then(() => {
        notifyUndoable({
          title: 'Choices imported',
          message: `${who} from “${source.name}” are saved; mutual choices now count in pairing.`,
          label: `import continue-with choices from ${source.name}`,
          undo: () => setContinueWithMany(event.id, before),
          redo: () => setContinueWithMany(event.id, after),
          undoneMessage: 'The continue-with choices are back as they were before the import.',
        });
        close();
      })
      .catch(reportError)
      .finally(() => setSaving(false));
  };

  const headerData = read?.headers.map((h, i) => ({ value: String(i), label: h })) ?? [];
  const list = (ids: readonly string[]) => (ids.length === 0 ? 'Nobody yet' : ids.map(name).join(', '));

  if (!source) {
    return (
      <Stack gap={4}>
        <Group>
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={choose}>
            Import choices from a form export
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          From Microsoft Forms (Open in Excel) or Google Forms (Download responses): a CSV or .xlsx file with each respondent’s email or name and up to {MAX_CONTINUE_CHOICES}{' '}
          people they chose.
        </Text>
        {fileError && (
          <Alert color="red" py="xs">
            {fileError}
          </Alert>
        )}
      </Stack>
    );
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Import choices">
      <Stack gap="sm">
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          Import choices from “{source.name}”
        </Text>
        {!read && <Text size="sm">Reading the file…</Text>}
        {readErrors.length > 0 && (
          <Alert color="red" title="This file cannot be read">
            {readErrors.map((p) => (
              <Text key={p.message} size="sm">
                {p.message}
              </Text>
            ))}
          </Alert>
        )}
        {read && mapping && readErrors.length === 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Respondent’s email or name"
              data={headerData}
              value={mapping.respondent === null ? null : String(mapping.respondent)}
              onChange={(v) => setOwn({ sourceId: source.id, mapping: { ...mapping, respondent: v === null ? null : Number(v) } })}
              placeholder="Choose a column"
            />
            <MultiSelect
              label={`Columns with the people chosen (up to ${MAX_CONTINUE_CHOICES})`}
              data={headerData}
              value={mapping.choices.map(String)}
              maxValues={MAX_CONTINUE_CHOICES}
              onChange={(v) => setOwn({ sourceId: source.id, mapping: { ...mapping, choices: v.map(Number) } })}
              placeholder={mapping.choices.length === 0 ? 'Choose columns' : undefined}
            />
          </SimpleGrid>
        )}
        {prep && prep.problems.length > 0 && (
          <Alert color="red" title="Nothing will be imported until these are corrected" data-testid="continue-import-problems">
            <Text size="sm" mb={4}>
              Correct the file and choose it again (or change the columns above):
            </Text>
            <List size="sm" spacing={2}>
              {prep.problems.map((p) => (
                <List.Item key={`${p.row}:${p.column}:${p.message}`}>
                  {p.column === '' ? p.message : `Row ${p.row}, column “${p.column}”: ${p.message}`}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {prep && prep.problems.length === 0 && (
          <>
            <Text size="sm">
              {prep.changes.length === 0
                ? 'Every respondent’s choices are already saved as in the file: there is nothing to import.'
                : `${prep.changes.length} ${prep.changes.length === 1 ? 'person’s choices change' : 'people’s choices change'}${prep.unchanged > 0 ? `; ${prep.unchanged} already as in the file` : ''}. Nothing is saved until you choose Import, and the import can be undone.`}
            </Text>
            {prep.changes.length > 0 && (
              <ScrollTable minWidth={520} label="What the import changes">
                <Table aria-label="What the import changes" verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Person</Table.Th>
                      <Table.Th>Chose until now</Table.Th>
                      <Table.Th>Chooses after the import</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {prep.changes.map((c) => (
                      <Table.Tr key={c.personId}>
                        <Table.Td>{name(c.personId)}</Table.Td>
                        <Table.Td c="dimmed">{list(c.before)}</Table.Td>
                        <Table.Td>{list(c.after)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
          </>
        )}
        <Group>
          <Button onClick={commit} loading={saving} disabled={!prep || prep.problems.length > 0 || prep.changes.length === 0}>
            {prep && prep.changes.length > 0 ? `Import ${prep.changes.length} ${prep.changes.length === 1 ? 'person’s' : 'people’s'} choices` : 'Import choices'}
          </Button>
          <Button variant="default" onClick={choose}>
            Choose another file
          </Button>
          <Button variant="subtle" onClick={close}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
