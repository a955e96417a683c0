/**
 * Programs: every cycle the coordinator runs. Create, switch, archive, delete, and load the
 * demo program to see everything working.
 */
import { formatDay } from '../../components/dates';
import { Badge, Button, Card, Group, Menu, Modal, SimpleGrid, Stack, Text, Title, ActionIcon, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconCalendarPlus, IconDots, IconPlus, IconRestore, IconSparkles, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import {
  loadDemoProgram,
  selectProgram,
  setProgramStatus,
  useCurrentProgram,
  useProgramCounts,
  usePrograms,
} from '../../db/programs-repo';
import type { DemoStage } from '../../domain/demo/demo-program';
import type { Program } from '../../domain/model';
import { reportDone, reportError } from '../../components/report-error';
import { openNextYearDialog } from '../../components/next-year-dialog';
import { ARCHIVED_READ_ONLY } from '../../components/archived-banner';
import { BACKUP_BEFORE_DELETE_NOTE, deleteProgramAfterBackup } from './delete-program';
import { NewProgramForm } from './new-program-form';

function formatCycle(p: Program): string {
  if (!p.cycleStart || !p.cycleEnd) return '';
  return `${formatDay(p.cycleStart)} to ${formatDay(p.cycleEnd)}`;
}

function confirmDelete(program: Program) {
  modals.openConfirmModal({
    title: `Delete “${program.name}”?`,
    children: (
      <Stack gap="xs">
        <Text size="sm">
          The program, its participants, teams, events and logs are deleted. To keep everything
          instead, archive it.
        </Text>
        <Text size="sm">{BACKUP_BEFORE_DELETE_NOTE}</Text>
        <Text size="sm" c="dimmed">
          If that backup cannot be saved, nothing is deleted.
        </Text>
      </Stack>
    ),
    labels: { confirm: 'Back up, then delete', cancel: 'Keep it' },
    closeButtonProps: { 'aria-label': 'Close' },
    confirmProps: { color: 'red' },
    onConfirm: () =>
      void deleteProgramAfterBackup(program).then(
        () =>
          reportDone(
            'Program deleted',
            `${program.name}. The backup saved just before is in Settings → Automatic backups.`,
          ),
        reportError,
      ),
  });
}

export function ProgramsPage() {
  const programs = usePrograms();
  const current = useCurrentProgram();
  const counts = useProgramCounts();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (params.get('new') === '1') {
      setCreating(true);
      setParams({}, { replace: true });
    }
  }, [params, setParams]);

  const startDemo = async (stage: DemoStage) => {
    try {
      const demo = await loadDemoProgram(stage);
      reportDone(
        'Demo program loaded',
        stage === 'year-in-progress'
          ? `${demo.name}: a fictional program in the middle of its year. Your own programs are untouched.`
          : `${demo.name}: 24 fictional people ready to pair. Your own programs are untouched.`,
      );
      void navigate('/');
    } catch (error) {
      reportError(error);
    }
  };

  const active = (programs ?? []).filter((p) => p.status === 'active');
  const archived = (programs ?? []).filter((p) => p.status === 'archived');

  const renderCard = (p: Program) => {
    const c = counts?.get(p.id);
    const isCurrent = current?.id === p.id;
    return (
      <Card key={p.id} withBorder padding="lg" aria-label={p.name} component="article">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={3} size="h4">
                {p.name}
              </Title>
              {isCurrent && <Badge variant="filled">Current</Badge>}
              {p.isDemo && <Badge color="grape" variant="light">Demo</Badge>}
              {p.status === 'archived' && <Badge color="gray">{ARCHIVED_READ_ONLY}</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              {[p.organisation, formatCycle(p)].filter(Boolean).join(' · ')}
            </Text>
            <Text size="sm">
              {c?.participants ?? 0} participants · {c?.teams ?? 0} confirmed teams
            </Text>
          </Stack>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" aria-label={`More actions for ${p.name}`}>
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {p.status === 'active' && (
                <Menu.Item leftSection={<IconCalendarPlus size={16} />} onClick={() => openNextYearDialog(p.id)}>
                  Start next year’s program…
                </Menu.Item>
              )}
              {p.status === 'active' ? (
                <Menu.Item
                  leftSection={<IconArchive size={16} />}
                  onClick={() => void setProgramStatus(p.id, 'archived').catch(reportError)}
                >
                  Archive
                </Menu.Item>
              ) : (
                <Menu.Item
                  leftSection={<IconRestore size={16} />}
                  onClick={() => void setProgramStatus(p.id, 'active').catch(reportError)}
                >
                  Reactivate
                </Menu.Item>
              )}
              <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => confirmDelete(p)}>
                Delete…
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
        {!isCurrent && (
          <Button mt="md" variant="light" onClick={() => void selectProgram(p.id).then(() => navigate('/'), reportError)}>
            Open
          </Button>
        )}
      </Card>
    );
  };

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Programs
        </Title>
        <Group>
          <Tooltip label="A fictional program in the middle of its year: pairs, meetings, check-ins" withArrow>
            <Button variant="default" leftSection={<IconSparkles size={18} />} onClick={() => void startDemo('year-in-progress')}>
              Start from a demo program
            </Button>
          </Tooltip>
          <Tooltip label="The same 24 fictional people before the cycle, nobody paired yet: try pairing" withArrow>
            <Button variant="subtle" onClick={() => void startDemo('ready-to-pair')}>
              Demo before pairing
            </Button>
          </Tooltip>
          <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
            New program
          </Button>
        </Group>
      </Group>
      {programs && programs.length === 0 && (
        <Card withBorder padding="xl">
          <Stack gap="xs" align="flex-start">
            <Title order={2} size="h3">
              Welcome to Peer Mentor Desk
            </Title>
            <Text>
              Create your program to begin — its cycle, its rules and its competency catalog. Or
              start from the demo program: a fictional organisation with 24 participants a few
              months into its year, so you can see everything working before you import your own
              roster. “Demo before pairing” gives the same people before the cycle, to try pairing.
            </Text>
          </Stack>
        </Card>
      )}
      {active.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }} aria-label="Active programs">
          {active.map(renderCard)}
        </SimpleGrid>
      )}
      {archived.length > 0 && (
        <>
          <Title order={2} size="h4" mt="md">
            Archived programs
          </Title>
          <Text size="sm" c="dimmed">
            Archived programs keep everything and are read-only: open one to look at it or print its documents. Their
            pairs count as previous partners when pairing.
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} aria-label="Archived programs">
            {archived.map(renderCard)}
          </SimpleGrid>
        </>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title="New program" size="lg">
        <NewProgramForm
          onCancel={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            void navigate('/setup');
          }}
        />
      </Modal>
    </Stack>
  );
}
