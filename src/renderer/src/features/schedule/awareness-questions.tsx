/**
 * The questions and concerns raised at an awareness session: type one and press Enter to note it,
 * tick it once the FAQ (the information pack) answers it, remove a slip. Each change saves at once.
 */
import { ActionIcon, Checkbox, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { reportError } from '../../components/report-error';
import { changeEventQuestions } from '../../db/events-repo';
import { newId } from '../../db/ids';
import type { ProgramEvent } from '../../domain/model';
import { addQuestion, markAnswered, questionsSummary, removeQuestion } from '../../domain/schedule/awareness';

export function AwarenessQuestions({ event }: { event: ProgramEvent }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const questions = event.questions ?? [];

  const add = () => {
    const text = draft;
    void changeEventQuestions(event.id, (list) => addQuestion(list, newId(), text)).then((problem) => {
      setError(problem);
      if (!problem) setDraft('');
    }, reportError);
  };

  return (
    <Stack gap="xs" aria-label={`Questions and concerns raised at ${event.title}`} role="group">
      <Group justify="space-between" align="baseline">
        <Text size="sm" fw={600}>
          Questions and concerns raised
        </Text>
        <Text size="xs" c="dimmed" data-testid="questions-summary">
          {questionsSummary(questions)}
        </Text>
      </Group>
      {questions.map((q) => (
        <Group key={q.id} gap="xs" wrap="nowrap" justify="space-between">
          <Checkbox
            label={q.text}
            checked={q.answered}
            aria-label={`Answered in the FAQ: ${q.text}`}
            onChange={(e) => {
              const answered = e.currentTarget.checked;
              void changeEventQuestions(event.id, (list) => ({ ok: true, questions: markAnswered(list, q.id, answered) })).catch(reportError);
            }}
            styles={{ label: { textDecoration: q.answered ? 'line-through' : undefined } }}
          />
          <Tooltip label="Remove this question">
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove question: ${q.text}`}
              onClick={() =>
                void changeEventQuestions(event.id, (list) => ({ ok: true, questions: removeQuestion(list, q.id) })).catch(reportError)
              }
            >
              <IconX size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      <TextInput
        aria-label={`New question raised at ${event.title}`}
        placeholder="Type a question or concern and press Enter"
        value={draft}
        error={error}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
        description="Tick each one once the information pack's FAQ answers it."
      />
    </Stack>
  );
}
