import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allRuns, richTextToPlain } from './rich-text';
import {
  competencyRuleInWords,
  DEFAULT_TEXT_BLOCKS,
  fillPlaceholders,
  lengthInWords,
  placeholderValues,
  renderTextBlock,
  restoreTextBlocks,
  TEXT_BLOCK_IDS,
  TEXT_BLOCK_INFO,
  TEXT_BLOCK_PLACEHOLDER_NAMES,
  validateTextBlock,
  type PlaceholderSources,
  type PlaceholderValues,
} from './text-blocks';

const program: PlaceholderSources['program'] = {
  name: 'Peer Mentoring 2026\u201327',
  organisation: 'Larkfield Health',
  coordinatorName: 'Dana O\u2019Brien',
  coordinatorEmail: 'dana@example.org',
  coordinatorTitle: '',
  cycleStart: '2026-09-01',
  cycleEnd: '2027-05-31',
  groupMeetingMinutes: 90,
  rules: { minTotal: 3, maxTotal: 6, minPerCategory: 1, maxPerCategory: 2 },
  registrationDeadline: '2026-08-21',
};
const values = placeholderValues({ program, events: [{ kind: 'orientation', date: '2026-09-08' }] });

const nameArb = fc.constantFrom(...TEXT_BLOCK_PLACEHOLDER_NAMES);
/** Text made of words, known placeholders, unknown ones, stray braces and markup. */
const templateArb = fc
  .array(
    fc.oneof(
      fc.constantFrom('Join ', 'us', ' by ', '**', '\n', '\n\n', '- ', '## ', '1. ', '{', '}', '{}', '{nope}', 'x{ y'),
      nameArb.map((n) => `{${n}}`),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
/** Values of any text without braces (a program's real words). */
const valuesArb: fc.Arbitrary<PlaceholderValues> = fc.record(
  Object.fromEntries(TEXT_BLOCK_PLACEHOLDER_NAMES.map((n) => [n, fc.string({ maxLength: 12 }).map((s) => s.replace(/[{}]/g, ''))])) as Record<
    keyof PlaceholderValues,
    fc.Arbitrary<string>
  >,
);

describe('default texts', () => {
  it('have a title and a default for every block, with no problem to fix and nothing left unfilled', () => {
    for (const id of TEXT_BLOCK_IDS) {
      expect(TEXT_BLOCK_INFO[id].title).not.toBe('');
      expect(validateTextBlock(DEFAULT_TEXT_BLOCKS[id]), id).toEqual([]);
      const printed = richTextToPlain(renderTextBlock(DEFAULT_TEXT_BLOCKS[id], values));
      expect(printed, id).not.toMatch(/[{}*]/);
    }
  });

  it('cover what the program asks for: pairing success, the functions, the challenges, the career stages and registering', () => {
    const plain = (id: (typeof TEXT_BLOCK_IDS)[number]): string => richTextToPlain(renderTextBlock(DEFAULT_TEXT_BLOCKS[id], values));
    expect(plain('pairing-success')).toMatch(/admire[\s\S]*skills you choose[\s\S]*meetings/);
    expect(plain('mentor-functions')).toMatch(/career[\s\S]*person/);
    expect(plain('challenges')).toMatch(/coffee with a friend[\s\S]*Finding time[\s\S]*Competition[\s\S]*One-sided/);
    expect(plain('career-continuum')).toMatch(/Early career[\s\S]*Mid career[\s\S]*Late career/);
    expect(plain('how-to-register')).toContain('dana@example.org');
    expect(plain('how-to-register')).toMatch(/on your own[\s\S]*team of two/);
    expect(plain('how-to-register')).toContain('Tuesday 8 September 2026');
  });
});

describe('placeholder values', () => {
  it('print the program\u2019s real dates, names and rules', () => {
    expect(values.registrationDeadline).toBe('Friday 21 August 2026');
    expect(values.cycle).toBe('September 2026 to May 2027');
    expect(values.groupMeetingLength).toBe('1\u00bd hours');
    expect(values.coordinatorRole).toBe('Peer mentoring coordinator');
    expect(values.competencyRule).toBe('3 to 6 competencies, one or two from each category');
  });

  it('print words that still read well when the program lacks a fact', () => {
    const bare = placeholderValues({ program: { ...program, registrationDeadline: undefined, coordinatorEmail: '', cycleStart: '' }, events: [] });
    expect(bare.registrationDeadline).toBe('the closing date we will announce');
    expect(bare.orientationDate).toBe('the day we will announce');
    expect(bare.cycle).toBe('this program year');
    expect(Object.values(bare).every((v) => v.trim() !== '')).toBe(true);
  });

  it('say lengths and rules in words', () => {
    expect([45, 60, 90, 120, 105].map(lengthInWords)).toEqual(['45 minutes', '1 hour', '1\u00bd hours', '2 hours', '1 hour 45 minutes']);
    expect(competencyRuleInWords({ minTotal: 3, maxTotal: 3, minPerCategory: 1, maxPerCategory: 1 })).toBe('3 competencies, one from each category');
    expect(competencyRuleInWords({ minTotal: 2, maxTotal: 5, minPerCategory: 0, maxPerCategory: 3 })).toBe('2 to 5 competencies, up to three from each category');
  });
});

describe('filling placeholders', () => {
  it('leaves no placeholder and no brace, whatever the text, when the values have none', () => {
    fc.assert(
      fc.property(templateArb, valuesArb, (text, vals) => {
        expect(fillPlaceholders(text, vals)).not.toMatch(/[{}]/);
        const printed = allRuns(renderTextBlock(text, vals)).map((r) => r.text).join('\n');
        expect(printed).not.toMatch(/[{}]/);
      }),
    );
  });

  it('puts each known placeholder\u2019s value where it stood, and keeps braces that are the program\u2019s own words', () => {
    fc.assert(
      fc.property(nameArb, fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (name, before, after) => {
        const clean = (s: string): string => s.replace(/[{}]/g, '').replace(/ {2,}/g, ' ');
        const own = { ...values, [name]: '{Team A}' };
        expect(fillPlaceholders(`${clean(before)}{${name}}${clean(after)}`, own)).toBe(`${clean(before)}{Team A}${clean(after)}`.replace(/ {2,}/g, ' '));
      }),
    );
  });

  it('never lets a program value change the layout (a name with stars stays text)', () => {
    const blocks = renderTextBlock('Welcome to {programName}.', { ...values, programName: '**Peer** - 2026' });
    expect(blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'Welcome to **Peer** - 2026.', bold: false }] }]);
  });
});

