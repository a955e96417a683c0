/**
 * Where the cycle stands: "Month 4 of 9" with how far the year has come, a countdown before it
 * starts, or "the year is over" with what to do next.
 */
import { Anchor, Card, Progress, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDay } from '../../components/dates';
import type { ThisMonth } from '../../domain/home/this-month';
import type { Program } from '../../domain/model';
import { isGroupGathering } from '../../domain/schedule/annual-schedule';
import { daysBetween, formatMonthYear, parseIsoDate } from '../../domain/schedule/iso-dates';

function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** "today", "tomorrow", "in 12 days". */
export function inDays(n: number): string {
  return n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${days(n)}`;
}

export function CycleCard({ program, month }: { program: Program; month: ThisMonth }) {
  const { phase, timeline, today } = month;
  const pairMonth = timeline.find((t) => t.state === 'now')?.event;
  const next = month.nextGroupMeeting?.event;

  let kicker = 'This month';
  let heading: string;
  let lines: string[] = [];
  let progress: { value: number; label: string } | null = null;
  let link: { to: string; label: string } | null = null;

  switch (phase.kind) {
    case 'running': {
      const ym = parseIsoDate(`${phase.yearMonth}-01`);
      heading = `Month ${phase.month} of ${phase.monthCount}${ym ? ` · ${formatMonthYear(ym)}` : ''}`;
      const gathering = timeline
        .map((t) => t.event)
        .find((e) => isGroupGathering(e.kind) && e.date.slice(0, 7) === phase.yearMonth);
      if (pairMonth) lines.push(`${pairMonth.title} this month.`);
      else if (gathering && gathering.date < today)
        lines.push(`Held this month: ${gathering.title}, ${formatDay(gathering.date)}.`);
      if (next) {
        const when = `${formatDay(next.date)} (${inDays(daysBetween(today, next.date))})`;
        lines.push(`${next === gathering ? 'This month' : 'Next'}: ${next.title}, ${when}.`);
      }
      progress = {
        value: (phase.dayOfCycle / phase.cycleDays) * 100,
        label: `Day ${phase.dayOfCycle} of ${phase.cycleDays} · the cycle ends on ${formatDay(program.cycleEnd)}`,
      };
      break;
    }
    case 'before':
      kicker = 'Before the cycle';
      heading = `The year starts in ${days(phase.daysToStart)}`;
      lines = [
        phase.orientation
          ? `${phase.orientation.title} on ${formatDay(phase.orientation.date)} (${inDays(phase.daysToOrientation ?? 0)}).`
          : `The cycle starts on ${formatDay(phase.startsOn)}; the orientation meeting is not scheduled yet.`,
        'Finish the setup, pair everyone and send the letters before then.',
      ];
      if (!phase.orientation) link = { to: '/schedule', label: 'Lay out the year on the Schedule screen' };
      break;
    case 'over':
      kicker = 'After the cycle';
      heading = 'The year is over: time to evaluate';
      lines = [
        `The cycle ended on ${formatDay(phase.endedOn)}.`,
        'Ask the pairs for feedback and their closing self-ratings, look back at attendance and meetings, then archive this program and start next year’s: its pairs count as previous partners when pairing.',
      ];
      link = { to: '/programs', label: 'Archive it or start next year on Programs' };
      break;
    case 'no-dates':
      kicker = 'The cycle';
      heading = 'The cycle has no dates yet';
      lines = ['Set the first and last day of the cycle in Program setup, then lay out the year.'];
      link = { to: '/setup', label: 'Open program setup' };
      break;
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="cycle-heading">
      <Stack gap={6}>
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          {kicker}
        </Text>
        <Title order={2} size="h3" id="cycle-heading">
          {heading}
        </Title>
        {lines.map((line) => (
          <Text key={line}>{line}</Text>
        ))}
        {progress && (
          <>
            <Progress value={progress.value} mt="xs" aria-label="How far the cycle has come" />
            <Text size="sm" c="dimmed">
              {progress.label}
            </Text>
          </>
        )}
        {link && (
          <Anchor component={Link} to={link.to} fw={600}>
            {link.label}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}

