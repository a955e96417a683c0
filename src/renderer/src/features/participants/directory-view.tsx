/**
 * The participants table: search as you type, filters, sort, column choice, selection with bulk
 * actions, and pages of 50 so that 5,000 people stay smooth. Searching and filtering run on rows
 * prepared once per roster change (domain/participants/directory).
 */
import { Anchor, Group, MultiSelect, Paper, Select, Stack, Text, TextInput, CloseButton } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { DataTable, type DataTableColumn, type DataTableSortStatus } from 'mantine-datatable';
// Unlayered like the app's Mantine styles (main.tsx), and loaded after them.
import 'mantine-datatable/styles.css';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { groupByCategory } from '../../domain/catalog/catalog-edits';
import {
  DIRECTORY_STATUS_CHOICES,
  statusPasses,
  DEFAULT_DIRECTORY_FILTER,
  directoryFacets,
  filterDirectory,
  isFiltered,
  sortDirectory,
  type DirectoryFilter,
  type DirectoryRow,
  type DirectorySortColumn,
  type StageFilterValue,
} from '../../domain/participants/directory';
import type { Competency } from '../../domain/model';
import { BulkActions } from './bulk-actions';
import { ColumnChooser, directoryColumns, useVisibleColumns } from './directory-columns';

const PAGE_SIZES = [25, 50, 100];

interface Props {
  programId: string;
  rows: DirectoryRow[];
  catalog: readonly Competency[];
  filter: DirectoryFilter;
  onFilterChange: (filter: DirectoryFilter) => void;
  onOpen: (participantId: string) => void;
  /** The rows shown (filtered and sorted), for "export the rows shown". */
  onShownChange: (rows: DirectoryRow[]) => void;
}

