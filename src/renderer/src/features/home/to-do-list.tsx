/**
 * "To do now": one line per thing to act on, its count, what to do next, and a link to the screen
 * that fixes it. Late things first.
 */
import { Anchor, Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { writeAutoBackup } from '../../components/auto-backup-writer';
import { reportDone, reportError } from '../../components/report-error';
import type { ToDoItem } from '../../domain/home/this-month';
import type { Program } from '../../domain/model';
import { toDoWords } from './to-do-words';

/** Kinds whose count is a number of things (the others are one step to take). */
const COUNTED = new Set<ToDoItem['kind']>(['attention', 'attendance', 'check-ins', 'letters', 'competencies', 'unpaired', 'setup']);

function BackUpNow() {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await writeAutoBackup('manual');
      reportDone('Backup written', 'A backup of everything is in the app’s backups. Save a copy elsewhere from Settings & backups.');
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="compact-sm" variant="light" leftSection={<IconDeviceFloppy size={14} />} loading={busy} onClick={() => void run()}>
      Back up now
    </Button>
  );
}

export function ToDoList({ items, program, today }: { items: readonly ToDoItem[]; program: Program; today: string }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="to-do-heading">
      <Title order={2} size="h4" id="to-do-heading" mb="md">
        To do now
      </Title>
      {items.length === 0 ? (
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon color="teal" variant="light" radius="xl" size={32} aria-hidden>
            <IconCircleCheck size={20} />
          </ThemeIcon>
          <Text>Nothing is waiting for you. Everything due so far is done.</Text>
        </Group>
      ) : (
        <Stack gap="md" component="ul" aria-label="To do now" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((item) => {
            const words = toDoWords(item, program, today);
            const late = item.urgency === 'overdue';
            return (
              <Group key={item.kind} component="li" gap="md" wrap="nowrap" align="flex-start" data-testid="to-do-item" data-kind={item.kind}>
                <ThemeIcon
                  size={36}
                  radius="xl"
                  variant={late ? 'filled' : 'light'}
                  color={late ? 'red.9' : 'teal'}
                  aria-hidden
                  style={{ flexShrink: 0, fontWeight: 700 }}
                >
                  {COUNTED.has(item.kind) ? (item.count > 99 ? '99+' : item.count) : '!'}
                </ThemeIcon>
                <Stack gap={2} style={{ flex: 1 }}>
                  <Anchor component={Link} to={words.path} fw={600}>
                    {words.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {words.detail}
                  </Text>
                </Stack>
                {item.kind === 'backup' && <BackUpNow />}
              </Group>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}
