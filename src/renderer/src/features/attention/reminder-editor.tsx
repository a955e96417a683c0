/**
 * The reminder e-mail's text: subject and message with placeholders, saved as you type (nothing
 * typed is lost), the problems found in it by line and column (a click puts the cursor there),
 * the placeholders to insert, and a live preview for one of the listed teams.
 */
import {
  Box,
  Button,
  Code,
  Grid,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMemo, useRef, useState } from 'react';
import { useSaveAsYouType } from '../../components/use-save-as-you-type';
import { offsetOf, TemplateProblemList } from '../../components/template-problems';
import { resetReminderTemplate, saveReminderTemplate } from '../../db/attention-repo';
import {
  DEFAULT_REMINDER_TEMPLATE,
  REMINDER_PLACEHOLDER_HELP,
  REMINDER_PLACEHOLDERS,
  reminderDraft,
  validateReminderTemplate,
  type ReminderContext,
  type ReminderProblem,
  type ReminderTeam,
  type ReminderTemplate,
} from '../../domain/attention/reminder-template';


const EXAMPLE_TEAM: ReminderTeam = {
  label: 'Pair 01',
  members: [
    { name: 'Ana García', firstName: 'Ana', email: 'ana.garcia@example.org' },
    { name: 'Tom Müller', firstName: 'Tom', email: 'tom.mueller@example.org' },
  ],
};

interface EditorProps {
  programId: string;
  stored: ReminderTemplate;
  ctx: ReminderContext;
  teams: ReminderTeam[];
  onClose: () => void;
}

function EditorBody({ programId, stored, ctx, teams, onClose }: EditorProps) {
  const [error, setError] = useState<string | null>(null);
  const { draft, status, change, replace, flush } = useSaveAsYouType<ReminderTemplate>(stored, async (next) =>
    setError(await saveReminderTemplate(programId, next)),
  );
  const [previewLabel, setPreviewLabel] = useState<string | null>(teams[0]?.label ?? null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const focusedField = useRef<'subject' | 'body'>('body');

  const problems = useMemo(() => validateReminderTemplate(draft), [draft]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const team = teams.find((t) => t.label === previewLabel) ?? teams[0] ?? EXAMPLE_TEAM;
  const preview = useMemo(() => reminderDraft(draft, ctx, team), [draft, ctx, team]);

  const goTo = (p: ReminderProblem) => {
    const el = p.field === 'subject' ? subjectRef.current : bodyRef.current;
    if (!el) return;
    const at = p.field === 'subject' ? p.column - 1 : offsetOf(draft.body, p.line, p.column);
    el.focus();
    el.setSelectionRange(at, at);
  };

  const insert = (name: string) => {
    const field = focusedField.current;
    const el = field === 'subject' ? subjectRef.current : bodyRef.current;
    const text = draft[field];
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    const token = `{{${name}}}`;
    change({ ...draft, [field]: text.slice(0, start) + token + text.slice(end) });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const reset = () =>
    modals.openConfirmModal({
      title: 'Go back to the default reminder text?',
      children: <Text size="sm">Your reminder text is replaced by the app’s default text. This cannot be undone.</Text>,
      labels: { confirm: 'Use the default text', cancel: 'Keep my text' },
      confirmProps: { color: 'red' },
      onConfirm: () => replace(DEFAULT_REMINDER_TEMPLATE, () => resetReminderTemplate(programId)),
    });

  return (
    <Stack gap="md">
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <TextInput
              ref={subjectRef}
              label="Subject"
              value={draft.subject}
              onFocus={() => {
                focusedField.current = 'subject';
              }}
              onChange={(e) => change({ ...draft, subject: e.currentTarget.value })}
              onBlur={() => void flush()}
            />
            <Textarea
              ref={bodyRef}
              label="Message"
              description="Placeholders in {{double braces}} are filled in for each team. Participants read this: keep it friendly and plain."
              value={draft.body}
              onFocus={() => {
                focusedField.current = 'body';
              }}
              onChange={(e) => change({ ...draft, body: e.currentTarget.value })}
              onBlur={() => void flush()}
              error={error}
              autosize
              minRows={12}
              maxRows={20}
              spellCheck
            />
            <Text size="xs" c="dimmed" role="status" aria-live="polite">
              {status === 'saving' ? 'Saving…' : 'All changes saved'}
            </Text>
            <TemplateProblemList
              problems={problems}
              heading={
                errors > 0
                  ? `${errors === 1 ? 'One problem stops' : `${errors} problems stop`} reminders from being composed (click one to go there):`
                  : 'Worth a look (reminders can still be composed):'
              }
              headingIsError={errors > 0}
              listLabel="Problems in the reminder text"
              onGo={goTo}
              showPlace={false}
            />
            <Box>
              <Title order={3} size="h5" mb={6}>
                Placeholders
              </Title>
              <Text size="xs" c="dimmed" mb="xs">
                Click one to insert it where the cursor is (in the subject or the message).
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs">
                {REMINDER_PLACEHOLDERS.map((name) => (
                  <UnstyledButton
                    key={name}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => insert(name)}
                    aria-label={`Insert {{${name}}}: ${REMINDER_PLACEHOLDER_HELP[name]}`}
                    style={{ display: 'block', width: '100%', textAlign: 'left', borderRadius: 6, padding: '2px 4px' }}
                  >
                    <Stack gap={2}>
                      <Code style={{ alignSelf: 'flex-start', whiteSpace: 'nowrap' }}>{`{{${name}}}`}</Code>
                      <Text size="xs" c="dimmed" lh={1.35}>
                        {REMINDER_PLACEHOLDER_HELP[name]}
                      </Text>
                    </Stack>
                  </UnstyledButton>
                ))}
              </SimpleGrid>
            </Box>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end" wrap="nowrap">
              <Title order={3} size="h5">
                Preview
              </Title>
              {teams.length > 0 ? (
                <Select
                  aria-label="Preview the reminder for"
                  data={teams.map((t) => t.label)}
                  value={team.label}
                  onChange={setPreviewLabel}
                  allowDeselect={false}
                  w={160}
                  size="xs"
                />
              ) : (
                <Text size="xs" c="dimmed">
                  Example people
                </Text>
              )}
            </Group>
            <Paper withBorder p="md" radius="md" aria-label="Preview of the reminder">
              <Stack gap={6}>
                <Text size="sm">
                  <Text span fw={600}>
                    To:
                  </Text>{' '}
                  {preview.to.join(', ') || 'nobody has an e-mail address'}
                </Text>
                <Text size="sm">
                  <Text span fw={600}>
                    Subject:
                  </Text>{' '}
                  {preview.subject}
                </Text>
                <Text size="sm" component="pre" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }}>
                  {preview.body}
                </Text>
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <Group justify="space-between">
        <Button variant="subtle" color="red" onClick={reset}>
          Use the default text
        </Button>
        <Button
          onClick={() => {
            void flush();
            onClose();
          }}
        >
          Done
        </Button>
      </Group>
    </Stack>
  );
}

/** The editor in a dialog. */
export function ReminderEditorModal({ opened, ...props }: EditorProps & { opened: boolean }) {
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title="Reminder e-mail"
      size="90rem"
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
      {opened && <EditorBody {...props} />}
    </Modal>
  );
}
