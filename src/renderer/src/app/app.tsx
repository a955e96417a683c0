/**
 * The application root: theme, notifications, confirm dialogs, the database start-up gate, and
 * the hash router (file:// pages cannot use history routing).
 */
import { Alert, Center, Loader, MantineProvider, Stack, Text } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { HashRouter } from 'react-router';
import { startDatabase, type StartupState } from '../db/client';
import { AppLayout } from './app-layout';
import { StartupContext } from '../components/startup-context';
import { cssVariablesResolver, theme } from './theme';

let opening: Promise<StartupState> | null = null;

/**
 * Opens the database once. main.tsx calls it before React's first render, so the database opens
 * while the page renders instead of after.
 */
export function openDatabaseEarly(): Promise<StartupState> {
  opening ??= startDatabase();
  return opening;
}

function StartupGate() {
  const [state, setState] = useState<StartupState | null>(null);
  useEffect(() => {
    void openDatabaseEarly().then(setState);
  }, []);
  if (!state) {
    return (
      <Center h="100%">
        <Loader aria-label="Opening your programs" />
      </Center>
    );
  }
  if (state.status === 'failed') {
    return (
      <Center h="100%" p="xl">
        <Alert color="red" title="Peer Mentor Desk could not open its data" maw={560}>
          <Stack gap="xs">
            <Text>{state.message}</Text>
            <Text size="sm">
              Nothing has been changed. Close other windows of the app and start it again; if it
              keeps happening, restore a backup from the backups folder.
            </Text>
          </Stack>
        </Alert>
      </Center>
    );
  }
  return (
    <StartupContext.Provider value={state}>
      <HashRouter>
        <AppLayout />
      </HashRouter>
    </StartupContext.Provider>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver}>
      <ModalsProvider labels={{ confirm: 'Confirm', cancel: 'Cancel' }}>
        {/* Top right, below the header: away from the cards and buttons whose changes they report. */}
        <Notifications position="top-right" limit={4} />
        <StartupGate />
      </ModalsProvider>
    </MantineProvider>
  );
}
