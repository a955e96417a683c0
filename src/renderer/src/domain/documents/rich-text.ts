/**
 * The tiny rich-text format of the program's text blocks: a restricted markdown the coordinator
 * types in a plain text box. One block per paragraph, separated by a blank line; "## " starts a
 * heading, "- " a bullet, "1. " a numbered item; **double stars** make a bold run. Lines of one
 * paragraph are joined with a space. Anything else is ordinary text, so nothing typed is lost.
 * `parseRichText` and `serializeRichText` are inverses on the normal form (see the tests).
 */

/** A piece of text, bold or not. */
export interface TextRun {
  text: string;
  bold: boolean;
}

/** One block of rich text. */
export type RichBlock =
  | { kind: 'heading'; runs: TextRun[] }
  | { kind: 'paragraph'; runs: TextRun[] }
  | { kind: 'bullets'; items: TextRun[][] }
  | { kind: 'numbered'; items: TextRun[][] };

// A marker alone on a line is an empty heading or item (printed as nothing), so a joined
// paragraph can never start with one.
const HEADING = /^#{1,3}(\s+|$)/;
const BULLET = /^[-*•](\s+|$)/;
const NUMBERED = /^\d{1,3}[.)](\s+|$)/;

/** Runs with empty ones dropped and neighbours of the same weight merged. */
export function normaliseRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.bold === run.bold) last.text += run.text;
    else out.push({ text: run.text, bold: run.bold });
  }
  return out;
}

/**
 * Inline text to runs: each "**" switches bold on or off. A "**" left open at the end is kept as
 * typed (validation points at it), so no star the coordinator typed disappears.
 */
export function parseInline(text: string): TextRun[] {
  const parts = text.split('**');
  if (parts.length % 2 === 0) {
    // An odd number of markers: the last one has no partner and stays literal.
    const tail = parts.splice(parts.length - 2, 2).join('**');
    parts.push(tail);
    return normaliseRuns(parts.map((part, i) => ({ text: part, bold: i % 2 === 1 })));
  }
  return normaliseRuns(parts.map((part, i) => ({ text: part, bold: i % 2 === 1 })));
}

/** Runs back to inline text ("**" around bold runs). */
export function serializeInline(runs: readonly TextRun[]): string {
  return normaliseRuns(runs)
    .map((run) => (run.bold ? `**${run.text}**` : run.text))
    .join('');
}

/** The plain words of runs. */
export function runsText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

function inlineOf(text: string): TextRun[] {
  return parseInline(text.replace(/\s+/g, ' ').trim());
}

/** Parses a block's text into rich blocks (never fails: unknown syntax is text). */
export function parseRichText(source: string): RichBlock[] {
  const blocks: RichBlock[] = [];
  let paragraph: string[] = [];
  let listKind: 'bullets' | 'numbered' | null = null;
  let listItems: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) {
      const runs = inlineOf(paragraph.join(' '));
      if (runs.length > 0) blocks.push({ kind: 'paragraph', runs });
    }
    if (listKind !== null) {
      const items = listItems.map(inlineOf).filter((runs) => runs.length > 0);
      if (items.length > 0) blocks.push({ kind: listKind, items });
    }
    paragraph = [];
    listKind = null;
    listItems = [];
  };
  for (const raw of source.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
    } else if (HEADING.test(line)) {
      flush();
      const runs = inlineOf(line.replace(HEADING, ''));
      if (runs.length > 0) blocks.push({ kind: 'heading', runs });
    } else if (BULLET.test(line) || NUMBERED.test(line)) {
      const kind = BULLET.test(line) ? 'bullets' : 'numbered';
      if (listKind !== kind) flush();
      listKind = kind;
      listItems.push(line.replace(kind === 'bullets' ? BULLET : NUMBERED, ''));
    } else {
      // A line of text right after a list starts a paragraph of its own.
      if (listKind !== null) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** Rich blocks back to text, in the normal form `parseRichText` reads back to the same blocks. */
export function serializeRichText(blocks: readonly RichBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return `## ${serializeInline(block.runs)}`;
        case 'paragraph':
          return serializeInline(block.runs);
        case 'bullets':
          return block.items.map((item) => `- ${serializeInline(item)}`).join('\n');
        case 'numbered':
          return block.items.map((item, i) => `${i + 1}. ${serializeInline(item)}`).join('\n');
      }
    })
    .join('\n\n');
}

/** Every run of the blocks, in reading order (for checks over all the words). */
export function allRuns(blocks: readonly RichBlock[]): TextRun[] {
  return blocks.flatMap((block) => (block.kind === 'heading' || block.kind === 'paragraph' ? block.runs : block.items.flat()));
}

/** The blocks with `change` applied to the text of every run. */
export function mapRunText(blocks: readonly RichBlock[], change: (text: string) => string): RichBlock[] {
  const runs = (rs: readonly TextRun[]): TextRun[] => normaliseRuns(rs.map((r) => ({ text: change(r.text), bold: r.bold })));
  return blocks.map((block) =>
    block.kind === 'heading' || block.kind === 'paragraph'
      ? { kind: block.kind, runs: runs(block.runs) }
      : { kind: block.kind, items: block.items.map(runs) },
  );
}

/** The blocks as plain text for a preview or a check (bullets as "•", numbers as "1."). */
export function richTextToPlain(blocks: readonly RichBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
        case 'paragraph':
          return runsText(block.runs);
        case 'bullets':
          return block.items.map((item) => `\u2022 ${runsText(item)}`).join('\n');
        case 'numbered':
          return block.items.map((item, i) => `${i + 1}. ${runsText(item)}`).join('\n');
      }
    })
    .join('\n\n');
}
