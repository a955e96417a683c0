/**
 * The directory's columns: how each cell shows a participant, which columns can be hidden, and
 * the coordinator's choice of columns, remembered in the app settings (meta table).
 */
import { Anchor, Badge, Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import type { DataTableColumn } from 'mantine-datatable';
import { reportError } from '../../components/report-error';
import { setMeta, useMeta } from '../../db/settings-repo';
import { teamLabel, type DirectoryRow, type DirectorySortColumn } from '../../domain/participants/directory';
import { CAREER_STAGE_LABELS } from '../../domain/model';
import { StatusBadge } from './status-badge';

/** Meta key of the visible columns. */
export const DIRECTORY_COLUMNS_KEY = 'participants.directoryColumns';

interface ColumnInfo {
  accessor: DirectorySortColumn;
  title: string;
  /** Shown when the coordinator has not chosen yet. */
  byDefault: boolean;
}

/** Every column in display order; the name column is always shown. */
export const DIRECTORY_COLUMNS: readonly ColumnInfo[] = [
  { accessor: 'name', title: 'Name', byDefault: true },
  { accessor: 'email', title: 'Email', byDefault: false },
  { accessor: 'department', title: 'Department', byDefault: true },
  { accessor: 'jobTitle', title: 'Job title', byDefault: false },
  { accessor: 'careerStage', title: 'Career stage', byDefault: true },
  { accessor: 'location', title: 'Location', byDefault: false },
  { accessor: 'manager', title: 'Manager', byDefault: false },
  { accessor: 'offers', title: 'Can offer', byDefault: true },
  { accessor: 'wants', title: 'Wants to develop', byDefault: true },
  { accessor: 'team', title: 'Paired', byDefault: true },
  { accessor: 'status', title: 'Status', byDefault: false },
];

const DEFAULT_VISIBLE = DIRECTORY_COLUMNS.filter((c) => c.byDefault).map((c) => c.accessor);

/** The remembered column choice (defaults until the coordinator changes it). */
export function useVisibleColumns(): DirectorySortColumn[] {
  const stored = useMeta<unknown>(DIRECTORY_COLUMNS_KEY, DEFAULT_VISIBLE);
  const known = new Set<string>(DIRECTORY_COLUMNS.map((c) => c.accessor));
  const list = Array.isArray(stored) ? stored.filter((v): v is DirectorySortColumn => typeof v === 'string' && known.has(v)) : DEFAULT_VISIBLE;
  return list.includes('name') ? list : ['name', ...list];
}

/** The "Columns" button: pick which columns show; saved at once. */
export function ColumnChooser({ visible }: { visible: readonly DirectorySortColumn[] }) {
  const toggle = (accessor: DirectorySortColumn, on: boolean) => {
    const next = DIRECTORY_COLUMNS.map((c) => c.accessor).filter((a) => (a === accessor ? on : visible.includes(a)));
    void setMeta(DIRECTORY_COLUMNS_KEY, next).catch(reportError);
  };
  return (
    <Popover position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Button variant="default" size="sm" leftSection={<IconColumns size={16} />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={8} role="group" aria-label="Columns to show">
          {DIRECTORY_COLUMNS.map((c) => (
            <Checkbox
              key={c.accessor}
              label={c.title}
              checked={visible.includes(c.accessor)}
              disabled={c.accessor === 'name'}
              onChange={(e) => toggle(c.accessor, e.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function CompetencyCell({ names, retired }: { names: string[]; retired: number }) {
  if (names.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None yet
      </Text>
    );
  }
  const text = names.join(', ');
  // A native tooltip (title) keeps 100 cells per page light: no popover machinery per cell.
  return (
    <Text size="sm" lineClamp={2} title={text}>
      <b>{names.length}</b> · {text}
      {retired > 0 ? ' (incl. retired)' : ''}
    </Text>
  );
}

/** The DataTable column definitions for the visible columns. */
export function directoryColumns(
  visible: readonly DirectorySortColumn[],
  retiredIds: ReadonlySet<string>,
  open: (id: string) => void,
): DataTableColumn<DirectoryRow>[] {
  const columns: Record<DirectorySortColumn, DataTableColumn<DirectoryRow>> = {
    name: {
      accessor: 'name',
      title: 'Name',
      sortable: true,
      width: 250,
      render: (row) => (
        <div style={{ minWidth: 0 }}>
          <Anchor
            component="button"
            type="button"
            fw={600}
            size="sm"
            ta="left"
            onClick={(e) => {
              e.stopPropagation();
              open(row.id);
            }}
          >
            {row.participant.name}
          </Anchor>
          {/* The address sits under the name unless it has its own column. */}
          {!visible.includes('email') && (
            <Text size="xs" c="dimmed" truncate="end">
              {row.participant.email}
            </Text>
          )}
        </div>
      ),
    },
    email: { accessor: 'email', title: 'Email', sortable: true, ellipsis: true, width: 230, render: (r) => r.participant.email },
    department: { accessor: 'department', title: 'Department', sortable: true, width: 160, render: (r) => r.participant.department },
    jobTitle: { accessor: 'jobTitle', title: 'Job title', sortable: true, width: 180, render: (r) => r.participant.jobTitle },
    careerStage: {
      accessor: 'careerStage',
      title: 'Career stage',
      sortable: true,
      width: 125,
      render: (r) =>
        r.participant.careerStage ? (
          CAREER_STAGE_LABELS[r.participant.careerStage]
        ) : (
          <Text size="sm" c="dimmed">
            Not given
          </Text>
        ),
    },
    location: { accessor: 'location', title: 'Location', sortable: true, width: 170, render: (r) => r.participant.location },
    manager: { accessor: 'manager', title: 'Manager', sortable: true, width: 160, render: (r) => r.participant.manager },
    offers: {
      accessor: 'offers',
      title: 'Can offer',
      sortable: true,
      render: (r) => (
        <CompetencyCell names={r.offerNames} retired={r.participant.offers.filter((id) => retiredIds.has(id)).length} />
      ),
    },
    wants: {
      accessor: 'wants',
      title: 'Wants to develop',
      sortable: true,
      render: (r) => (
        <CompetencyCell names={r.wantNames} retired={r.participant.wants.filter((id) => retiredIds.has(id)).length} />
      ),
    },
    team: {
      accessor: 'team',
      title: 'Paired',
      sortable: true,
      width: 100,
      render: (r) =>
        r.team ? (
          <Badge variant="light" color="teal">
            {teamLabel(r.team)}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            Not yet
          </Text>
        ),
    },
    status: {
      accessor: 'status',
      title: 'Status',
      sortable: true,
      width: 110,
      render: (r) => (
        <StatusBadge status={r.participant.status} />
      ),
    },
  };
  return DIRECTORY_COLUMNS.filter((c) => visible.includes(c.accessor)).map((c) => columns[c.accessor]);
}
