/**
 * The pairing letter's text: an editor that saves as you type, the problems found in it (unknown
 * placeholders named, with line and column; a click puts the cursor there), the placeholders to
 * insert, and a live plain-text preview for one of the confirmed teams (or example people).
 */
import {
  Badge,
  Box,
  Button,
  Code,
  Grid,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMemo, useRef, useState } from 'react';
import { useSaveAsYouType } from '../use-save-as-you-type';
import { offsetOf, TemplateProblemList } from '../template-problems';
import { todayIso } from '../today';
import {
  resetLetterTemplate,
  saveLetterTemplate,
  type DocumentSources,
} from '../../db/documents-repo';
import { buildLetterModels, teamLabel } from '../../domain/documents/document-models';
import {
  BLOCK_PLACEHOLDERS,
  DEFAULT_LETTER_TEMPLATE,
  letterBlocksToText,
  PLACEHOLDER_HELP,
  renderLetterTemplate,
  TEXT_PLACEHOLDERS,
  validateLetterTemplate,
  type TemplateProblem,
} from '../../domain/documents/letter-template';
import { documentContext, exampleLetter } from './document-plans';

const PREVIEW_TEXT = {
  margin: 0,
  fontFamily: 'var(--mantine-font-family-monospace)',
  fontSize: 12.5,
  lineHeight: 1.5,
} as const;

/** The problem's message without its "Line 3: " prefix (the line is shown next to it). */
function problemText(problem: TemplateProblem): string {
  return problem.message.replace(/^Line \d+:\s*/, '');
}

