/**
 * Pairs needing attention: every confirmed team a rule points at today, with each reason in words
 * and the next step, most urgent first. From here the coordinator snoozes a flag or resolves it
 * with a note (both undoable, kept in the team's timeline), composes a reminder e-mail from an
 * editable text, opens the team's page, or ends the team without fault so its people can be
 * paired again. The rules and their thresholds are set in a side panel.
 */
import { Alert, Badge, Box, Button, Card, Center, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconCircleCheck, IconPencil } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatDay } from '../../components/dates';
import { EndTeamDialog, type EndingTeam } from '../../components/end-team-dialog';
import { buildMailtoUrl } from '../../components/mailto';
import { reportError } from '../../components/report-error';
import { draftFileName } from '../../components/mail-draft-names';
import { saveMailDraft } from '../../components/save-mail-draft';
import { todayIso } from '../../components/today';
import { useAttentionSources, type AttentionSources } from '../../db/attention-repo';
import { useCurrentProgram } from '../../db/programs-repo';
import { evaluateAttention } from '../../domain/attention/attention-flags';
import type { AttentionRules } from '../../domain/attention/attention-rules';
import {
  nextGroupMeeting,
  reminderDraft,
  reminderTemplateErrors,
  type ReminderContext,
  type ReminderTeam,
} from '../../domain/attention/reminder-template';
import { isIsoDate } from '../../domain/schedule/iso-dates';
import { platform } from '../../platform';
import { groupByTeam, resolutions, type FlaggedTeam } from './attention-view';
import { FlagDialogs, type FlagDialog } from './flag-dialogs';
import { FlaggedTeamCard } from './flagged-team-card';
import { Resolutions, SnoozedFlags } from './quiet-flags';
import { ReminderEditorModal } from './reminder-editor';
import { RulesPanel } from './rules-panel';
import { takesPart } from '../../domain/participants/opt-in';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function rulesOn(rules: AttentionRules): number {
  return Object.values(rules).filter((r) => r.on).length;
}

function reminderTeam(entry: FlaggedTeam): ReminderTeam {
  // Someone who withdrew gets no reminder.
  const members = entry.members.filter((m) => takesPart(m));
  return { label: entry.label, members: members.map((m) => ({ name: m.name, firstName: m.firstName, email: m.email })) };
}

async function compose(ctx: ReminderContext, sources: AttentionSources, entry: FlaggedTeam): Promise<void> {
  const draft = reminderDraft(sources.reminder, ctx, reminderTeam(entry));
  const opened = await platform.openExternal(buildMailtoUrl(draft));
  if (!opened) throw new Error('The mail program could not be opened. Copy the addresses from the team page and write the e-mail by hand.');
}

async function saveReminder(ctx: ReminderContext, sources: AttentionSources, entry: FlaggedTeam): Promise<void> {
  const team = reminderTeam(entry);
  const draft = reminderDraft(sources.reminder, ctx, team);
  await saveMailDraft(draftFileName('Reminder', entry.label), sources.program, team.members, draft);
}

function EmptyList({ sources, today, confirmed }: { sources: AttentionSources; today: string; confirmed: number }) {
  const { cycleStart } = sources.program;
  const notStarted = isIsoDate(cycleStart) && today < cycleStart;
  return (
    <Card withBorder padding="xl" radius="md">
      <Stack align="center" gap={6}>
        <IconCircleCheck size={32} color="var(--mantine-color-teal-8)" aria-hidden />
        <Title order={2} size="h4">
          No pair needs attention today
        </Title>
        <Text c="dimmed" ta="center" maw={560} size="sm">
          {notStarted
            ? `The cycle starts on ${formatDay(cycleStart)}. From then, teams that have not met for a while, fall behind on check-ins or miss group meetings are listed here.`
            : `All ${plural(confirmed, 'confirmed team')} are fine by the rules that are on. Snoozed and resolved flags are below.`}
        </Text>
      </Stack>
    </Card>
  );
}

function NoTeams() {
  return (
    <Card withBorder padding="xl" radius="md">
      <Stack align="center" gap="xs">
        <Title order={2} size="h4">
          No confirmed teams yet
        </Title>
        <Text c="dimmed" ta="center" size="sm" maw={520}>
          Teams are followed here once they are confirmed: meetings, check-ins and group attendance.
        </Text>
        <Button component={Link} to="/pairing" mt="xs">
          Go to Pairing
        </Button>
      </Stack>
    </Card>
  );
}

