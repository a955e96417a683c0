/**
 * Send letters: one row per confirmed pair or triad with both addresses (copy button), its letter
 * file (save, or show in folder once saved on the desktop), "Compose" to open the mail program
 * with addresses, subject and a short body filled in, and the "sent" mark with its date.
 */
import { coordinatorRoleOf } from '../../domain/documents/letter-template';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Center,
  Checkbox,
  CopyButton,
  Group,
  Loader,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconCheck,
  IconCopy,
  IconDownload,
  IconFolderOpen,
  IconMailForward,
  IconNote,
  IconPencil,
} from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { reportError } from '../../components/report-error';
import { todayIso } from '../../components/today';
import { setLetterSent, useDocumentSources, type DocumentSources } from '../../db/documents-repo';
import { useCurrentProgram } from '../../db/programs-repo';
import {
  buildLetterModels,
  teamLabel,
  type DocumentContext,
  type LetterModel,
} from '../../domain/documents/document-models';
import { letterFileName } from '../../domain/documents/pair-letters';
import type { Team } from '../../domain/model';
import { formatShortDate } from '../../domain/schedule/iso-dates';
import { platform } from '../../platform';
import { documentContext, plural } from '../../components/documents/document-plans';
import { documentBaseName, joinPath } from '../../components/documents/file-names';
import { saveDocument, saveDocumentSet } from '../../components/documents/save-files';
import { useDocumentJob, type DocumentRun } from '../../components/documents/use-document-job';
import {
  LetterTemplateModal,
  letterTemplateErrors,
} from '../../components/documents/letter-template-editor';
import { addressLine, buildMailtoUrl, letterMailDraft } from '../../components/mailto';
import { AutoSaveInput } from '../../components/auto-save-input';
import { setTeamLetterNote } from '../../db/teams-repo';
import { letterKey, rememberLetterPaths, useSavedLetterPaths } from './saved-letter-paths';
import { PrepareEmailsModal, PreparedDialog, type EmailRow, type PreparedSummary } from './prepare-emails';
import { NO_SENDER_MESSAGE } from '../../components/mail-draft-names';
import { IconMailShare } from '@tabler/icons-react';

/** The last part of a path ("C:\\Letters\\Pair 01.docx" → "Pair 01.docx"). */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

interface Row {
  team: Team;
  letter: LetterModel;
  fileName: string;
}

