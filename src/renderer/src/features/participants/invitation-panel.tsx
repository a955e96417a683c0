/**
 * The invitation to join: subject and text from an editable template with the program's names
 * and dates filled in, checked as typed; copy it, or open the mail program addressed to the
 * distribution list.
 */
import { Alert, Anchor, Button, CopyButton, Grid, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconMail, IconRestore } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { AutoSaveInput } from '../../components/auto-save-input';
import { formatDay } from '../../components/dates';
import { buildMailtoUrl } from '../../components/mailto';
import { reportError } from '../../components/report-error';
import { todayIso } from '../../components/today';
import { notifyUndoable } from '../../components/undo-notice';
import { useProgramEvents } from '../../db/events-repo';
import { resetInvitation, saveInvitation, setRegistrationDeadline, useInvitation } from '../../db/recruit-repo';
import {
  INVITATION_PLACEHOLDERS,
  INVITATION_PLACEHOLDER_HELP,
  invitationValues,
  renderInvitation,
  validateInvitation,
  type InvitationTemplate,
} from '../../domain/documents/invitation-template';
import type { Program } from '../../domain/model';
import { platform } from '../../platform';

export function InvitationPanel({ program }: { program: Program }) {
  const stored = useInvitation(program.id);
  const events = useProgramEvents(program.id);
  // A reset (or its undo) starts the editor again from what is stored.
  const [version, setVersion] = useState(0);
  if (!stored || !events) return null;
  return (
    <InvitationEditor
      key={`${program.id}-${version}`}
      program={program}
      stored={stored}
      events={events}
      onReset={() => setVersion((v) => v + 1)}
    />
  );
}

function InvitationEditor({
  program,
  stored,
  events,
  onReset,
}: {
  program: Program;
  stored: InvitationTemplate;
  events: NonNullable<ReturnType<typeof useProgramEvents>>;
  onReset: () => void;
}) {
  // Typed text shows at once; it is saved as typed (problems are shown, never block the save).
  const [subject, setSubject] = useState(stored.subject);
  const [body, setBody] = useState(stored.body);
  const today = todayIso();
  const values = useMemo(() => invitationValues(program, events, today), [program, events, today]);
  const problems = validateInvitation({ subject, body });
  const filled = renderInvitation({ subject, body }, values);
  const ready = problems.length === 0;
  const save = (change: Partial<InvitationTemplate>) => void saveInvitation(program.id, change).catch(reportError);
  const deadline = program.registrationDeadline ?? '';

  const compose = async () => {
    const opened = await platform.openExternal(buildMailtoUrl({ to: stored.to.split(/[;,]/), subject: filled.subject, body: filled.body }));
    if (!opened) throw new Error('The mail program could not be opened. Copy the invitation and paste it into a new email.');
  };

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            Invitation
          </Title>
          <Text size="sm" c="dimmed">
            Edit the words; the placeholders in braces are filled from the program. It saves as you type.
          </Text>
          <TextInput
            label="Subject"
            value={subject}
            onChange={(e) => {
              setSubject(e.currentTarget.value);
              save({ subject: e.currentTarget.value });
            }}
          />
          <Textarea
            label="Text"
            autosize
            minRows={12}
            maxRows={24}
            value={body}
            onChange={(e) => {
              setBody(e.currentTarget.value);
              save({ body: e.currentTarget.value });
            }}
          />
          <Text size="xs" c="dimmed">
            Placeholders: {INVITATION_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.{' '}
            {INVITATION_PLACEHOLDERS.map((p) => `{${p}}: ${INVITATION_PLACEHOLDER_HELP[p]}`).join('; ')}.
          </Text>
          <Group gap="sm">
            <Button
              variant="default"
              size="xs"
              leftSection={<IconRestore size={14} />}
              onClick={() =>
                void resetInvitation(program.id, { to: stored.to }).then((before) => {
                  onReset();
                  notifyUndoable({
                    title: 'Invitation reset',
                    message: 'The subject and text are back to the default.',
                    label: 'reset the invitation',
                    undo: () => saveInvitation(program.id, before).then(onReset),
                  });
                }, reportError)
              }
            >
              Reset to default
            </Button>
          </Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <AutoSaveInput
              label="Registration deadline"
              type="date"
              value={deadline}
              description={deadline ? formatDay(deadline) : 'Not set: the invitation needs it'}
              onSave={(day) => setRegistrationDeadline(program.id, day)}
            />
            <AutoSaveInput
              label="Send to"
              type="text"
              placeholder="all-staff@example.org"
              description="The distribution list; several addresses separated by ;"
              value={stored.to}
              onSave={async (to) => {
                await saveInvitation(program.id, { to: to.trim() });
                return null;
              }}
            />
          </Group>
          {problems.length > 0 && (
            <Alert color="red" variant="light" title="Fix the template first" role="alert">
              <Stack gap={2}>
                {problems.map((p) => (
                  <Text size="sm" key={`${p.part}-${p.line}-${p.message}`}>
                    {p.message}
                  </Text>
                ))}
              </Stack>
            </Alert>
          )}
          {filled.missing.length > 0 && (
            <Alert color="yellow" variant="light" title="Some placeholders have no value yet" role="status">
              <Stack gap={2}>
                {filled.missing.map((m) => (
                  <Text size="sm" key={m.placeholder}>
                    {`{${m.placeholder}}`}: {m.fix}{' '}
                    {m.placeholder === 'awarenessSession' ? (
                      <Anchor component={Link} to="/schedule" size="sm">
                        Go to Schedule
                      </Anchor>
                    ) : m.placeholder !== 'registrationDeadline' ? (
                      <Anchor component={Link} to="/setup" size="sm">
                        Go to Program setup
                      </Anchor>
                    ) : null}
                  </Text>
                ))}
              </Stack>
            </Alert>
          )}
          <Paper withBorder p="md" radius="md" aria-label="Invitation as it will be sent">
            <Text size="sm" fw={700} mb="xs">
              {filled.subject}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {filled.body}
            </Text>
          </Paper>
          <Group gap="sm">
            <CopyButton value={`${filled.subject}\n\n${filled.body}`} timeout={2000}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'filled' : 'default'}
                  color={copied ? 'teal' : undefined}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                  disabled={!ready}
                >
                  {copied ? 'Copied' : 'Copy subject and text'}
                </Button>
              )}
            </CopyButton>
            <Button leftSection={<IconMail size={16} />} disabled={!ready} onClick={() => void compose().catch(reportError)}>
              Compose email{stored.to.trim() ? ` to ${stored.to.trim()}` : ''}
            </Button>
          </Group>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
