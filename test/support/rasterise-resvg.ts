/**
 * The report's chart rasteriser for Node (tests, bench, previews): resvg with the system's fonts
 * (Carlito stands in for Calibri, as in LibreOffice). The app uses a canvas instead.
 */
import { Resvg } from '@resvg/resvg-js';
import type { ChartSvg } from '../../src/renderer/src/domain/evaluation/chart-svg';
import { CHART_SCALE } from '../../src/renderer/src/domain/evaluation/report-charts';

/** A chart's PNG at the report's resolution. */
export function rasteriseWithResvg(chart: ChartSvg): Uint8Array {
  const image = new Resvg(chart.svg, {
    fitTo: { mode: 'width', value: Math.round(chart.widthPx * CHART_SCALE) },
    font: { loadSystemFonts: true, defaultFontFamily: 'Carlito' },
  }).render();
  return new Uint8Array(image.asPng());
}
