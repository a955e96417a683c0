/**
 * The program report on the Documents screen: the report for the sponsor (.docx with the
 * dashboard's figures as charts, the quotes people agreed to share and the coordinator's plans
 * for next year, written here and saved as they type), and every table of the program as CSV
 * files for a spreadsheet.
 */
import { Button, Stack, Text } from '@mantine/core';
import { IconChartBar, IconTable } from '@tabler/icons-react';
import { useState } from 'react';
import { AutoSaveInput } from '../../components/auto-save-input';
import { documentBaseName, documentFileName } from '../../components/documents/file-names';
import { rasteriseChart } from '../../components/documents/rasterise-chart';
import { saveDocument, saveDocumentSet } from '../../components/documents/save-files';
import { reportError } from '../../components/report-error';
import { loadProgramRecords, saveNextYearNotes, type ProgramRecords } from '../../db/program-report-repo';
import { evaluationFigures } from '../../domain/evaluation/figures';
import { programTableCsv, programTables } from '../../domain/evaluation/program-tables';
import { figuresAsOf, programReportContent } from '../../domain/evaluation/report-content';
import { programReportModel, reportChartDrawings, reportCharts } from '../../domain/evaluation/report-charts';
import { reportQuotes } from '../../domain/evaluation/report-quotes';
import type { ProgramReportModel } from '../../domain/documents/program-report';
import type { PaperSize } from '../../domain/model';
import { platform } from '../../platform';
import { DocumentCard, type MissingStep } from './document-card';
import type { CardProps } from './document-cards';

const NEEDS_PEOPLE: MissingStep = {
  message: 'Nobody is in this program yet: the report needs participants.',
  linkLabel: 'Go to Import roster',
  to: '/import',
};

/** The report's model from the program's records on `today`, its charts drawn as PNG. */
async function reportModel(records: ProgramRecords, paper: PaperSize, today: string): Promise<ProgramReportModel> {
  const figures = evaluationFigures(
    {
      program: records.program,
      participants: records.participants,
      competencies: records.catalog,
      teams: records.teams,
      members: records.members,
      events: records.events,
      attendance: records.attendance,
      meetingLogs: records.meetings,
      checkIns: records.checkIns,
      ratings: records.ratings,
      feedback: records.feedback,
    },
    today,
  );
  const content = programReportContent(figures);
  const drawings = reportChartDrawings(content.charts, paper);
  const pngs = await Promise.all(drawings.map((d) => (d ? rasteriseChart(d) : Promise.resolve(null))));
  return programReportModel(
    content,
    reportCharts(content.charts, drawings, pngs),
    reportQuotes(records.feedback, records.participants),
    records.program.nextYearNotes ?? '',
    figuresAsOf(figures),
  );
}

export function ProgramReportCard({ sources, ctx, today, run, busy }: CardProps) {
  const [exporting, setExporting] = useState(false);
  const program = sources.program;
  const notes = program.nextYearNotes ?? '';
  const fileName = documentFileName('Program report', program.name);
  const tablesName = documentBaseName('Program tables', program.name);

  const saveReport = async () => {
    try {
      const records = await loadProgramRecords(program.id);
      if (!records) throw new Error('That program no longer exists.');
      const model = await reportModel(records, ctx.paper, today);
      await run({
        title: 'Building the program report',
        job: { type: 'program-report', ctx, model, fileName },
        save: async (files) => {
          const file = files[0];
          if (file) await saveDocument(file);
        },
      });
    } catch (error) {
      reportError(error);
    }
  };

  const saveTables = async () => {
    setExporting(true);
    try {
      const records = await loadProgramRecords(program.id);
      if (!records) throw new Error('That program no longer exists.');
      const encoder = new TextEncoder();
      const files = programTables(records).map((table) => ({
        name: documentFileName(table.name, program.name, 'csv'),
        data: encoder.encode(programTableCsv(table)),
      }));
      await saveDocumentSet(tablesName, files);
    } catch (error) {
      reportError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <DocumentCard
      icon={IconChartBar}
      title="Program report"
      description="The year's results for your sponsor: key figures with how many people are behind each, the dashboard's charts, what participants agreed to share, your plans for next year, and the numbers behind every chart."
      covers="Cover and key figures, nine charts (or why one cannot be shown), quotes, next year, appendix tables"
      fileName={fileName}
      onSave={() => void saveReport()}
      busy={busy || exporting}
      missing={sources.participants.length === 0 ? NEEDS_PEOPLE : null}
      extra={
        <Button
          variant="default"
          leftSection={<IconTable size={16} />}
          onClick={() => void saveTables()}
          loading={exporting}
          disabled={busy}
        >
          Save the program tables (.csv)
        </Button>
      }
    >
      <Stack gap={4}>
        <AutoSaveInput
          multiline
          minRows={4}
          label="What we will change next year"
          description="Printed in the report under this heading. Saved as you type. A blank line starts a new paragraph; a line starting with “- ” is a bullet point."
          placeholder="For example: agree on written goals at orientation; move the March meeting out of the budget weeks."
          value={notes}
          onSave={async (text) => {
            await saveNextYearNotes(program.id, text);
            return null;
          }}
        />
        {notes.trim() === '' ? (
          <Text size="xs" c="dimmed">
            Until you write it, the report leaves this section out.
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          The program tables are eight CSV files (participants, teams, schedule, pair meetings, attendance, check-ins,
          self-ratings, feedback) that open in Excel,{' '}
          {platform.kind === 'browser' ? `downloaded together as “${tablesName}.zip”.` : 'saved into a folder you choose.'}
        </Text>
      </Stack>
    </DocumentCard>
  );
}
