/**
 * The cards of the documents that recruit and orient: the information pack a colleague reads
 * before joining, the orientation pack everyone takes home from the kickoff, and the two-page
 * mentor-skills handout. The packs print the program's texts (edited on the Program texts
 * screen) and are held back while a text they print has a problem to fix.
 */
import { Anchor, Button, Text } from '@mantine/core';
import { IconBook2, IconInfoSquareRounded, IconPencil, IconRocket } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { AutoSaveInput } from '../../components/auto-save-input';
import { formatDay } from '../../components/dates';
import { plural } from '../../components/documents/document-plans';
import { documentFileName } from '../../components/documents/file-names';
import { saveDocument } from '../../components/documents/save-files';
import { setRegistrationDeadline } from '../../db/text-blocks-repo';
import { buildInformationPackModel } from '../../domain/documents/information-pack';
import { meetingPlanErrors } from '../../domain/documents/meeting-plans';
import { buildOrientationPackModel } from '../../domain/documents/orientation-pack';
import { blocksUsedIn, isDefaultTextBlock, TEXT_BLOCK_INFO, textBlocksWithProblems, type TextBlocks } from '../../domain/documents/text-blocks';
import { gatheringsWithoutPlace } from '../../domain/schedule/annual-schedule';
import type { CardProps } from './document-cards';
import { DocumentCard, NoPlaceNotice, type MissingStep } from './document-card';

const NEEDS_SCHEDULE: MissingStep = {
  message: 'There is no schedule yet: the pack prints this year’s dates.',
  linkLabel: 'Generate it on the Schedule screen',
  to: '/schedule',
};

async function saveSingle(files: { name: string; data: Uint8Array }[]): Promise<void> {
  const file = files[0];
  if (file) await saveDocument(file);
}

/** "The app’s wording" / "your wording of 2 texts", and the first problem to fix, for a pack. */
function TextsLine({ texts, document }: { texts: TextBlocks; document: 'information' | 'orientation' }) {
  const navigate = useNavigate();
  const ids = blocksUsedIn(document);
  const edited = ids.filter((id) => !isDefaultTextBlock(id, texts[id])).length;
  const problems = textBlocksWithProblems(texts, ids);
  const first = problems[0];
  return (
    <>
      <Text size="sm">
        <Text span c="dimmed">
          Texts:
        </Text>{' '}
        {edited === 0 ? `the app’s wording of ${ids.length} texts` : `your wording of ${plural(edited, 'text')}, the app’s for the rest`}
        {' · '}
        <Anchor component={Link} to={`/texts?text=${first?.id ?? ids[0] ?? ''}`} size="sm" underline="always">
          Edit the texts
        </Anchor>
      </Text>
      {first && (
        <Text size="sm" c="var(--mantine-color-red-text)" role="alert">
          “{TEXT_BLOCK_INFO[first.id].title}” has {plural(first.problems.length, 'problem')} to fix first ({first.problems[0]?.message}){' '}
          <Button variant="subtle" size="compact-sm" leftSection={<IconPencil size={14} />} onClick={() => void navigate(`/texts?text=${first.id}`)}>
            Fix it
          </Button>
        </Text>
      )}
    </>
  );
}

