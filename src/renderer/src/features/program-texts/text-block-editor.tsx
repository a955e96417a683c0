/**
 * One program text: a formatting toolbar (bold, heading, bullet and numbered lists, with their
 * keyboard shortcuts) over a plain text box that saves as you type, the problems found in it
 * with their fix (a click puts the cursor there), the placeholders to insert, a live preview
 * filled with the program's values, and "Reset to default" that can be undone.
 */
import { ActionIcon, Badge, Button, Code, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { IconBold, IconH2, IconList, IconListNumbers, IconRestore } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { offsetOf, TemplateProblemList } from '../../components/template-problems';
import { notifyUndoable } from '../../components/undo-notice';
import { useSaveAsYouType } from '../../components/use-save-as-you-type';
import { saveTextBlock } from '../../db/text-blocks-repo';
import { toggleBold, toggleLineFormat, type LineFormat, type TextSelection } from '../../domain/documents/rich-text-edits';
import {
  DEFAULT_TEXT_BLOCKS,
  renderTextBlock,
  TEXT_BLOCK_INFO,
  TEXT_BLOCK_MAX_LENGTH,
  TEXT_BLOCK_PLACEHOLDER_NAMES,
  TEXT_BLOCK_PLACEHOLDERS,
  validateTextBlock,
  type PlaceholderValues,
  type TextBlockId,
  type TextBlockProblem,
} from '../../domain/documents/text-blocks';
import { TextPreview } from './text-preview';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_MAC ? '⌘' : 'Ctrl+';

const FORMATS: { format: LineFormat; label: string; keys: string; icon: typeof IconList }[] = [
  { format: 'heading', label: 'Heading', keys: `${MOD}Alt+2`, icon: IconH2 },
  { format: 'bullets', label: 'Bullet list', keys: `${MOD}Shift+8`, icon: IconList },
  { format: 'numbered', label: 'Numbered list', keys: `${MOD}Shift+7`, icon: IconListNumbers },
];

export function TextBlockEditor({ programId, id, stored, values }: { programId: string; id: TextBlockId; stored: string; values: PlaceholderValues }) {
  const { draft, status, change, replace, flush } = useSaveAsYouType(stored, (text) => saveTextBlock(programId, id, text));
  const area = useRef<HTMLTextAreaElement>(null);
  const info = TEXT_BLOCK_INFO[id];

  // Follow a change made elsewhere (an undone reset) when nothing typed here is waiting.
  useEffect(() => {
    if (status === 'saved' && stored !== draft) replace(stored, () => Promise.resolve());
    // Only a new stored value can bring this about.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored]);

  const problems = useMemo(() => validateTextBlock(draft), [draft]);
  const preview = useMemo(() => renderTextBlock(draft, values), [draft, values]);

  const apply = (edit: (selection: TextSelection) => TextSelection) => {
    const el = area.current;
    const next = edit({ text: draft, start: el?.selectionStart ?? draft.length, end: el?.selectionEnd ?? draft.length });
    change(next.text);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(next.start, next.end);
    });
  };

  const insert = (name: string) =>
    apply(({ text, start, end }) => {
      const token = `{${name}}`;
      return { text: text.slice(0, start) + token + text.slice(end), start: start + token.length, end: start + token.length };
    });

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    let edit: ((s: TextSelection) => TextSelection) | null = null;
    if (!event.shiftKey && !event.altKey && event.key.toLowerCase() === 'b') edit = toggleBold;
    else if (event.shiftKey && event.code === 'Digit8') edit = (s) => toggleLineFormat(s, 'bullets');
    else if (event.shiftKey && event.code === 'Digit7') edit = (s) => toggleLineFormat(s, 'numbered');
    else if (event.altKey && event.code === 'Digit2') edit = (s) => toggleLineFormat(s, 'heading');
    if (edit) {
      event.preventDefault();
      apply(edit);
    }
  };

  const goTo = (p: TextBlockProblem) => {
    const el = area.current;
    if (!el) return;
    const at = offsetOf(draft, p.line, p.column);
    el.focus();
    el.setSelectionRange(at, at);
  };

  const isDefault = draft === DEFAULT_TEXT_BLOCKS[id];
  const reset = () => {
    const previous = draft;
    replace(DEFAULT_TEXT_BLOCKS[id], () => saveTextBlock(programId, id, DEFAULT_TEXT_BLOCKS[id]));
    notifyUndoable({
      title: `“${info.title}” is back to the default`,
      message: 'Your own wording was replaced by the app’s.',
      label: `reset “${info.title}”`,
      undo: () => saveTextBlock(programId, id, previous),
      redo: () => saveTextBlock(programId, id, DEFAULT_TEXT_BLOCKS[id]),
      undoneMessage: `Your wording of “${info.title}” is back.`,
    });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Group gap="sm">
            <Title order={2} size="h3">
              {info.title}
            </Title>
            <Badge variant="light" color={isDefault ? 'gray' : 'blue'}>
              {isDefault ? 'App’s wording' : 'Your wording'}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            Printed in the {info.usedIn.map((d) => (d === 'information' ? 'information pack' : 'orientation pack')).join(' and the ')}
          </Text>
        </Stack>
        <Button variant="default" leftSection={<IconRestore size={16} />} onClick={reset} disabled={isDefault} style={{ flexShrink: 0 }}>
          Reset to default
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="xs">
          <Group gap={4} role="toolbar" aria-label="Formatting">
            <Tooltip label={`Bold (${MOD}B)`}>
              <ActionIcon variant="default" size="lg" aria-label="Bold" aria-keyshortcuts={IS_MAC ? 'Meta+B' : 'Control+B'} onClick={() => apply(toggleBold)}>
                <IconBold size={18} />
              </ActionIcon>
            </Tooltip>
            {FORMATS.map(({ format, label, keys, icon: Icon }) => (
              <Tooltip key={format} label={`${label} (${keys})`}>
                <ActionIcon variant="default" size="lg" aria-label={label} onClick={() => apply((s) => toggleLineFormat(s, format))}>
                  <Icon size={18} />
                </ActionIcon>
              </Tooltip>
            ))}
            <Text size="xs" c="dimmed" ml="xs">
              or type ## heading, - bullet, 1. numbered, **bold**
            </Text>
          </Group>
          <Textarea
            ref={area}
            aria-label={`Text of “${info.title}”`}
            description="A blank line starts a new paragraph."
            inputWrapperOrder={['input', 'description', 'error']}
            value={draft}
            onChange={(e) => change(e.currentTarget.value)}
            onBlur={() => void flush()}
            onKeyDown={onKeyDown}
            autosize
            minRows={10}
            maxRows={24}
            spellCheck
            error={draft.length > TEXT_BLOCK_MAX_LENGTH ? `Keep it under ${TEXT_BLOCK_MAX_LENGTH.toLocaleString('en')} characters: longer text is not saved.` : undefined}
            styles={{ input: { fontSize: 14, lineHeight: 1.55 } }}
          />
          <Text size="xs" c="dimmed" role="status" aria-live="polite">
            {status === 'saving' ? 'Saving…' : 'All changes saved'}
          </Text>
          <TemplateProblemList
            problems={problems}
            heading={`${problems.length === 1 ? 'One problem holds back' : `${problems.length} problems hold back`} the packs that print this text (click one to go there):`}
            headingIsError
            listLabel="Problems in this text"
            onGo={goTo}
            alert
          />
        </Stack>
        <Stack gap="xs">
          <Text size="sm" fw={600} c="dimmed" mt={8}>
            Preview, as printed
          </Text>
          <Paper withBorder p="lg" radius="md" aria-label="Preview">
            <TextPreview title={info.title} blocks={preview} />
          </Paper>
        </Stack>
      </SimpleGrid>
      <Stack gap={6}>
        <Title order={3} size="h5">
          Placeholders
        </Title>
        <Text size="xs" c="dimmed">
          Click one to insert it where the cursor is; the packs print the program’s value, shown under it.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 4 }} spacing="sm" verticalSpacing={6}>
          {TEXT_BLOCK_PLACEHOLDER_NAMES.map((name) => (
            <UnstyledButton
              key={name}
              onClick={() => insert(name)}
              title={`Insert {${name}}: ${TEXT_BLOCK_PLACEHOLDERS[name]}`}
              style={{ borderRadius: 6, padding: '2px 4px' }}
            >
              <Stack gap={0}>
                <Code style={{ alignSelf: 'flex-start' }}>{`{${name}}`}</Code>
                <Text size="xs" c="dimmed" lh={1.35}>
                  {values[name]}
                </Text>
              </Stack>
            </UnstyledButton>
          ))}
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
