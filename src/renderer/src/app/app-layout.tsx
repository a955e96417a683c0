/**
 * The app shell: navigation, a header with the current program and its switcher, theme toggle
 * and command palette, the menu bridge, automatic backups, and start-up warnings (the storage
 * notice is on the home of an open program: components/storage-notice).
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
import { Spotlight, spotlight, type SpotlightActionData, type SpotlightActionGroupData } from '@mantine/spotlight';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconCalendarPlus,
  IconDeviceFloppy,
  IconFileImport,
  IconMoon,
  IconPlus,
  IconUserPlus,
  IconSearch,
  IconSun,
  IconUser,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { useCurrentProgram, usePrograms, selectProgram } from '../db/programs-repo';
import type { Program } from '../domain/model';
import { backUpNow } from '../components/backup-actions';
import { requestRosterPicker } from '../features/import/import-inbox';
import { RosterDropTarget } from '../features/import/roster-drop-target';
import { platform } from '../platform';
import { NoProgram } from '../components/no-program';
import { loadPaletteEntries, type PaletteEntries } from '../db/palette-repo';
import { teamPagePath } from '../components/team-paths';
import { filterPalette } from '../components/palette-search';
import { screens } from './screens';
import { useAutoBackup } from './use-auto-backup';
import { useStartup } from '../components/startup-context';
import { reportError } from '../components/report-error';
import { appUndoHistory, useUndoHistory } from '../components/undo-history';
import { UndoRedoButtons, undoKeyNames, undoRedoTitles } from '../components/undo-buttons';
import { runEditCommand, useUndoShortcuts } from '../components/undo-keys';
import { NextYearDialogHost, openNextYearDialog } from '../components/next-year-dialog';
import { ARCHIVED_READ_ONLY, ArchivedBanner } from '../components/archived-banner';

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
  const option = (p: Program) => ({
    value: p.id,
    label: `${p.name}${p.isDemo ? ' (demo)' : ''}${p.status === 'archived' ? ` · ${ARCHIVED_READ_ONLY}` : ''}`,
  });
  const active = (programs ?? []).filter((p) => p.status === 'active').map(option);
  const archived = (programs ?? []).filter((p) => p.status === 'archived').map(option);
  // Archived programs stay viewable: listed apart, marked read-only.
  const data = archived.length > 0 ? [...active, { group: ARCHIVED_READ_ONLY, items: archived }] : active;
  if (!programs || programs.length === 0) return null;
  // Wide enough for the whole name of the open program (up to a limit); the list shows every
  // name in full.
  const label = [...active, ...archived].find((d) => d.value === current?.id)?.label ?? '';
  const width = `min(46vw, max(240px, calc(${label.length}ch + 56px)))`;
  return (
    <Select
      aria-label="Current program"
      data={data}
      value={current?.id ?? null}
      placeholder="Choose a program"
      onChange={(id) => id && void selectProgram(id).catch(reportError)}
      allowDeselect={false}
      w={{ base: 180, sm: width }}
      title={label}
      comboboxProps={{ withinPortal: true, width: 'max-content', position: 'bottom-end' }}
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

  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  // People and teams of the open program, read when the palette opens.
  const [entries, setEntries] = useState<PaletteEntries | null>(null);
  const loadEntries = () => {
    if (!current) {
      setEntries(null);
      return;
    }
    loadPaletteEntries(current.id).then(setEntries, reportError);
  };

  const actions = useMemo<(SpotlightActionData | SpotlightActionGroupData)[]>(
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
        id: 'import-evaluation-survey',
        label: 'Import evaluation survey',
        description: 'Self-ratings (start or end) or end-of-program feedback from a form export',
        leftSection: <IconFileImport size={20} stroke={1.6} />,
        onClick: () => void navigate('/evaluation/import'),
      },
      {
        id: 'new-program',
        label: 'New program',
        description: 'Start a new mentoring cycle',
        leftSection: <IconPlus size={20} stroke={1.6} />,
        onClick: () => void navigate('/programs?new=1'),
      },
      ...(current && current.status === 'active'
        ? [
            {
              id: 'next-year',
              label: 'Start next year’s program',
              description: `Carry people, catalog and settings over from ${current.name}; this one is then archived`,
              keywords: ['next year', 'new cycle', 'carry over', 'archive', 'roll over'],
              leftSection: <IconCalendarPlus size={20} stroke={1.6} />,
              onClick: () => openNextYearDialog(current.id),
            },
          ]
        : []),
      {
        id: 'register-someone',
        label: 'Register someone',
        description: 'Add a person (or two who register together) who phoned or e-mailed',
        keywords: ['register', 'sign up', 'add participant', 'team of two', 'registered together'],
        leftSection: <IconUserPlus size={20} stroke={1.6} />,
        onClick: () => void navigate('/participants?register=1'),
      },
      {
        id: 'back-up-now',
        label: 'Back up now',
        description: 'Save a backup file of everything',
        leftSection: <IconDeviceFloppy size={20} stroke={1.6} />,
        onClick: () => void backUpNow().catch(reportError),
      },
      {
        id: 'colour-scheme',
        label: scheme === 'dark' ? 'Light mode' : 'Dark mode',
        description: scheme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme',
        keywords: ['dark mode', 'light mode', 'theme', 'colours', 'night'],
        leftSection: scheme === 'dark' ? <IconSun size={20} stroke={1.6} /> : <IconMoon size={20} stroke={1.6} />,
        onClick: () => setColorScheme(scheme === 'dark' ? 'light' : 'dark'),
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
      ...(entries && entries.people.length > 0
        ? [
            {
              group: 'People',
              actions: entries.people.map((p) => ({
                id: `person-${p.id}`,
                label: p.name,
                description: [p.email, p.department, p.withdrawn ? 'withdrawn' : ''].filter(Boolean).join(' · '),
                keywords: [p.email, p.department],
                leftSection: <IconUser size={20} stroke={1.6} />,
                onClick: () => void navigate(`/participants?person=${encodeURIComponent(p.id)}`),
              })),
            },
          ]
        : []),
      ...(entries && entries.teams.length > 0
        ? [
            {
              group: 'Teams',
              actions: entries.teams.map((t) => ({
                id: `team-${t.id}`,
                label: `${t.label}: ${t.memberNames.join(', ')}`,
                description: t.status === 'ended' ? 'Ended team: its page and history' : 'Its page: meetings, check-ins, notes',
                keywords: t.memberNames,
                leftSection: <IconUsers size={20} stroke={1.6} />,
                onClick: () => void navigate(teamPagePath(t.id)),
              })),
            },
          ]
        : []),
    ],
    [navigate, scheme, setColorScheme, entries, undoView, current],
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
        <ArchivedBanner />
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
      <RosterDropTarget enabled={Boolean(current) && current?.status !== 'archived'} />
      <NextYearDialogHost />
      <Spotlight
        actions={actions}
        nothingFound="Nothing found: try part of a name, an email, a department or a screen"
        highlightQuery
        limit={20}
        filter={filterPalette}
        scrollable
        maxHeight={480}
        onSpotlightOpen={loadEntries}
        shortcut={['mod + K']}
        searchProps={{
          leftSection: <IconSearch size={18} />,
          placeholder: 'Find a person, a team, a screen or a command…',
        }}
      />
    </AppShell>
  );
}
