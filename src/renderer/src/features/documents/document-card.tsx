/**
 * The frame every document card shares: icon and name, what the document is for, its options,
 * what it covers, the file name it saves under, and the save button — or, when something is
 * missing, what to do first and a link to the screen where it is done.
 */
import { Anchor, Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { formatDay, formatDayShort } from '../../components/dates';
import type { ProgramEvent } from '../../domain/model';
import type { ComponentType, ReactNode } from 'react';
import { Link } from 'react-router';

/** Something to do on another screen before the document can be made. */
export interface MissingStep {
  message: string;
  linkLabel: string;
  to: string;
}

export function MissingNotice({ step }: { step: MissingStep }) {
  return (
    <Group gap={8} wrap="nowrap" align="flex-start">
      <IconInfoCircle
        size={18}
        color="var(--mantine-color-blue-8)"
        aria-hidden
        style={{ flexShrink: 0, marginTop: 2 }}
      />
      <Text size="sm">
        {step.message}{' '}
        <Anchor component={Link} to={step.to} size="sm" fw={600} underline="always">
          {step.linkLabel}
        </Anchor>
      </Text>
    </Group>
  );
}

/**
 * Said before saving when the document would print meetings with an empty Place: which ones,
 * and where to set them (the usual place can fill them all at once).
 */
export function NoPlaceNotice({ meetings }: { meetings: readonly Pick<ProgramEvent, 'id' | 'title' | 'date'>[] }) {
  if (meetings.length === 0) return null;
  const which =
    meetings.length === 1
      ? `${meetings[0]!.title} (${formatDay(meetings[0]!.date)}) has no place yet`
      : `${meetings.length} group meetings have no place yet (${meetings.map((m) => formatDayShort(m.date)).join(', ')})`;
  return (
    <Group gap={8} wrap="nowrap" align="flex-start" data-testid="no-place-notice">
      <IconAlertTriangle size={18} color="var(--mantine-color-orange-8)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="sm">
        {which}: the Place will print empty.{' '}
        <Anchor component={Link} to="/schedule" size="sm" fw={600} underline="always">
          Set places on the Schedule screen
        </Anchor>
      </Text>
    </Group>
  );
}

interface Props {
  icon: ComponentType<{ size?: number; stroke?: number }>;
  title: string;
  description: string;
  children?: ReactNode;
  /** Who and how many pages the document covers with the options chosen. */
  covers: ReactNode;
  /** File (or folder) name it is saved under. */
  fileName: string;
  actionLabel?: string;
  onSave: () => void;
  busy: boolean;
  /** When set, the document cannot be made yet: this says why and where to fix it. */
  missing?: MissingStep | null;
  /** Extra actions next to the save button. */
  extra?: ReactNode;
  /** Another reason the save button is off (shown by the card's own content). */
  disabled?: boolean;
}

export function DocumentCard(props: Props) {
  const Icon = props.icon;
  const headingId = `doc-${props.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm" h="100%">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" size={38} radius="md" aria-hidden>
            <Icon size={22} stroke={1.6} />
          </ThemeIcon>
          <Title order={2} size="h4" id={headingId}>
            {props.title}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {props.description}
        </Text>
        {props.children}
        <Stack gap={4} mt="auto" pt="xs">
          {props.missing ? (
            <MissingNotice step={props.missing} />
          ) : (
            <>
              <Text size="sm" fw={600} data-testid="covers">
                {props.covers}
              </Text>
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                Saves as “{props.fileName}”
              </Text>
            </>
          )}
        </Stack>
        <Group gap="sm">
          <Button
            leftSection={<IconDownload size={16} />}
            onClick={props.onSave}
            disabled={Boolean(props.missing) || props.disabled === true || props.busy}
          >
            {props.actionLabel ?? 'Save .docx'}
          </Button>
          {props.extra}
        </Group>
      </Stack>
    </Card>
  );
}
