/**
 * One team on the board: its members (department, career stage, how much of their wants the
 * team covers), the score, the reasons (three, then "more"), the coverage bar and the warnings.
 * The header and each member take actions from the caller, so the same card serves proposals
 * and confirmed teams.
 */
import {
  Avatar,
  Badge,
  Box,
  Button,
  Card,
  Group,
  List,
  Progress,
  Stack,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconBan, IconCheck, IconMinus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { Participant } from '../../domain/model';
import type { TeamOrigin } from '../../domain/pairing/plan-model';
import {
  ORIGIN_LABELS,
  initials,
  personDetails,
  teamCoveragePercent,
  type MemberCoverage,
  type ScoreTone,
} from './team-view';

const TONE_COLOR: Record<ScoreTone, string> = {
  strong: 'teal',
  fair: 'blue',
  weak: 'red',
  'not-allowed': 'red',
};

const AVATAR_COLORS = ['teal', 'blue', 'grape', 'indigo', 'cyan', 'pink'] as const;

function avatarColor(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i += 1) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return AVATAR_COLORS[h % AVATAR_COLORS.length] ?? 'teal';
}

/** A team's score as a badge, coloured by how it compares with the rest of the plan. */
export function ScoreBadge({ score, tone }: { score: number; tone: ScoreTone }) {
  const label = tone === 'not-allowed' ? `Not allowed · ${score}` : `Score ${score}`;
  return (
    <Badge
      size="lg"
      radius="sm"
      variant={tone === 'strong' || tone === 'not-allowed' ? 'filled' : 'light'}
      color={TONE_COLOR[tone]}
    >
      {label}
    </Badge>
  );
}

/** A person with their department and career stage; `name` is how the board shows their name. */
export function PersonLine({
  person,
  name,
  extra,
}: {
  person: Participant;
  name?: string | undefined;
  extra?: ReactNode;
}) {
  return (
    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
      <Avatar size={36} radius="xl" color={avatarColor(person.id)} variant="light" aria-hidden>
        {initials(person)}
      </Avatar>
      <Box style={{ minWidth: 0, flex: 1 }}>
        <Text fw={600} size="sm" truncate="end">
          {name ?? person.name}
        </Text>
        <Text size="xs" c="dimmed">
          {personDetails(person) || 'No department or career stage'}
        </Text>
        {extra}
      </Box>
    </Group>
  );
}

function CoverageLine({ coverage }: { coverage: MemberCoverage }) {
  if (coverage.wanted === 0) {
    return (
      <Text size="xs" c="dimmed">
        No wants listed
      </Text>
    );
  }
  const text = `${coverage.covered} of ${coverage.wanted} wants covered`;
  const line = (
    <Text
      size="xs"
      c={coverage.covered === 0 ? 'var(--mantine-color-red-text)' : 'dimmed'}
      fw={coverage.covered === 0 ? 600 : 400}
    >
      {text}
    </Text>
  );
  if (coverage.missing.length === 0) return line;
  return (
    <Tooltip label={`Not covered: ${coverage.missing.join(', ')}`} multiline maw={280} withArrow>
      <Box
        component="span"
        tabIndex={0}
        style={{ display: 'inline-block', cursor: 'help' }}
        aria-label={`${text}. Not covered: ${coverage.missing.join(', ')}`}
      >
        {line}
      </Box>
    </Tooltip>
  );
}

/** A reason line that takes points off ("Same department (Finance): −2"). */
const PENALTY = /:\s\u2212\d+$/;

/** The reasons of a team: three at first, the rest on request. */
function Reasons({ reasons, label }: { reasons: readonly string[]; label: string }) {
  const [open, setOpen] = useState(false);
  if (reasons.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No shared wants or rule bonuses.
      </Text>
    );
  }
  const shown = open ? reasons : reasons.slice(0, 3);
  return (
    <Box>
      <List
        size="sm"
        spacing={4}
        aria-label={`Reasons for ${label}`}
        icon={<IconCheck size={14} color="var(--mantine-color-teal-7)" aria-hidden />}
        styles={{ itemWrapper: { alignItems: 'flex-start' }, itemIcon: { marginTop: 3 } }}
      >
        {shown.map((r) => (
          <List.Item
            key={r}
            icon={
              PENALTY.test(r) ? (
                <IconMinus size={14} color="var(--mantine-color-red-8)" aria-hidden />
              ) : undefined
            }
          >
            {r}
          </List.Item>
        ))}
      </List>
      {reasons.length > 3 && (
        <Button
          variant="subtle"
          size="compact-xs"
          mt={4}
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
        >
          {open
            ? 'Show fewer reasons'
            : `Show ${reasons.length - 3} more reason${reasons.length - 3 === 1 ? '' : 's'}`}
        </Button>
      )}
    </Box>
  );
}

