/** A figure at a glance: a small label, the value large, and a line saying what it counts. */
import { Card, Text, type MantineSpacing } from '@mantine/core';

export function StatCard({
  label,
  value,
  hint,
  padding = 'md',
}: {
  label: string;
  value: number | string;
  hint: string;
  padding?: MantineSpacing;
}) {
  return (
    <Card withBorder padding={padding}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.3}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Card>
  );
}
