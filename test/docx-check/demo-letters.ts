/**
 * The demo program's pairing letters as the app prints them on a day in October of its first
 * year: every team's letter, either as the demo stands (most teams chose, one has not) or with no
 * team having chosen yet (every letter shows the suggestion to confirm together).
 */
import { buildDemoProgram } from '../../src/renderer/src/domain/demo/demo-program';
import { buildLetterModels, type DocumentContext, type LetterModel } from '../../src/renderer/src/domain/documents/document-models';
import type { Competency, PaperSize, SelectionRules } from '../../src/renderer/src/domain/model';

/** The letters of the demo year with what they were built from. */
export interface DemoLetters {
  ctx: DocumentContext;
  letters: LetterModel[];
  catalog: Competency[];
  rules: SelectionRules;
}

/** The demo's letters on 5 October 2026 (the orientation is past, the first pair month is on). */
export function demoLetters(paper: PaperSize, nothingChosen = false): DemoLetters {
  let n = 0;
  const demo = buildDemoProgram('2026-10-05T09:00:00.000Z', () => `id-${String(++n).padStart(4, '0')}`, 'year-in-progress');
  const year = demo.year;
  if (!year) throw new Error('the demo year is missing');
  const ctx: DocumentContext = { program: demo.program, paper, issuedOn: '2026-10-05' };
  const letters = buildLetterModels(
    demo.program,
    nothingChosen ? year.teams.map((t) => ({ ...t, competencyIds: [] })) : year.teams,
    year.teamMembers,
    demo.participants,
    demo.competencies,
    year.events,
    ctx.issuedOn,
  );
  return { ctx, letters, catalog: demo.competencies, rules: demo.program.rules };
}