/** The warnings of a team: rules it breaks and one-way pairs. */
function Warnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <Stack gap={6}>
      {warnings.map((w) => {
        const forbidden = w.startsWith('Not allowed');
        return (
          <Group key={w} gap={8} wrap="nowrap" align="flex-start">
            <ThemeIcon
              size={20}
              radius="xl"
              variant="light"
              color={forbidden ? 'red' : 'orange'}
              aria-hidden
            >
              {forbidden ? <IconBan size={13} /> : <IconAlertTriangle size={13} />}
            </ThemeIcon>
            <Text size="sm" style={{ flex: 1 }}>
              {w}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}

/** Everything a team card shows. */
export interface TeamCardProps {
  label: string;
  members: readonly Participant[];
  /** Names as shown on the board (with the department when two people share a name). */
  names?: ReadonlyMap<string, string>;
  origin: TeamOrigin;
  score: number;
  tone: ScoreTone;
  reasons: readonly string[];
  warnings: readonly string[];
  coverage: readonly MemberCoverage[];
  facilitated?: boolean;
  /** Buttons in the header (lock, break, competencies…). */
  actions?: ReactNode;
  /** Actions for one member (a menu). */
  memberActions?: (person: Participant) => ReactNode;
  /** Extra content at the bottom (chosen competencies…). */
  footer?: ReactNode;
  highlighted?: boolean;
}

/** A team card for the board. */
export function TeamCard(props: TeamCardProps) {
  const { label, members, origin, coverage } = props;
  const percent = teamCoveragePercent(coverage);
  const originLabel = ORIGIN_LABELS[origin];
  const wanted = coverage.reduce((s, c) => s + c.wanted, 0);
  const covered = coverage.reduce((s, c) => s + c.covered, 0);
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="article"
      aria-label={label}
      data-testid="team-card"
      style={{
        borderColor: origin === 'locked' ? 'var(--mantine-color-teal-6)' : undefined,
        boxShadow: props.highlighted ? '0 0 0 2px var(--mantine-color-blue-5)' : undefined,
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs" mb="sm">
        <Group gap={8} wrap="wrap" style={{ minWidth: 0 }}>
          <Title order={3} size="h5">
            {label}
          </Title>
          <ScoreBadge score={props.score} tone={props.tone} />
          {originLabel && (
            <Badge variant="outline" color={origin === 'locked' ? 'teal' : 'gray'} radius="sm">
              {originLabel}
            </Badge>
          )}
          {props.facilitated && (
            <Badge variant="outline" color="gray" radius="sm">
              Facilitated
            </Badge>
          )}
        </Group>
        {props.actions && (
          <Group gap={4} wrap="nowrap">
            {props.actions}
          </Group>
        )}
      </Group>

      <Stack gap={10} mb="sm">
        {members.map((m) => {
          const c = coverage.find((x) => x.participantId === m.id);
          return (
            <Group
              key={m.id}
              justify="space-between"
              wrap="nowrap"
              gap="xs"
              data-testid="team-member"
            >
              <PersonLine
                person={m}
                name={props.names?.get(m.id)}
                extra={c ? <CoverageLine coverage={c} /> : null}
              />
              {props.memberActions?.(m)}
            </Group>
          );
        })}
      </Stack>

      <Box mb="sm">
        <Group justify="space-between" mb={4}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            Wants covered
          </Text>
          <Text size="xs" c="dimmed">
            {wanted === 0 ? 'none listed' : `${covered} of ${wanted} · ${percent}%`}
          </Text>
        </Group>
        <Progress
          value={percent}
          size="sm"
          radius="xl"
          color={percent >= 50 ? 'teal' : percent > 0 ? 'blue' : 'red'}
          aria-label={`Wants covered in ${label}`}
        />
      </Box>

      <Stack gap="sm">
        <Reasons reasons={props.reasons} label={label} />
        <Warnings warnings={props.warnings} />
        {props.footer}
      </Stack>
    </Card>
  );
}
