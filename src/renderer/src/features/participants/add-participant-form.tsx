/**
 * The dialog that adds one participant by hand: who they are and where they work. Competencies
 * and people are chosen afterwards in the participant drawer, which opens on the new person.
 */
import { Autocomplete, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { addParticipant } from '../../db/participants-repo';
import type { EditableField, NewParticipantInput } from '../../domain/participants/participant-rules';
import { CAREER_STAGE_LABELS, type CareerStage } from '../../domain/model';

interface Props {
  programId: string;
  departments: string[];
  locations: string[];
  onAdded: (participantId: string) => void;
  onCancel: () => void;
}

const EMPTY: NewParticipantInput = {
  name: '',
  firstName: '',
  lastName: '',
  email: '',
  department: '',
  jobTitle: '',
  careerStage: null,
  location: '',
  manager: '',
};

export function AddParticipantForm({ programId, departments, locations, onAdded, onCancel }: Props) {
  const [values, setValues] = useState<NewParticipantInput>(EMPTY);
  const [problem, setProblem] = useState<{ field: EditableField | 'form'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof NewParticipantInput) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const errorFor = (field: EditableField) => (problem?.field === field ? problem.message : null);

  const submit = async () => {
    setBusy(true);
    try {
      const result = await addParticipant(programId, values);
      if (!result.ok) {
        setProblem({ field: result.field, message: result.message });
        return;
      }
      onAdded(result.participant.id);
    } catch (error) {
      setProblem({ field: 'form', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      aria-label="Add participant"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="First name" data-autofocus value={values.firstName} onChange={(e) => set('firstName')(e.currentTarget.value)} error={errorFor('firstName')} />
          <TextInput label="Last name" value={values.lastName} onChange={(e) => set('lastName')(e.currentTarget.value)} error={errorFor('lastName')} />
        </SimpleGrid>
        <TextInput
          label="Name as shown"
          description="Leave empty to use the first and last names"
          value={values.name}
          onChange={(e) => set('name')(e.currentTarget.value)}
          error={errorFor('name')}
        />
        <TextInput
          label="Email"
          required
          type="email"
          value={values.email}
          onChange={(e) => set('email')(e.currentTarget.value)}
          error={errorFor('email')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Autocomplete label="Department" data={departments} value={values.department} onChange={set('department')} error={errorFor('department')} />
          <TextInput label="Job title" value={values.jobTitle} onChange={(e) => set('jobTitle')(e.currentTarget.value)} error={errorFor('jobTitle')} />
          <Select
            label="Career stage"
            placeholder="Not given"
            clearable
            data={(Object.keys(CAREER_STAGE_LABELS) as CareerStage[]).map((s) => ({ value: s, label: CAREER_STAGE_LABELS[s] }))}
            value={values.careerStage}
            onChange={(v) => setValues((prev) => ({ ...prev, careerStage: (v as CareerStage | null) ?? null }))}
          />
          <Autocomplete label="Location" data={locations} value={values.location} onChange={set('location')} error={errorFor('location')} />
        </SimpleGrid>
        <TextInput label="Manager" value={values.manager} onChange={(e) => set('manager')(e.currentTarget.value)} error={errorFor('manager')} />
        {problem?.field === 'form' && (
          <Text c="red" size="sm" role="alert">
            {problem.message}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          Competencies and people they know are chosen next, on their page.
        </Text>
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Add participant
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
