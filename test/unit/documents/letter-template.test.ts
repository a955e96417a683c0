import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLetterModels } from '../../../src/renderer/src/domain/documents/document-models';
import {
  BLOCK_PLACEHOLDERS,
  DEFAULT_LETTER_TEMPLATE,
  letterBlocksToText,
  renderLetterTemplate,
  TEXT_PLACEHOLDERS,
  validateLetterTemplate,
} from '../../../src/renderer/src/domain/documents/letter-template';
import { catalog, context, events, members, participants, program, teams } from '../../docx-check/fixtures';

const letters = buildLetterModels(program, teams, members, participants, catalog, events, '2026-09-15');
const ctx = context();
/** No date line: the structure tests look at the template's own blocks. */
const undated = { ...ctx, issuedOn: '' };
const pair07 = letters.find((l) => l.team.number === 7)!;
const pair08 = letters.find((l) => l.team.number === 8)!;
const triad = letters.find((l) => l.team.kind === 'triad')!;

describe('validateLetterTemplate', () => {
  it('accepts the default template', () => {
    expect(validateLetterTemplate(DEFAULT_LETTER_TEMPLATE)).toEqual([]);
  });

  it('names an unknown placeholder with its line and suggests the likely one', () => {
    const problems = validateLetterTemplate('Dear {{first names}},\n\nYour partner is {{parnter}}.');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', line: 3, column: 17 });
    expect(problems[0]?.message).toContain('{{parnter}}');
    expect(problems[0]?.message).toContain('Did you mean {{partner}}?');
  });

  it('does not suggest anything for a name far from every placeholder', () => {
    const [problem] = validateLetterTemplate('Hello {{favourite colour}}');
    expect(problem?.message).toContain('unknown placeholder {{favourite colour}}');
    expect(problem?.message).not.toContain('Did you mean');
  });

  it('points at braces that do not close or have no opening', () => {
    const problems = validateLetterTemplate('Dear {{first names,\nSee you }} soon');
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [1, 6],
      [2, 9],
    ]);
    expect(problems[0]?.message).toContain('not closed');
    expect(problems[1]?.message).toContain('no matching');
  });

  it('flags empty placeholders and an empty template', () => {
    expect(validateLetterTemplate('Hi {{ }}')[0]?.message).toContain('no placeholder name');
    expect(validateLetterTemplate('  \n ')[0]?.message).toContain('empty');
  });

  it('warns when a list or table placeholder sits inside a sentence', () => {
    const [problem] = validateLetterTemplate('We paired you because {{reasons}}.');
    expect(problem).toMatchObject({ severity: 'warning', line: 1 });
    expect(problem?.message).toContain('line of its own');
  });

  it('accepts every known placeholder, in any case and spacing', () => {
    const text = [...TEXT_PLACEHOLDERS.map((p) => `x {{ ${p.toUpperCase()} }} y`), ...BLOCK_PLACEHOLDERS.map((p) => `{{${p}}}`)].join('\n');
    expect(validateLetterTemplate(text)).toEqual([]);
  });
});

