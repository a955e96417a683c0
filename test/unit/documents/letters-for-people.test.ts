/**
 * The pairing letters as the people who receive them read them, for every team of the demo
 * program (as it stands, and with no team having chosen yet) and of the document fixtures: no
 * scoring points, no placeholder left, suggested competencies within the program rules, each
 * page of the combined file naming its team, and the editor's preview saying exactly what the
 * saved letter says.
 */
import { describe, expect, it } from 'vitest';
import { buildLetterModels, type DocumentContext, type LetterModel } from '../../../src/renderer/src/domain/documents/document-models';
import { DEFAULT_LETTER_TEMPLATE, letterBlocksToText, renderLetterTemplate } from '../../../src/renderer/src/domain/documents/letter-template';
import { packDocument } from '../../../src/renderer/src/domain/documents/pack';
import { buildPairLetter, buildPairLetters, letterFooterLabel } from '../../../src/renderer/src/domain/documents/pair-letters';
import type { Competency, SelectionRules } from '../../../src/renderer/src/domain/model';
import { demoLetters } from '../../docx-check/demo-letters';
import { readDocx, xmlText } from '../../docx-check/docx-reader';
import { catalog, context, events, members, participants, program, teams } from '../../docx-check/fixtures';

interface LetterSet {
  name: string;
  ctx: DocumentContext;
  letters: LetterModel[];
  catalog: Competency[];
  rules: SelectionRules;
}

function demoSets(): LetterSet[] {
  return [
    { name: 'demo year', ...demoLetters('a4') },
    { name: 'demo, nothing chosen yet', ...demoLetters('a4', true) },
    {
      name: 'fixtures',
      ctx: context('a4'),
      letters: buildLetterModels(program, teams, members, participants, catalog, events, '2026-09-15'),
      catalog,
      rules: program.rules,
    },
  ];
}

const sets = demoSets();

/** Words in reading order: bullet marks and spacing (table padding, line breaks) set aside. */
function words(text: string): string[] {
  return text.replace(/\u2022/g, ' ').split(/\s+/).filter((w) => w !== '');
}

describe.each(sets.map((s) => [s.name, s] as const))('pairing letters (%s)', (_name, set) => {
  it('has a letter for every team', () => {
    expect(set.letters.length).toBeGreaterThanOrEqual(3);
  });

  it('never prints scoring points or a placeholder', async () => {
    const docx = readDocx(await packDocument(buildPairLetters(set.ctx, set.letters)));
    const everything = [docx.text, ...docx.headerXml.map(xmlText), ...docx.footerXml.map(xmlText)].join('\n');
    expect(everything).not.toMatch(/[+\u2212]\s?\d/);
    expect(everything).not.toMatch(/\bpoints?\b/i);
    expect(everything).not.toMatch(/\{[^{}\n]*\}/);
    expect(everything).not.toMatch(/[{}]/);
  });

  it('suggests competencies within the program rules, marked to confirm together', () => {
    const category = new Map(set.catalog.map((c) => [c.id, c.category]));
    for (const letter of set.letters.filter((l) => !l.team.competenciesChosen)) {
      const ids = letter.team.competencies.map((c) => c.id);
      expect(ids.length).toBeGreaterThanOrEqual(set.rules.minTotal);
      expect(ids.length).toBeLessThanOrEqual(set.rules.maxTotal);
      for (const cat of ['self', 'business', 'people'] as const) {
        const count = ids.filter((id) => category.get(id) === cat).length;
        expect(count).toBeGreaterThanOrEqual(set.rules.minPerCategory);
        expect(count).toBeLessThanOrEqual(set.rules.maxPerCategory);
      }
      const text = letterBlocksToText(renderLetterTemplate(DEFAULT_LETTER_TEMPLATE, set.ctx, letter));
      expect(text).toContain('To confirm together');
    }
  });

  it('names each team in the footer of its pages in the combined file', async () => {
    const docx = readDocx(await packDocument(buildPairLetters(set.ctx, set.letters)));
    const sectionFooters = [...docx.documentXml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => /<w:footerReference[^>]*r:id="([^"]+)"/.exec(m[0])?.[1]);
    expect(sectionFooters).toHaveLength(set.letters.length);
    const rels = new TextDecoder().decode(docx.files['word/_rels/document.xml.rels']);
    set.letters.forEach((letter, i) => {
      const target = new RegExp(`Id="${sectionFooters[i]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${sectionFooters[i]}"`).exec(rels)?.[1];
      const footer = new TextDecoder().decode(docx.files[`word/${target}`]);
      expect(xmlText(footer)).toContain(letterFooterLabel(letter.team));
    });
  });

  it('says in the preview exactly what the saved letter says', async () => {
    for (const letter of set.letters) {
      const preview = letterBlocksToText(renderLetterTemplate(DEFAULT_LETTER_TEMPLATE, set.ctx, letter));
      const saved = readDocx(await packDocument(buildPairLetter(set.ctx, letter))).text;
      expect(words(preview)).toEqual(words(saved));
    }
  });

  it('prints the organisation once in the header and the program name once in the greeting', async () => {
    const docx = readDocx(await packDocument(buildPairLetter(set.ctx, set.letters[0]!)));
    const header = xmlText(docx.headerXml.join(''));
    const org = set.ctx.program.organisation;
    expect(header.split(org).length - 1).toBe(1);
    const greeting = docx.text.split('\n').find((line) => line.startsWith('Welcome to')) ?? '';
    expect(greeting.split(org).length - 1).toBeLessThanOrEqual(1);
  });
});
