/**
 * Documents: every printable of the program as a card with its options, what it covers and a
 * "Save .docx" button. Building runs in the documents worker with a progress dialog.
 */
import { Anchor, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { todayIso } from '../../components/today';
import { useDocumentSources } from '../../db/documents-repo';
import { useCurrentProgram } from '../../db/programs-repo';
import { LetterTemplateModal } from '../../components/documents/letter-template-editor';
import {
  AgreementCard,
  GroupMeetingPackCard,
  LettersCard,
  ScheduleHandoutCard,
  SkillsInventoryCard,
  RegistrationListCard,
  WorksheetCard,
  type CardProps,
} from './document-cards';
import { documentContext } from '../../components/documents/document-plans';
import { CheckInFormsCard } from './check-in-forms-card';
import { FeedbackFormsCard, SelfRatingFormsCard } from './evaluation-forms-card';
import { InformationPackCard, MentorSkillsCard, OrientationPackCard } from './recruit-cards';
import { ProgramReportCard } from './program-report-card';
import { useDocumentJob } from '../../components/documents/use-document-job';

const PAPER_NAMES = { a4: 'A4', letter: 'US Letter' } as const;

export function DocumentsPage() {
  const program = useCurrentProgram();
  const sources = useDocumentSources(program?.id);
  const { run, busy, dialog } = useDocumentJob();
  const [editing, setEditing] = useState(false);
  const today = todayIso();
  const ctx = useMemo(
    () => (sources ? documentContext(sources.program, sources.paper, today) : null),
    [sources, today],
  );

  if (!program) return null;
  if (!sources || !ctx) {
    return (
      <Center mt="xl">
        <Loader aria-label="Loading the documents" />
      </Center>
    );
  }
  const props: CardProps = { sources, ctx, today, run, busy };

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          Documents
        </Title>
        <Group gap={4}>
          <Text c="dimmed">
            Word files (.docx) ready to print or send, on {PAPER_NAMES[sources.paper]} paper.
          </Text>
          <Anchor component={Link} to="/settings" size="sm">
            Change the paper size
          </Anchor>
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <LettersCard {...props} onEditText={() => setEditing(true)} />
        <WorksheetCard {...props} />
        <AgreementCard {...props} />
        <GroupMeetingPackCard {...props} />
        <ScheduleHandoutCard {...props} />
        <SkillsInventoryCard {...props} />
        <RegistrationListCard {...props} />
        <CheckInFormsCard {...props} />
        <SelfRatingFormsCard {...props} />
        <FeedbackFormsCard {...props} />
        <InformationPackCard {...props} />
        <OrientationPackCard {...props} />
        <MentorSkillsCard {...props} />
        <ProgramReportCard {...props} />
      </SimpleGrid>
      {dialog}
      <LetterTemplateModal
        opened={editing}
        onClose={() => setEditing(false)}
        programId={program.id}
        sources={sources}
      />
    </Stack>
  );
}
