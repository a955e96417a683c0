/**
 * Who is being entered on the evaluation screens: a searchable list of everyone in the program
 * (accents and case ignored), with previous / next and where in the list this person is.
 */
import { ActionIcon, Badge, Group, Select, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { foldForSearch } from '../../domain/participants/search-text';

/** One person in the picker. */
export interface PickerPerson {
  id: string;
  name: string;
  /** Shown under the name in the list (department, team). */
  detail: string;
  /** Done on this screen (rated, answered): marked with a tick. */
  done: boolean;
  withdrawn: boolean;
}

interface Props {
  people: readonly PickerPerson[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** What `done` means here, for the tick's label ("has ratings"). */
  doneWord: string;
}

export function PersonPicker({ people, selectedId, onSelect, doneWord }: Props) {
  const index = people.findIndex((p) => p.id === selectedId);
  const byId = new Map(people.map((p) => [p.id, p]));
  const go = (by: number) => {
    const next = people[index + by];
    if (next) onSelect(next.id);
  };
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        label="Person"
        placeholder="Type a name to find someone"
        searchable
        w={{ base: '100%', sm: 360 }}
        data={people.map((p) => ({ value: p.id, label: p.name }))}
        value={selectedId}
        onChange={(value) => value && onSelect(value)}
        allowDeselect={false}
        nothingFoundMessage="Nobody by that name in this program"
        filter={({ options, search }) => {
          const q = foldForSearch(search);
          return options.filter((o) => {
            if (!('value' in o)) return true;
            const p = byId.get(o.value);
            return foldForSearch(`${o.label} ${p?.detail ?? ''}`).includes(q);
          });
        }}
        renderOption={({ option }) => {
          const p = byId.get(option.value);
          return (
            <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
              <div>
                <Text size="sm">{option.label}</Text>
                {p?.detail && (
                  <Text size="xs" c="dimmed">
                    {p.detail}
                  </Text>
                )}
              </div>
              <Group gap={4} wrap="nowrap">
                {p?.withdrawn && (
                  <Badge size="xs" color="gray" variant="light">
                    Withdrawn
                  </Badge>
                )}
                {p?.done && <IconCheck size={16} aria-label={doneWord} color="var(--mantine-color-teal-6)" />}
              </Group>
            </Group>
          );
        }}
      />
      <Tooltip label="Previous person" withArrow>
        <ActionIcon variant="default" size="lg" aria-label="Previous person" disabled={index <= 0} onClick={() => go(-1)}>
          <IconChevronLeft size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label="Next person" withArrow>
        <ActionIcon variant="default" size="lg" aria-label="Next person" disabled={index < 0 || index >= people.length - 1} onClick={() => go(1)}>
          <IconChevronRight size={18} />
        </ActionIcon>
      </Tooltip>
      <Text size="sm" c="dimmed" pb={6} data-testid="person-position">
        {index >= 0 ? `${index + 1} of ${people.length}` : `${people.length} people`}
      </Text>
    </Group>
  );
}
