/**
 * End-of-program feedback, typed in per person from the paper form or a conversation: every
 * question of the form, saved as you type (each save is a step of the app's undo history), with
 * the people still to answer counted and previous / next person at hand.
 */
import { Alert, Card, Center, Input, Loader, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { recordUndoable } from '../../components/undo-history';
import { useSaveAsYouType } from '../../components/use-save-as-you-type';
import { saveFeedback, switchFeedbackChanges, useEvaluationState, type EvaluationState } from '../../db/evaluation-repo';
import {
  ANSWER_WORDS,
  checkFeedbackAnswers,
  CONSENT_WORDS,
  FEEDBACK_QUESTIONS,
  isFeedbackBlank,
  readFeedbackAnswers,
  SATISFACTION_ENDS,
  type FeedbackAnswers,
} from '../../domain/evaluation/feedback-answers';
import { evaluationOrder } from '../../domain/evaluation/rating-grid';
import type { FeedbackAnswer, Participant, QuoteConsent } from '../../domain/model';
import { sameAnswers } from './same-answers';
import { PersonHeading } from './person-heading';
import { PersonPicker, type PickerPerson } from './person-picker';
import { useEvaluationPerson } from './use-evaluation-person';

export function FeedbackPage({ programId }: { programId: string }) {
  const state = useEvaluationState(programId);
  if (state === undefined)
    return (
      <Center mt="xl">
        <Loader aria-label="Loading the feedback" />
      </Center>
    );
  if (state === null) return null;
  if (state.participants.length === 0)
    return (
      <Alert color="blue" variant="light" title="Nobody in this program yet">
        Import the roster first (Import roster); then type each person’s answers here.
      </Alert>
    );
  return <FeedbackEntry state={state} />;
}

function FeedbackEntry({ state }: { state: EvaluationState }) {
  const people = useMemo(() => evaluationOrder(state.participants), [state.participants]);
  const [chosenId, choose] = useEvaluationPerson();
  const person = people.find((p) => p.id === chosenId) ?? (people[0] as Participant);
  const answered = new Set(state.feedback.map((f) => f.participantId));
  const stored = state.feedback.find((f) => f.participantId === person.id);
  const pickerPeople: PickerPerson[] = people.map((p) => ({
    id: p.id,
    name: p.name,
    detail: p.department,
    done: answered.has(p.id),
    withdrawn: p.status === 'withdrawn',
  }));
  const count = people.filter((p) => answered.has(p.id)).length;
  return (
    <Stack gap="md">
      <Card withBorder padding="md" radius="md">
        <Stack gap="sm">
          <Text fw={700} data-testid="feedback-progress">
            {count} of {people.length} answered
            {count < people.length ? ` · ${people.length - count} still to come` : ''}
          </Text>
          <PersonPicker people={pickerPeople} selectedId={person.id} onSelect={choose} doneWord="has answered" />
        </Stack>
      </Card>
      <FeedbackForm key={person.id} programId={state.program.id} person={person} stored={readFeedbackAnswers(stored)} />
    </Stack>
  );
}

const answerData = (none: string) => [
  { value: '', label: none },
  ...(Object.entries(ANSWER_WORDS) as [FeedbackAnswer, string][]).map(([value, label]) => ({ value, label })),
];

interface FormProps {
  programId: string;
  person: Participant;
  stored: FeedbackAnswers;
}

function FeedbackForm({ programId, person, stored }: FormProps) {
  const scope = `feedback:${person.id}`;
  const [error, setError] = useState<string | null>(null);
  const { draft, status, change, replace } = useSaveAsYouType<FeedbackAnswers>(stored, async (next) => {
    const problem = checkFeedbackAnswers(next);
    setError(problem);
    if (problem) return;
    const saved = await saveFeedback(programId, person.id, next);
    if (!saved) return;
    recordUndoable(`feedback of ${person.name}`, {
      scope,
      undo: () => switchFeedbackChanges([saved], 'back'),
      redo: () => switchFeedbackChanges([saved], 'forward'),
      undoneMessage: 'The answers are back as they were.',
    });
  });

  // Undone or changed elsewhere while nothing is waiting here: show what is stored. Keyed on the
  // stored answers' text, so only a change of what is stored brings it in (not each render).
  const storedKey = JSON.stringify(stored);
  useEffect(() => {
    if (status === 'saved' && !sameAnswers(stored, draft)) replace(stored, () => Promise.resolve());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storedKey]);

  const set = <K extends keyof FeedbackAnswers>(key: K, value: FeedbackAnswers[K]) => change({ ...draft, [key]: value });
  const text = (key: 'helpedMost' | 'barriers' | 'pastBarriers' | 'bothRoles' | 'quote') => (
    <Textarea
      label={FEEDBACK_QUESTIONS[key].label}
      description={FEEDBACK_QUESTIONS[key].asked}
      autosize
      minRows={2}
      maxRows={8}
      value={draft[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
    />
  );

  return (
    <Card withBorder padding="lg" radius="md">
      <Stack gap="md">
        <PersonHeading person={person} scope={scope} undoLabel="Undo last change">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="feedback-status">
            {status === 'saving' ? 'Saving…' : isFeedbackBlank(draft) ? 'No answers yet' : 'Saved'}
          </Text>
        </PersonHeading>

        <Input.Wrapper
          label={FEEDBACK_QUESTIONS.satisfaction.label}
          description={`${FEEDBACK_QUESTIONS.satisfaction.asked} 1 = ${SATISFACTION_ENDS.low}, 5 = ${SATISFACTION_ENDS.high}.`}
          labelElement="div"
        >
          <SegmentedControl
            mt={4}
            aria-label={FEEDBACK_QUESTIONS.satisfaction.label}
            w="fit-content"
            value={draft.satisfaction === null ? '' : String(draft.satisfaction)}
            onChange={(v) => set('satisfaction', v === '' ? null : Number(v))}
            data={[{ value: '', label: 'No answer' }, ...['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))]}
          />
        </Input.Wrapper>

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {(['wouldRecommend', 'wouldJoinAgain'] as const).map((key) => (
            <Input.Wrapper key={key} label={FEEDBACK_QUESTIONS[key].label} description={FEEDBACK_QUESTIONS[key].asked} labelElement="div">
              <SegmentedControl
                mt={4}
                aria-label={FEEDBACK_QUESTIONS[key].label}
                w="fit-content"
                value={draft[key] ?? ''}
                onChange={(v) => set(key, v === '' ? null : (v as FeedbackAnswer))}
                data={answerData('No answer')}
              />
            </Input.Wrapper>
          ))}
        </SimpleGrid>

        {text('helpedMost')}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('barriers')}
          {text('pastBarriers')}
        </SimpleGrid>
        {text('bothRoles')}
        {text('quote')}
        <Input.Wrapper
          label={FEEDBACK_QUESTIONS.quoteConsent.label}
          description="Only sentences with consent appear in the program report; “without my name” shows them anonymously."
          labelElement="div"
        >
          <SegmentedControl
            mt={4}
            aria-label={FEEDBACK_QUESTIONS.quoteConsent.label}
            w="fit-content"
            value={draft.quoteConsent}
            onChange={(v) => set('quoteConsent', v as QuoteConsent)}
            data={(Object.entries(CONSENT_WORDS) as [QuoteConsent, string][]).map(([value, label]) => ({ value, label }))}
          />
          {draft.quoteConsent !== 'no' && draft.quote.trim() === '' && (
            <Text size="xs" c="orange.8">
              Consent is given but there is no sentence yet: type it above, or set this back to “No”.
            </Text>
          )}
        </Input.Wrapper>
        <TextInput
          label="Answered on"
          description="The day the form was filled in (optional)"
          type="date"
          w={300}
          value={draft.answeredOn}
          onChange={(e) => set('answeredOn', e.currentTarget.value)}
        />
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
