/**
 * The pairing letter's editable text. A template is plain text with {{placeholders}}, "# "
 * and "## " headings and "- " bullets; blank lines separate paragraphs. Rendering gives
 * structured blocks that both the on-screen preview (as plain text) and the .docx use, so
 * what the coordinator previews is what is printed.
 */
import { formatLongDate, formatMonthYear, formatShortDate, formatTimeRange, MONTH_NAMES, parseIsoDate } from '../schedule/iso-dates';
import { CATEGORY_LABELS, CATEGORY_ORDER, type Program } from '../model';
import { joinNames, teamLabel, type DocumentContext, type LetterModel } from './document-models';

/** A piece of a rendered letter. */
export type LetterBlock =
  | { kind: 'date'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'bullets'; intro: string; items: { label: string; text: string }[] }
  | {
      kind: 'table';
      columns: { header: string; weight: number }[];
      rows: { cells: string[]; band: boolean }[];
      /** A line printed under the table, or empty. */
      note: string;
    };

/** Something wrong or doubtful in a template; line and column are 1-based. */
export interface TemplateProblem {
  severity: 'error' | 'warning';
  line: number;
  column: number;
  message: string;
}

/** Placeholders replaced by a line of text. */
export const TEXT_PLACEHOLDERS = [
  'first names',
  'names',
  'partner',
  'team',
  'team kind',
  'program',
  'organisation',
  'coordinator',
  'coordinator email',
  'coordinator role',
  'meet by',
  'cycle',
  'date',
] as const;

/** Placeholders that stand on a line of their own and become a list or a table. */
export const BLOCK_PLACEHOLDERS = ['contacts', 'reasons', 'competencies', 'schedule', 'note'] as const;

type TextPlaceholder = (typeof TEXT_PLACEHOLDERS)[number];
type BlockPlaceholder = (typeof BLOCK_PLACEHOLDERS)[number];

/** What each placeholder prints, for the template editor's help. */
export const PLACEHOLDER_HELP: Record<TextPlaceholder | BlockPlaceholder, string> = {
  'first names': 'First names of everyone in the pair or triad ("Ana and Tom")',
  names: 'Full names of everyone in the pair or triad',
  partner: 'The peer mentoring partners, full names ("Ana García and Tom Müller")',
  team: 'The team\u2019s name ("Pair 07")',
  'team kind': '"pair", "triad" or "group"',
  program: 'The program\u2019s name',
  organisation: 'The organisation\u2019s name',
  coordinator: 'The coordinator\u2019s name',
  'coordinator email': 'The coordinator\u2019s email address',
  'coordinator role': 'The coordinator\u2019s role, from the program set-up ("Peer mentoring coordinator")',
  'meet by': 'The date to have met by (end of the first month for pair meetings)',
  cycle: 'The program year ("September 2026 to May 2027")',
  date: 'The date of the letter',
  contacts: 'Table: name, job title, department and email of each member',
  reasons: 'List: what each partner can help the other with, and why they were paired',
  competencies: 'List: the competencies chosen, or the suggestion to confirm together',
  schedule: 'Table: the group meetings still to come, with dates, times and places',
  note: 'This team\u2019s own paragraph, written on the Send letters screen (nothing when empty)',
};

/** The letter the app starts with; the coordinator can change every word of it. */
export const DEFAULT_LETTER_TEMPLATE = `# {{team}}: your peer mentoring partnership
Dear {{first names}},

Welcome to {{program}}! From {{cycle}} you will be peer mentoring partners: each of you is both mentor and mentee, sharing what you do well and learning from the other.

{{note}}

## Who you are paired with
{{contacts}}

## Why we paired you
{{reasons}}

## What you will work on
{{competencies}}

## Your first steps
- Meet by {{meet by}}, in person or by video, and talk about what you each want from this year.
- Fill in and sign your peer mentoring agreement together, and give a copy to {{coordinator}}.
- Come to the group meetings listed below.

## The year at a glance
{{schedule}}

If something gets in the way, or the partnership does not work out, talk to {{coordinator}} ({{coordinator email}}). Changing a pairing is nobody\u2019s fault.

Kind regards,
{{coordinator}}
{{coordinator role}}`;

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

function normaliseName(raw: string): string {
  return raw.trim().toLowerCase().replace(/[\s_-]+/g, ' ').replace('organization', 'organisation');
}

