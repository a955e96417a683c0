/**
 * A block as the documents print it: headings, paragraphs with bold words, bullet and numbered
 * lists, with the program's values in place of the placeholders.
 */
import { List, Stack, Text, Title } from '@mantine/core';
import type { RichBlock, TextRun } from '../../domain/documents/rich-text';

function Runs({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, i) =>
        run.bold ? (
          <strong key={i}>{run.text}</strong>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}

export function TextPreview({ title, blocks }: { title: string; blocks: readonly RichBlock[] }) {
  return (
    <Stack gap="xs" data-testid="text-preview">
      <Title order={3} size="h4" c="var(--mantine-color-anchor)">
        {title}
      </Title>
      {blocks.length === 0 && (
        <Text size="sm" c="dimmed">
          Nothing to print: this text is empty.
        </Text>
      )}
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'heading':
            return (
              <Title order={4} size="h5" key={i} mt={4}>
                <Runs runs={block.runs} />
              </Title>
            );
          case 'paragraph':
            return (
              <Text size="sm" key={i}>
                <Runs runs={block.runs} />
              </Text>
            );
          case 'bullets':
          case 'numbered':
            return (
              <List key={i} size="sm" type={block.kind === 'numbered' ? 'ordered' : 'unordered'} spacing={4} withPadding>
                {block.items.map((item, j) => (
                  <List.Item key={j}>
                    <Runs runs={item} />
                  </List.Item>
                ))}
              </List>
            );
        }
      })}
    </Stack>
  );
}