/** The directory tab; memoised so the page's own updates do not redraw the table. */
export const DirectoryView = memo(function DirectoryView({
  programId,
  rows,
  catalog,
  filter,
  onFilterChange,
  onOpen,
  onShownChange,
}: Props) {
  const [sortStatus, setSortStatus] = useState<DataTableSortStatus<DirectoryRow>>({ columnAccessor: 'name', direction: 'asc' });
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const visibleColumns = useVisibleColumns();

  // Typing stays responsive: the table catches up with the query when React has time.
  const query = useDeferredValue(filter.query);
  const { status, departments, careerStages, paired, wants, offers } = filter;
  // Built from the parts, so that the urgent render of a keystroke (new query, old deferred
  // query) reuses the previous result and leaves the table alone.
  const effective = useMemo<DirectoryFilter>(
    () => ({ query, status, departments, careerStages, paired, wants, offers }),
    [query, status, departments, careerStages, paired, wants, offers],
  );
  const facets = useMemo(() => directoryFacets(rows), [rows]);
  // Sort the whole roster when it or the order changes; each keystroke then only filters
  // (filtering keeps the order).
  const sortedAll = useMemo(
    () => sortDirectory(rows, { column: sortStatus.columnAccessor as DirectorySortColumn, direction: sortStatus.direction }),
    [rows, sortStatus],
  );
  const sorted = useMemo(() => filterDirectory(sortedAll, effective), [sortedAll, effective]);
  useEffect(() => onShownChange(sorted), [sorted, onShownChange]);

  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  const currentPage = Math.min(page, pageCount);
  const pageRows = useMemo(
    () => sorted.slice((currentPage - 1) * pageSize, currentPage * pageSize),
    [sorted, currentPage, pageSize],
  );

  // Bulk actions apply only to selected people the filters still show.
  const shownSelected = useMemo(() => sorted.filter((r) => selected.has(r.id)), [sorted, selected]);
  const retiredIds = useMemo(() => new Set(catalog.filter((c) => c.retired).map((c) => c.id)), [catalog]);
  const columns = useMemo(() => directoryColumns(visibleColumns, retiredIds, onOpen), [visibleColumns, retiredIds, onOpen]);
  const competencyOptions = useMemo(
    () =>
      groupByCategory(catalog.filter((c) => !c.retired)).map((g) => ({
        group: g.label,
        items: g.competencies.map((c) => ({ value: c.id, label: c.name })),
      })),
    [catalog],
  );
  const nameById = useMemo(() => new Map(rows.map((r) => [r.id, r.participant.name])), [rows]);
  const locations = useMemo(
    () => [...new Set(rows.map((r) => r.participant.location).filter((l) => l !== ''))].sort(),
    [rows],
  );

  const changeSort = useCallback((status: DataTableSortStatus<DirectoryRow>) => {
    setPage(1);
    setSortStatus(status);
  }, []);
  const changePageSize = useCallback((size: number) => {
    setPageSize(size);
    setPage(1);
  }, []);
  const changeSelection = useCallback(
    (records: DirectoryRow[]) => {
      // The table reports the whole selection it knows; keep people selected on other pages.
      const onPage = new Set(pageRows.map((r) => r.id));
      setSelected((previous) => {
        const next = new Set([...previous].filter((id) => !onPage.has(id)));
        for (const r of records) next.add(r.id);
        return next;
      });
    },
    [pageRows],
  );

  const update = (change: Partial<DirectoryFilter>) => {
    setPage(1);
    onFilterChange({ ...filter, ...change });
  };

  const pool = useMemo(() => rows.filter((r) => statusPasses(status, r.participant.status)), [rows, status]);
  const poolSize = pool.length;
  // "active participants" while nobody in view is interested or in a trial period.
  const statusWord =
    filter.status === 'current' && pool.every((r) => r.participant.status === 'active')
      ? 'active participants'
      : (DIRECTORY_STATUS_CHOICES.find((c) => c.value === filter.status)?.word ?? 'participants');

  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" radius="md">
        <Stack gap="xs">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              label="Search"
              placeholder="Search name, email, department, competency…"
              leftSection={<IconSearch size={16} />}
              value={filter.query}
              onChange={(e) => update({ query: e.currentTarget.value })}
              rightSection={
                filter.query ? <CloseButton size="sm" aria-label="Clear search" onClick={() => update({ query: '' })} /> : null
              }
              style={{ flex: '1 1 320px' }}
            />
            <Select
              label="Status"
              w={210}
              data={DIRECTORY_STATUS_CHOICES.map(({ value, label }) => ({ value, label }))}
              value={filter.status}
              allowDeselect={false}
              onChange={(v) => v && update({ status: v as DirectoryFilter['status'] })}
            />
            <Select
              label="Paired"
              w={150}
              data={[
                { value: 'any', label: 'Paired or not' },
                { value: 'paired', label: 'Paired' },
                { value: 'unpaired', label: 'Not paired' },
              ]}
              value={filter.paired}
              allowDeselect={false}
              onChange={(v) => v && update({ paired: v as DirectoryFilter['paired'] })}
            />
          </Group>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <MultiSelect
              label="Department"
              placeholder={filter.departments.length === 0 ? 'Any department' : undefined}
              data={facets.departments.map((d) => ({ value: d.value, label: `${d.label} (${d.count})` }))}
              value={filter.departments}
              onChange={(departments) => update({ departments })}
              searchable
              clearable
              style={{ flex: '1 1 220px' }}
            />
            <MultiSelect
              label="Career stage"
              placeholder={filter.careerStages.length === 0 ? 'Any stage' : undefined}
              data={facets.careerStages.map((s) => ({ value: s.value, label: `${s.label} (${s.count})` }))}
              value={filter.careerStages}
              onChange={(stages) => update({ careerStages: stages as StageFilterValue[] })}
              clearable
              style={{ flex: '1 1 200px' }}
            />
            <Select
              label="Wants to develop"
              placeholder="Any competency"
              data={competencyOptions}
              value={filter.wants}
              onChange={(wants) => update({ wants })}
              searchable
              clearable
              style={{ flex: '1 1 220px' }}
            />
            <Select
              label="Can offer"
              placeholder="Any competency"
              data={competencyOptions}
              value={filter.offers}
              onChange={(offers) => update({ offers })}
              searchable
              clearable
              style={{ flex: '1 1 220px' }}
            />
          </Group>
        </Stack>
      </Paper>

      <Group justify="space-between" mih={34} wrap="wrap" gap="xs">
        {shownSelected.length > 0 ? (
          <Group gap="sm">
            <Text size="sm" fw={600} aria-live="polite">
              {shownSelected.length} selected
            </Text>
            {shownSelected.length < sorted.length && (
              <Anchor component="button" type="button" size="sm" onClick={() => setSelected(new Set(sorted.map((r) => r.id)))}>
                Select all {sorted.length} shown
              </Anchor>
            )}
            <Anchor component="button" type="button" size="sm" onClick={() => setSelected(new Set())}>
              Clear selection
            </Anchor>
          </Group>
        ) : (
          <Group gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="directory-count">
              {sorted.length === poolSize ? `${poolSize} ${statusWord}` : `${sorted.length} of ${poolSize} ${statusWord}`}
            </Text>
            {isFiltered(filter) && (
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => {
                  setPage(1);
                  onFilterChange(DEFAULT_DIRECTORY_FILTER);
                }}
              >
                <Group gap={4} component="span">
                  <IconFilterOff size={14} aria-hidden />
                  Clear filters
                </Group>
              </Anchor>
            )}
          </Group>
        )}
        <Group gap="xs">
          {shownSelected.length > 0 && (
            <BulkActions
              programId={programId}
              selectedIds={shownSelected.map((r) => r.id)}
              nameOf={(id) => nameById.get(id) ?? 'Someone'}
              departments={facets.departments.map((d) => d.value)}
              locations={locations}
              onDone={() => setSelected(new Set())}
            />
          )}
          <ColumnChooser visible={visibleColumns} />
        </Group>
      </Group>

      <DirectoryTable
        pageRows={pageRows}
        columns={columns}
        sortStatus={sortStatus}
        onSortStatusChange={changeSort}
        selected={shownSelected}
        onSelectionChange={changeSelection}
        onOpen={onOpen}
        total={sorted.length}
        pageSize={pageSize}
        page={currentPage}
        onPageChange={setPage}
        onPageSizeChange={changePageSize}
        emptyText={rows.length === 0 ? 'No participants yet' : 'No one matches the search and filters'}
      />
    </Stack>
  );
});