function isText(name: string): name is TextPlaceholder {
  return (TEXT_PLACEHOLDERS as readonly string[]).includes(name);
}

function isBlock(name: string): name is BlockPlaceholder {
  return (BLOCK_PLACEHOLDERS as readonly string[]).includes(name);
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

function suggestion(name: string): string {
  const all = [...TEXT_PLACEHOLDERS, ...BLOCK_PLACEHOLDERS];
  const best = all
    .map((known) => ({ known, d: editDistance(name, known) }))
    .sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? ` Did you mean {{${best.known}}}?` : '';
}

/** Positions of stray "{{" and "}}" on a line, after well-formed placeholders are blanked out. */
function strayBraces(line: string): { index: number; token: '{{' | '}}' }[] {
  const blanked = line.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
  const found: { index: number; token: '{{' | '}}' }[] = [];
  for (const m of blanked.matchAll(/\{\{|\}\}/g)) found.push({ index: m.index ?? 0, token: m[0] as '{{' | '}}' });
  return found;
}

/**
 * Checks a template: unknown placeholders are named (with the likely intended one), braces
 * that do not close are pointed at, and list or table placeholders written inside a sentence
 * are flagged, since they only print properly on a line of their own.
 */
export function validateLetterTemplate(template: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (template.trim() === '') {
    return [{ severity: 'error', line: 1, column: 1, message: 'The template is empty: write the letter text.' }];
  }
  template.split(/\r\n|\r|\n/).forEach((line, i) => {
    const lineNo = i + 1;
    for (const m of line.matchAll(PLACEHOLDER)) {
      const column = (m.index ?? 0) + 1;
      const name = normaliseName(m[1] ?? '');
      if (name === '') {
        problems.push({ severity: 'error', line: lineNo, column, message: `Line ${lineNo}: "{{}}" has no placeholder name inside.` });
      } else if (isBlock(name)) {
        if (line.trim() !== m[0]) {
          problems.push({
            severity: 'warning',
            line: lineNo,
            column,
            message: `Line ${lineNo}: {{${name}}} prints a ${name === 'schedule' || name === 'contacts' ? 'table' : name === 'note' ? 'paragraph' : 'list'}; put it on a line of its own.`,
          });
        }
      } else if (!isText(name)) {
        problems.push({
          severity: 'error',
          line: lineNo,
          column,
          message: `Line ${lineNo}: unknown placeholder {{${(m[1] ?? '').trim()}}}.${suggestion(name)}`,
        });
      }
    }
    for (const stray of strayBraces(line)) {
      problems.push({
        severity: 'error',
        line: lineNo,
        column: stray.index + 1,
        message:
          stray.token === '{{'
            ? `Line ${lineNo}: "{{" is not closed with "}}" on the same line.`
            : `Line ${lineNo}: "}}" has no matching "{{" before it.`,
      });
    }
  });
  return problems;
}

/** The placeholder values of one letter. */
interface LetterValues {
  text: Record<TextPlaceholder, string>;
  blocks: Record<BlockPlaceholder, LetterBlock[]>;
}

/** The role printed under the coordinator's name when the program gives none. */
export const DEFAULT_COORDINATOR_TITLE = 'Peer mentoring coordinator';

/** The coordinator's role as letters and e-mails sign off with it (the default when none is set). */
export function coordinatorRoleOf(program: Pick<Program, 'coordinatorTitle'>): string {
  return (program.coordinatorTitle ?? '').trim() || DEFAULT_COORDINATOR_TITLE;
}

function cycleWords(ctx: DocumentContext): string {
  const start = parseIsoDate(ctx.program.cycleStart);
  const end = parseIsoDate(ctx.program.cycleEnd);
  if (!start || !end) return 'this program year';
  return `${formatMonthYear(start)} to ${formatMonthYear(end)}`;
}

/**
 * The group gatherings still to come on the letter's date as a table, each with its place; the
 * months when partners meet by arrangement follow as a sentence (that keeps a letter on one page).
 */
function scheduleBlocks(ctx: DocumentContext, letter: LetterModel): LetterBlock[] {
  // Nothing that is already over on the letter's date is announced as coming.
  const from = parseIsoDate(ctx.issuedOn) ? ctx.issuedOn : '';
  const coming = letter.schedule.filter((e) => from === '' || e.date >= from);
  const gatherings = coming.filter((e) => e.kind !== 'pairs');
  const pairMonths = coming
    .filter((e) => e.kind === 'pairs')
    .map((e) => parseIsoDate(e.date))
    .filter((d): d is NonNullable<typeof d> => d !== null)
    .map((d) => MONTH_NAMES[d.month - 1] ?? '');
  const pairsLine =
    pairMonths.length === 0 ? '' : `In ${joinNames(pairMonths)}, you meet as a ${letter.team.kind} at times you arrange together.`;
  if (gatherings.length === 0) {
    return [{ kind: 'paragraph', lines: ['There are no more group meetings this program year.', ...(pairsLine === '' ? [] : [pairsLine])] }];
  }
  const withPlace = gatherings.some((e) => e.place.trim() !== '');
  // Topic meetings are named by their topic: the full titles are on the schedule handout.
  const what = (e: (typeof gatherings)[number]): string => (e.topic === null ? e.title : CATEGORY_LABELS[e.topic]);
  return [
    {
      kind: 'table',
      columns: [
        { header: 'Date', weight: 2.1 },
        { header: 'Group meeting', weight: withPlace ? 3.5 : 5.9 },
        { header: 'Time', weight: 1.7 },
        ...(withPlace ? [{ header: 'Place', weight: 3.8 }] : []),
      ],
      rows: gatherings.map((e) => ({
        cells: [formatShortDate(e.date), what(e), formatTimeRange(e.startTime, e.minutes), ...(withPlace ? [e.place.trim()] : [])],
        band: false,
      })),
      note: pairsLine,
    },
  ];
}

/** The team's own paragraph(s); a blank line in it starts a new paragraph. */
function noteBlocks(note: string): LetterBlock[] {
  return note
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ''))
    .filter((lines) => lines.length > 0)
    .map((lines) => ({ kind: 'paragraph', lines }));
}

