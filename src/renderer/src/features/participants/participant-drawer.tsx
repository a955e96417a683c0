/**
 * One participant in full: details, the competencies they offer and want (from the catalog,
 * grouped by category, with the program's rules), the people they know well or must not be
 * paired with, notes, and their history (imports and teams). Every field saves as it is edited;
 * "Undo last change" puts back the version before the newest change.
 */
import { formatDay, formatMoment } from '../../components/dates';
import {
  Alert,
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  List,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowBackUp, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { AutoSaveInput } from '../../components/auto-save-input';
import { reportError } from '../../components/report-error';
import { useParticipant, useParticipantHistory } from '../../db/participants-repo';
import { useSpeedEvents } from '../../db/speed-repo';
import { meetingKey, metAtSpeedText, speedMeetingDays } from '../../domain/speed';
import type { ParticipantChange } from '../../domain/participants/participant-rules';
import type { CareerStage, Competency, Participant, Program } from '../../domain/model';
import { CAREER_STAGE_LABELS, PARTICIPANT_STATUSES, PARTICIPANT_STATUS_LABELS, type ParticipantStatus } from '../../domain/model';
import { withStatus } from '../../domain/participants/opt-in';
import { todayIso } from '../../components/today';
import { useProgramEvents } from '../../db/events-repo';
import { StatusBadge } from './status-badge';
import { CompetencyField, OfferedAndWanted, PartnerField, PeopleField, personOptions } from './choice-fields';
import { participantScope, saveParticipantChange, undoLastChange } from './participant-edits';
import { useUndoCount } from '../../components/undo-history';
import { ReadOnlyFieldset } from '../../components/archived-banner';

interface Props {
  participantId: string | null;
  program: Program;
  catalog: readonly Competency[];
  people: readonly Participant[];
  onClose: () => void;
}

const STAGE_OPTIONS = (Object.keys(CAREER_STAGE_LABELS) as CareerStage[]).map((s) => ({
  value: s,
  label: CAREER_STAGE_LABELS[s],
}));

/** The drawer; renders nothing inside until a participant is chosen. */
export function ParticipantDrawer({ participantId, program, catalog, people, onClose }: Props) {
  const participant = useParticipant(participantId);
  const depth = useUndoCount(participantId ? participantScope(participantId) : null);
  return (
    <Drawer
      opened={participantId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={participant ? participant.name : 'Participant'}
      closeButtonProps={{ 'aria-label': 'Close participant' }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-xl)' } }}
    >
      {participant === null && <Text c="dimmed">This participant is no longer on the roster.</Text>}
      {participant && (
        // An archived program is read-only: the details are shown, not edited.
        <ReadOnlyFieldset readOnly={program.status === 'archived'}>
          <ParticipantDetails
            key={participant.id}
            participant={participant}
            program={program}
            catalog={catalog}
            people={people}
            undoDepth={depth}
          />
        </ReadOnlyFieldset>
      )}
    </Drawer>
  );
}

function ParticipantDetails({
  participant: p,
  program,
  catalog,
  people,
  undoDepth,
}: {
  participant: Participant;
  program: Program;
  catalog: readonly Competency[];
  people: readonly Participant[];
  undoDepth: number;
}) {
  const [stageError, setStageError] = useState<string | null>(null);
  const options = useMemo(() => personOptions(people), [people]);
  const speedEvents = useSpeedEvents(p.programId);
  const events = useProgramEvents(p.programId);
  const metAtSpeed = useMemo(() => {
    const days = speedMeetingDays(speedEvents ?? []);
    const names = new Map(people.map((o) => [o.id, o.name]));
    return p.knownWell
      .map((id) => ({ id, text: metAtSpeedText(days.get(meetingKey(p.id, id)), formatDay) }))
      .filter((m): m is { id: string; text: string } => m.text !== null && names.has(m.id))
      .map((m) => `${names.get(m.id)!}: ${m.text}`);
  }, [speedEvents, people, p.id, p.knownWell]);
  const lastYear = useMemo(() => {
    const mine = new Set(p.previousPartners ?? []);
    return people
      .filter((o) => o.id !== p.id && (mine.has(o.id) || (o.previousPartners ?? []).includes(p.id)))
      .map((o) => o.name);
  }, [people, p.id, p.previousPartners]);
  const save = (change: ParticipantChange) => saveParticipantChange(p.id, change);
  const text = (field: 'optedInOn' | 'trialEndsOn' | 'name' | 'firstName' | 'lastName' | 'email' | 'department' | 'jobTitle' | 'location' | 'manager' | 'notes') =>
    (value: string) => save({ [field]: value });
  const r = program.rules;

  return (
    <Stack gap="lg" pb="xl">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs">
          <StatusBadge status={p.status} />
          <Text size="xs" c="dimmed">
            Changes save as you type.
          </Text>
        </Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconArrowBackUp size={14} />}
          disabled={undoDepth === 0}
          onClick={() => void undoLastChange(p.id).catch(reportError)}
        >
          Undo last change{undoDepth > 1 ? ` (${undoDepth})` : ''}
        </Button>
      </Group>

      <section aria-labelledby="participant-details">
        <Title order={3} size="h5" id="participant-details" mb="xs">
          Details
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          <AutoSaveInput label="Name" required value={p.name} onSave={text('name')} />
          <AutoSaveInput label="Email" required type="email" value={p.email} onSave={text('email')} />
          <AutoSaveInput label="First name" value={p.firstName} onSave={text('firstName')} />
          <AutoSaveInput label="Last name" value={p.lastName} onSave={text('lastName')} />
          <AutoSaveInput label="Department" value={p.department} onSave={text('department')} />
          <AutoSaveInput label="Job title" value={p.jobTitle} onSave={text('jobTitle')} />
          <Select
            label="Career stage"
            data={STAGE_OPTIONS}
            value={p.careerStage}
            placeholder="Not given"
            clearable
            error={stageError}
            onChange={(v) =>
              void save({ careerStage: (v as CareerStage | null) ?? null }).then(setStageError, reportError)
            }
          />
          <AutoSaveInput label="Location" value={p.location} onSave={text('location')} />
          <AutoSaveInput label="Manager" value={p.manager} onSave={text('manager')} />
          <div>
            <Text size="sm" fw={500} mb={4} id="participant-status-label">
              Status
            </Text>
            <SegmentedControl
              aria-labelledby="participant-status-label"
              fullWidth
              value={p.status}
              data={PARTICIPANT_STATUSES.map((s) => ({ value: s, label: PARTICIPANT_STATUS_LABELS[s] }))}
              onChange={(v) => {
                const next = withStatus(p, v as ParticipantStatus, todayIso(), events ?? []);
                void save({ status: next.status, optedInOn: next.optedInOn, trialEndsOn: next.trialEndsOn }).then(
                  (m) => m && reportError(new Error(m)),
                  reportError,
                );
              }}
            />
          </div>
          {(p.status === 'opted-in' || (p.optedInOn ?? '') !== '') && (
            <>
              <AutoSaveInput label="Opted in on" type="date" value={p.optedInOn ?? ''} onSave={text('optedInOn')} />
              <AutoSaveInput
                label="Trial period ends"
                type="date"
                description="Defaults to the first group meeting after opting in"
                value={p.trialEndsOn ?? ''}
                onSave={text('trialEndsOn')}
              />
            </>
          )}
        </SimpleGrid>
      </section>

      <Divider />
      <section aria-labelledby="participant-skills">
        <Title order={3} size="h5" id="participant-skills" mb="xs">
          Skills inventory
        </Title>
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} mb="sm" p="sm">
          <Text size="sm">
            Each pair will choose {r.minTotal}–{r.maxTotal} competencies, {r.minPerCategory}–{r.maxPerCategory} from each
            category. Offers and wants spread over the three categories give the pair room to choose.
          </Text>
        </Alert>
        <Stack gap="md">
          <CompetencyField
            label="Can offer"
            description="Competencies this person can help a partner develop"
            catalog={catalog}
            value={p.offers}
            onSave={(offers) => save({ offers })}
          />
          <CompetencyField
            label="Wants to develop"
            description="Competencies this person would like to grow this year"
            catalog={catalog}
            value={p.wants}
            onSave={(wants) => save({ wants })}
          />
          <OfferedAndWanted participant={p} catalog={catalog} onSave={save} />
        </Stack>
      </section>

      <Divider />
      <section aria-labelledby="participant-people">
        <Title order={3} size="h5" id="participant-people" mb="xs">
          People
        </Title>
        <Stack gap="md">
          <PeopleField
            label="Knows well"
            description="Pairing prefers partners they do not know well yet"
            self={p}
            options={options}
            value={p.knownWell}
            onSave={(knownWell) => save({ knownWell })}
          />
          {metAtSpeed.length > 0 && (
            <Stack gap={0} mt={-8} aria-label="Met at speed mentoring" data-testid="met-at-speed">
              {metAtSpeed.map((line) => (
                <Text key={line} size="xs" c="dimmed">
                  {line}
                </Text>
              ))}
            </Stack>
          )}
          <PeopleField
            label="Do not pair with"
            description="Never paired with these people (for example their line manager)"
            self={p}
            options={options}
            value={p.doNotPair}
            onSave={(doNotPair) => save({ doNotPair })}
          />
          {lastYear.length > 0 && (
            <div data-testid="worked-together-last-year">
              <Text size="sm" fw={500}>
                Worked together last year
              </Text>
              <Text size="xs" c="dimmed">
                Their team in last year’s program. Pairing keeps them apart unless the rule is relaxed in the
                pairing settings.
              </Text>
              <Group gap={6} mt={4}>
                {lastYear.map((name) => (
                  <Badge key={name} variant="light" color="gray" style={{ textTransform: 'none' }}>
                    {name}
                  </Badge>
                ))}
              </Group>
            </div>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <PartnerField
              label="Preferred partner"
              description="Honoured when both ask for each other"
              self={p}
              options={options}
              value={p.preferredPartnerEmail}
              onSave={(v) => save({ preferredPartnerEmail: v })}
            />
            <PartnerField
              label="Registered together with"
              description="Kept together as a pair"
              self={p}
              options={options}
              value={p.registeredWithEmail}
              onSave={(v) => save({ registeredWithEmail: v })}
            />
          </SimpleGrid>
        </Stack>
      </section>

      <Divider />
      <section aria-labelledby="participant-notes">
        <Title order={3} size="h5" id="participant-notes" mb="xs">
          Notes
        </Title>
        <Stack gap="xs">
          <AutoSaveInput
            label="Coordinator’s notes"
            description="Anything useful for pairing and follow-up"
            multiline
            minRows={3}
            value={p.notes}
            onSave={text('notes')}
          />
          {Object.keys(p.custom).length > 0 && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {Object.entries(p.custom).map(([key, value]) => (
                <AutoSaveInput
                  key={key}
                  label={key}
                  description="From the roster file"
                  value={value}
                  onSave={(next) => saveParticipantChange(p.id, (stored) => ({ custom: { ...stored.custom, [key]: next } }))}
                />
              ))}
            </SimpleGrid>
          )}
        </Stack>
      </section>

      <Divider />
      <HistorySection participant={p} />
    </Stack>
  );
}

const IMPORT_EFFECT: Record<'added' | 'updated' | 'withdrawn', string> = {
  added: 'Added by import',
  updated: 'Updated by import',
  withdrawn: 'Withdrawn by import (no longer in the file)',
};

const TEAM_STATUS: Record<'proposed' | 'confirmed' | 'ended', { label: string; color: string }> = {
  confirmed: { label: 'Confirmed', color: 'teal' },
  proposed: { label: 'Proposed', color: 'blue' },
  ended: { label: 'Ended', color: 'gray' },
};

function HistorySection({ participant: p }: { participant: Participant }) {
  const history = useParticipantHistory(p.programId, p.id);
  return (
    <section aria-labelledby="participant-history">
      <Title order={3} size="h5" id="participant-history" mb="xs">
        History
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        On the roster since {formatMoment(p.createdAt)}; last changed {formatMoment(p.updatedAt)}.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <div>
          <Text size="sm" fw={600} mb={4}>
            Imports
          </Text>
          {history && history.imports.length === 0 && (
            <Text size="sm" c="dimmed">
              No import has added or changed this person.
            </Text>
          )}
          <List size="sm" spacing={4}>
            {history?.imports.map((i) => (
              <List.Item key={i.batchId}>
                {IMPORT_EFFECT[i.effect]}: {i.fileName}, {formatMoment(i.at)}
                {i.undone ? ' (undone)' : ''}
              </List.Item>
            ))}
          </List>
        </div>
        <div>
          <Text size="sm" fw={600} mb={4}>
            Pairs and groups
          </Text>
          {history && history.teams.length === 0 && (
            <Text size="sm" c="dimmed">
              Not in a pair or group yet.
            </Text>
          )}
          <List size="sm" spacing={4}>
            {history?.teams.map((t) => (
              <List.Item key={t.teamId}>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {t.label}
                  </Text>
                  <Badge size="xs" variant="light" color={TEAM_STATUS[t.status].color}>
                    {TEAM_STATUS[t.status].label}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  with {t.partners.join(', ') || 'nobody yet'}
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      </SimpleGrid>
    </section>
  );
}
