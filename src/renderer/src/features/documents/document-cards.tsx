/**
 * One card per printable on the Documents screen, each with its options, what it covers and a
 * save button. Models are made here from the loaded records; building happens in the worker.
 */
import { Anchor, Button, Checkbox, Radio, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import {
  IconCalendarEvent,
  IconChecklist,
  IconClipboardList,
  IconMail,
  IconPencil,
  IconSignature,
  IconUserPlus,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { setInventoryReturnBy, type DocumentSources } from '../../db/documents-repo';
import { AutoSaveInput } from '../../components/auto-save-input';
import { formatDay } from '../../components/dates';
import {
  buildAgreementModel,
  buildGroupMeetingPackModel,
  buildLetterModels,
  buildScheduleHandoutModel,
  buildSkillsInventoryModel,
  buildWorksheetModel,
  type DocumentContext,
} from '../../domain/documents/document-models';
import { CATEGORY_LABELS, CATEGORY_ORDER, type CompetencyCategory } from '../../domain/model';
import { gatheringsWithoutPlace, isGroupGathering } from '../../domain/schedule/annual-schedule';
import { formatDuration, formatShortDate } from '../../domain/schedule/iso-dates';
import { isDefaultPlan, MEETING_PLAN_LABELS, meetingPlanErrors, planKindOf } from '../../domain/documents/meeting-plans';
import { MeetingPlansModal } from './meeting-plans-editor';
import { platform } from '../../platform';
import { letterTemplateErrors } from '../../components/documents/letter-template-editor';
import { DocumentCard, MissingNotice, NoPlaceNotice, type MissingStep } from './document-card';
import { plural, signInPageCount, teamsInWords, worksheetPagesEach } from '../../components/documents/document-plans';
import { documentBaseName, documentFileName } from '../../components/documents/file-names';
import { saveDocument, saveDocumentSet } from '../../components/documents/save-files';
import type { DocumentRun } from '../../components/documents/use-document-job';

/** What every card receives. */
export interface CardProps {
  sources: DocumentSources;
  ctx: DocumentContext;
  today: string;
  run: (request: DocumentRun) => Promise<void>;
  busy: boolean;
}

const NEEDS_TEAMS: MissingStep = {
  message: 'No pairs are confirmed yet: this needs confirmed pairs or triads.',
  linkLabel: 'Go to Pairing',
  to: '/pairing',
};

const NEEDS_SCHEDULE: MissingStep = {
  message: 'There is no schedule yet.',
  linkLabel: 'Generate it on the Schedule screen',
  to: '/schedule',
};

const PERSONAL_NEEDS_TEAMS: MissingStep = {
  message: 'Personalised copies need confirmed pairs.',
  linkLabel: 'Go to Pairing',
  to: '/pairing',
};

const FILLED_NEEDS_TEAMS: MissingStep = {
  ...PERSONAL_NEEDS_TEAMS,
  message: 'Agreements with names filled in need confirmed pairs.',
};

async function saveSingle(files: { name: string; data: Uint8Array }[]): Promise<void> {
  const file = files[0];
  if (file) await saveDocument(file);
}

export function LettersCard({
  sources,
  ctx,
  today,
  run,
  busy,
  onEditText,
}: CardProps & { onEditText: () => void }) {
  const [mode, setMode] = useState<'combined' | 'files'>('combined');
  const letters = useMemo(
    () =>
      buildLetterModels(
        sources.program,
        sources.teams,
        sources.members,
        sources.participants,
        sources.catalog,
        sources.events,
        today,
      ),
    [sources, today],
  );
  const errors = letterTemplateErrors(sources.template.text);
  const people = letters.reduce((n, l) => n + l.team.members.length, 0);
  const combinedName = documentFileName('Pairing letters', sources.program.name);
  const folder = documentBaseName('Pairing letters', sources.program.name);
  const teams = teamsInWords(letters.map((l) => l.team.kind));

  const save = () =>
    mode === 'combined'
      ? run({
          title: `Building ${plural(letters.length, 'pairing letter')}`,
          job: {
            type: 'letters',
            ctx,
            letters,
            template: sources.template.text,
            fileName: combinedName,
          },
          save: saveSingle,
        })
      : run({
          title: `Building ${plural(letters.length, 'letter file')}`,
          unit: 'letter',
          job: { type: 'letter-files', ctx, letters, template: sources.template.text },
          save: async (files) => void (await saveDocumentSet(folder, files)),
        });

  return (
    <DocumentCard
      icon={IconMail}
      title="Pairing letters"
      description="A letter to each pair or triad: who they are paired with and why, what they could work on, their first steps and the year’s group meetings."
      covers={
        mode === 'combined'
          ? `${plural(letters.length, 'letter')} to ${plural(people, 'person', 'people')} (${teams}), each on a new page`
          : `${plural(letters.length, 'file')}, one for each of the ${teams}`
      }
      fileName={
        mode === 'combined'
          ? combinedName
          : platform.kind === 'browser'
            ? `${folder}.zip`
            : `${folder}/Pair 01 - …docx`
      }
      actionLabel={mode === 'combined' ? 'Save .docx' : `Save ${plural(letters.length, 'file')}`}
      onSave={() => void save()}
      busy={busy}
      missing={letters.length === 0 ? NEEDS_TEAMS : null}
      disabled={errors.length > 0}
      extra={
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEditText}>
          Edit letter text
        </Button>
      }
    >
      <SegmentedControl
        aria-label="How to save the letters"
        value={mode}
        onChange={(v) => setMode(v as 'combined' | 'files')}
        data={[
          { value: 'combined', label: 'All in one document' },
          { value: 'files', label: 'One file per pair' },
        ]}
      />
      {mode === 'files' && (
        <Text size="xs" c="dimmed">
          Each file is named after its team, like “Pair 07 - Garcia & Muller.docx”, so the right one
          is easy to attach.
          {platform.kind === 'browser' && ' The browser downloads them together as one .zip.'}
        </Text>
      )}
      <Text size="sm">
        <Text span c="dimmed">
          Letter text:
        </Text>{' '}
        {sources.template.isDefault ? 'the app’s default wording' : 'your own wording'}
      </Text>
      {errors.length > 0 && (
        <Text size="sm" c="var(--mantine-color-red-text)" role="alert">
          The letter text has {plural(errors.length, 'problem')} to fix first ({errors[0]?.message}
          ).
        </Text>
      )}
      {/* Letters list the meetings still to come, each with its place. */}
      <NoPlaceNotice meetings={gatheringsWithoutPlace(sources.events).filter((e) => e.date >= today)} />
    </DocumentCard>
  );
}

function topicLabel(category: CompetencyCategory, sources: DocumentSources): string {
  const meeting = sources.events.find((e) => e.kind === 'group' && e.topic === category);
  return meeting
    ? `${CATEGORY_LABELS[category]} · ${formatShortDate(meeting.date)}`
    : CATEGORY_LABELS[category];
}

export function WorksheetCard({ sources, ctx, run, busy }: CardProps) {
  const [category, setCategory] = useState<CompetencyCategory>(CATEGORY_ORDER[0] ?? 'self');
  const [copies, setCopies] = useState<'blank' | 'personal'>('blank');
  const hasTeams = sources.teams.length > 0;
  const personal = copies === 'personal' && hasTeams;
  const model = useMemo(
    () =>
      buildWorksheetModel(
        sources.program,
        category,
        sources.catalog,
        sources.events,
        personal
          ? { teams: sources.teams, members: sources.members, participants: sources.participants }
          : undefined,
      ),
    [sources, category, personal],
  );
  const each = worksheetPagesEach(model);
  const label = CATEGORY_LABELS[category];
  const fileName = documentFileName(
    personal ? `Worksheets - ${label}` : `Worksheet - ${label}`,
    sources.program.name,
  );
  const covers = personal
    ? `${plural(model.people.length, 'person', 'people')}, a worksheet each · ${plural(model.people.length * each, 'page')}`
    : `1 blank worksheet to copy · ${plural(each, 'page')}${each === 2 ? ' (print on both sides)' : ''}`;

  return (
    <DocumentCard
      icon={IconChecklist}
      title="Competency worksheet"
      description="For a group meeting topic: its competencies to tick, then room for a goal, a practice plan until the next meeting and a reflection."
      covers={covers}
      fileName={fileName}
      onSave={() =>
        void run({
          title: personal
            ? `Building ${plural(model.people.length, 'worksheet')}`
            : 'Building the worksheet',
          job: { type: 'worksheet', ctx, model, fileName },
          save: saveSingle,
        })
      }
      busy={busy}
      missing={personal && model.people.length === 0 ? NEEDS_TEAMS : null}
    >
      <Select
        label="Topic"
        data={CATEGORY_ORDER.map((c) => ({ value: c, label: topicLabel(c, sources) }))}
        value={category}
        onChange={(v) => v && setCategory(v as CompetencyCategory)}
        allowDeselect={false}
      />
      <Radio.Group
        label="Copies"
        value={copies}
        onChange={(v) => setCopies(v as 'blank' | 'personal')}
      >
        <Stack gap={6} mt={6}>
          <Radio value="blank" label="Blank, to copy for everyone" />
          <Radio
            value="personal"
            label="Personalised: a page per person"
            description={
              hasTeams ? 'Name, partner and the team’s chosen competencies ticked' : undefined
            }
            disabled={!hasTeams}
          />
        </Stack>
      </Radio.Group>
      {!hasTeams && <MissingNotice step={PERSONAL_NEEDS_TEAMS} />}
    </DocumentCard>
  );
}

export function AgreementCard({ sources, ctx, run, busy }: CardProps) {
  const hasTeams = sources.teams.length > 0;
  const [which, setWhich] = useState<'teams' | 'blank'>(hasTeams ? 'teams' : 'blank');
  const [blankFor, setBlankFor] = useState<'pair' | 'triad'>('pair');
  const perTeam = which === 'teams' && hasTeams;
  const model = useMemo(
    () =>
      buildAgreementModel(
        sources.program,
        perTeam ? sources.teams : [],
        sources.members,
        sources.participants,
        sources.catalog,
        sources.events,
        blankFor === 'triad' ? 3 : 2,
      ),
    [sources, perTeam, blankFor],
  );
  const fileName = documentFileName(
    perTeam
      ? 'Peer mentoring agreements'
      : `Peer mentoring agreement (blank${blankFor === 'triad' ? ', triad' : ''})`,
    sources.program.name,
  );
  return (
    <DocumentCard
      icon={IconSignature}
      title="Peer mentoring agreement"
      description="What each pair or triad fills in and signs at the start: goals, competencies, how often they meet, the group meetings, confidentiality, feedback, review dates and a no-fault ending."
      covers={
        perTeam
          ? `${plural(model.teams.length, 'agreement')} (${teamsInWords(sources.teams.map((t) => t.kind))}) · ${plural(model.teams.length * 2, 'page')}`
          : `1 blank agreement for a ${blankFor} · 2 pages`
      }
      fileName={fileName}
      onSave={() =>
        void run({
          title: perTeam
            ? `Building ${plural(model.teams.length, 'agreement')}`
            : 'Building the agreement',
          job: { type: 'agreement', ctx, model, fileName },
          save: saveSingle,
        })
      }
      busy={busy}
      missing={which === 'teams' && !hasTeams ? NEEDS_TEAMS : null}
    >
      <Radio.Group label="Copies" value={which} onChange={(v) => setWhich(v as 'teams' | 'blank')}>
        <Stack gap={6} mt={6}>
          <Radio
            value="teams"
            label="One per pair or triad"
            description={hasTeams ? 'Names and chosen competencies filled in' : undefined}
            disabled={!hasTeams}
          />
          <Radio value="blank" label="Blank, to fill in by hand" />
        </Stack>
      </Radio.Group>
      {!perTeam && (
        <SegmentedControl
          aria-label="Blank agreement for"
          value={blankFor}
          onChange={(v) => setBlankFor(v as 'pair' | 'triad')}
          data={[
            { value: 'pair', label: 'For a pair (2 signatures)' },
            { value: 'triad', label: 'For a triad (3 signatures)' },
          ]}
        />
      )}
      {sources.events.length === 0 && (
        <Text size="sm" c="dimmed">
          With no schedule yet, the agreement leaves out the group meeting days and review dates.
        </Text>
      )}
      {!hasTeams && <MissingNotice step={FILLED_NEEDS_TEAMS} />}
    </DocumentCard>
  );
}

export function ScheduleHandoutCard({ sources, ctx, run, busy }: CardProps) {
  const model = useMemo(
    () => buildScheduleHandoutModel(sources.events, sources.meetingPlans),
    [sources.events, sources.meetingPlans],
  );
  const gatherings = sources.events.filter((e) => isGroupGathering(e.kind)).length;
  const months = new Set(sources.events.map((e) => e.date.slice(0, 7))).size;
  const fileName = documentFileName('Schedule', sources.program.name);
  return (
    <DocumentCard
      icon={IconCalendarEvent}
      title="Annual schedule handout"
      description="The year at a glance, for the orientation meeting and the notice board: each group meeting with its date, time, place and what to bring, and the months when pairs meet on their own."
      covers={`${plural(months, 'month')}, ${plural(gatherings, 'group meeting')} · 1 page`}
      fileName={fileName}
      onSave={() =>
        void run({
          title: 'Building the schedule handout',
          job: { type: 'schedule', ctx, model, fileName },
          save: saveSingle,
        })
      }
      busy={busy}
      missing={sources.events.length === 0 ? NEEDS_SCHEDULE : null}
    >
      <NoPlaceNotice meetings={gatheringsWithoutPlace(sources.events)} />
    </DocumentCard>
  );
}

export function SkillsInventoryCard({ sources, ctx, today, run, busy }: CardProps) {
  const model = useMemo(
    () => buildSkillsInventoryModel(sources.catalog, sources.program),
    [sources.catalog, sources.program],
  );
  const returnTo = [sources.program.coordinatorName, sources.program.coordinatorEmail]
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const categories = new Set(model.competencies.map((c) => c.category)).size;
  const fileName = documentFileName('Skills inventory form', sources.program.name);
  return (
    <DocumentCard
      icon={IconClipboardList}
      title="Skills inventory form"
      description="The self-assessment each participant fills in before pairing: contact details, pairing wishes and meeting times, then for every competency whether they can offer it or want to develop it."
      covers={`${plural(model.competencies.length, 'competency', 'competencies')} in ${plural(categories, 'category', 'categories')} · blank, one per person`}
      fileName={fileName}
      onSave={() =>
        void run({
          title: 'Building the skills inventory form',
          job: { type: 'skills', ctx, model, fileName },
          save: saveSingle,
        })
      }
      busy={busy}
      missing={
        model.competencies.length === 0
          ? {
              message: 'The competency catalog is empty.',
              linkLabel: 'Go to Competencies',
              to: '/competencies',
            }
          : null
      }
    >
      <AutoSaveInput
        label="Return by"
        type="date"
        w={220}
        value={sources.program.inventoryReturnBy ?? ''}
        onSave={async (day) => {
          await setInventoryReturnBy(sources.program.id, day);
          return null;
        }}
      />
      <Text size="sm" c={model.returnBy !== '' && model.returnBy < today ? 'orange.9' : undefined}>
        {model.returnBy === ''
          ? 'No day set: each form gets a line to write it in. Set a day so every copy says when.'
          : model.returnBy < today
            ? `${formatDay(model.returnBy)} has passed: set a later day before printing.`
            : `Each form asks for it back by ${formatDay(model.returnBy)}.`}
      </Text>
      <Text size="sm">
        <Text span c="dimmed">
          Returned to:
        </Text>{' '}
        {returnTo.length > 0 ? returnTo.join(', ') : 'the program coordinator (no name set)'}
        {returnTo.length < 2 && (
          <>
            {' · '}
            <Anchor component={Link} to="/setup" size="sm">
              Add your {returnTo.length === 0 ? 'name and e-mail' : 'name or e-mail'} in Program setup
            </Anchor>
          </>
        )}
      </Text>
    </DocumentCard>
  );
}

export function GroupMeetingPackCard({ sources, ctx, run, busy }: CardProps) {
  const meetings = sources.events.filter((e) => isGroupGathering(e.kind));
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [personalise, setPersonalise] = useState(false);
  const [editing, setEditing] = useState(false);
  const meeting =
    meetings.find((m) => m.id === meetingId) ??
    meetings.find((m) => m.kind === 'group') ??
    meetings[0];
  const hasTeams = sources.teams.length > 0;
  const personal = personalise && hasTeams && meeting?.topic !== null;
  const model = useMemo(
    () =>
      meeting
        ? buildGroupMeetingPackModel(
            sources.program,
            meeting,
            sources.participants,
            sources.teams,
            sources.members,
            sources.catalog,
            sources.events,
            personal,
            sources.meetingPlans,
          )
        : null,
    [sources, meeting, personal],
  );
  const planKind = (meeting && planKindOf(meeting.kind)) ?? 'group';
  const planErrors = meetingPlanErrors(sources.meetingPlans[planKind]);
  const minutesByKind = {
    orientation: meetings.filter((m) => m.kind === 'orientation').map((m) => m.minutes),
    group: meetings.filter((m) => m.kind === 'group').map((m) => m.minutes),
    debrief: meetings.filter((m) => m.kind === 'debrief').map((m) => m.minutes),
  };
  const fileName = meeting
    ? documentFileName(`Group meeting pack - ${meeting.date}`, sources.program.name)
    : '';
  const signIn = model
    ? `sign-in sheet with ${plural(model.attendees.length, 'name')} (${plural(signInPageCount(model.attendees.length), 'page')})`
    : '';
  const handouts = model?.worksheet
    ? personal
      ? `${plural(model.worksheet.people.length, 'personalised worksheet')} (${plural(model.worksheet.people.length * worksheetPagesEach(model.worksheet), 'page')})`
      : `a blank worksheet (${plural(worksheetPagesEach(model.worksheet), 'page')})`
    : model?.schedule
      ? 'the schedule handout (1 page) and the skills inventory form'
      : 'no handout for this meeting';
  const covers = model ? `Agenda (1 page), ${signIn}, then ${handouts}` : '';

  return (
    <DocumentCard
      icon={IconUsersGroup}
      title="Group meeting pack"
      description="Everything to print for one group meeting: the agenda with its timings and what to bring, the sign-in sheet with every participant’s name and team, then the topic worksheet — or, for the orientation, the schedule and the skills inventory form."
      covers={covers}
      fileName={fileName}
      onSave={() =>
        model &&
        void run({
          title: 'Building the group meeting pack',
          job: { type: 'pack', ctx, model, fileName },
          save: saveSingle,
        })
      }
      busy={busy}
      missing={meetings.length === 0 ? NEEDS_SCHEDULE : null}
      disabled={planErrors.length > 0}
      extra={
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
          Edit agendas
        </Button>
      }
    >
      <MeetingPlansModal
        opened={editing}
        onClose={() => setEditing(false)}
        programId={sources.program.id}
        plans={sources.meetingPlans}
        minutesByKind={minutesByKind}
        initialKind={planKind}
      />
      {meetings.length > 0 && (
        <>
          <Select
            label="Meeting"
            data={meetings.map((m) => ({
              value: m.id,
              label: `${formatShortDate(m.date)} · ${m.topic === null ? m.title : CATEGORY_LABELS[m.topic]}`,
            }))}
            value={meeting?.id ?? null}
            onChange={setMeetingId}
            allowDeselect={false}
          />
          <Checkbox
            label="Personalise the worksheets: a page per person"
            description={
              !hasTeams
                ? undefined
                : meeting?.topic === null
                  ? 'This meeting has no topic worksheet'
                  : 'Name, partner and the team’s chosen competencies ticked'
            }
            checked={personal}
            disabled={!hasTeams || meeting?.topic === null}
            onChange={(e) => setPersonalise(e.currentTarget.checked)}
          />
          <Text size="sm">
            <Text span c="dimmed">
              Agenda:
            </Text>{' '}
            {isDefaultPlan(planKind, sources.meetingPlans[planKind]) ? 'the app’s default' : 'your own'} for{' '}
            {MEETING_PLAN_LABELS[planKind].toLowerCase()}, fitted to this meeting’s{' '}
            {meeting && meeting.minutes > 0 ? formatDuration(meeting.minutes) : 'length'}
          </Text>
          {planErrors.length > 0 && (
            <Text size="sm" c="var(--mantine-color-red-text)" role="alert">
              This agenda has {plural(planErrors.length, 'problem')} to fix first ({planErrors[0]}).
            </Text>
          )}
          {!hasTeams && <MissingNotice step={PERSONAL_NEEDS_TEAMS} />}
          <NoPlaceNotice
            meetings={
              // The orientation pack holds the schedule handout: every meeting's place prints.
              meeting?.kind === 'orientation'
                ? gatheringsWithoutPlace(sources.events)
                : meeting && meeting.place.trim() === ''
                  ? [meeting]
                  : []
            }
          />
        </>
      )}
    </DocumentCard>
  );
}

/** The registration list for the next awareness session: names, e-mails, "register with" and ticks. */
export function RegistrationListCard({ sources, ctx, today, run, busy }: CardProps) {
  const model = useMemo(() => buildSkillsInventoryModel(sources.catalog, sources.program), [sources.catalog, sources.program]);
  const session =
    sources.events
      .filter((e) => e.kind === 'awareness' && e.date >= today)
      .sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
  const fileName = documentFileName('Registration list', sources.program.name);
  return (
    <DocumentCard
      icon={IconUserPlus}
      title="Registration list"
      description="The sheet to pass round at an awareness session: each person writes their name, e-mail and the colleague they register with, and ticks the areas they could offer and want to develop."
      covers={`2 pages, 35 lines · ${session ? `for the awareness session on ${formatDay(session.date)}` : 'no awareness session planned (add one on Schedule)'}`}
      fileName={fileName}
      onSave={() =>
        void run({
          title: 'Building the registration list',
          job: {
            type: 'registration',
            ctx,
            model,
            session: session ? { title: session.title, date: session.date, place: session.place } : null,
            fileName,
          },
          save: saveSingle,
        })
      }
      busy={busy}
      missing={null}
    />
  );
}