function AttentionList({ sources }: { sources: AttentionSources }) {
  const today = todayIso();
  const [rulesOpen, setRulesOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<FlagDialog>(null);
  const [ending, setEnding] = useState<EndingTeam | null>(null);
  const { program, input, rules } = sources;

  const state = useMemo(() => evaluateAttention(input, today, rules), [input, today, rules]);
  const teams = useMemo(() => groupByTeam(state, input), [state, input]);
  const resolved = useMemo(() => resolutions(input), [input]);
  const ctx = useMemo<ReminderContext>(
    () => ({
      programName: program.name,
      organisation: program.organisation,
      coordinatorName: program.coordinatorName,
      coordinatorEmail: program.coordinatorEmail,
      nextGroupMeeting: nextGroupMeeting(input.events, today),
    }),
    [program, input.events, today],
  );
  const templateErrors = reminderTemplateErrors(sources.reminder);
  const confirmed = input.teams.filter((t) => t.status === 'confirmed').length;
  const reasons = state.open.length;

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Box>
          <Title order={1} size="h2">
            Pairs needing attention
          </Title>
          <Text c="dimmed" size="sm" maw={640}>
            As of today, {formatDay(today)}: meetings logged, check-ins and group attendance of the confirmed teams. Snooze a
            flag to see it again later, or resolve it with a note; both stay in the team’s timeline.
          </Text>
        </Box>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
            Reminder text
          </Button>
          <Button variant="default" leftSection={<IconAdjustmentsHorizontal size={16} />} onClick={() => setRulesOpen(true)}>
            Rules ({rulesOn(rules)} of 6 on)
          </Button>
        </Group>
      </Group>

      {templateErrors.length > 0 && (
        <Alert color="red" title="The reminder text needs fixing before reminders can be composed">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{templateErrors[0]?.message}</Text>
            <Button size="xs" variant="white" color="red" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
              Edit reminder text
            </Button>
          </Stack>
        </Alert>
      )}

      {confirmed === 0 ? (
        <NoTeams />
      ) : teams.length === 0 ? (
        <EmptyList sources={sources} today={today} confirmed={confirmed} />
      ) : (
        <Stack gap="md">
          <Group gap="xs">
            <Text fw={600}>
              {plural(teams.length, 'team needs', 'teams need')} attention
            </Text>
            <Badge variant="light" color="gray" radius="sm">
              {plural(reasons, 'reason')}
            </Badge>
          </Group>
          {teams.map((entry) => {
            const addresses = reminderTeam(entry).members.filter((m) => m.email.trim() !== '').length;
            return (
              <FlaggedTeamCard
                key={entry.team.id}
                entry={entry}
                programId={program.id}
                today={today}
                composeBlocked={
                  templateErrors.length > 0
                    ? 'Fix the reminder text first'
                    : addresses === 0
                      ? 'Nobody in this team has an e-mail address'
                      : null
                }
                onCompose={() => void compose(ctx, sources, entry).catch(reportError)}
                onSaveDraft={() => void saveReminder(ctx, sources, entry).catch(reportError)}
                onEnd={() => setEnding({ id: entry.team.id, label: entry.label, memberNames: entry.members.map((m) => m.name) })}
                onDialog={setDialog}
              />
            );
          })}
        </Stack>
      )}

      {state.snoozed.length > 0 && <SnoozedFlags snoozed={state.snoozed} />}
      {resolved.length > 0 && <Resolutions rows={resolved} />}

      <Drawer
        opened={rulesOpen}
        onClose={() => setRulesOpen(false)}
        title="Attention rules"
        position="right"
        size="md"
        closeButtonProps={{ 'aria-label': 'Close attention rules' }}
      >
        {rulesOpen && <RulesPanel programId={program.id} rules={rules} />}
      </Drawer>
      <ReminderEditorModal
        opened={editing}
        onClose={() => setEditing(false)}
        programId={program.id}
        stored={sources.reminder}
        ctx={ctx}
        teams={teams.map(reminderTeam)}
      />
      <FlagDialogs dialog={dialog} today={today} onClose={() => setDialog(null)} />
      <EndTeamDialog team={ending} onClose={() => setEnding(null)} />
    </Stack>
  );
}

/** The screen. */
export function AttentionPage() {
  const program = useCurrentProgram();
  const sources = useAttentionSources(program?.id);
  if (!program) return null;
  if (!sources) {
    return (
      <Center mt="xl">
        <Loader aria-label="Loading the attention list" />
      </Center>
    );
  }
  return <AttentionList key={program.id} sources={sources} />;
}
