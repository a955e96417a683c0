import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluationInputArb } from '../../../../../test/support/evaluation';
import { evaluationFigures, MIN_PEOPLE } from './figures';
import { MAX_COMPETENCY_BARS, programReportContent, readerNote } from './report-content';

const TODAY = '2027-06-14';

describe('what the program report says', () => {
  it('gives every chart either a spec with bars or a sentence saying why there is none', () => {
    fc.assert(
      fc.property(evaluationInputArb, (input) => {
        const content = programReportContent(evaluationFigures(input, TODAY));
        expect(content.charts).toHaveLength(9);
        for (const chart of content.charts) {
          if (chart.spec === null) expect(chart.missing.length).toBeGreaterThan(20);
          else {
            const count = chart.spec.kind === 'grouped' ? chart.spec.groups.length : chart.spec.bars.length;
            expect(count, chart.title).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it('never charts a self-reported figure from fewer than 3 people, and says how many people are behind each growth bar', () => {
    fc.assert(
      fc.property(evaluationInputArb, (input) => {
        const figures = evaluationFigures(input, TODAY);
        const [, , , , byCategory, byCompetency, , satisfaction, answers] = programReportContent(figures).charts;
        for (const chart of [byCategory, byCompetency]) {
          if (chart?.spec?.kind !== 'grouped') continue;
          expect(chart.spec.groups.length).toBeLessThanOrEqual(MAX_COMPETENCY_BARS);
          for (const g of chart.spec.groups) expect(Number(/\((\d+)\)$/.exec(g.label)?.[1])).toBeGreaterThanOrEqual(MIN_PEOPLE);
        }
        expect(satisfaction?.spec === null).toBe(figures.satisfaction.people < MIN_PEOPLE);
        if (answers?.spec?.kind === 'stacked') for (const bar of answers.spec.bars) expect(bar.values.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(MIN_PEOPLE);
      }),
    );
  });

  it('gives every key figure what it rests on, and leaves the app\'s "what to do next" out of the appendix', () => {
    fc.assert(
      fc.property(evaluationInputArb, (input) => {
        const content = programReportContent(evaluationFigures(input, TODAY));
        expect(content.keyFigures.map((k) => k.label)).toHaveLength(8);
        // The first is the head count itself; every other says out of how many, or why there is none.
        for (const k of content.keyFigures.slice(1)) expect(k.basis).toMatch(/\d|nobody|no /);
        for (const t of content.appendix) {
          expect(t.rows.length).toBeGreaterThan(0);
          expect(t.note).not.toMatch(/\u2192|on Evaluation|on Attendance|on Log meetings|on Pairing/);
          for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
        }
      }),
    );
  });

  it('drops hints for the coordinator from notes meant for the sponsor', () => {
    expect(readerNote('Not shown: only 2 people behind it (at least 3 are needed). Enter feedback on Evaluation \u2192 Feedback.')).toBe(
      'Not shown: only 2 people behind it (at least 3 are needed).',
    );
    expect(readerNote('No check-in has been recorded yet: record one on Check-ins (typed, paper or survey import).')).toBe('No check-in has been recorded yet.');
    expect(readerNote('Expected: active people in a team on the day of the meeting.')).toBe('Expected: active people in a team on the day of the meeting.');
  });
});
