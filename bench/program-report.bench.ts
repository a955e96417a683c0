/**
 * The program report with all its charts for a finished year of 300 people: the figures and the
 * report's words, the nine charts as SVG, the charts as PNG at 220 dpi (resvg here; the app draws
 * them on a canvas), and the .docx built and packed (in the app: in the documents worker).
 * Target: the whole report under 3 s on the 2-core reference machine.
 */
import { buildProgramReport } from '../src/renderer/src/domain/documents/program-report';
import { packDocument } from '../src/renderer/src/domain/documents/pack';
import { evaluationFigures } from '../src/renderer/src/domain/evaluation/figures';
import { figuresAsOf, programReportContent } from '../src/renderer/src/domain/evaluation/report-content';
import { programReportModel, reportChartDrawings, reportCharts } from '../src/renderer/src/domain/evaluation/report-charts';
import { reportQuotes } from '../src/renderer/src/domain/evaluation/report-quotes';
import type { Feedback } from '../src/renderer/src/domain/model';
import { context, generatedParticipants } from '../test/docx-check/fixtures';
import { finishedYear, REPORT_DAY } from '../test/docx-check/report-fixture';
import { rasteriseWithResvg } from '../test/support/rasterise-resvg';

interface Row {
  label: string;
  ms: number;
}

function best(samples: number[]): number {
  return Math.min(...samples);
}

/** Prints each step's time (best of 3) and the whole report's. */
export async function run(): Promise<void> {
  const people = 300;
  const input = finishedYear(people);
  const participants = generatedParticipants(people);
  const ctx = { ...context('a4'), issuedOn: REPORT_DAY };
  const steps: Record<string, number[]> = { figures: [], svg: [], png: [], docx: [], total: [] };
  let bytes = 0;
  let images = 0;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    const figures = evaluationFigures(input, REPORT_DAY);
    const content = programReportContent(figures);
    const t1 = performance.now();
    const drawings = reportChartDrawings(content.charts, ctx.paper);
    const t2 = performance.now();
    const pngs = drawings.map((d) => (d ? rasteriseWithResvg(d) : null));
    const t3 = performance.now();
    const charts = reportCharts(content.charts, drawings, pngs);
    const model = programReportModel(content, charts, reportQuotes(input.feedback as Feedback[], participants), 'Agree on goals at orientation.', figuresAsOf(figures));
    const packed = await packDocument(buildProgramReport(ctx, model));
    const t4 = performance.now();
    bytes = packed.length;
    images = charts.filter((c) => c.image !== null).length;
    steps.figures!.push(t1 - t0);
    steps.svg!.push(t2 - t1);
    steps.png!.push(t3 - t2);
    steps.docx!.push(t4 - t3);
    steps.total!.push(t4 - t0);
  }
  const rows: Row[] = [
    { label: `figures and words, ${people} people`, ms: best(steps.figures!) },
    { label: `${images} charts as SVG`, ms: best(steps.svg!) },
    { label: `${images} charts as PNG at 220 dpi (resvg)`, ms: best(steps.png!) },
    { label: 'build and pack the .docx', ms: best(steps.docx!) },
    { label: `whole report (${Math.round(bytes / 1024)} KiB)`, ms: best(steps.total!) },
  ];
  console.log('program report, best of 3'.padEnd(44) + 'ms'.padStart(9) + '  target: whole report < 3000 ms');
  for (const r of rows) console.log(r.label.padEnd(44) + r.ms.toFixed(0).padStart(9));
}
