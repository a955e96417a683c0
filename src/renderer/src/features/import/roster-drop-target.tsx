/**
 * Lets the coordinator drop a roster file anywhere on the window (it opens the import screen with
 * that file) and, in a plain browser where there is no application menu, press Ctrl/Cmd+O to
 * choose one. Mounted once by the app shell.
 */
import { Box, Paper, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconFileImport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { reportError } from '../../components/report-error';
import { platform } from '../../platform';
import { pickRosterFile } from './import-actions';
import { offerPickedFile, offerRosterFile } from './import-inbox';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Window-wide drop handling for roster files; `enabled` is false while no program is open. */
export function RosterDropTarget({ enabled }: { enabled: boolean }) {
  const navigate = useNavigate();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed; count them to know when the
    // pointer really left the window.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e) || e.defaultPrevented) return;
      // Without this the browser (or Electron) would open the file in place of the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = enabled ? 'copy' : 'none';
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      depth = 0;
      setDragging(false);
      // A drop zone of another screen handled it already.
      if (!carriesFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      const files = e.dataTransfer?.files;
      const file = files?.[0];
      if (!file) return;
      if (!enabled) {
        reportError(new Error('Open or create a program first, then drop the roster file again.'));
        return;
      }
      if ((files?.length ?? 0) > 1) {
        reportError(
          new Error(
            `Drop one roster file at a time. "${file.name}" was opened; the others were not.`,
          ),
        );
      }
      offerRosterFile(file);
      void navigate('/import');
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [enabled, navigate]);

  // On desktop the application menu owns Ctrl/Cmd+O (and sends 'import-roster').
  useHotkeys(
    platform.kind === 'browser' && enabled
      ? [
          [
            'mod+O',
            () => {
              // A browser opens a file picker only during a user gesture: open it now, inside the
              // key event, and hand the chosen file over, rather than from the import screen later.
              void pickRosterFile().then((picked) => {
                if (picked) offerPickedFile(picked);
              }, reportError);
              void navigate('/import');
            },
          ],
        ]
      : [],
    [],
  );

  if (!dragging || !enabled) return null;
  return (
    <Box
      pos="fixed"
      inset={0}
      style={{
        zIndex: 1000,
        pointerEvents: 'none',
        background: 'color-mix(in srgb, var(--mantine-color-body) 70%, transparent)',
        display: 'grid',
        placeItems: 'center',
      }}
    >
      <Paper
        withBorder
        shadow="lg"
        p="xl"
        radius="lg"
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: 'var(--mantine-primary-color-filled)',
        }}
      >
        <Stack align="center" gap="xs">
          <IconFileImport
            size={40}
            stroke={1.5}
            color="var(--mantine-primary-color-filled)"
            aria-hidden
          />
          <Text fw={650} size="lg">
            Drop to import the roster
          </Text>
          <Text size="sm" c="dimmed">
            CSV, text or Excel (.xlsx), up to 5 MB
          </Text>
        </Stack>
      </Paper>
    </Box>
  );
}
