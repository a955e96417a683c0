/**
 * The attention rules: each one on or off, with its threshold. Every change is saved at once; a
 * threshold out of its limits is refused by the field, with the limits in words.
 */
import { Button, Card, Group, NumberInput, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { reportError } from '../../components/report-error';
import { resetAttentionRules, updateAttentionRules } from '../../db/attention-repo';
import {
  ATTENTION_RULE_LABELS,
  THRESHOLD_LIMITS,
  type AttentionRuleKey,
  type AttentionRules,
} from '../../domain/attention/attention-rules';

type Section = keyof AttentionRules;

interface RuleRow {
  section: Section;
  rule: AttentionRuleKey;
  explain: string;
  threshold?: { field: string; label: string; limits: { min: number; max: number } };
}

const ROWS: RuleRow[] = [
  {
    section: 'noMeeting',
    rule: 'no-meeting',
    explain: 'While the cycle runs: counted from the last logged meeting, the team’s confirmation or the cycle start, whichever is latest.',
    threshold: { field: 'weeks', label: 'Weeks without a logged meeting', limits: THRESHOLD_LIMITS.noMeetingWeeks },
  },
  {
    section: 'oneSided',
    rule: 'one-sided',
    explain: 'The team’s latest check-ins all say the contributions are mostly one way. A newer “equal” ends it.',
    threshold: { field: 'checkIns', label: 'Check-ins in a row', limits: THRESHOLD_LIMITS.oneSidedCheckIns },
  },
  {
    section: 'missedGroupMeetings',
    rule: 'missed-group-meetings',
    explain: 'A member was absent from the latest group meetings with attendance taken. Excused does not count as missed.',
    threshold: { field: 'meetings', label: 'Meetings missed in a row', limits: THRESHOLD_LIMITS.missedMeetings },
  },
  {
    section: 'checkInOverdue',
    rule: 'check-in-overdue',
    explain: 'A check-in of the schedule has not been recorded this many days after it was due.',
    threshold: { field: 'days', label: 'Days overdue', limits: THRESHOLD_LIMITS.overdueDays },
  },
  {
    section: 'followUpPassed',
    rule: 'follow-up-passed',
    explain: 'The follow-up day set at the latest check-in has passed without a new check-in. 0 means from the day after.',
    threshold: { field: 'days', label: 'Days after the follow-up day', limits: THRESHOLD_LIMITS.followUpDays },
  },
  {
    section: 'memberWithdrew',
    rule: 'member-withdrew',
    explain: 'A member has withdrawn from the program while the team is still confirmed.',
  },
];

function RuleCard({ row, programId, rules }: { row: RuleRow; programId: string; rules: AttentionRules }) {
  const section = rules[row.section] as { on: boolean } & Record<string, number | boolean>;
  const stored = row.threshold ? (section[row.threshold.field] as number) : 0;
  const [draft, setDraft] = useState<string | number>(stored);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  // Follow changes made elsewhere (defaults put back) unless the coordinator is typing here.
  useEffect(() => {
    if (!focused.current) setDraft(stored);
  }, [stored]);
  const label = ATTENTION_RULE_LABELS[row.rule];
  const save = (patch: Record<string, unknown>) =>
    void updateAttentionRules(programId, (current) => ({
      ...current,
      [row.section]: { ...current[row.section], ...patch },
    })).then(setError, reportError);
  return (
    <Card withBorder padding="md" radius="md">
      <Stack gap="sm">
        <Switch
          label={label}
          description={row.explain}
          checked={section.on}
          onChange={(e) => save({ on: e.currentTarget.checked })}
        />
        {row.threshold && (
          <NumberInput
            label={row.threshold.label}
            description={`From ${row.threshold.limits.min} to ${row.threshold.limits.max}`}
            min={row.threshold.limits.min}
            max={row.threshold.limits.max}
            allowDecimal={false}
            clampBehavior="none"
            disabled={!section.on}
            value={draft}
            error={error}
            styles={{ wrapper: { maxWidth: 160 } }}
            onFocus={() => {
              focused.current = true;
            }}
            onBlur={() => {
              focused.current = false;
            }}
            onChange={(value) => {
              setDraft(value);
              if (value === '' || typeof value !== 'number') {
                setError(`Enter a number from ${row.threshold!.limits.min} to ${row.threshold!.limits.max}.`);
                return;
              }
              save({ [row.threshold!.field]: value });
            }}
          />
        )}
      </Stack>
    </Card>
  );
}

/** The panel, for one program's stored rules. */
export function RulesPanel({ programId, rules }: { programId: string; rules: AttentionRules }) {
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        A confirmed team is listed when a rule that is on applies to it. Changes are saved at once and the list follows.
      </Text>
      {ROWS.map((row) => (
        <RuleCard key={row.section} row={row} programId={programId} rules={rules} />
      ))}
      <Group justify="flex-end">
        <Button
          variant="subtle"
          onClick={() =>
            void resetAttentionRules(programId).catch(reportError)
          }
        >
          Put the default rules back
        </Button>
      </Group>
    </Stack>
  );
}
