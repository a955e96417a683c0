/**
 * The program report as packed .docx: every drawn chart is a picture in the file with its words,
 * a chart that cannot be drawn is a sentence instead (never an empty frame), the quotes people
 * agreed to share, the coordinator's next-year text (or no such section while it is empty).
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { evaluationFigures } from '../../../src/renderer/src/domain/evaluation/figures';
import { programReportContent } from '../../../src/renderer/src/domain/evaluation/report-content';
import { CHART_SCALE, reportChartDrawings } from '../../../src/renderer/src/domain/evaluation/report-charts';
import { buildProgramReport, type ProgramReportModel } from '../../../src/renderer/src/domain/documents/program-report';
import { packDocument } from '../../../src/renderer/src/domain/documents/pack';
import { readDocx } from '../../docx-check/docx-reader';
import { context } from '../../docx-check/fixtures';
import { finishedYear, finishedYearReport, REPORT_DAY } from '../../docx-check/report-fixture';

describe('the program report', () => {
  it('holds one picture per drawn chart, says why for the others, and never prints a raw value', async () => {
    for (const people of [40, 2]) {
      const { document, images } = finishedYearReport('a4', people);
      const docx = readDocx(await packDocument(document));
      const media = Object.keys(docx.files).filter((name) => name.startsWith('word/media/'));
      expect(media).toHaveLength(images);
      expect((docx.documentXml.match(/<w:drawing>/g) ?? []).length).toBe(images);
      expect(docx.text).toContain('Key figures');
      expect(docx.text).toContain('What we will change next year');
      expect(docx.text).not.toMatch(/NaN|undefined|null|\u2192/);
      if (people === 2) {
        expect(docx.text).toContain('Fewer than 3 people answered, so the answers are not shown');
        expect(docx.text).toContain('No category has start and end ratings from at least 3 people');
      } else {
        expect(images).toBe(9);
        expect(docx.text).toMatch(/a participant in [A-Z]/);
        expect(docx.text).toContain('Appendix: the numbers behind the charts');
      }
    }
  });

  it('draws every chart with ink on it, sharp enough for print (220 dpi at the page width)', () => {
    const content = programReportContent(evaluationFigures(finishedYear(40), REPORT_DAY));
    for (const drawing of reportChartDrawings(content.charts, 'a4')) {
      if (!drawing) continue;
      const image = new Resvg(drawing.svg, { fitTo: { mode: 'width', value: Math.round(drawing.widthPx * CHART_SCALE) }, font: { loadSystemFonts: true } }).render();
      expect(image.width / (drawing.widthPx / 96)).toBeGreaterThanOrEqual(200);
      // Dark pixels (bars, labels): a blank or text-less chart would have almost none.
      const pixels = image.pixels; // a copy each time it is read: read it once
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 100) dark += 1;
      expect(dark / (image.width * image.height)).toBeGreaterThan(0.01);
    }
  });

  it('leaves out the next-year section until the coordinator writes it, and says when nobody shared a quote', async () => {
    const model: ProgramReportModel = { keyFigures: [], charts: [], quotes: [], nextYear: '  \n', appendix: [], figuresAsOf: '' };
    const docx = readDocx(await packDocument(buildProgramReport(context('letter'), model)));
    expect(docx.text).not.toContain('What we will change next year');
    expect(docx.text).toContain('No participant agreed to have their words quoted in this report.');
    expect(docx.pageSizes[0]).toEqual({ width: 12240, height: 15840 });
  });
});