function letterValues(ctx: DocumentContext, letter: LetterModel): LetterValues {
  const { team } = letter;
  const names = team.members.map((m) => m.name);
  // Names and categories only: the descriptions are on the worksheets, and the letter stays one page.
  // Grouped by category, in the program's category order, so the letter reads like the worksheets.
  const competencyItems = [...team.competencies]
    .sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category))
    .map((c) => ({ label: c.name, text: CATEGORY_LABELS[c.category] }));
  return {
    text: {
      'first names': joinNames(team.members.map((m) => m.firstName)),
      names: joinNames(names),
      partner: joinNames(names),
      team: teamLabel(team),
      'team kind': team.kind,
      program: ctx.program.name,
      organisation: ctx.program.organisation,
      coordinator: ctx.program.coordinatorName,
      'coordinator email': ctx.program.coordinatorEmail,
      'coordinator role': coordinatorRoleOf(ctx.program),
      'meet by': parseIsoDate(letter.meetBy) ? formatLongDate(letter.meetBy) : letter.meetBy,
      cycle: cycleWords(ctx),
      date: ctx.issuedOn === '' ? '' : formatLongDate(ctx.issuedOn),
    },
    blocks: {
      contacts: [{
        kind: 'table',
        columns: [
          { header: 'Name', weight: 2.5 },
          { header: 'Job title', weight: 2.2 },
          { header: 'Department', weight: 2.1 },
          { header: 'Email', weight: 4.0 },
        ],
        rows: team.members.map((m) => ({ cells: [m.name, m.jobTitle, m.department, m.email], band: false })),
        note: '',
      }],
      reasons: [{
        kind: 'bullets',
        intro: team.reasons.length === 0 ? 'We put you together so that each of you can learn from the other\u2019s experience.' : '',
        items: team.reasons.map((r) => ({ label: '', text: r })),
      }],
      competencies: [{
        kind: 'bullets',
        intro:
          team.competencies.length === 0
            ? 'At your first meeting, choose together the competencies you want to work on this year.'
            : team.competenciesChosen
              ? ''
              : 'To confirm together: we suggest these from what you each offer and want to develop. At your first meeting, keep them or swap some for others.',
        items: competencyItems,
      }],
      schedule: scheduleBlocks(ctx, letter),
      note: noteBlocks(team.note),
    },
  };
}

function blockAsText(block: LetterBlock): string {
  switch (block.kind) {
    case 'date':
    case 'heading':
      return block.text;
    case 'paragraph':
      return block.lines.join(' ');
    case 'bullets':
      return [block.intro, ...block.items.map((i) => (i.label === '' ? i.text : `${i.label} (${i.text})`))].filter((s) => s !== '').join('; ');
    case 'table':
      return [...block.rows.map((r) => r.cells.filter((c) => c !== '').join(', ')), block.note].filter((s) => s !== '').join('; ');
  }
}

