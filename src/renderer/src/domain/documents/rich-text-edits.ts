/**
 * The formatting buttons of the text editor as pure text edits: each takes the text and the
 * selection and returns the new text and selection. Bold wraps the selection in "**" (or takes
 * them away when it is already bold); headings and lists switch a marker at the start of every
 * selected line.
 */

/** A text and its selection (character offsets, start ≤ end). */
export interface TextSelection {
  text: string;
  start: number;
  end: number;
}

export type LineFormat = 'heading' | 'bullets' | 'numbered';

const MARKERS = /^(#{1,3}|[-*•]|\d{1,3}[.)])\s+/;

/** Wraps the selection in "**", or unwraps it when it is wrapped already; with nothing selected, a bold word to type over. */
export function toggleBold({ text, start, end }: TextSelection): TextSelection {
  const before = text.slice(0, start);
  const selected = text.slice(start, end);
  const after = text.slice(end);
  if (before.endsWith('**') && after.startsWith('**')) {
    return { text: before.slice(0, -2) + selected + after.slice(2), start: start - 2, end: end - 2 };
  }
  if (selected.length >= 4 && selected.startsWith('**') && selected.endsWith('**')) {
    return { text: before + selected.slice(2, -2) + after, start, end: end - 4 };
  }
  // Spaces at the edges of a selection stay outside the stars ("**word** ", not "**word **").
  const lead = /^\s*/.exec(selected)?.[0] ?? '';
  const trail = selected.trimStart() === '' ? '' : (/\s*$/.exec(selected)?.[0] ?? '');
  const core = selected.slice(lead.length, selected.length - trail.length);
  const word = core === '' ? 'bold text' : core;
  const wrapped = `${lead}**${word}**${trail}`;
  const coreStart = start + lead.length + 2;
  return { text: before + wrapped + after, start: coreStart, end: coreStart + word.length };
}

/**
 * Switches the selected lines to a heading, a bullet list or a numbered list (numbered 1, 2, 3
 * from the first selected line), or back to plain text when they all are that already.
 */
export function toggleLineFormat({ text, start, end }: TextSelection, format: LineFormat): TextSelection {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const toBreak = text.indexOf('\n', end > start && text[end - 1] === '\n' ? end - 1 : end);
  const to = toBreak === -1 ? text.length : toBreak;
  const lines = text.slice(from, to).split('\n');
  const has = (line: string): boolean =>
    format === 'heading' ? /^#{1,3}\s/.test(line) : format === 'bullets' ? /^[-*•]\s/.test(line) : /^\d{1,3}[.)]\s/.test(line);
  const content = lines.filter((line) => line.trim() !== '');
  const removing = content.length > 0 && content.every(has);
  let number = 0;
  const changed = lines.map((line) => {
    if (line.trim() === '') return line;
    const bare = line.replace(MARKERS, '');
    if (removing) return bare;
    number += 1;
    return `${format === 'heading' ? '## ' : format === 'bullets' ? '- ' : `${number}. `}${bare}`;
  });
  const replaced = changed.join('\n');
  return { text: text.slice(0, from) + replaced + text.slice(to), start: from, end: from + replaced.length };
}
