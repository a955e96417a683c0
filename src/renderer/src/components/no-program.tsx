import { Button, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';

/** Shown in place of a screen that needs a program when none is chosen. */
export function NoProgram() {
  const navigate = useNavigate();
  return (
    <Stack align="center" mt="xl" gap="sm">
      <Title order={2} size="h3">
        No program selected
      </Title>
      <Text c="dimmed">Create a program, open one, or start from the demo program.</Text>
      <Button onClick={() => void navigate('/programs')}>Go to Programs</Button>
    </Stack>
  );
}