function CopyAddresses({ label, addresses }: { label: string; addresses: string[] }) {
  const value = addressLine(addresses);
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copied' : 'Copy the addresses'} withArrow>
          <ActionIcon
            variant={copied ? 'filled' : 'light'}
            color={copied ? 'teal' : undefined}
            onClick={copy}
            disabled={value === ''}
            aria-label={copied ? `Addresses of ${label} copied` : `Copy the addresses of ${label}`}
          >
            {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

/** The button that edits the extra paragraph of one team's letter, in a small dialog. */
function LetterNoteButton({ team, label }: { team: Team; label: string }) {
  const [open, setOpen] = useState(false);
  const note = (team.letterNote ?? '').trim();
  return (
    <>
      <Button
        size="compact-sm"
        variant="subtle"
        leftSection={<IconNote size={14} />}
        onClick={() => setOpen(true)}
        aria-label={`${note === '' ? 'Add a note to' : 'Edit note in'} the letter to ${label}`}
      >
        {note === '' ? 'Add a note' : 'Edit note'}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={`A note for ${label} only`}
        closeButtonProps={{ 'aria-label': 'Close the note' }}
        size="lg"
      >
        <Stack gap="sm">
          <AutoSaveInput
            multiline
            minRows={5}
            label="Extra paragraph"
            description="Printed in this team’s letter only, after the welcome paragraph. Saved as you type; empty prints nothing."
            value={team.letterNote ?? ''}
            maxLength={4000}
            onSave={(value) => setTeamLetterNote(team.id, value).then(() => null)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button onClick={() => setOpen(false)}>Done</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function LetterRow(props: {
  row: Row;
  sources: DocumentSources;
  ctx: DocumentContext;
  blocked: boolean;
  busy: boolean;
  savedPath: string | undefined;
  run: (request: DocumentRun) => Promise<void>;
  today: string;
}) {
  const { row, sources, ctx, blocked, busy, savedPath, run, today } = props;
  const label = teamLabel(row.team);
  const members = row.letter.team.members;
  const emails = members.map((m) => m.email.trim()).filter((e) => e !== '');
  const sent = row.team.letterSentOn !== '';
  // The tick shows at once; the stored mark catches up a moment later.
  const [ticked, setTicked] = useState<boolean | null>(null);
  useEffect(() => {
    if (ticked === sent) setTicked(null);
  }, [ticked, sent]);
  const markSent = (checked: boolean) => {
    setTicked(checked);
    setLetterSent(row.team.id, checked ? today : '').catch((error: unknown) => {
      setTicked(null);
      reportError(error);
    });
  };

  const saveLetter = () =>
    run({
      title: `Building the letter for ${label}`,
      job: { type: 'letter-files', ctx, letters: [row.letter], template: sources.template.text },
      save: async (files) => {
        const file = files[0];
        if (!file) return;
        const path = await saveDocument(file);
        if (typeof path === 'string' && path !== 'cancelled')
          rememberLetterPaths([{ key: letterKey(row.team.id, row.fileName), path }]);
      },
    });

  const compose = async () => {
    const draft = letterMailDraft(
      { programName: sources.program.name, coordinatorName: sources.program.coordinatorName, coordinatorRole: coordinatorRoleOf(sources.program) },
      row.letter,
      row.fileName,
    );
    const opened = await platform.openExternal(buildMailtoUrl(draft));
    if (!opened)
      throw new Error(
        'The mail program could not be opened. Copy the addresses and write the email by hand.',
      );
  };

  return (
    <Table.Tr data-testid="letter-row" aria-label={label}>
      <Table.Td>
        <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
          {label}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="sm" wrap="nowrap" justify="space-between">
          <Stack gap={6}>
            {members.map((m, i) => (
              <div key={i}>
                <Text size="sm" fw={500} lh={1.35}>
                  {m.name}
                </Text>
                {m.email.trim() === '' ? (
                  <Text size="xs" lh={1.35} c="var(--mantine-color-red-text)">
                    No email address
                  </Text>
                ) : (
                  <Text size="xs" lh={1.35} c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {m.email}
                  </Text>
                )}
              </div>
            ))}
          </Stack>
          <CopyAddresses label={label} addresses={emails} />
        </Group>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {row.fileName}
          </Text>
          {(row.team.letterNote ?? '').trim() !== '' && (
            <Text size="xs" lineClamp={2} fs="italic" maw={300} data-testid="letter-note">
              {row.team.letterNote?.trim()}
            </Text>
          )}
          <Group gap={6}>
            {platform.kind === 'electron' && savedPath ? (
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconFolderOpen size={14} />}
                onClick={() => void platform.showItemInFolder(savedPath).catch(reportError)}
                aria-label={`Show in folder: ${row.fileName}`}
              >
                Show in folder
              </Button>
            ) : (
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconDownload size={14} />}
                onClick={() => void saveLetter()}
                disabled={blocked || busy}
                aria-label={`Save letter ${row.fileName}`}
              >
                Save letter
              </Button>
            )}
            <LetterNoteButton team={row.team} label={label} />
          </Group>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconMailForward size={14} />}
          onClick={() => void compose().catch(reportError)}
          disabled={emails.length === 0}
          aria-label={`Compose the email to ${label}`}
        >
          Compose
        </Button>
      </Table.Td>
      <Table.Td>
        <Checkbox
          label="Sent"
          description={
            sent ? (
              <span style={{ whiteSpace: 'nowrap' }}>{formatShortDate(row.team.letterSentOn)}</span>
            ) : undefined
          }
          checked={ticked ?? sent}
          onChange={(e) => markSent(e.currentTarget.checked)}
          aria-label={`Letter to ${label} sent`}
        />
      </Table.Td>
    </Table.Tr>
  );
}

export function SendLettersPage() {
  const program = useCurrentProgram();
  const sources = useDocumentSources(program?.id);
  const { run, busy, dialog } = useDocumentJob();
  const [filter, setFilter] = useState<'all' | 'unsent'>('all');
  const [editing, setEditing] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [prepared, setPrepared] = useState<PreparedSummary | null>(null);
  const savedPath = useSavedLetterPaths();
  const today = todayIso();

  const rows = useMemo<Row[]>(() => {
    if (!sources) return [];
    const letters = buildLetterModels(
      sources.program,
      sources.teams,
      sources.members,
      sources.participants,
      sources.catalog,
      sources.events,
      today,
    );
    const byNumber = new Map(letters.map((l) => [l.team.number, l]));
    return sources.teams.flatMap((team) => {
      const letter = byNumber.get(team.number);
      return letter ? [{ team, letter, fileName: letterFileName(letter.team) }] : [];
    });
  }, [sources, today]);
  const ctx = useMemo(
    () => (sources ? documentContext(sources.program, sources.paper, today) : null),
    [sources, today],
  );

  if (!program) return null;
  if (!sources || !ctx) {
    return (
      <Center mt="xl">
        <Loader aria-label="Loading the letters" />
      </Center>
    );
  }

  const errors = letterTemplateErrors(sources.template.text);
  const sentCount = rows.filter((r) => r.team.letterSentOn !== '').length;
  const shown = filter === 'unsent' ? rows.filter((r) => r.team.letterSentOn === '') : rows;
  const folder = documentBaseName('Pairing letters', sources.program.name);

  const saveAll = () =>
    run({
      title: `Building ${plural(rows.length, 'letter file')}`,
      unit: 'letter',
      job: {
        type: 'letter-files',
        ctx,
        letters: rows.map((r) => r.letter),
        template: sources.template.text,
      },
      save: async (files) => {
        const result = await saveDocumentSet(folder, files);
        if (result.status !== 'saved' || !result.folder) return;
        const where = result.folder;
        // The desktop reports full paths; keep the file names.
        const done = new Set([...result.written, ...result.skipped].map(baseName));
        rememberLetterPaths(
          rows
            .filter((r) => done.has(r.fileName))
            .map((r) => ({
              key: letterKey(r.team.id, r.fileName),
              path: joinPath(where, r.fileName),
            })),
        );
      },
    });

  const emailFolder = documentBaseName('Pairing e-mails', sources.program.name);
  const senderMissing = sources.program.coordinatorEmail.trim() === '' ? NO_SENDER_MESSAGE : null;
  const prepareEmails = (chosen: EmailRow[]) => {
    setChoosing(false);
    const picked = rows.filter((r) => chosen.some((c) => c.team.id === r.team.id));
    return run({
      title: `Building ${plural(picked.length, 'letter')} to attach`,
      unit: 'letter',
      job: {
        type: 'letter-files',
        ctx,
        letters: picked.map((r) => r.letter),
        template: sources.template.text,
      },
      save: async (files) => {
        const byName = new Map(files.map((f) => [f.name, f]));
        const { prepareLetterEmails } = await import('../../components/mail-drafts');
        const emails = prepareLetterEmails(
          {
            programName: sources.program.name,
            coordinatorName: sources.program.coordinatorName,
            coordinatorRole: coordinatorRoleOf(sources.program),
            coordinatorEmail: sources.program.coordinatorEmail,
          },
          picked.flatMap((r) => {
            const file = byName.get(r.fileName);
            return file ? [{ teamId: r.team.id, label: teamLabel(r.team), letter: r.letter, file }] : [];
          }),
          new Date(),
        );
        if (emails.files.length === 0) {
          setPrepared({
            teamIds: [],
            folder: null,
            firstPath: null,
            kept: 0,
            zipName: '',
            withoutAddress: emails.withoutAddress,
            nobodyReachable: emails.nobodyReachable,
          });
          return;
        }
        const result = await platform.saveFiles(emailFolder, emails.files);
        if (result.status !== 'saved') return;
        setPrepared({
          teamIds: emails.teamIds,
          folder: result.folder,
          firstPath: result.folder ? (result.written[0] ?? null) : null,
          kept: result.skipped.length,
          zipName: `${emailFolder}.zip`,
          withoutAddress: emails.withoutAddress,
          nobodyReachable: emails.nobodyReachable,
        });
      },
    });
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          Send letters
        </Title>
        <Text c="dimmed">
          Save each pair’s letter, open an email to both partners with “Compose”, attach the letter,
          send, and tick “Sent”. Or “Prepare e-mails”: one ready-to-send draft per team with its
          letter already attached.
        </Text>
      </Stack>

      {rows.length === 0 ? (
        <Card withBorder padding="xl">
          <Stack align="center" gap="xs">
            <Title order={2} size="h4">
              No confirmed pairs yet
            </Title>
            <Text c="dimmed" ta="center">
              Letters go to confirmed pairs and triads. Run the pairing and confirm the teams first.
            </Text>
            <Button component={Link} to="/pairing" mt="xs">
              Go to Pairing
            </Button>
          </Stack>
        </Card>
      ) : (
        <>
          {errors.length > 0 && (
            <Alert color="red" title="The letter text needs fixing before letters can be saved">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{errors[0]?.message}</Text>
                <Button
                  size="xs"
                  variant="white"
                  color="red"
                  leftSection={<IconPencil size={14} />}
                  onClick={() => setEditing(true)}
                >
                  Edit letter text
                </Button>
              </Stack>
            </Alert>
          )}
          <Group justify="space-between" align="center">
            <Group gap="md">
              <SegmentedControl
                aria-label="Which letters to show"
                value={filter}
                onChange={(v) => setFilter(v as 'all' | 'unsent')}
                data={[
                  { value: 'all', label: `All (${rows.length})` },
                  { value: 'unsent', label: `Not sent yet (${rows.length - sentCount})` },
                ]}
              />
              <Group gap={6}>
                {sentCount === rows.length && (
                  <IconCheck size={18} color="var(--mantine-color-teal-8)" aria-hidden />
                )}
                <Text size="sm" fw={600}>
                  {sentCount} of {rows.length} sent
                </Text>
              </Group>
            </Group>
            <Group gap="sm">
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={() => setEditing(true)}
              >
                Edit letter text
              </Button>
              <Button
                variant="default"
                leftSection={<IconDownload size={16} />}
                onClick={() => void saveAll()}
                disabled={errors.length > 0 || busy}
              >
                Save all {rows.length} letters
              </Button>
              <Button
                leftSection={<IconMailShare size={16} />}
                onClick={() => setChoosing(true)}
                disabled={errors.length > 0 || busy}
              >
                Prepare e-mails
              </Button>
            </Group>
          </Group>

          {shown.length === 0 ? (
            <Card withBorder padding="lg">
              <Group gap="xs" justify="center">
                <IconCheck size={18} color="var(--mantine-color-teal-8)" aria-hidden />
                <Text>Every letter is marked as sent.</Text>
                <Anchor component="button" type="button" onClick={() => setFilter('all')}>
                  Show all
                </Anchor>
              </Group>
            </Card>
          ) : (
            <Card withBorder padding={0}>
              <Table
                aria-label="Letters to send"
                verticalSpacing="sm"
                horizontalSpacing="sm"
                highlightOnHover
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={80}>Team</Table.Th>
                    <Table.Th>People and addresses</Table.Th>
                    <Table.Th>Letter</Table.Th>
                    <Table.Th w={120}>Email</Table.Th>
                    <Table.Th w={140}>Sent</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((row) => (
                    <LetterRow
                      key={row.team.id}
                      row={row}
                      sources={sources}
                      ctx={ctx}
                      blocked={errors.length > 0}
                      busy={busy}
                      savedPath={savedPath(letterKey(row.team.id, row.fileName))}
                      run={run}
                      today={today}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          )}
        </>
      )}
      {dialog}
      <PrepareEmailsModal
        opened={choosing}
        rows={rows}
        blocked={senderMissing}
        onClose={() => setChoosing(false)}
        onPrepare={(chosen) => void prepareEmails(chosen)}
      />
      <PreparedDialog prepared={prepared} today={today} onClose={() => setPrepared(null)} />
      <LetterTemplateModal
        opened={editing}
        onClose={() => setEditing(false)}
        programId={program.id}
        sources={sources}
      />
    </Stack>
  );
}
