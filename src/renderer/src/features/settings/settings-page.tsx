/**
 * Settings & backups: back up now, restore from a file or an automatic backup (checked first,
 * summary shown, then replaced in one step), paper size, theme, storage and app information.
 */
import {
  Alert,
  Button,
  Card,
  Group,
  List,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  useMantineColorScheme,
  type MantineColorScheme,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconDeviceFloppy, IconRestore, IconUpload } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry } from '@shared/ipc-contract';
import { describeBackupCounts, describeKeptFields, readBackup, type BackupCheck } from '../../db/backup-format';
import { PAPER_SIZE_KEY, setMeta, usePaperSize } from '../../db/settings-repo';
import type { PaperSize } from '../../domain/model';
import { platform, type Platform } from '../../platform';
import { reportError } from '../../components/report-error';
import { backUpNow, pickBackupFile, restoreCheckedBackup } from '../../components/backup-actions';
import {
  explainBackupFailure,
  newest,
  useAutoBackupStatus,
  type AutoBackupStatus,
} from '../../components/auto-backup-status';
import { useStartup } from '../../components/startup-context';
import { formatMoment } from '../../components/dates';

const REASON_LABEL: Record<BackupEntry['reason'], string> = {
  scheduled: 'Scheduled',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'before-delete': 'Before deleting a program',
  manual: 'By hand',
};

