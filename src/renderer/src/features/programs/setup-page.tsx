/**
 * Program setup: details, selection rules, the setup checklist and the budget. Every field saves
 * itself; invalid values are refused with the reason next to the field.
 */
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCalendarPlus, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { AutoSaveInput } from '../../components/auto-save-input';
import { openNextYearDialog } from '../../components/next-year-dialog';
import { ReadOnlyFieldset } from '../../components/archived-banner';
import { reportError } from '../../components/report-error';
import { useCurrentProgram } from '../../db/programs-repo';
import { newId } from '../../db/ids';
import type { ChecklistItem, Program, SelectionRules } from '../../domain/model';
import { CHECKLIST_INFO } from '../../domain/programs/program-defaults';
import { budgetTotal, formatMoney, parseMoney } from '../../domain/programs/money';
import { saveProgramChange } from '../../db/program-changes';
import { DEFAULT_COORDINATOR_TITLE } from '../../domain/documents/letter-template';

function DetailsCard({ program }: { program: Program }) {
  const save = (field: 'name' | 'organisation' | 'coordinatorName' | 'coordinatorEmail' | 'coordinatorTitle' | 'cycleStart' | 'cycleEnd' | 'currency') =>
    (value: string) => saveProgramChange(program.id, { [field]: value });
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="md">
        Program details
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <AutoSaveInput label="Program name" required value={program.name} onSave={save('name')} />
        <AutoSaveInput label="Organisation" value={program.organisation} onSave={save('organisation')} />
        <AutoSaveInput label="Coordinator name" required value={program.coordinatorName} onSave={save('coordinatorName')} />
        <AutoSaveInput label="Coordinator email" type="email" value={program.coordinatorEmail} onSave={save('coordinatorEmail')} />
        <AutoSaveInput label="Cycle starts" type="date" value={program.cycleStart} onSave={save('cycleStart')} />
        <AutoSaveInput label="Cycle ends" type="date" value={program.cycleEnd} onSave={save('cycleEnd')} />
        <AutoSaveInput
          label="Coordinator role"
          description="Printed under your name on the pairing letters"
          placeholder={DEFAULT_COORDINATOR_TITLE}
          value={program.coordinatorTitle ?? ''}
          onSave={save('coordinatorTitle')}
        />
        <NumberField
          label="Group meeting length (minutes)"
          description="1.5 to 2 hours works well"
          value={program.groupMeetingMinutes}
          min={30}
          max={240}
          step={15}
          onSave={(v) => saveProgramChange(program.id, { groupMeetingMinutes: v })}
        />
        <AutoSaveInput
          label="Budget currency"
          description="Three letters, e.g. EUR, USD, GBP"
          value={program.currency}
          onSave={save('currency')}
          maxLength={3}
        />
      </SimpleGrid>
    </Card>
  );
}

/** A number input that saves on blur; shows the refusal reason when the value is not allowed. */
function NumberField(props: {
  label: string;
  description?: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onSave: (value: number) => Promise<string | null>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<number | string>(props.value);
  const commit = async () => {
    const n = typeof draft === 'number' ? draft : Number(draft);
    if (draft === '' || !Number.isFinite(n)) {
      setError(`Enter a number for ${props.label.toLowerCase()}.`);
      return;
    }
    if (n === props.value) {
      setError(null);
      return;
    }
    try {
      setError(await props.onSave(n));
    } catch (e) {
      reportError(e);
    }
  };
  return (
    <NumberInput
      label={props.label}
      description={props.description}
      value={draft}
      step={props.step}
      onChange={setDraft}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void commit();
      }}
      error={error}
      allowDecimal={false}
    />
  );
}

function RulesCard({ program }: { program: Program }) {
  const save = (field: keyof SelectionRules) => (value: number) =>
    saveProgramChange(program.id, (stored) => ({ rules: { ...stored.rules, [field]: value } }));
  const r = program.rules;
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb={4}>
        Competency selection rules
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Each pair picks {r.minTotal}–{r.maxTotal} competencies, {r.minPerCategory}–{r.maxPerCategory} from
        each category (self-management, business, people skills).
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <NumberField label="Fewest in total" value={r.minTotal} min={1} max={20} onSave={save('minTotal')} />
        <NumberField label="Most in total" value={r.maxTotal} min={1} max={20} onSave={save('maxTotal')} />
        <NumberField label="Fewest per category" value={r.minPerCategory} min={0} max={20} onSave={save('minPerCategory')} />
        <NumberField label="Most per category" value={r.maxPerCategory} min={1} max={20} onSave={save('maxPerCategory')} />
      </SimpleGrid>
    </Card>
  );
}

