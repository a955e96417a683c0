/**
 * The evaluation forms on the Documents screen: the self-rating form (start or end of the year,
 * a page per person with their team's competencies, or blank) and the end-of-program feedback
 * form (a sheet per person, or blank). Both go back to the coordinator at the orientation or the
 * debrief, on the day the schedule gives.
 */
import { Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconChartBar, IconMessageCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { formatDay } from '../../components/dates';
import { plural } from '../../components/documents/document-plans';
import { documentFileName } from '../../components/documents/file-names';
import { saveDocument } from '../../components/documents/save-files';
import {
  buildFeedbackFormModel,
  buildSelfRatingFormModel,
  returnAtWords,
  type FeedbackFormModel,
  type SelfRatingFormModel,
} from '../../domain/documents/evaluation-forms';
import type { RatingPhase } from '../../domain/evaluation/rating-grid';
import { DocumentCard } from './document-card';
import type { CardProps } from './document-cards';

async function saveSingle(files: { name: string; data: Uint8Array }[]): Promise<void> {
  const file = files[0];
  if (file) await saveDocument(file);
}

type Copies = 'people' | 'blank';

function ReturnLine({ returnBy, returnAt, today }: { returnBy: string; returnAt: string; today: string }) {
  return (
    <Text size="sm" fw={returnBy !== '' && returnBy < today ? 600 : undefined}>
      <Text span c="dimmed">
        Returned:
      </Text>{' '}
      {returnBy === ''
        ? `at ${returnAt} (no date in the schedule yet: the forms say “by the date you were given”)`
        : `at ${returnAt}, ${formatDay(returnBy)}${returnBy < today ? ' (that day has passed: the forms still name it)' : ''}`}
    </Text>
  );
}

function CopiesChoice({ value, onChange, people, hasPeople }: { value: Copies; onChange: (v: Copies) => void; people: string; hasPeople: boolean }) {
  return (
    <Radio.Group label="Copies" value={value} onChange={(v) => onChange(v as Copies)}>
      <Stack gap={6} mt={6}>
        <Radio value="people" label="One per person, name printed" description={hasPeople ? people : undefined} disabled={!hasPeople} />
        <Radio value="blank" label="Blank, to copy" />
      </Stack>
    </Radio.Group>
  );
}

export function SelfRatingFormsCard({ sources, ctx, today, run, busy }: CardProps) {
  const [phase, setPhase] = useState<RatingPhase>(today < (sources.events.find((e) => e.kind === 'debrief')?.date ?? '') ? 'pre' : 'post');
  const full = useMemo(
    () => buildSelfRatingFormModel(phase, sources.teams, sources.members, sources.participants, sources.catalog, sources.events),
    [sources, phase],
  );
  const hasPeople = full.people.length > 0;
  const [copies, setCopies] = useState<Copies>('people');
  const personal = copies === 'people' && hasPeople;
  const model: SelfRatingFormModel = personal ? full : { ...full, people: [] };
  const withoutTeam = full.people.filter((p) => p.competencies.length === 0).length;
  const fileName = documentFileName(`${personal ? 'Self-rating forms' : 'Self-rating form (blank)'} - ${phase === 'pre' ? 'start' : 'end'}`, sources.program.name);
  return (
    <DocumentCard
      icon={IconChartBar}
      title="Self-rating form"
      description="Each person rates themself from 1 to 5 on every competency their team chose: at the orientation, and again at the debrief to show how far they came."
      covers={personal ? `${plural(full.people.length, 'form')}, one page each` : '1 blank form to copy · 1 page'}
      fileName={fileName}
      onSave={() =>
        void run({
          title: personal ? `Building ${plural(full.people.length, 'self-rating form')}` : 'Building the self-rating form',
          job: { type: 'self-rating-forms', ctx, model, fileName },
          save: saveSingle,
        })
      }
      busy={busy}
      missing={null}
    >
      <SegmentedControl
        aria-label="Which self-rating"
        value={phase}
        onChange={(v) => setPhase(v as RatingPhase)}
        data={[
          { value: 'pre', label: 'Start of the year' },
          { value: 'post', label: 'End of the year' },
        ]}
      />
      <CopiesChoice
        value={copies}
        onChange={setCopies}
        hasPeople={hasPeople}
        people={`Everyone still in the program, partners together${withoutTeam > 0 ? `; ${plural(withoutTeam, 'person', 'people')} without a team’s competencies get lines to write them in` : ''}`}
      />
      <ReturnLine returnBy={model.returnBy} returnAt={returnAtWords(phase)} today={today} />
    </DocumentCard>
  );
}

export function FeedbackFormsCard({ sources, ctx, today, run, busy }: CardProps) {
  const full = useMemo(() => buildFeedbackFormModel(sources.participants, sources.events), [sources]);
  const hasPeople = full.names.length > 0;
  const [copies, setCopies] = useState<Copies>('people');
  const personal = copies === 'people' && hasPeople;
  const model: FeedbackFormModel = personal ? full : { ...full, names: [] };
  const fileName = documentFileName(personal ? 'Feedback forms' : 'Feedback form (blank)', sources.program.name);
  return (
    <DocumentCard
      icon={IconMessageCircle}
      title="End-of-program feedback form"
      description="The questions for the end of the year in plain words: satisfaction, would they recommend it, what helped, what got in the way, being both mentor and mentee, taking part again, and a quote with their consent."
      covers={personal ? `${plural(full.names.length, 'form')}, one sheet each (print on both sides)` : '1 blank form to copy · 2 pages (print on both sides)'}
      fileName={fileName}
      onSave={() =>
        void run({
          title: personal ? `Building ${plural(full.names.length, 'feedback form')}` : 'Building the feedback form',
          job: { type: 'feedback-forms', ctx, model, fileName },
          save: saveSingle,
        })
      }
      busy={busy}
      missing={null}
    >
      <CopiesChoice value={copies} onChange={setCopies} hasPeople={hasPeople} people="Everyone still in the program, in alphabetical order" />
      <ReturnLine returnBy={model.returnBy} returnAt={model.returnAt} today={today} />
    </DocumentCard>
  );
}
