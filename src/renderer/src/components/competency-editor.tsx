/** The dialog that adds or edits one competency: name, description, category and cluster. */
import { Autocomplete, Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { CATEGORY_LABELS, CATEGORY_ORDER, type Competency, type CompetencyCategory } from '../domain/model';

export interface CompetencyFormValues {
  name: string;
  description: string;
  category: CompetencyCategory;
  cluster: string;
}

interface Props {
  initial: CompetencyFormValues;
  catalog: Competency[];
  submitLabel: string;
  /** Save; resolve with an error message to keep the dialog open and show it. */
  onSubmit: (values: CompetencyFormValues) => Promise<string | null>;
  onCancel: () => void;
}

export function CompetencyEditor({ initial, catalog, submitLabel, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const clusters = [...new Set(catalog.filter((c) => c.category === values.category && c.cluster).map((c) => c.cluster))];

  return (
    <form
      aria-label={submitLabel}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onSubmit(values)
          .then(setError, (err: unknown) => setError(err instanceof Error ? err.message : String(err)))
          .finally(() => setBusy(false));
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Name"
          required
          data-autofocus
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.currentTarget.value })}
          error={error}
        />
        <Textarea
          label="Description"
          description="One line that helps people recognise the competency"
          autosize
          minRows={2}
          value={values.description}
          onChange={(e) => setValues({ ...values, description: e.currentTarget.value })}
        />
        <Select
          label="Category"
          data={CATEGORY_ORDER.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          value={values.category}
          allowDeselect={false}
          onChange={(v) => v && setValues({ ...values, category: v as CompetencyCategory, cluster: '' })}
        />
        <Autocomplete
          label="Cluster (optional)"
          description="A sub-group within the category, e.g. Leading others"
          data={clusters}
          value={values.cluster}
          onChange={(v) => setValues({ ...values, cluster: v })}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
