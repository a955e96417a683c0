/**
 * Register someone by hand in seconds (they phoned or e-mailed): name, e-mail, department,
 * offers and wants, and optionally the colleague they register with (typed in, or someone
 * already on the roster). Both are saved in one transaction, carry each other's address so
 * pairing keeps them together, and one Undo takes the registration back.
 *
 * Keyboard first: focus starts on the name, Enter moves to the next field, Ctrl/Cmd+Enter saves.
 */
import { Autocomplete, Button, Group, Kbd, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { notifyUndoable } from '../../components/undo-notice';
import { todayIso } from '../../components/today';
import { formatDay } from '../../components/dates';
import { redoRegistration, registerParticipants, undoRegistration, type SavedRegistration } from '../../db/participants-repo';
import type { Competency, Participant } from '../../domain/model';
import type { RegistrationField, RegistrationInput } from '../../domain/participants/registration';
import { CompetencyField, personOptions } from './choice-fields';

interface Props {
  programId: string;
  catalog: readonly Competency[];
  people: readonly Participant[];
  departments: string[];
  onDone: (firstId: string | null) => void;
}

type PartnerMode = 'none' | 'new' | 'existing';

/** Moves focus to the next field of the form on Enter (Ctrl/Cmd+Enter saves instead). */
function focusNext(form: HTMLFormElement | null, from: HTMLElement) {
  if (!form) return;
  const fields = [...form.querySelectorAll<HTMLElement>('input:not([type=hidden]):not([disabled]), button[type=submit]')].filter(
    (el) => el.offsetParent !== null,
  );
  const at = fields.indexOf(from);
  fields[at + 1]?.focus();
}

export function RegisterDialog({ programId, catalog, people, departments, onDone }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [department, setDepartment] = useState('');
  const [offers, setOffers] = useState<string[]>([]);
  const [wants, setWants] = useState<string[]>([]);
  const [mode, setMode] = useState<PartnerMode>('none');
  const [partnerName, setPartnerName] = useState('');
  const [partnerEmail, setPartnerEmail] = useState('');
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [status, setStatus] = useState<RegistrationInput['status']>('interested');
  const [problem, setProblem] = useState<{ field: RegistrationField | 'form'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const options = useMemo(
    () => personOptions(people.filter((p) => p.status !== 'withdrawn')).map((o) => ({ value: o.id, label: o.label })),
    [people],
  );
  const errorFor = (field: RegistrationField) => (problem?.field === field ? problem.message : null);

  const submit = async () => {
    if (busy) return;
    const input: RegistrationInput = {
      name,
      email,
      department,
      offers,
      wants,
      status,
      partner:
        mode === 'new'
          ? { kind: 'new', name: partnerName, email: partnerEmail }
          : mode === 'existing' && partnerId
            ? { kind: 'existing', participantId: partnerId }
            : { kind: 'none' },
    };
    if (mode === 'existing' && !partnerId) {
      setProblem({ field: 'partner', message: 'Choose the colleague from the list, or pick “Alone”.' });
      return;
    }
    setBusy(true);
    try {
      const result = await registerParticipants(programId, input, todayIso());
      if (!result.ok) {
        setProblem({ field: result.field, message: result.message });
        return;
      }
      const saved: SavedRegistration = { added: result.added, linked: result.linked };
      const names = [...saved.added.map((p) => p.name), ...(saved.linked ? [saved.linked.after.name] : [])];
      const together = names.length === 2;
      const first = saved.added[0];
      notifyUndoable({
        title: together ? `${names[0] ?? ''} and ${names[1] ?? ''} registered together` : `${names[0] ?? ''} registered`,
        message:
          status === 'opted-in'
            ? `Opted in today; the trial period ends ${first?.trialEndsOn ? formatDay(first.trialEndsOn) : 'at the first review'}. Pairing includes ${together ? 'them as one team' : 'them'}.`
            : 'Interested for now: when they commit to the trial period, select them on Participants and choose “Mark opted in”.',
        label: together ? `register ${names.join(' and ')}` : `register ${names[0] ?? ''}`,
        undo: () => undoRegistration(saved),
        redo: () => redoRegistration(saved),
        undoneMessage: `${names.join(' and ')}: the registration is taken back.`,
      });
      onDone(first?.id ?? null);
    } catch (error) {
      setProblem({ field: 'form', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter') return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      void submit();
      return;
    }
    const target = e.target as HTMLElement;
    // Enter picks an option while a list is open; otherwise it moves on.
    if (target.tagName !== 'INPUT' || target.getAttribute('aria-expanded') === 'true') return;
    e.preventDefault();
    focusNext(formRef.current, target);
  };

  return (
    <form
      ref={formRef}
      aria-label="Register someone"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Name" required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} error={errorFor('name')} />
          <TextInput
            label="Email"
            required
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errorFor('email')}
          />
        </SimpleGrid>
        <Autocomplete label="Department" data={departments} value={department} onChange={setDepartment} error={errorFor('department')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <CompetencyField
            label="Can offer"
            description="Strengths they can share"
            catalog={catalog}
            value={offers}
            onSave={(next) => {
              setOffers(next);
              return Promise.resolve(null);
            }}
          />
          <CompetencyField
            label="Wants to develop"
            description="What they hope to grow"
            catalog={catalog}
            value={wants}
            onSave={(next) => {
              setWants(next);
              return Promise.resolve(null);
            }}
          />
        </SimpleGrid>
        <div>
          <Text size="sm" fw={500} mb={4} id="register-with-label">
            Registers
          </Text>
          <SegmentedControl
            aria-labelledby="register-with-label"
            value={mode}
            onChange={(v) => setMode(v as PartnerMode)}
            data={[
              { value: 'none', label: 'Alone' },
              { value: 'new', label: 'With a new colleague' },
              { value: 'existing', label: 'With someone on the roster' },
            ]}
          />
        </div>
        {mode === 'new' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label="Colleague’s name"
              required
              value={partnerName}
              onChange={(e) => setPartnerName(e.currentTarget.value)}
              error={errorFor('partnerName')}
            />
            <TextInput
              label="Colleague’s email"
              required
              type="email"
              value={partnerEmail}
              onChange={(e) => setPartnerEmail(e.currentTarget.value)}
              error={errorFor('partnerEmail')}
            />
          </SimpleGrid>
        )}
        {mode === 'existing' && (
          <Select
            label="Colleague"
            placeholder="Type a name"
            searchable
            data={options}
            value={partnerId}
            onChange={setPartnerId}
            error={errorFor('partner')}
            nothingFoundMessage="Nobody by that name on the roster"
          />
        )}
        {mode !== 'none' && problem?.field === 'partner' && mode === 'new' && (
          <Text c="red" size="sm" role="alert">
            {problem.message}
          </Text>
        )}
        <div>
          <Text size="sm" fw={500} mb={4} id="register-status-label">
            Status
          </Text>
          <SegmentedControl
            aria-labelledby="register-status-label"
            value={status}
            onChange={(v) => setStatus(v as RegistrationInput['status'])}
            data={[
              { value: 'interested', label: 'Interested' },
              { value: 'opted-in', label: 'Opted in today' },
            ]}
          />
        </div>
        {(problem?.field === 'form' || problem?.field === 'offers' || problem?.field === 'wants') && (
          <Text c="red" size="sm" role="alert">
            {problem.message}
          </Text>
        )}
        <Group justify="space-between" mt="xs">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Enter</Kbd> next field · <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Enter</Kbd> register
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={() => onDone(null)}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Register
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
