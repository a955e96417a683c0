/** The form that creates a program, with the defaults from the program brief. */
import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { defaultCycle, programDraftSchema } from '../../domain/programs/program-defaults';
import { createProgram } from '../../db/programs-repo';
import { reportError } from '../../components/report-error';
import { todayIso } from '../../components/today';

interface Props {
  onCreated: () => void;
  onCancel: () => void;
}

export function NewProgramForm({ onCreated, onCancel }: Props) {
  const cycle = defaultCycle(todayIso());
  const [values, setValues] = useState({
    name: '',
    organisation: '',
    coordinatorName: '',
    coordinatorEmail: '',
    cycleStart: cycle.cycleStart,
    cycleEnd: cycle.cycleEnd,
    groupMeetingMinutes: 120,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof values) => (value: string | number) =>
    setValues((v) => ({ ...v, [field]: value }));

  const submit = async () => {
    const parsed = programDraftSchema.safeParse(values);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'name');
        next[field] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await createProgram(parsed.data);
      onCreated();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      aria-label="New program"
    >
      <Stack gap="sm">
        <TextInput
          label="Program name"
          placeholder="e.g. Finance Peer Mentoring 2026–27"
          required
          data-autofocus
          value={values.name}
          onChange={(e) => set('name')(e.currentTarget.value)}
          error={errors.name}
        />
        <TextInput
          label="Organisation"
          value={values.organisation}
          onChange={(e) => set('organisation')(e.currentTarget.value)}
          error={errors.organisation}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Coordinator name"
            required
            value={values.coordinatorName}
            onChange={(e) => set('coordinatorName')(e.currentTarget.value)}
            error={errors.coordinatorName}
          />
          <TextInput
            label="Coordinator email"
            type="email"
            value={values.coordinatorEmail}
            onChange={(e) => set('coordinatorEmail')(e.currentTarget.value)}
            error={errors.coordinatorEmail}
          />
          <TextInput
            label="Cycle starts"
            type="date"
            required
            value={values.cycleStart}
            onChange={(e) => set('cycleStart')(e.currentTarget.value)}
            error={errors.cycleStart}
          />
          <TextInput
            label="Cycle ends"
            type="date"
            required
            value={values.cycleEnd}
            onChange={(e) => set('cycleEnd')(e.currentTarget.value)}
            error={errors.cycleEnd}
          />
        </SimpleGrid>
        <NumberInput
          label="Group meeting length (minutes)"
          description="1.5 to 2 hours works well"
          min={30}
          max={240}
          step={15}
          value={values.groupMeetingMinutes}
          onChange={(v) => set('groupMeetingMinutes')(typeof v === 'number' ? v : Number(v))}
          error={errors.groupMeetingMinutes}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Create program
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
