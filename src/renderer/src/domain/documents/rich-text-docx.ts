/**
 * Rich text (the program's text blocks) as house-style paragraphs: headings at level 2, bold
 * runs, bullets and numbered lists (each list numbered from 1).
 */
import { Paragraph, TextRun } from 'docx';
import type { RichBlock, TextRun as RichRun } from './rich-text';
import { renderTextBlock, TEXT_BLOCK_INFO, type PlaceholderValues, type TextBlockId, type TextBlocks } from './text-blocks';
import { BULLET_REFERENCE, heading, NUMBER_REFERENCE } from './style';

/** Hands out numbered-list instances, one per list of a document. */
export interface ListCounter {
  next: number;
}

function runs(items: readonly RichRun[]): TextRun[] {
  return items.map((r) => new TextRun({ text: r.text, bold: r.bold }));
}

/** The paragraphs of rich blocks; a paragraph that leads into a list stays on its page. */
export function richParagraphs(blocks: readonly RichBlock[], counter: ListCounter): Paragraph[] {
  return blocks.flatMap((block, index) => {
    switch (block.kind) {
      case 'heading':
        return [heading(block.runs.map((r) => r.text).join(''), 2)];
      case 'paragraph': {
        const next = blocks[index + 1];
        const previous = blocks[index - 1];
        const leadsIn = next !== undefined && next.kind !== 'paragraph' && next.kind !== 'heading';
        // A paragraph after a list gets a little air, as after any paragraph.
        const afterList = previous !== undefined && (previous.kind === 'bullets' || previous.kind === 'numbered');
        return [new Paragraph({ ...(leadsIn ? { keepNext: true } : {}), ...(afterList ? { spacing: { before: 100 } } : {}), children: runs(block.runs) })];
      }
      case 'bullets':
        return block.items.map((item) => new Paragraph({ numbering: { reference: BULLET_REFERENCE, level: 0 }, spacing: { after: 40 }, children: runs(item) }));
      case 'numbered': {
        const instance = counter.next++;
        return block.items.map(
          (item) => new Paragraph({ numbering: { reference: NUMBER_REFERENCE, level: 0, instance }, spacing: { after: 50 }, children: runs(item) }),
        );
      }
    }
  });
}

/** One of the program's text blocks as a section: its title as a heading, then its text filled in. */
export function textBlockSection(
  id: TextBlockId,
  blocks: TextBlocks,
  values: PlaceholderValues,
  counter: ListCounter,
  options: { level?: 1 | 2; newPage?: boolean } = {},
): Paragraph[] {
  return [heading(TEXT_BLOCK_INFO[id].title, options.level ?? 1, { newPage: options.newPage ?? false }), ...richParagraphs(renderTextBlock(blocks[id], values), counter)];
}
