/**
 * "Export plan" on the pairing board: the proposed and confirmed teams (and, with proposals, who
 * is not in a team) as an Excel workbook or a CSV, for the steering committee to sign off.
 * Reasons are in words, never scores (`domain/pairing/plan-export`).
 */
import { Button, Menu } from '@mantine/core';
import {
  IconChevronDown,
  IconFileTypeCsv,
  IconFileTypeXls,
  IconTableExport,
} from '@tabler/icons-react';
import { documentFileName } from '../../components/documents/file-names';
import { reportDone, reportError } from '../../components/report-error';
import type { Competency, Program } from '../../domain/model';
import {
  planExportCsv,
  planExportRows,
  type PlanExportInput,
} from '../../domain/pairing/plan-export';
import type { UnpairedPerson } from '../../domain/pairing/plan-model';
import { platform } from '../../platform';
import type { BoardState } from './board-state';

/** The table's input from the board as it is shown. */
export function planExportInput(
  program: Program,
  board: BoardState,
  catalog: readonly Competency[],
  unpaired: readonly UnpairedPerson[],
): PlanExportInput {
  return {
    teams: [...board.proposals, ...board.confirmed],
    unpaired: unpaired.flatMap((u) => {
      const person = board.peopleById.get(u.participantId);
      return person ? [{ person, reason: u.reason }] : [];
    }),
    catalog,
    rules: program.rules,
  };
}

async function save(program: Program, input: PlanExportInput, kind: 'xlsx' | 'csv'): Promise<void> {
  const rows = planExportRows(input);
  const name = documentFileName('Pairing plan', program.name, kind);
  const data =
    kind === 'xlsx'
      ? await (await import('../../components/plan-export-file')).planExportXlsx(rows)
      : new TextEncoder().encode(planExportCsv(rows));
  const filters =
    kind === 'xlsx'
      ? [{ name: 'Excel workbook', extensions: ['xlsx'] }]
      : [{ name: 'CSV (opens in Excel)', extensions: ['csv'] }];
  const result = await platform.saveFile(name, data, filters);
  if (result.status === 'cancelled') return;
  const teams = input.teams.length;
  reportDone(
    'Pairing plan exported',
    `${teams === 1 ? '1 team' : `${teams} teams`} saved${result.path ? ` to ${result.path}` : ' (see your downloads)'}.`,
  );
}

/** The button with its two formats. */
export function PlanExportMenu({ program, input }: { program: Program; input: PlanExportInput }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconTableExport size={16} />}
          rightSection={<IconChevronDown size={14} />}
        >
          Export plan
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>For sign-off: teams, people, reasons, competencies</Menu.Label>
        <Menu.Item
          leftSection={<IconFileTypeXls size={16} />}
          onClick={() => void save(program, input, 'xlsx').catch(reportError)}
        >
          Excel workbook (.xlsx)
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileTypeCsv size={16} />}
          onClick={() => void save(program, input, 'csv').catch(reportError)}
        >
          CSV (.csv)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
