/**
 * Evaluation: the tabs of the year's evidence. Self-ratings (start and end of the year, per
 * person) and Feedback (the end-of-program answers, per person). The tab is `?tab=`, the person
 * `?person=<id>`, shared by the tabs so switching keeps the same person.
 */
import { Button, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useNavigate, useSearchParams } from 'react-router';
import { NoProgram } from '../../components/no-program';
import { useCurrentProgram } from '../../db/programs-repo';
import { FeedbackPage } from './feedback-page';
import { RatingsPage } from './ratings-page';

const TABS = ['ratings', 'feedback'] as const;
type Tab = (typeof TABS)[number];

export function EvaluationPage() {
  const program = useCurrentProgram();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const asked = params.get('tab');
  const tab: Tab = TABS.includes(asked as Tab) ? (asked as Tab) : 'ratings';

  if (program === undefined)
    return (
      <Center mt="xl">
        <Loader aria-label="Loading the evaluation" />
      </Center>
    );
  if (program === null) return <NoProgram />;

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <div style={{ flex: 1, minWidth: 320 }}>
          <Title order={1} size="h2">
            Evaluation
          </Title>
          <Text c="dimmed">
            What people said about their year: their self-ratings at the start and the end, and
            their feedback. Type them in from the paper forms (print them on the Documents screen)
            as they come back, or import a survey export from Microsoft Forms or Google Forms.
          </Text>
        </div>
        <Button
          variant="default"
          leftSection={<IconFileImport size={16} />}
          onClick={() =>
            void navigate(`/evaluation/import?holds=${tab === 'feedback' ? 'feedback' : 'ratings'}`)
          }
        >
          {tab === 'feedback' ? 'Import feedback survey' : 'Import self-ratings survey'}
        </Button>
      </Group>
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          next.set('tab', value ?? 'ratings');
          setParams(next, { replace: true });
        }}
      >
        <Tabs.List>
          <Tabs.Tab value="ratings">Self-ratings</Tabs.Tab>
          <Tabs.Tab value="feedback">Feedback</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="ratings" pt="md">
          <RatingsPage programId={program.id} />
        </Tabs.Panel>
        <Tabs.Panel value="feedback" pt="md">
          <FeedbackPage programId={program.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
