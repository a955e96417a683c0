/**
 * The check-in form on the Documents screen: one page per confirmed team with its members and
 * chosen competencies, the check-in questions and the day to return it by — all teams in one
 * document or one file per team. The same forms are made for a single team on the Check-ins screen.
 */
import { SegmentedControl, Text } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { checkInFormsName, checkInFormsRun, formsReturnBy } from '../../components/check-ins/check-in-forms';
import { formatDay } from '../../components/dates';
import { plural, teamsInWords } from '../../components/documents/document-plans';
import { useCheckInCadence } from '../../db/check-ins-repo';
import { buildCheckInFormModel } from '../../domain/documents/check-in-form';
import { platform } from '../../platform';
import { DocumentCard, type MissingStep } from './document-card';
import type { CardProps } from './document-cards';

const NEEDS_TEAMS: MissingStep = {
  message: 'No pairs are confirmed yet: this needs confirmed pairs or triads.',
  linkLabel: 'Go to Pairing',
  to: '/pairing',
};

export function CheckInFormsCard({ sources, ctx, today, run, busy }: CardProps) {
  const [mode, setMode] = useState<'combined' | 'files'>('combined');
  const cadence = useCheckInCadence(sources.program.id);
  const returnBy = cadence ? formsReturnBy(sources.program, sources.events, cadence, today) : '';
  const model = useMemo(
    () => buildCheckInFormModel(sources.teams, sources.members, sources.participants, sources.catalog, returnBy),
    [sources, returnBy],
  );
  const teams = model.teams.length;
  const name = checkInFormsName(sources.program.name, mode);
  return (
    <DocumentCard
      icon={IconMessages}
      title="Check-in form"
      description="A one-page check-in for each pair: how it is going, whether it is give and take, progress on each chosen competency, what could be better and the next step."
      covers={
        mode === 'combined'
          ? `${plural(teams, 'form')} (${teamsInWords(sources.teams.map((t) => t.kind))}), one page each`
          : `${plural(teams, 'file')}, one for each of the ${teamsInWords(sources.teams.map((t) => t.kind))}`
      }
      fileName={mode === 'combined' ? name : platform.kind === 'browser' ? `${name}.zip` : `${name}/Check-in - Pair 01 - …docx`}
      actionLabel={mode === 'combined' ? 'Save .docx' : `Save ${plural(teams, 'file')}`}
      onSave={() => void run(checkInFormsRun(ctx, model, mode, sources.program.name))}
      busy={busy || cadence === undefined}
      missing={teams === 0 ? NEEDS_TEAMS : null}
    >
      <SegmentedControl
        aria-label="How to save the check-in forms"
        value={mode}
        onChange={(v) => setMode(v as 'combined' | 'files')}
        data={[
          { value: 'combined', label: 'All in one document' },
          { value: 'files', label: 'One file per pair' },
        ]}
      />
      <Text size="sm">
        <Text span c="dimmed">
          Return by:
        </Text>{' '}
        {returnBy === '' ? 'left blank to write in (no check-in window left)' : formatDay(returnBy)}
      </Text>
    </DocumentCard>
  );
}
