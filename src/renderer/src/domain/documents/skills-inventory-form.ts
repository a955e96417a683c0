/**
 * The blank skills inventory: a self-assessment listing the catalog by category, where each
 * person ticks what they can offer a partner and what they want to develop, with their name,
 * department and career stage at the top.
 */
import { Paragraph, TextRun, type Document } from 'docx';
import { CAREER_STAGE_LABELS, CATEGORY_LABELS, CATEGORY_ORDER } from '../model';
import type { DocumentContext, SkillsInventoryModel } from './document-models';
import {
  checkbox,
  COLORS,
  createDocument,
  fieldRow,
  heading,
  noteBox,
  optionsGrid,
  paragraph,
 
  SIZES,
  spacer,
  table,
  title,
  writingLines,
  type RowSpec,
} from './style';

const DOCUMENT_NAME = 'Skills inventory';

function boxCell(): Paragraph[] {
  return [new Paragraph({ style: 'TableText', alignment: 'center', children: [checkbox(false, 'large')] })];
}

/** The blank self-assessment form for the whole catalog. */
export function buildSkillsInventoryForm(ctx: DocumentContext, model: SkillsInventoryModel): Document {
  const rows: RowSpec[] = [];
  for (const category of CATEGORY_ORDER) {
    const inCategory = model.competencies.filter((c) => c.category === category);
    let band: string | null = null;
    for (const c of inCategory) {
      // One shaded heading per category and cluster ("Business skills: Achieving results").
      const heading = c.cluster.trim() === '' ? CATEGORY_LABELS[category] : `${CATEGORY_LABELS[category]}: ${c.cluster.trim()}`;
      if (heading !== band) {
        band = heading;
        rows.push({ cells: [heading], spanAll: true });
      }
      rows.push({
        cells: [
          [
            new Paragraph({
              style: 'TableText',
              children: [new TextRun({ text: c.name, bold: true }), new TextRun({ text: `  ${c.description}`, size: SIZES.small, color: COLORS.muted })],
            }),
          ],
          boxCell(),
          boxCell(),
        ],
      });
    }
  }

  const children = [
    title('Skills inventory'),
    paragraph('A self-assessment, so that we can pair you with a colleague who complements you.', { style: 'Subtitle' }),
    fieldRow(ctx.paper, [
      { label: 'Name', value: '', weight: 4 },
      { label: 'Department', value: '', weight: 3 },
    ]),
    fieldRow(ctx.paper, [{ label: 'Job title', value: '', weight: 1 }]),
    spacer(80),
    optionsGrid(ctx.paper, [{ label: 'Career stage', options: (['early', 'mid', 'late'] as const).map((stage) => ({ label: CAREER_STAGE_LABELS[stage] })) }]),
    spacer(100),
    noteBox(ctx.paper, [
      paragraph(
        'Tick \u201cI can offer\u201d where you could help a colleague, and \u201cI want to develop\u201d where you would like to grow. Tick as many or as few as fit: there are no wrong answers.',
        { after: 0 },
      ),
    ]),
    spacer(120),
    table(
      ctx.paper,
      [
        { header: 'Competency', weight: 7.6 },
        { header: 'I can offer', weight: 1.2, align: 'center' },
        { header: 'I want to develop', weight: 1.2, align: 'center' },
      ],
      rows,
      { dense: true, smallText: true },
    ),
    heading('Colleagues I already know well, and anything else the coordinator should know', 2),
    // Letter pages are shorter; the table takes the same room, so one line fewer.
    writingLines(ctx.paper, ctx.paper === 'letter' ? 2 : 3),
  ];
  return createDocument(ctx, DOCUMENT_NAME, [{ documentName: DOCUMENT_NAME, children }]);
}
