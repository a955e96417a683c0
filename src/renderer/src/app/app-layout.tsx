/**
 * The app shell: navigation, a header with the current program and its switcher, theme toggle
 * and command palette, the menu bridge, automatic backups, and start-up warnings.
 */
import {
  ActionIcon,
  Alert,
  AppShell,
  Badge,
  Burger,
  Group,
  Kbd,
  Loader,
  NavLink as MantineNavLink,
  ScrollArea,
  Select,
  Text,
  Tooltip,
  UnstyledButton,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Spotlight, spotlight, type SpotlightActionData } from '@mantine/spotlight';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconDeviceFloppy,
  IconMoon,
  IconPlus,
  IconSearch,
  IconSun,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Suspense, useEffect, useMemo } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { useCurrentProgram, usePrograms, selectProgram } from '../db/programs-repo';
import { backUpNow } from '../components/backup-actions';
import { requestRosterPicker } from '../features/import/import-inbox';
import { RosterDropTarget } from '../features/import/roster-drop-target';
import { platform } from '../platform';
import { NoProgram } from '../components/no-program';
import { screens } from './screens';
import { useAutoBackup } from './use-auto-backup';
import { useStartup } from '../components/startup-context';
import { reportError } from '../components/report-error';
import { appUndoHistory, useUndoHistory } from '../components/undo-history';
import { UndoRedoButtons, undoKeyNames, undoRedoTitles } from '../components/undo-buttons';
import { runEditCommand, useUndoShortcuts } from '../components/undo-keys';

function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light');
  const next = computed === 'dark' ? 'light' : 'dark';
  return (
    <Tooltip label={`Switch to ${next} theme`}>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={`Switch to ${next} theme`}
        onClick={() => setColorScheme(next)}
      >
        {computed === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}

function ProgramSwitcher() {
  const programs = usePrograms();
  const current = useCurrentProgram();
  const data = (programs ?? [])
    .filter((p) => p.status === 'active' || p.id === current?.id)
    .map((p) => ({ value: p.id, label: p.isDemo ? `${p.name} (demo)` : p.name }));
  if (!programs || programs.length === 0) return null;
  return (
    <Select
      aria-label="Current program"
      data={data}
      value={current?.id ?? null}
      placeholder="Choose a program"
      onChange={(id) => id && void selectProgram(id).catch(reportError)}
      allowDeselect={false}
      w={{ base: 180, sm: 300 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const navigate = useNavigate();
  const location = useLocation();
  const current = useCurrentProgram();
  const startup = useStartup();
  useAutoBackup();
  useUndoShortcuts();
  const undoView = useUndoHistory();

  useEffect(() => close(), [location.pathname, close]);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'command-palette') spotlight.open();
        else if (command === 'open-settings') void navigate('/settings');
        else if (command === 'new-program') void navigate('/programs?new=1');
        else if (command === 'back-up-now') void backUpNow().catch(reportError);
        else if (command === 'undo' || command === 'redo') runEditCommand(command);
        else if (command === 'import-roster') {
          requestRosterPicker();
          void navigate('/import');
        }
      }),
    [navigate],
  );

  const actions = useMemo<SpotlightActionData[]>(
    () => [
      ...screens
        .filter((s) => s.listed !== false)
        .map((s) => ({
          id: `go-${s.path}`,
          label: `Go to ${s.label}`,
          description: s.description,
          leftSection: <s.icon size={20} stroke={1.6} />,
          onClick: () => void navigate(s.path),
        })),
      {
        id: 'new-program',
        label: 'New program',
        description: 'Start a new mentoring cycle',
        leftSection: <IconPlus size={20} stroke={1.6} />,
        onClick: () => void navigate('/programs?new=1'),
      },
      {
        id: 'back-up-now',
        label: 'Back up now',
        description: 'Save a backup file of everything',
        leftSection: <IconDeviceFloppy size={20} stroke={1.6} />,
        onClick: () => void backUpNow().catch(reportError),
      },
      // The undo history's next steps, by name (only when there is one).
      ...(undoView.undoLabel
        ? [
            {
              id: 'undo',
              label: undoRedoTitles(undoView).undo,
              description: `Take back the last change (${undoKeyNames().undo})`,
              leftSection: <IconArrowBackUp size={20} stroke={1.6} />,
              onClick: () => void appUndoHistory().undo(),
            },
          ]
        : []),
      ...(undoView.redoLabel
        ? [
            {
              id: 'redo',
              label: undoRedoTitles(undoView).redo,
              description: undoView.redoBlocked ?? `Make the undone change again (${undoKeyNames().redo})`,
              leftSection: <IconArrowForwardUp size={20} stroke={1.6} />,
              onClick: () => void appUndoHistory().redo(),
            },
          ]
        : []),
    ],
    [navigate, undoView],
  );

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <IconUsersGroup
              size={26}
              stroke={1.6}
              color="var(--mantine-primary-color-filled)"
              aria-hidden
            />
            <Text fw={700} size="lg" visibleFrom="xs">
              Peer Mentor Desk
            </Text>
            {current?.isDemo && (
              <Badge color="grape" variant="light">
                Demo
              </Badge>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <ProgramSwitcher />
            <Tooltip label="Search and commands (Ctrl+K)">
              <UnstyledButton
                onClick={() => spotlight.open()}
                visibleFrom="md"
                px="sm"
                py={6}
                style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
              >
                <Group gap={6}>
                  <IconSearch size={16} />
                  <Text size="sm" c="dimmed">
                    Search
                  </Text>
                  <Kbd size="xs">Ctrl K</Kbd>
                </Group>
              </UnstyledButton>
            </Tooltip>
            <UndoRedoButtons />
            <ThemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <ScrollArea>
          {screens
            .filter((s) => s.listed !== false && (!s.needsProgram || current))
            .map((s) => (
              <MantineNavLink
                key={s.path}
                label={s.label}
                leftSection={<s.icon size={20} stroke={1.6} />}
                active={location.pathname === s.path}
                onClick={() => void navigate(s.path)}
                aria-current={location.pathname === s.path ? 'page' : undefined}
                styles={{ root: { borderRadius: 8 } }}
              />
            ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        {startup.status === 'newer-data' && (
          <Alert color="red" title="Read-only: this data comes from a newer version" mb="md">
            Your programs were last saved by a newer version of Peer Mentor Desk. To protect them,
            this version will not change anything. Install the newest version to keep working.
          </Alert>
        )}
        {startup.status === 'ready' && startup.persisted === false && (
          <Alert color="blue" title="Storage is not guaranteed to be kept" mb="md" withCloseButton>
            The system did not promise to keep this app&apos;s storage under disk pressure. Back up
            regularly (Settings &amp; backups); automatic backups are also written.
          </Alert>
        )}
        <Suspense fallback={<Loader size="sm" aria-label="Opening the screen" m="md" />}>
          <Routes>
            {screens.map((s) => (
              <Route
                key={s.path}
                path={s.path}
                element={s.needsProgram && !current ? <NoProgram /> : s.element}
              />
            ))}
            <Route path="*" element={<NoProgram />} />
          </Routes>
        </Suspense>
      </AppShell.Main>
      <RosterDropTarget enabled={Boolean(current)} />
      <Spotlight
        actions={actions}
        nothingFound="Nothing found"
        highlightQuery
        shortcut={['mod + K']}
        searchProps={{
          leftSection: <IconSearch size={18} />,
          placeholder: 'Search screens and commands…',
        }}
      />
    </AppShell>
  );
}