export function InformationPackCard({ sources, ctx, today, run, busy }: CardProps) {
  const model = useMemo(
    () => buildInformationPackModel(sources.program, sources.catalog, sources.events, sources.meetingPlans, sources.textBlocks),
    [sources],
  );
  const problems = textBlocksWithProblems(sources.textBlocks, blocksUsedIn('information'));
  const deadline = sources.program.registrationDeadline ?? '';
  const fileName = documentFileName('Program information pack', sources.program.name);
  return (
    <DocumentCard
      icon={IconInfoSquareRounded}
      title="Program information pack"
      description="The questions and answers a colleague reads before joining: what peer mentoring is and what it brings, the competencies, the year’s dates and how much time it takes, and how to register, alone or as a team of two."
      covers="For everyone you invite · 3 pages with the app’s texts"
      fileName={fileName}
      onSave={() => void run({ title: 'Building the information pack', job: { type: 'information-pack', ctx, model, fileName }, save: saveSingle })}
      busy={busy}
      missing={sources.events.length === 0 ? NEEDS_SCHEDULE : null}
      disabled={problems.length > 0}
    >
      <AutoSaveInput
        label="Register by"
        type="date"
        w={220}
        value={deadline}
        onSave={async (day) => {
          await setRegistrationDeadline(sources.program.id, day);
          return null;
        }}
      />
      <Text size="sm" c={deadline !== '' && deadline < today ? 'orange.9' : undefined}>
        {deadline === ''
          ? 'No day set: the pack says the closing date will be announced.'
          : deadline < today
            ? `${formatDay(deadline)} has passed: set a later day before printing.`
            : `The pack asks people to register by ${formatDay(deadline)}.`}
      </Text>
      <TextsLine texts={sources.textBlocks} document="information" />
      <NoPlaceNotice meetings={gatheringsWithoutPlace(sources.events)} />
    </DocumentCard>
  );
}

export function OrientationPackCard({ sources, ctx, run, busy }: CardProps) {
  const model = useMemo(
    () => buildOrientationPackModel(sources.program, sources.catalog, sources.events, sources.meetingPlans, sources.textBlocks),
    [sources],
  );
  const problems = textBlocksWithProblems(sources.textBlocks, blocksUsedIn('orientation'));
  const agendaProblems = meetingPlanErrors(sources.meetingPlans.orientation);
  const fileName = documentFileName('Orientation pack', sources.program.name);
  const meeting = model.meeting;
  return (
    <DocumentCard
      icon={IconRocket}
      title="Orientation pack"
      description="What every participant takes home from the kickoff: the meeting’s agenda, how peer mentoring works, the program’s rules, the year’s dates, a guide to the first meeting as a pair, the challenges to avoid and questions to bring."
      covers={meeting ? `For ${meeting.title.toLowerCase()} on ${formatDay(meeting.date)} · one copy each · 4 pages with the app’s texts` : 'One copy each · 4 pages with the app’s texts'}
      fileName={fileName}
      onSave={() => void run({ title: 'Building the orientation pack', job: { type: 'orientation-pack', ctx, model, fileName }, save: saveSingle })}
      busy={busy}
      missing={sources.events.length === 0 ? NEEDS_SCHEDULE : null}
      disabled={problems.length > 0 || agendaProblems.length > 0}
    >
      {sources.events.length > 0 && !meeting && (
        <Text size="sm" c="dimmed">
          The schedule has no orientation meeting, so the pack has no agenda.
        </Text>
      )}
      {agendaProblems.length > 0 && (
        <Text size="sm" c="var(--mantine-color-red-text)" role="alert">
          The orientation agenda has {plural(agendaProblems.length, 'problem')} to fix first ({agendaProblems[0]}): use “Edit agendas” on the group meeting pack.
        </Text>
      )}
      <TextsLine texts={sources.textBlocks} document="orientation" />
      <NoPlaceNotice meetings={gatheringsWithoutPlace(sources.events)} />
    </DocumentCard>
  );
}

export function MentorSkillsCard({ sources, ctx, run, busy }: CardProps) {
  const fileName = documentFileName('Mentor skills', sources.program.name);
  return (
    <DocumentCard
      icon={IconBook2}
      title="Mentor skills handout"
      description="Four skills that turn a chat into a useful meeting: active listening, giving and receiving feedback, setting goals and handling disagreement, each with something to try at the next meeting."
      covers="One copy each · 2 pages (print on both sides)"
      fileName={fileName}
      onSave={() => void run({ title: 'Building the mentor skills handout', job: { type: 'mentor-skills', ctx, fileName }, save: saveSingle })}
      busy={busy}
    />
  );
}