interface TableProps {
  pageRows: DirectoryRow[];
  columns: DataTableColumn<DirectoryRow>[];
  sortStatus: DataTableSortStatus<DirectoryRow>;
  onSortStatusChange: (status: DataTableSortStatus<DirectoryRow>) => void;
  selected: DirectoryRow[];
  onSelectionChange: (records: DirectoryRow[]) => void;
  onOpen: (id: string) => void;
  total: number;
  pageSize: number;
  page: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (size: number) => void;
  emptyText: string;
}

/**
 * The table itself, memoised: a keystroke in the search box first re-renders only the box, and
 * the 50 rows only once the (deferred) result differs.
 */
const DirectoryTable = memo(function DirectoryTable(props: TableProps) {
  return (
    <DataTable<DirectoryRow>
      aria-label="Participants"
      withTableBorder
      borderRadius="md"
      highlightOnHover
      verticalSpacing="xs"
      minHeight={props.total === 0 ? 180 : undefined}
      records={props.pageRows}
      columns={props.columns}
      idAccessor="id"
      sortStatus={props.sortStatus}
      onSortStatusChange={props.onSortStatusChange}
      selectedRecords={props.selected}
      onSelectedRecordsChange={props.onSelectionChange}
      getRecordSelectionCheckboxProps={(r) => ({ 'aria-label': `Select ${r.participant.name}` })}
      allRecordsSelectionCheckboxProps={{ 'aria-label': 'Select everyone on this page' }}
      onRowClick={({ record }) => props.onOpen(record.id)}
      rowStyle={() => ({ cursor: 'pointer' })}
      totalRecords={props.total}
      recordsPerPage={props.pageSize}
      page={props.page}
      onPageChange={props.onPageChange}
      recordsPerPageOptions={PAGE_SIZES}
      onRecordsPerPageChange={props.onPageSizeChange}
      recordsPerPageLabel="Per page"
      paginationText={({ from, to, totalRecords }) => `${from}–${to} of ${totalRecords}`}
      noRecordsText={props.emptyText}
    />
  );
});