describe('renderLetterTemplate', () => {
  it('fills names, team, program, dates and the coordinator', () => {
    const text = letterBlocksToText(renderLetterTemplate(DEFAULT_LETTER_TEMPLATE, ctx, pair07));
    expect(text).toContain('Dear Ana and Tom,');
    expect(text).toContain('Pair 07: your peer mentoring partnership');
    expect(text).toContain('Peer Mentoring 2026\u201327');
    expect(text).toContain('September 2026 to May 2027');
    expect(text).toContain('Saturday 31 October 2026');
    expect(text).toContain('Dana O\u2019Brien (dana.obrien@example.org)');
  });

  it('lists the reasons and the chosen competencies as bullets', () => {
    const blocks = renderLetterTemplate('{{reasons}}\n{{competencies}}', undated, pair07);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({
      kind: 'bullets',
      items: [
        { label: '', text: 'Ana can help Tom with Stress management.' },
        { label: '', text: 'Tom can help Ana with Written communication.' },
      ],
    });
    expect(blocks[1]?.kind).toBe('bullets');
    if (blocks[1]?.kind === 'bullets') {
      // Grouped by category (self-management, business, people), the team's order within each.
      expect(blocks[1].items.map((i) => i.label)).toEqual(['Stress management', 'Analytical thinking', 'Written communication', 'Developing others']);
      expect(blocks[1].intro).toBe('');
    }
  });

  it('says the competencies are suggestions when the team has not chosen', () => {
    const [block] = renderLetterTemplate('{{competencies}}', undated, pair08);
    expect(block?.kind).toBe('bullets');
    if (block?.kind === 'bullets') {
      expect(block.intro).toMatch(/^To confirm together: we suggest these/);
      expect(block.items.map((i) => i.label)).toEqual(['Flexibility', 'Technical expertise', 'Managing change']);
    }
  });

  it('makes contacts and schedule tables with every member and every group meeting still to come', () => {
    const [, contacts, schedule] = renderLetterTemplate('{{contacts}}\n{{schedule}}', { ...ctx, issuedOn: '2026-09-01' }, triad);
    expect(contacts?.kind).toBe('table');
    if (contacts?.kind === 'table') {
      expect(contacts.rows.map((r) => r.cells[0])).toEqual(['Zoë Dubois-Lefèvre', 'Kwame Mensah', 'Mei Chen']);
      expect(contacts.rows[1]?.cells).toEqual(['Kwame Mensah', 'Ward manager 🩺', 'Emergency', participants[5]!.email]);
    }
    expect(schedule?.kind).toBe('table');
    if (schedule?.kind === 'table') {
      expect(schedule.rows.map((r) => r.cells[0])).toEqual(['Tue 8 Sep 2026', 'Tue 10 Nov 2026', 'Tue 12 Jan 2027', 'Tue 9 Mar 2027', 'Tue 11 May 2027']);
      expect(schedule.rows.every((r) => r.cells[2] === '12:00\u201314:00')).toBe(true);
      // The place is in the table, on every row, not in a footnote.
      expect(schedule.columns.map((c) => c.header)).toEqual(['Date', 'Group meeting', 'Time', 'Place']);
      expect(schedule.rows.every((r) => r.cells[3] === 'Room 4.12, Education Centre')).toBe(true);
      expect(schedule.note).toBe('In October, December, February and April, you meet as a triad at times you arrange together.');
    }
  });

  it('announces only the meetings still to come on the letter\u2019s date', () => {
    const [, late] = renderLetterTemplate('{{schedule}}', { ...ctx, issuedOn: '2027-01-20' }, triad);
    if (late?.kind !== 'table') throw new Error('expected a table');
    expect(late.rows.map((r) => r.cells[0])).toEqual(['Tue 9 Mar 2027', 'Tue 11 May 2027']);
    expect(late.note).toBe('In February and April, you meet as a triad at times you arrange together.');
    const [, over] = renderLetterTemplate('{{schedule}}', { ...ctx, issuedOn: '2027-06-01' }, triad);
    expect(over).toEqual({ kind: 'paragraph', lines: ['There are no more group meetings this program year.'] });
  });

  it('dates the letter first, then signs it with the coordinator\u2019s name and role', () => {
    const blocks = renderLetterTemplate(DEFAULT_LETTER_TEMPLATE, ctx, pair07);
    expect(blocks[0]).toEqual({ kind: 'date', text: 'Tuesday 15 September 2026' });
    expect(blocks[blocks.length - 1]).toEqual({ kind: 'paragraph', lines: ['Kind regards,', 'Dana O\u2019Brien', 'Peer mentoring coordinator'] });
    const titled = { ...ctx, program: { ...ctx.program, coordinatorTitle: 'Learning & Development Partner' } };
    const last = renderLetterTemplate(DEFAULT_LETTER_TEMPLATE, titled, pair07).at(-1);
    expect(last).toEqual({ kind: 'paragraph', lines: ['Kind regards,', 'Dana O\u2019Brien', 'Learning & Development Partner'] });
  });

  it('prints a team\u2019s own note where {{note}} stands, in that team\u2019s letter only', () => {
    const noted = { ...pair07, team: { ...pair07.team, note: 'Tom starts on 1 October.\n\nAna will be your host.' } };
    const blocks = renderLetterTemplate('Dear {{first names}},\n\n{{note}}\n\nRegards', undated, noted);
    expect(blocks).toEqual([
      { kind: 'paragraph', lines: ['Dear Ana and Tom,'] },
      { kind: 'paragraph', lines: ['Tom starts on 1 October.'] },
      { kind: 'paragraph', lines: ['Ana will be your host.'] },
      { kind: 'paragraph', lines: ['Regards'] },
    ]);
    // Another team's letter from the same template has no note.
    expect(renderLetterTemplate('Dear {{first names}},\n\n{{note}}\n\nRegards', undated, triad)).toHaveLength(2);
    // A template without {{note}} prints it before the closing paragraph.
    const older = renderLetterTemplate('Dear {{first names}},\n\n## Next\n- meet\n\nRegards', undated, noted);
    expect(older.map((b) => (b.kind === 'paragraph' ? b.lines[0] : b.kind))).toEqual(['Dear Ana and Tom,', 'heading', 'bullets', 'Tom starts on 1 October.', 'Ana will be your host.', 'Regards']);
  });

  it('keeps a Place column when meetings are in different places', () => {
    const moved = { ...pair07, schedule: pair07.schedule.map((e, i) => (i === 2 ? { ...e, place: 'Library' } : e)) };
    const [schedule] = renderLetterTemplate('{{schedule}}', undated, moved);
    if (schedule?.kind !== 'table') throw new Error('expected a table');
    expect(schedule.columns.map((c) => c.header)).toContain('Place');
    expect(schedule.rows[1]?.cells[3]).toBe('Library');
  });

  it('turns headings, bullets and line breaks into their blocks', () => {
    const blocks = renderLetterTemplate('# Hello {{team}}\n## Part\nLine one\nLine two\n\n- a {{team kind}}\n- b', undated, triad);
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Hello Triad 03' },
      { kind: 'heading', level: 2, text: 'Part' },
      { kind: 'paragraph', lines: ['Line one', 'Line two'] },
      { kind: 'bullets', intro: '', items: [{ label: '', text: 'a triad' }, { label: '', text: 'b' }] },
    ]);
  });

  it('never prints a raw placeholder or brace, whatever the template', () => {
    const pieces = fc.constantFrom('{{', '}}', '{', '}', '{{names}}', '{{nope}}', '{{schedule}}', '{{ team }}', 'text ', '\n', '# ', '- ', '{{{', '}}}');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = letterBlocksToText(renderLetterTemplate(parts.join(''), ctx, pair07));
        expect(text).not.toContain('{{');
        expect(text).not.toContain('}}');
      }),
      { numRuns: 300 },
    );
  });

  it('prints list placeholders used inside a sentence as text', () => {
    const [block] = renderLetterTemplate('Because: {{reasons}}', undated, pair07);
    expect(block?.kind).toBe('paragraph');
    if (block?.kind === 'paragraph') expect(block.lines[0]).toContain('Ana can help Tom with Stress management');
  });
});
