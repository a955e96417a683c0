/**
 * Program texts: the library of texts the information pack and the orientation pack print
 * (what peer mentoring is, what makes a pairing work, the challenges…). Pick one on the left,
 * edit it on the right; each has the app's wording until you change it. The registration
 * deadline the texts can name is set here too.
 */
import { Anchor, Badge, Center, Grid, Group, Loader, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AutoSaveInput } from '../../components/auto-save-input';
import { formatDay } from '../../components/dates';
import { todayIso } from '../../components/today';
import { useProgramEvents } from '../../db/events-repo';
import { useCurrentProgram } from '../../db/programs-repo';
import { setRegistrationDeadline, useTextBlocks } from '../../db/text-blocks-repo';
import {
  isDefaultTextBlock,
  placeholderValues,
  TEXT_BLOCK_IDS,
  TEXT_BLOCK_INFO,
  validateTextBlock,
  type TextBlockId,
} from '../../domain/documents/text-blocks';
import { TextBlockEditor } from './text-block-editor';

function isBlockId(value: string | null): value is TextBlockId {
  return value !== null && (TEXT_BLOCK_IDS as readonly string[]).includes(value);
}

export function ProgramTextsPage() {
  const program = useCurrentProgram();
  const texts = useTextBlocks(program?.id);
  const events = useProgramEvents(program?.id);
  const [params, setParams] = useSearchParams();
  const selected: TextBlockId = isBlockId(params.get('text')) ? (params.get('text') as TextBlockId) : TEXT_BLOCK_IDS[0];
  const values = useMemo(() => (program ? placeholderValues({ program, events: events ?? [] }) : null), [program, events]);

  if (!program) return null;
  if (!texts || !values) {
    return (
      <Center mt="xl">
        <Loader aria-label="Loading the program texts" />
      </Center>
    );
  }
  const deadline = program.registrationDeadline ?? '';
  const today = todayIso();

  return (
    <Stack gap="lg" maw={1400}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          Program texts
        </Title>
        <Text c="dimmed">
          What the information pack and the orientation pack say to participants. Every text starts with the app’s wording; change any
          of it, it is saved as you type. Words in {'{braces}'} are filled in from the program when printed.{' '}
          <Anchor component={Link} to="/documents" size="sm">
            Print the packs on the Documents screen
          </Anchor>
        </Text>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end" gap="lg">
          <AutoSaveInput
            label="Registration deadline"
            description="Printed in the information pack"
            type="date"
            w={300}
            value={deadline}
            onSave={async (day) => {
              await setRegistrationDeadline(program.id, day);
              return null;
            }}
          />
          <Text size="sm" c={deadline !== '' && deadline < today ? 'orange.9' : 'dimmed'} pb={6}>
            {deadline === ''
              ? 'Not set: the pack says the closing date will be announced. Set a day so it says when.'
              : deadline < today
                ? `${formatDay(deadline)} has passed: set a later day before you print the information pack.`
                : `The information pack asks people to register by ${formatDay(deadline)}.`}
          </Text>
        </Group>
      </Paper>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 3, xl: 2.5 }}>
          <nav aria-label="Program texts">
            <Stack gap={2}>
              {TEXT_BLOCK_IDS.map((id) => {
                const problems = validateTextBlock(texts[id]).length;
                return (
                  <NavLink
                    key={id}
                    component="button"
                    active={id === selected}
                    label={TEXT_BLOCK_INFO[id].title}
                    aria-current={id === selected ? 'page' : undefined}
                    onClick={() => setParams({ text: id }, { replace: true })}
                    rightSection={
                      problems > 0 ? (
                        <Badge color="red" variant="light" size="sm">
                          {problems === 1 ? '1 problem' : `${problems} problems`}
                        </Badge>
                      ) : isDefaultTextBlock(id, texts[id]) ? null : (
                        <Badge color="blue" variant="light" size="sm">
                          Edited
                        </Badge>
                      )
                    }
                  />
                );
              })}
            </Stack>
          </nav>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9, xl: 9.5 }}>
          <TextBlockEditor key={`${program.id}:${selected}`} programId={program.id} id={selected} stored={texts[selected]} values={values} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
