/**
 * Draws the report's charts in two steps, so the same pure code serves the app and Node: first
 * each plan's SVG at the text column's width (`reportChartDrawings`), then, once the caller has
 * turned those into PNGs at `CHART_DPI` (a canvas in the app, resvg in Node), the charts with
 * their images (`reportCharts`). A plan without a spec gets no image: the report prints its
 * sentence instead, never a blank chart.
 */
import type { PaperSize } from '../model';
import { reportChartWidthPx, type ProgramReportModel, type ReportChart, type ReportQuote } from '../documents/program-report';
import { chartSvg, type ChartSvg } from './chart-svg';
import type { ProgramReportContent, ReportChartPlan } from './report-content';

/** Dots per inch of the chart images at their printed size (≥ 200 keeps 7-pt labels sharp). */
export const CHART_DPI = 220;

/** How many image pixels per CSS pixel (96 to the inch) the PNGs have. */
export const CHART_SCALE = CHART_DPI / 96;

/** Each plan's SVG at the text width of `paper`, or null when the plan has no chart. */
export function reportChartDrawings(plans: readonly ReportChartPlan[], paper: PaperSize): (ChartSvg | null)[] {
  const width = reportChartWidthPx(paper);
  return plans.map((plan) => (plan.spec === null ? null : chartSvg(plan.spec, width)));
}

/**
 * The charts for the report: each drawing with its PNG (`pngs[i]` for `drawings[i]`). A chart
 * whose PNG is missing is printed as its sentence, so a failed image never leaves a blank.
 */
export function reportCharts(
  plans: readonly ReportChartPlan[],
  drawings: readonly (ChartSvg | null)[],
  pngs: readonly (Uint8Array | null)[],
): ReportChart[] {
  return plans.map((plan, i) => {
    const drawing = drawings[i] ?? null;
    const png = pngs[i] ?? null;
    const base = { title: plan.title, about: plan.about, missing: plan.missing, altText: plan.altText };
    return drawing && png && png.length > 0 ? { ...base, image: { png, widthPx: drawing.widthPx, heightPx: drawing.heightPx } } : { ...base, image: null };
  });
}

/** Everything the report prints, once the charts are drawn. */
export function programReportModel(
  content: ProgramReportContent,
  charts: readonly ReportChart[],
  quotes: readonly ReportQuote[],
  nextYear: string,
  figuresAsOf: string,
): ProgramReportModel {
  return { keyFigures: content.keyFigures, charts, quotes, nextYear, appendix: content.appendix, figuresAsOf };
}
