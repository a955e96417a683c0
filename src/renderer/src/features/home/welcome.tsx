/** The first screen without a program: what the app does, create a program, or try the demo at once. */
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { reportDone, reportError } from '../../components/report-error';
import { loadDemoProgram } from '../../db/programs-repo';

export function Welcome() {
  const navigate = useNavigate();
  const [loading, setLoading] = useState(false);
  const tryDemo = async () => {
    setLoading(true);
    try {
      const demo = await loadDemoProgram('year-in-progress');
      reportDone('Demo program loaded', `${demo.name}: a fictional program in the middle of its year, to explore.`);
    } catch (error) {
      reportError(error);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Stack maw={720} gap="md">
      <Title order={1} size="h2">
        Welcome to Peer Mentor Desk
      </Title>
      <Text>
        Run your workplace peer mentoring program from this laptop: set up the cycle and its
        competency catalog, pair colleagues on complementary skills, print what group meetings
        need, and follow the year. Everything stays on this computer.
      </Text>
      <Text c="dimmed">
        The demo program is a fictional hospital group a few months into its year: 24 colleagues
        in 12 pairs, meetings logged, check-ins, and a couple of pairs that need a hand.
      </Text>
      <Group>
        <Button leftSection={<IconPlus size={18} />} onClick={() => void navigate('/programs?new=1')}>
          Create your program
        </Button>
        <Button variant="default" leftSection={<IconSparkles size={18} />} loading={loading} onClick={() => void tryDemo()}>
          Try the demo program
        </Button>
      </Group>
    </Stack>
  );
}