function fillLine(line: string, values: LetterValues): string {
  const filled = line.replace(PLACEHOLDER, (_, raw: string) => {
    const name = normaliseName(raw);
    if (isText(name)) return values.text[name];
    if (isBlock(name)) return values.blocks[name].map(blockAsText).join(' ');
    // Unknown placeholders are reported by validation and never printed raw.
    return '';
  });
  // Stray braces are typing slips (reported by validation); they are not printed either.
  // Removing one pair can bring two single braces together, hence until nothing changes.
  let text = filled;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\{\{|\}\}/g, '');
  }
  return text;
}

/**
 * Renders a template for one letter into blocks: the preview and the .docx are both made from
 * these, so they say the same words. The letter's date comes first. Unknown placeholders and
 * stray braces print nothing (validation names them); list and table placeholders inside a
 * sentence print as text. A team's own paragraph goes where {{note}} stands, or before the
 * closing paragraph of a template that has no {{note}}.
 */
export function renderLetterTemplate(template: string, ctx: DocumentContext, letter: LetterModel): LetterBlock[] {
  const values = letterValues(ctx, letter);
  const blocks: LetterBlock[] = values.text.date === '' ? [] : [{ kind: 'date', text: values.text.date }];
  let notePlaced = false;
  let paragraph: string[] = [];
  let bullets: { label: string; text: string }[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph });
    if (bullets.length > 0) blocks.push({ kind: 'bullets', intro: '', items: bullets });
    paragraph = [];
    bullets = [];
  };

  for (const raw of template.split(/\r\n|\r|\n/)) {
    const trimmed = raw.trim();
    const whole = /^\{\{([^{}]*)\}\}$/.exec(trimmed);
    const blockName = whole ? normaliseName(whole[1] ?? '') : '';
    if (trimmed === '') {
      flush();
    } else if (whole && isBlock(blockName)) {
      flush();
      if (blockName === 'note') notePlaced = true;
      blocks.push(...values.blocks[blockName]);
    } else if (/^##\s/.test(trimmed)) {
      flush();
      blocks.push({ kind: 'heading', level: 2, text: fillLine(trimmed.replace(/^##\s+/, ''), values) });
    } else if (/^#\s/.test(trimmed)) {
      flush();
      blocks.push({ kind: 'heading', level: 1, text: fillLine(trimmed.replace(/^#\s+/, ''), values) });
    } else if (/^[-*•]\s/.test(trimmed)) {
      if (paragraph.length > 0) {
        blocks.push({ kind: 'paragraph', lines: paragraph });
        paragraph = [];
      }
      bullets.push({ label: '', text: fillLine(trimmed.replace(/^[-*•]\s+/, ''), values) });
    } else {
      if (bullets.length > 0) {
        blocks.push({ kind: 'bullets', intro: '', items: bullets });
        bullets = [];
      }
      paragraph.push(fillLine(raw.trimEnd(), values));
    }
  }
  flush();
  if (!notePlaced && values.blocks.note.length > 0) {
    const closing = blocks.map((b) => b.kind).lastIndexOf('paragraph');
    blocks.splice(closing < 0 ? blocks.length : closing, 0, ...values.blocks.note);
  }
  return blocks;
}

function padCells(cells: string[], widths: number[]): string {
  return cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
}

/** The rendered letter as plain text, for the on-screen preview. */
export function letterBlocksToText(blocks: readonly LetterBlock[]): string {
  const parts = blocks.map((block) => {
    switch (block.kind) {
      case 'date':
        return block.text;
      case 'heading':
        return block.text;
      case 'paragraph':
        return block.lines.join('\n');
      case 'bullets':
        return [block.intro, ...block.items.map((i) => `\u2022 ${i.label}${i.label !== '' && i.text !== '' ? ' \u2014 ' : ''}${i.text}`)]
          .filter((s) => s !== '')
          .join('\n');
      case 'table': {
        const header = block.columns.map((c) => c.header);
        const rows = block.rows.map((r) => r.cells);
        const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
        return [padCells(header, widths), ...rows.map((r) => padCells(r, widths)), ...(block.note === '' ? [] : ['', block.note])].join('\n');
      }
    }
  });
  return parts.filter((p) => p !== '').join('\n\n');
}