function EditorBody({
  programId,
  sources,
  onClose,
}: {
  programId: string;
  sources: DocumentSources;
  onClose: () => void;
}) {
  const { draft, status, change, replace, flush } = useSaveAsYouType(sources.template.text, (text) =>
    saveLetterTemplate(programId, text),
  );
  const [previewTeam, setPreviewTeam] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  const today = todayIso();
  const ctx = useMemo(
    () => documentContext(sources.program, sources.paper, today),
    [sources.program, sources.paper, today],
  );
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
  const chosen = letters.find((l) => String(l.team.number) === previewTeam) ?? letters[0];
  const letter = useMemo(
    () => chosen ?? exampleLetter(sources.catalog, sources.events, today),
    [chosen, sources.catalog, sources.events, today],
  );
  const blocks = useMemo(() => renderLetterTemplate(draft, ctx, letter), [draft, ctx, letter]);
  const problems = useMemo(() => validateLetterTemplate(draft), [draft]);

  const goTo = (p: TemplateProblem) => {
    const el = area.current;
    if (!el) return;
    const at = offsetOf(draft, p.line, p.column);
    el.focus();
    el.setSelectionRange(at, at);
  };

  const insert = (name: string, block: boolean) => {
    const el = area.current;
    const start = el?.selectionStart ?? draft.length;
    const end = el?.selectionEnd ?? draft.length;
    const before = draft.slice(0, start);
    // List and table placeholders print properly only on a line of their own.
    const token = block
      ? `${before === '' || before.endsWith('\n') ? '' : '\n'}{{${name}}}\n`
      : `{{${name}}}`;
    const next = before + token + draft.slice(end);
    change(next);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const reset = () =>
    modals.openConfirmModal({
      title: 'Go back to the default letter text?',
      children: (
        <Text size="sm">
          Your changes to the letter text are replaced by the app’s default text. This cannot be
          undone.
        </Text>
      ),
      labels: { confirm: 'Use the default text', cancel: 'Keep my text' },
      confirmProps: { color: 'red' },
      onConfirm: () => replace(DEFAULT_LETTER_TEMPLATE, () => resetLetterTemplate(programId)),
    });

  const errors = problems.filter((p) => p.severity === 'error').length;

  return (
    <Stack gap="md">
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <Textarea
              ref={area}
              label="Letter text"
              description="“# ” starts the title, “## ” a heading, “- ” a bullet point; a blank line starts a new paragraph. Placeholders in {{double braces}} are filled in for each pair."
              value={draft}
              onChange={(e) => change(e.currentTarget.value)}
              onBlur={() => void flush()}
              autosize
              minRows={14}
              maxRows={22}
              spellCheck
              styles={{
                input: {
                  fontFamily: 'var(--mantine-font-family-monospace)',
                  fontSize: 13,
                  lineHeight: 1.55,
                },
              }}
            />
            <Text size="xs" c="dimmed" role="status" aria-live="polite">
              {status === 'saving' ? 'Saving…' : 'All changes saved'}
            </Text>
            <TemplateProblemList
              problems={problems}
              heading={
                errors > 0
                  ? `${errors === 1 ? 'One problem stops' : `${errors} problems stop`} the letters from being saved (click one to go there):`
                  : 'Worth a look (the letters can still be saved):'
              }
              headingIsError={errors > 0}
              listLabel="Problems in the letter text"
              onGo={goTo}
              describe={problemText}
            />
            <Box>
              <Title order={3} size="h5" mb={6}>
                Placeholders
              </Title>
              <Text size="xs" c="dimmed" mb="xs">
                Click one to insert it where the cursor is.
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs">
                {[...TEXT_PLACEHOLDERS, ...BLOCK_PLACEHOLDERS].map((name) => {
                  const block = (BLOCK_PLACEHOLDERS as readonly string[]).includes(name);
                  return (
                    <UnstyledButton
                      key={name}
                      onClick={() => insert(name, block)}
                      aria-label={`Insert {{${name}}}: ${PLACEHOLDER_HELP[name]}`}
                      style={{
                        display: 'block',
                        alignSelf: 'start',
                        width: '100%',
                        textAlign: 'left',
                        borderRadius: 6,
                        padding: '2px 4px',
                      }}
                    >
                      <Stack gap={2}>
                        <Code
                          style={{
                            alignSelf: 'flex-start',
                            whiteSpace: 'nowrap',
                            overflow: 'visible',
                          }}
                        >
                          {`{{${name}}}`}
                        </Code>
                        <Text size="xs" c="dimmed" lh={1.35}>
                          {PLACEHOLDER_HELP[name]}
                        </Text>
                      </Stack>
                    </UnstyledButton>
                  );
                })}
              </SimpleGrid>
            </Box>
          </Stack>
        </Grid.Col>
        <Grid.Col
          span={{ base: 12, md: 6 }}
          style={{ position: 'sticky', top: 76, alignSelf: 'flex-start' }}
        >
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end" wrap="nowrap">
              <Title order={3} size="h5">
                Preview
              </Title>
              {letters.length > 0 ? (
                <Select
                  aria-label="Preview the letter for"
                  size="xs"
                  w={260}
                  data={letters.map((l) => ({
                    value: String(l.team.number),
                    label: `${teamLabel(l.team)} · ${l.team.members.map((m) => m.lastName).join(' & ')}`,
                  }))}
                  value={String(letter.team.number)}
                  onChange={setPreviewTeam}
                  allowDeselect={false}
                />
              ) : (
                <Badge variant="light" color="gray">
                  Example people
                </Badge>
              )}
            </Group>
            <Paper withBorder p="md" radius="md" bg="var(--mantine-color-body)">
              <Box
                tabIndex={0}
                aria-label="Letter preview"
                style={{
                  maxHeight: '62vh',
                  overflowY: 'auto',
                  overflowX: 'hidden',
                  paddingRight: 6,
                }}
              >
                <Stack gap="md" data-testid="letter-preview">
                  {blocks.map((block, i) =>
                    block.kind === 'table' ? (
                      // Tables keep their columns aligned and scroll sideways instead of wrapping.
                      <Box
                        key={i}
                        tabIndex={0}
                        aria-label="Table in the letter"
                        style={{ overflowX: 'auto' }}
                      >
                        <pre style={{ ...PREVIEW_TEXT, whiteSpace: 'pre' }}>
                          {letterBlocksToText([block])}
                        </pre>
                      </Box>
                    ) : (
                      <pre
                        key={i}
                        style={{
                          ...PREVIEW_TEXT,
                          whiteSpace: 'pre-wrap',
                          fontWeight: block.kind === 'heading' ? 700 : 400,
                          textAlign: block.kind === 'date' ? 'right' : undefined,
                        }}
                      >
                        {letterBlocksToText([block])}
                      </pre>
                    ),
                  )}
                </Stack>
              </Box>
            </Paper>
            <Text size="xs" c="dimmed">
              Plain-text preview: the Word file lays out the same words with headings, tables and
              bullet points.
              {letters.length === 0 && ' No pair is confirmed yet, so example people are shown.'}
            </Text>
          </Stack>
        </Grid.Col>
      </Grid>
      <Group justify="space-between">
        <Button
          variant="subtle"
          color="red"
          onClick={reset}
          disabled={draft === DEFAULT_LETTER_TEMPLATE}
        >
          Reset to the default text
        </Button>
        <Button onClick={onClose}>Done</Button>
      </Group>
    </Stack>
  );
}

/** The letter text editor in a large dialog. */
export function LetterTemplateModal(props: {
  opened: boolean;
  onClose: () => void;
  programId: string;
  sources: DocumentSources;
}) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title="Pairing letter text"
      size="min(1320px, calc(100vw - 48px))"
      closeButtonProps={{ 'aria-label': 'Close the letter text' }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <EditorBody programId={props.programId} sources={props.sources} onClose={props.onClose} />
    </Modal>
  );
}

/** Errors in the stored letter text (warnings do not stop letters from being saved). */
export function letterTemplateErrors(text: string): TemplateProblem[] {
  return validateLetterTemplate(text).filter((p) => p.severity === 'error');
}
