/**
 * The word about storage: when the system did not promise to keep the app's data under disk
 * pressure, the home of an open program says so once, in plain words, with what to do, until
 * the coordinator answers "Got it" (remembered in the database). Never on the welcome screen;
 * Settings & backups always shows the state.
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { setMeta, useMeta } from '../db/settings-repo';
import { backUpNow } from './backup-actions';
import { reportError } from './report-error';
import { useStartup } from './startup-context';

/** Meta key: when the coordinator acknowledged the storage notice. */
export const STORAGE_NOTICE_KEY = 'storageNoticeSeenAt';

export function StorageNotice() {
  const startup = useStartup();
  const seen = useMeta<string>(STORAGE_NOTICE_KEY, '');
  if (startup.status !== 'ready' || startup.persisted !== false || seen !== '') return null;
  return (
    <Alert color="blue" variant="light" title="Keep backups of your programs" aria-label="Keep backups of your programs">
      <Text size="sm">
        This computer did not promise to keep the app’s data if its disk runs short of space.
        Automatic backups are written for you; now and then, also save a backup file and keep it
        somewhere safe, such as a network drive or a USB stick.
      </Text>
      <Group gap="sm" mt="sm">
        <Button size="xs" leftSection={<IconDeviceFloppy size={16} />} onClick={() => void backUpNow().catch(reportError)}>
          Back up now
        </Button>
        <Button size="xs" variant="default" onClick={() => void setMeta(STORAGE_NOTICE_KEY, new Date().toISOString()).catch(reportError)}>
          Got it
        </Button>
      </Group>
    </Alert>
  );
}
