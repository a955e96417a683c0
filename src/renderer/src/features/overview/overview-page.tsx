/**
 * Overview: where the current program stands (cycle, checklist, people, catalog) and the next
 * step to take. Without a program, a welcome that leads to creating one or to the demo.
 */
import { Badge, Button, Card, Group, List, Progress, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useCurrentProgram, useProgramOverviewCounts } from '../../db/programs-repo';
import { CHECKLIST_INFO } from '../../domain/programs/program-defaults';

function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <Card withBorder padding="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value}
      </Text>
    </Card>
  );
}

export function OverviewPage() {
  const program = useCurrentProgram();
  const navigate = useNavigate();
  const stats = useProgramOverviewCounts(program?.id);

  if (program === undefined) return null;
  if (program === null) {
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
        <Group>
          <Button onClick={() => void navigate('/programs?new=1')}>Create your program</Button>
          <Button variant="default" onClick={() => void navigate('/programs')}>
            Try the demo program
          </Button>
        </Group>
      </Stack>
    );
  }

  const done = program.checklist.filter((c) => c.done).length;
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Group gap="xs">
          <Title order={1} size="h2">
            {program.name}
          </Title>
          {program.status === 'archived' && <Badge color="gray">Archived</Badge>}
        </Group>
        <Text c="dimmed">
          {[program.organisation, `${program.cycleStart} to ${program.cycleEnd}`, program.coordinatorName]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label="Participants" value={stats?.active ?? '…'} />
        <Stat label="Withdrawn" value={stats?.withdrawn ?? '…'} />
        <Stat label="Competencies in use" value={stats?.competencies ?? '…'} />
        <Stat label="Checklist" value={`${done}/${program.checklist.length}`} />
      </SimpleGrid>
      <Card withBorder padding="lg">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            Setup checklist
          </Title>
          <Button variant="subtle" size="xs" onClick={() => void navigate('/setup')}>
            Open setup
          </Button>
        </Group>
        <Progress value={(done / Math.max(1, program.checklist.length)) * 100} mb="md" aria-label="Checklist progress" />
        <List spacing="xs" center>
          {program.checklist.map((item) => (
            <List.Item
              key={item.key}
              icon={
                <ThemeIcon size={22} radius="xl" color={item.done ? 'teal' : 'gray'} variant={item.done ? 'filled' : 'light'}>
                  {item.done ? <IconCheck size={14} /> : <IconCircleDashed size={14} />}
                </ThemeIcon>
              }
            >
              <Text span fw={500}>
                {CHECKLIST_INFO[item.key].label}
              </Text>
              {item.owner && (
                <Text span c="dimmed" size="sm">
                  {' '}
                  · {item.owner}
                </Text>
              )}
              {item.due && !item.done && (
                <Text span c="dimmed" size="sm">
                  {' '}
                  · due {item.due}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      </Card>
    </Stack>
  );
}