describe('validating a block', () => {
  it('accepts every known placeholder and reports nothing for plain text', () => {
    fc.assert(
      fc.property(fc.array(nameArb, { maxLength: 6 }), (names) => {
        expect(validateTextBlock(names.map((n) => `Say {${n}} here.`).join('\n'))).toEqual([]);
      }),
    );
  });

  it('reports every unknown placeholder and stray brace, with its line, column and the fix', () => {
    expect(validateTextBlock('Hello {coordinator},\nRegister by {registration deadline}.\nSee {Banana} and {}.\nA { here\nand } there\nSome **bold')).toEqual([
      { line: 1, column: 7, message: '{coordinator} is not a placeholder: write {coordinatorName} instead.' },
      { line: 2, column: 13, message: '{registration deadline} is not a placeholder: write {registrationDeadline} instead.' },
      { line: 3, column: 5, message: '{Banana} is not a placeholder: use one from the list (such as {programName}), or delete the braces.' },
      { line: 3, column: 18, message: '"{}" has no name inside: write one, such as {programName}, or delete the braces.' },
      { line: 4, column: 3, message: '"{" is not closed: add "}" after the placeholder\'s name, or delete the "{".' },
      { line: 5, column: 5, message: '"}" has no "{" before it: add the "{", or delete the "}".' },
      { line: 6, column: 6, message: 'Bold is not closed: add "**" where the bold words end, or delete this "**".' },
    ]);
  });

  it('passes only texts that print every character typed, placeholders replaced by their values', () => {
    fc.assert(
      fc.property(templateArb, valuesArb, (text, vals) => {
        if (validateTextBlock(text).length > 0) return;
        const expected = text.replace(/\{(\w+)\}/g, (_, name: keyof PlaceholderValues) => vals[name]).replace(/ {2,}/g, ' ');
        expect(fillPlaceholders(text, vals)).toBe(expected);
      }),
    );
  });
});

describe('stored texts', () => {
  it('come back with the default for every block not stored as text, and keep edited ones as typed', () => {
    const restored = restoreTextBlocks({ 'what-you-gain': 'Our own {organisation words', challenges: 42, unknown: 'x' });
    expect(restored['what-you-gain']).toBe('Our own {organisation words');
    expect(restored.challenges).toBe(DEFAULT_TEXT_BLOCKS.challenges);
    expect(Object.keys(restored)).toEqual([...TEXT_BLOCK_IDS]);
    expect(restoreTextBlocks(null)).toEqual(DEFAULT_TEXT_BLOCKS);
  });
});