function ChecklistCard({ program }: { program: Program }) {
  const saveItem = (key: ChecklistItem['key'], change: Partial<ChecklistItem>) =>
    saveProgramChange(program.id, (stored) => ({
      checklist: stored.checklist.map((item) => (item.key === key ? { ...item, ...change } : item)),
    }));
  const done = program.checklist.filter((c) => c.done).length;
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          Setup checklist
        </Title>
        <Badge variant="light" size="lg">
          {done} of {program.checklist.length} done
        </Badge>
      </Group>
      <Progress value={(done / Math.max(1, program.checklist.length)) * 100} mb="md" aria-label="Checklist progress" />
      <Stack gap="md">
        {program.checklist.map((item) => {
          const info = CHECKLIST_INFO[item.key];
          return (
            <Card key={item.key} withBorder padding="sm" radius="sm" aria-label={info.label}>
              <Checkbox
                label={<Text fw={600}>{info.label}</Text>}
                description={info.hint}
                checked={item.done}
                onChange={(e) => void saveItem(item.key, { done: e.currentTarget.checked }).catch(reportError)}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm" ml={{ base: 0, sm: 32 }}>
                <AutoSaveInput label="Owner" size="xs" value={item.owner} onSave={(v) => saveItem(item.key, { owner: v })} />
                <AutoSaveInput label="Due" size="xs" type="date" value={item.due} onSave={(v) => saveItem(item.key, { due: v })} />
                <AutoSaveInput label="Notes" size="xs" value={item.notes} onSave={(v) => saveItem(item.key, { notes: v })} />
              </SimpleGrid>
            </Card>
          );
        })}
      </Stack>
    </Card>
  );
}

function BudgetCard({ program }: { program: Program }) {
  const [item, setItem] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | null>(null);
  const locale = navigator.language || 'en-GB';
  const money = (cents: number) => formatMoney(cents, program.currency, locale);

  const add = async () => {
    const parsed = parseMoney(amount);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    const problem = await saveProgramChange(program.id, (stored) => ({
      budget: [...stored.budget, { id: newId(), item, amountCents: parsed.cents }],
    }));
    setError(problem);
    if (!problem) {
      setItem('');
      setAmount('');
    }
  };

  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="md">
        Budget
      </Title>
      <Table aria-label="Budget" layout="fixed" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Item</Table.Th>
            <Table.Th w={180} ta="right">
              Amount
            </Table.Th>
            <Table.Th w={50} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {program.budget.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Td>
                <AutoSaveInput
                  aria-label="Budget item"
                  size="xs"
                  value={line.item}
                  onSave={(v) =>
                    saveProgramChange(program.id, (stored) => ({
                      budget: stored.budget.map((l) => (l.id === line.id ? { ...l, item: v } : l)),
                    }))
                  }
                />
              </Table.Td>
              <Table.Td>
                <AutoSaveInput
                  aria-label={`Amount for ${line.item}`}
                  size="xs"
                  styles={{ input: { textAlign: 'right' } }}
                  value={money(line.amountCents)}
                  onSave={async (v) => {
                    const parsed = parseMoney(v);
                    if (!parsed.ok) return parsed.message;
                    return saveProgramChange(program.id, (stored) => ({
                      budget: stored.budget.map((l) => (l.id === line.id ? { ...l, amountCents: parsed.cents } : l)),
                    }));
                  }}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove ${line.item}`}
                  onClick={() =>
                    void saveProgramChange(program.id, (stored) => ({
                      budget: stored.budget.filter((l) => l.id !== line.id),
                    })).catch(reportError)
                  }
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>Total</Table.Th>
            <Table.Th ta="right" aria-label="Budget total">
              {money(budgetTotal(program.budget))}
            </Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add().catch(reportError);
        }}
      >
        <Group mt="md" align="flex-start">
          <TextInput placeholder="e.g. Catering for group meetings" aria-label="New budget item" value={item} onChange={(e) => setItem(e.currentTarget.value)} style={{ flex: 1 }} />
          <TextInput placeholder="Amount" aria-label="New budget amount" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} w={160} />
          <Button type="submit" variant="light" leftSection={<IconPlus size={16} />}>
            Add line
          </Button>
        </Group>
        {error && (
          <Text c="red" size="sm" mt="xs" role="alert">
            {error}
          </Text>
        )}
      </form>
    </Card>
  );
}

function NextYearCard({ program }: { program: Program }) {
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <div>
          <Title order={2} size="h4">
            Next year
          </Title>
          <Text size="sm" c="dimmed">
            Start next year’s program from this one: the people who will join again, the catalog, rules, checklist,
            letter template and settings. This program is then archived and read-only.
          </Text>
        </div>
        <Button variant="light" leftSection={<IconCalendarPlus size={18} />} onClick={() => openNextYearDialog(program.id)}>
          Start next year’s program…
        </Button>
      </Group>
    </Card>
  );
}

export function SetupPage() {
  const program = useCurrentProgram();
  if (!program) return null;
  const archived = program.status === 'archived';
  return (
    <Stack gap="lg" maw={1000}>
      <Title order={1} size="h2">
        Program setup
      </Title>
      {/* An archived program is read-only: its fields are shown, not edited. */}
      <ReadOnlyFieldset readOnly={archived}>
        <Stack gap="lg">
          <DetailsCard program={program} />
          <RulesCard program={program} />
          <ChecklistCard program={program} />
          <BudgetCard program={program} />
        </Stack>
      </ReadOnlyFieldset>
      {!archived && <NextYearCard program={program} />}
    </Stack>
  );
}
