/**
 * The list fields of a participant that save as soon as a choice changes: competencies offered
 * or wanted (from the catalog, grouped by category) and people (other participants).
 */
import { Alert, Button, Group, MultiSelect, Select, Stack, Text, type ComboboxItem, type ComboboxItemGroup } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { groupByCategory } from '../../domain/catalog/catalog-edits';
import type { Competency, Participant } from '../../domain/model';
import { CATEGORY_LABELS, CATEGORY_ORDER } from '../../domain/model';
import { keepOnOneSide, offeredAndWanted, type ParticipantChange } from '../../domain/participants/participant-rules';
import { reportError } from '../../components/report-error';

/** A saved list value with a local draft, so the choice shows at once and a refusal rolls back. */
function useSavedList(value: string[], onSave: (next: string[]) => Promise<string | null>) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const key = value.join('|');
  // Follow the stored value (undo, another window) whenever it changes.
  useEffect(() => setDraft(key === '' ? [] : key.split('|')), [key]);
  const change = (next: string[]) => {
    setDraft(next);
    void onSave(next).then(
      (problem) => {
        setError(problem);
        if (problem) setDraft(value);
      },
      (e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
        setDraft(value);
      },
    );
  };
  return { draft, error, change };
}

interface CompetencyFieldProps {
  label: string;
  description: string;
  catalog: readonly Competency[];
  value: string[];
  onSave: (next: string[]) => Promise<string | null>;
}

/**
 * Competencies grouped by category. Only competencies in use can be picked; retired ones already
 * on the record stay listed, marked "retired", until removed.
 */
export function CompetencyField({ label, description, catalog, value, onSave }: CompetencyFieldProps) {
  const { draft, error, change } = useSavedList(value, onSave);
  const data = useMemo<ComboboxItemGroup<ComboboxItem>[]>(
    () =>
      groupByCategory(catalog.filter((c) => !c.retired || value.includes(c.id))).map((g) => ({
        group: g.label,
        items: g.competencies.map((c) => ({ value: c.id, label: c.retired ? `${c.name} (retired)` : c.name })),
      })),
    [catalog, value],
  );
  const byId = new Map(catalog.map((c) => [c.id, c]));
  const perCategory = CATEGORY_ORDER.map((cat) => ({
    cat,
    count: draft.filter((id) => byId.get(id)?.category === cat).length,
  }));
  return (
    <div>
      <MultiSelect
        label={label}
        description={description}
        data={data}
        value={draft}
        onChange={change}
        error={error}
        searchable
        hidePickedOptions
        maxDropdownHeight={320}
        placeholder={draft.length === 0 ? 'Choose from the catalog' : undefined}
        nothingFoundMessage="No competency with that name"
      />
      <Group gap="md" mt={4}>
        {perCategory.map(({ cat, count }) => (
          <Text key={cat} size="xs" c="dimmed">
            {CATEGORY_LABELS[cat]}: {count}
          </Text>
        ))}
      </Group>
    </div>
  );
}

/**
 * The hint when a person both offers and wants a competency: it asks which it is, one button
 * each way (pairing cannot use a competency that is on both sides).
 */
export function OfferedAndWanted({
  participant,
  catalog,
  onSave,
}: {
  participant: Pick<Participant, 'offers' | 'wants'>;
  catalog: readonly Competency[];
  onSave: (change: ParticipantChange) => Promise<string | null>;
}) {
  const both = offeredAndWanted(participant);
  if (both.length === 0) return null;
  const names = new Map(catalog.map((c) => [c.id, c.name]));
  const keep = (id: string, side: 'offers' | 'wants') => {
    onSave(keepOnOneSide(participant, id, side)).then((problem) => {
      if (problem) reportError(new Error(problem));
    }, reportError);
  };
  return (
    <Alert color="yellow" variant="light" title="Offered and wanted at once" role="status">
      <Stack gap="xs">
        <Text size="sm">
          {both.length === 1 ? 'This competency is' : 'These competencies are'} under both “Can offer” and “Wants to
          develop”. Which is it?
        </Text>
        {both.map((id) => (
          <Group key={id} gap="xs" justify="space-between" wrap="nowrap">
            <Text size="sm" fw={500}>
              {names.get(id) ?? 'A retired competency'}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Button size="compact-sm" variant="default" onClick={() => keep(id, 'offers')}>
                Can offer it
              </Button>
              <Button size="compact-sm" variant="default" onClick={() => keep(id, 'wants')}>
                Wants to develop it
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}

/** A participant as a choice in the people fields. */
export interface PersonOption {
  id: string;
  emailKey: string;
  label: string;
}

/** Everyone as choices, sorted by name: built once per roster and shared by the people fields. */
export function personOptions(people: readonly Participant[]): PersonOption[] {
  return people
    .map((p) => {
      const parts = [p.name, p.department].filter((s) => s.trim() !== '').join(' — ');
      return { id: p.id, emailKey: p.emailKey, label: p.status === 'withdrawn' ? `${parts} (withdrawn)` : parts };
    })
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

interface PeopleFieldProps {
  label: string;
  description: string;
  self: Participant;
  options: readonly PersonOption[];
  value: string[];
  onSave: (next: string[]) => Promise<string | null>;
}

/** Other participants of the program, searchable by name. */
export function PeopleField({ label, description, self, options, value, onSave }: PeopleFieldProps) {
  const { draft, error, change } = useSavedList(value, onSave);
  const data = useMemo(() => {
    const list = options.filter((o) => o.id !== self.id).map((o) => ({ value: o.id, label: o.label }));
    // A link to someone no longer on the roster stays visible so it can be removed.
    const known = new Set(options.map((o) => o.id));
    for (const id of value) if (!known.has(id)) list.push({ value: id, label: 'Someone no longer on the roster' });
    return list;
  }, [options, self.id, value]);
  return (
    <MultiSelect
      label={label}
      description={description}
      data={data}
      value={draft}
      onChange={change}
      error={error}
      searchable
      hidePickedOptions
      limit={60}
      maxDropdownHeight={280}
      placeholder={draft.length === 0 ? 'Nobody' : undefined}
      nothingFoundMessage="Nobody with that name"
    />
  );
}

interface PartnerFieldProps {
  label: string;
  description: string;
  self: Participant;
  options: readonly PersonOption[];
  /** Stored email key, or empty. */
  value: string;
  onSave: (next: string) => Promise<string | null>;
}

/** One other person chosen by name, stored as their email key (it survives re-imports). */
export function PartnerField({ label, description, self, options, value, onSave }: PartnerFieldProps) {
  const [error, setError] = useState<string | null>(null);
  const data = useMemo(() => {
    const list = options.filter((o) => o.id !== self.id).map((o) => ({ value: o.emailKey, label: o.label }));
    if (value !== '' && !list.some((o) => o.value === value)) {
      list.unshift({ value, label: `${value} (not on the roster)` });
    }
    return list;
  }, [options, self.id, value]);
  return (
    <Select
      label={label}
      description={description}
      data={data}
      value={value === '' ? null : value}
      onChange={(next) => void onSave(next ?? '').then(setError, (e: unknown) => setError(String(e)))}
      error={error}
      searchable
      clearable
      limit={60}
      placeholder="Nobody"
      nothingFoundMessage="Nobody with that name"
    />
  );
}
