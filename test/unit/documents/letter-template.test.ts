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
    expect(text).toContain('PAIR 07: YOUR PEER MENTORING PARTNERSHIP');
    expect(text).toContain('Peer Mentoring 2026\u201327');
    expect(text).toContain('September 2026 to May 2027');
    expect(text).toContain('Saturday 31 October 2026');
    expect(text).toContain('Dana O\u2019Brien (dana.obrien@example.org)');
  });

  it('lists the reasons and the chosen competencies as bullets', () => {
    const blocks = renderLetterTemplate('{{reasons}}\n{{competencies}}', ctx, pair07);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({ kind: 'bullets', items: teams[0]!.reasons.map((text) => ({ label: '', text })) });
    expect(blocks[1]?.kind).toBe('bullets');
    if (blocks[1]?.kind === 'bullets') {
      expect(blocks[1].items.map((i) => i.label)).toEqual(['Stress management', 'Written communication', 'Analytical thinking', 'Developing others']);
      expect(blocks[1].intro).toBe('');
    }
  });

  it('says the competencies are suggestions when the team has not chosen', () => {
    const [block] = renderLetterTemplate('{{competencies}}', ctx, pair08);
    expect(block?.kind).toBe('bullets');
    if (block?.kind === 'bullets') {
      expect(block.intro).toMatch(/^Suggested/);
      expect(block.items.map((i) => i.label).sort()).toEqual(['Managing change', 'Technical expertise']);
    }
  });

  it('makes contacts and schedule tables with every member and every group meeting', () => {
    const [contacts, schedule] = renderLetterTemplate('{{contacts}}\n{{schedule}}', ctx, triad);
    expect(contacts?.kind).toBe('table');
    if (contacts?.kind === 'table') {
      expect(contacts.rows.map((r) => r.cells[0])).toEqual(['Zoë Dubois-Lefèvre', 'Kwame Mensah', 'Mei Chen']);
      expect(contacts.rows[1]?.cells).toEqual(['Kwame Mensah', 'Ward manager 🩺', 'Emergency', participants[5]!.email]);
    }
    expect(schedule?.kind).toBe('table');
    if (schedule?.kind === 'table') {
      expect(schedule.rows.map((r) => r.cells[0])).toEqual(['Tue 8 Sep 2026', 'Tue 10 Nov 2026', 'Tue 12 Jan 2027', 'Tue 9 Mar 2027', 'Tue 11 May 2027']);
      expect(schedule.rows.every((r) => r.cells[2] === '12:00\u201314:00')).toBe(true);
      expect(schedule.note).toContain('October, December, February and April');
      expect(schedule.note).toContain('Room 4.12, Education Centre');
    }
  });

  it('keeps a Place column when meetings are in different places', () => {
    const moved = { ...pair07, schedule: pair07.schedule.map((e, i) => (i === 2 ? { ...e, place: 'Library' } : e)) };
    const [schedule] = renderLetterTemplate('{{schedule}}', ctx, moved);
    if (schedule?.kind !== 'table') throw new Error('expected a table');
    expect(schedule.columns.map((c) => c.header)).toContain('Place');
    expect(schedule.rows[1]?.cells[3]).toBe('Library');
  });

  it('turns headings, bullets and line breaks into their blocks', () => {
    const blocks = renderLetterTemplate('# Hello {{team}}\n## Part\nLine one\nLine two\n\n- a {{team kind}}\n- b', ctx, triad);
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
    const [block] = renderLetterTemplate('Because: {{reasons}}', ctx, pair07);
    expect(block?.kind).toBe('paragraph');
    if (block?.kind === 'paragraph') expect(block.lines[0]).toContain('Ana offers Stress management');
  });
});