const formatWhen = formatMoment;

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Ask before replacing everything, showing what the backup holds. */
function confirmRestore(check: Extract<BackupCheck, { ok: true }>, source: string, onDone: () => void) {
  const { summary } = check;
  const kept = describeKeptFields(summary);
  modals.openConfirmModal({
    title: 'Replace everything with this backup?',
    size: 'lg',
    children: (
      <Stack gap="sm">
        <Text size="sm">
          <b>{source}</b> was written on {formatWhen(summary.createdAt)} by Peer Mentor Desk{' '}
          {summary.appVersion}. It holds:
        </Text>
        <List size="sm" spacing={2}>
          {summary.programs.map((p, i) => (
            <List.Item key={i}>
              {p.name}
              {p.organisation ? ` — ${p.organisation}` : ''} {p.status === 'archived' ? '(archived)' : ''}
              {p.isDemo ? '(demo)' : ''}
            </List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed" data-testid="backup-counts">
          {describeBackupCounts(summary)}
        </Text>
        {summary.restoresAs > summary.dataVersion && (
          <Text size="sm">
            It was written in data version {summary.dataVersion} and is brought up to data version{' '}
            {summary.restoresAs} as it is restored, the same way the app upgrades its own data.
          </Text>
        )}
        {kept && <Text size="sm">{kept}</Text>}
        <Alert color="red" variant="light">
          Everything now in the app is replaced. An automatic backup of the current data is written
          first, so you can go back.
        </Alert>
      </Stack>
    ),
    labels: { confirm: 'Restore this backup', cancel: 'Cancel' },
    closeButtonProps: { 'aria-label': 'Close' },
    confirmProps: { color: 'red' },
    onConfirm: () => void restoreCheckedBackup(check).then(onDone, reportError),
  });
}

/** Whether automatic backups work: the last one written, or the failure since then. */
function BackupHealth({ status, newestListed }: { status: AutoBackupStatus; newestListed: string | null }) {
  const lastSuccess = newest(status.lastSuccessAt, newestListed);
  const failure = status.lastFailure && (!lastSuccess || status.lastFailure.at > lastSuccess) ? status.lastFailure : null;
  if (failure) {
    return (
      <Alert color="red" variant="light" title="The last automatic backup failed" mb="sm" role="alert">
        <Text size="sm">
          {formatMoment(failure.at)}: {failure.message}
        </Text>
        <Text size="sm" mt={4}>
          {lastSuccess
            ? `The newest automatic backup is from ${formatMoment(lastSuccess)}. `
            : 'No automatic backup has been written yet. '}
          Your changes are saved in the app. Free some disk space, or save a copy elsewhere with
          “Back up now”. The app tries again at the next scheduled backup.
        </Text>
      </Alert>
    );
  }
  return (
    <Text size="sm" mb="sm" data-testid="backup-health">
      {lastSuccess
        ? `Last automatic backup: ${formatMoment(lastSuccess)}.`
        : 'No automatic backup yet: one is written after your first change.'}
    </Text>
  );
}

function AutomaticBackups() {
  const [list, setList] = useState<BackupEntry[] | null>(null);
  const [listed, setListed] = useState(false);
  const [listError, setListError] = useState<string | null>(null);
  const status = useAutoBackupStatus();
  const refresh = useCallback(() => {
    platform
      .listAutoBackups()
      .then(
        (entries) => {
          setList(entries);
          setListError(null);
        },
        (error: unknown) => {
          console.error(error);
          setListError(explainBackupFailure(error));
        },
      )
      .finally(() => setListed(true));
  }, []);
  // A backup written (or failed) while this screen is open shows up at once.
  useEffect(refresh, [refresh, status]);

  const restore = async (entry: BackupEntry) => {
    try {
      const check = readBackup(await platform.readAutoBackup(entry.fileName));
      if (!check.ok) throw new Error(check.message);
      confirmRestore(check, `The automatic backup of ${formatWhen(entry.createdAt)}`, refresh);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          Automatic backups
        </Title>
        <Button variant="subtle" size="xs" onClick={refresh}>
          Refresh
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Written after changes (at most every 15 minutes), and before every import, restore or
        program delete. The newest 20 scheduled backups are kept; those taken before an import, a
        restore or a delete are kept at least 30 days.
      </Text>
      {/* Shown even when the list cannot be read: that is when it matters most. */}
      {listed && <BackupHealth status={status} newestListed={list?.[0]?.createdAt ?? null} />}
      {listError && (
        <Text size="sm" c="var(--mantine-color-red-text)" mb="sm">
          The list of automatic backups cannot be read right now. {listError}
        </Text>
      )}
      {list && list.length > 0 && (
        <Table striped highlightOnHover aria-label="Automatic backups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Why</Table.Th>
              <Table.Th>Size</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((entry) => (
              <Table.Tr key={entry.fileName}>
                <Table.Td>{formatWhen(entry.createdAt)}</Table.Td>
                <Table.Td>{REASON_LABEL[entry.reason]}</Table.Td>
                <Table.Td>{formatSize(entry.sizeBytes)}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconRestore size={14} />}
                    onClick={() => void restore(entry)}
                    aria-label={`Restore the backup of ${formatWhen(entry.createdAt)}`}
                  >
                    Restore
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function AppInformation() {
  const [info, setInfo] = useState<Awaited<ReturnType<Platform['appInfo']>> | null>(null);
  const startup = useStartup();
  useEffect(() => {
    platform.appInfo().then(setInfo, reportError);
  }, []);
  const persisted = startup.status === 'failed' ? null : startup.persisted;
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        About this installation
      </Title>
      <Table variant="vertical" layout="fixed" aria-label="About this installation">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={200}>Version</Table.Th>
            <Table.Td>{info ? `${info.name} ${info.version}` : '…'}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Running in</Table.Th>
            <Table.Td>{info ? (info.electron ? `Desktop app (Electron ${info.electron}, ${info.platform})` : 'Web browser') : '…'}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Storage</Table.Th>
            <Table.Td>
              {persisted === true && 'Persistent: the system keeps it under disk pressure'}
              {persisted === false && 'Not guaranteed to be kept under disk pressure: back up regularly'}
              {persisted === null && 'Unknown'}
            </Table.Td>
          </Table.Tr>
          {info?.backupFolder && (
            <Table.Tr>
              <Table.Th>Automatic backups folder</Table.Th>
              <Table.Td style={{ wordBreak: 'break-all' }}>{info.backupFolder}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

export function SettingsPage() {
  const paper = usePaperSize();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  const restoreFromFile = async () => {
    setError(null);
    try {
      const check = await pickBackupFile();
      if (!check) return;
      if (!check.ok) {
        setError(check.message);
        return;
      }
      confirmRestore(check, check.fileName, () => setTick((t) => t + 1));
    } catch (e) {
      reportError(e);
    }
  };

  return (
    <Stack gap="lg" maw={900}>
      <Title order={1} size="h2">
        Settings &amp; backups
      </Title>
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="xs">
          Backups
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          A backup is one file with every program, participant, team and setting. Keep one
          somewhere safe (a network drive or a USB stick).
        </Text>
        <Group>
          <Button leftSection={<IconDeviceFloppy size={18} />} onClick={() => void backUpNow().catch(reportError)}>
            Back up now
          </Button>
          <Button variant="default" leftSection={<IconUpload size={18} />} onClick={() => void restoreFromFile()}>
            Restore from a backup file…
          </Button>
        </Group>
        {error && (
          <Alert color="red" mt="md" title="This file cannot be restored" role="alert" withCloseButton onClose={() => setError(null)}>
            {error}
          </Alert>
        )}
      </Card>
      <AutomaticBackups key={tick} />
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="md">
          Printing and appearance
        </Title>
        <Stack gap="md">
          <div>
            <Text size="sm" fw={500} mb={4} id="paper-size-label">
              Paper size for documents
            </Text>
            <SegmentedControl
              aria-labelledby="paper-size-label"
              value={paper}
              onChange={(v) => void setMeta(PAPER_SIZE_KEY, v as PaperSize).catch(reportError)}
              data={[
                { value: 'a4', label: 'A4' },
                { value: 'letter', label: 'US Letter' },
              ]}
            />
          </div>
          <div>
            <Text size="sm" fw={500} mb={4} id="theme-label">
              Theme
            </Text>
            <SegmentedControl
              aria-labelledby="theme-label"
              value={colorScheme}
              onChange={(v) => setColorScheme(v as MantineColorScheme)}
              data={[
                { value: 'light', label: 'Light' },
                { value: 'dark', label: 'Dark' },
                { value: 'auto', label: 'Follow the system' },
              ]}
            />
          </div>
        </Stack>
      </Card>
      <AppInformation />
    </Stack>
  );
}
