/**
 * Import roster: read a spreadsheet (CSV in any common encoding and separator, or .xlsx), map its
 * columns, correct or leave out failing rows, decide about unknown competency names, review what
 * changes person by person, and commit it as one undoable import. The file, the menu (Ctrl/Cmd+O)
 * and a drop anywhere on the window all lead here.
 */
import { Button, Group, Loader, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useReducer,
  useState,
  type ReactNode,
} from 'react';
import { reportError } from '../../components/report-error';
import { useCatalog } from '../../db/catalog-repo';
import {
  useImportBatches,
  useProgramParticipants,
  useRememberedMappings,
} from '../../db/import-repo';
import { useCurrentProgram } from '../../db/programs-repo';
import type { Competency, ImportBatch, Participant, Program } from '../../domain/model';
import {
  createCompetencyMatcher,
  prepareImport,
  validateMapping,
  type ColumnMapping,
} from '../../domain/import';
import { ColumnsStep } from './columns-step';
import { FileStep } from '../../components/import/file-step';
import { useSpreadsheetRead } from '../../components/import/spreadsheet-source';
import {
  commitPlan,
  downloadRosterTemplate,
  pickRosterFile,
  readDroppedFile,
  type PickedFile,
} from './import-actions';
import { applyCellEdits } from './import-helpers';
import { DoneStep, ImportHistory } from './import-history';
import { onInboxItem, takeInboxItem } from './import-inbox';
import {
  EMPTY_SESSION,
  effectiveMapping,
  sessionReducer,
  type ImportSession,
  type ImportStep,
} from './import-session';
import { ReviewStep, type ReviewHandlers } from './review-step';

// The import in progress survives leaving the screen (to add a competency, check a person) and
// coming back, within this session of the app.
let kept: { programId: string; session: ImportSession } | null = null;
let sourceCounter = 0;

export function ImportPage() {
  const program = useCurrentProgram();
  const catalog = useCatalog(program?.id);
  const participants = useProgramParticipants(program?.id);
  const remembered = useRememberedMappings();
  const batches = useImportBatches(program?.id);
  if (!program || !catalog || !participants || !remembered || !batches) return null;
  if (program.status === 'archived') {
    return (
      <Text size="sm" c="dimmed">
        Nothing can be imported into an archived program. Switch to the program you are running in the header.
      </Text>
    );
  }
  return (
    <ImportWorkspace
      key={program.id}
      program={program}
      catalog={catalog}
      participants={participants}
      remembered={remembered}
      batches={batches}
    />
  );
}

function ImportWorkspace({
  program,
  catalog,
  participants,
  remembered,
  batches,
}: {
  program: Program;
  catalog: Competency[];
  participants: Participant[];
  remembered: ColumnMapping[];
  batches: ImportBatch[];
}) {
  const programId = program.id;
  const [session, dispatch] = useReducer(sessionReducer, undefined, () =>
    kept?.programId === programId ? kept.session : EMPTY_SESSION,
  );
  useEffect(() => {
    kept = { programId, session };
  }, [programId, session]);
  const { source, choices } = session;

  // Read (again) whenever the file or a reading choice changes.
  const current = useSpreadsheetRead(source, choices);
  const read = current.read;
  const rereading = current.rereading;
  const readable =
    read !== null && read.rows.length > 0 && !read.problems.some((p) => p.severity === 'error');

  const mapped = useMemo(
    () => (read ? effectiveMapping(read.headers, session.mapping, remembered, read.rows) : null),
    [read, session.mapping, remembered],
  );
  const mapping = mapped?.mapping ?? null;
  const mappingOk =
    read !== null && mapping !== null && validateMapping(mapping, read.headers).length === 0;
  const edited = useMemo(
    () => (read ? applyCellEdits(read, session.edits) : null),
    [read, session.edits],
  );
  const matcher = useMemo(() => createCompetencyMatcher(catalog), [catalog]);

  // Every choice re-runs the whole pure pipeline; deferring keeps typing and clicking responsive
  // on large rosters, and the import button waits until the review is up to date.
  const inputs = useMemo(
    () => ({
      read: edited,
      mapping,
      excluded: session.excluded,
      decisions: session.decisions,
      markAbsentWithdrawn: session.markAbsentWithdrawn,
      listMode: session.listMode,
    }),
    [
      edited,
      mapping,
      session.excluded,
      session.decisions,
      session.markAbsentWithdrawn,
      session.listMode,
    ],
  );
  const deferred = useDeferredValue(inputs);
  const reviewing = session.step === 2;
  const prep = useMemo(() => {
    if (!reviewing || deferred.read === null || deferred.mapping === null) return null;
    return prepareImport(deferred.read, deferred.mapping, catalog, participants, {
      programId,
      excludeRows: deferred.excluded,
      competencyChoices: deferred.decisions,
      markAbsentWithdrawn: deferred.markAbsentWithdrawn,
      listMode: deferred.listMode,
      matcher,
    });
  }, [reviewing, deferred, catalog, participants, programId, matcher]);
  const updating = deferred !== inputs || rereading;

  const loadPicked = useCallback((picked: PickedFile) => {
    if (picked === null) return;
    if (!picked.ok) dispatch({ type: 'file-refused', message: picked.message });
    else
      dispatch({
        type: 'file-loaded',
        source: { id: ++sourceCounter, name: picked.name, bytes: picked.bytes },
      });
  }, []);
  const choose = useCallback(
    () => void pickRosterFile().then(loadPicked, reportError),
    [loadPicked],
  );

  // Files dropped on the window and Ctrl/Cmd+O arrive through the inbox, also before this mounted.
  useEffect(() => {
    const handle = () => {
      const item = takeInboxItem();
      if (item === null) return;
      if (item.kind === 'file') void readDroppedFile(item.file).then(loadPicked, reportError);
      else if (item.kind === 'picked') loadPicked(item.picked);
      else choose();
    };
    handle();
    return onInboxItem(handle);
  }, [choose, loadPicked]);

  const [committing, setCommitting] = useState(false);
  const commit = () => {
    if (!prep || prep.blocked || !source || !mapping || updating) return;
    setCommitting(true);
    commitPlan({ programId, fileName: source.name, plan: prep.plan, participants, mapping })
      .then((done) => dispatch({ type: 'committed', done }), reportError)
      .finally(() => setCommitting(false));
  };

  const goTo = (step: ImportStep) => dispatch({ type: 'step', step });
  const handlers: ReviewHandlers = {
    onEdit: (row, column, value) => dispatch({ type: 'edit-cell', row, column, value }),
    onLeaveOut: (rows) => dispatch({ type: 'leave-out', rows }),
    onInclude: (row) => dispatch({ type: 'include', row }),
    onDecide: (decisions) => dispatch({ type: 'decide', decisions }),
    onMarkAbsent: (withdraw) => dispatch({ type: 'absent', withdraw }),
    onListMode: (mode) => dispatch({ type: 'list-mode', mode }),
    onBack: () => goTo(1),
    onCommit: commit,
  };

  const waiting = (
    <Group gap="xs">
      <Loader size="sm" />
      <Text size="sm">Reading the file…</Text>
    </Group>
  );

  let content: ReactNode;
  if (session.done !== null) {
    content = (
      <DoneStep
        done={session.done}
        batch={batches.find((b) => b.id === session.done?.batchId)}
        onImportAnother={() => {
          dispatch({ type: 'reset' });
          choose();
        }}
      />
    );
  } else if (session.step === 0 || source === null) {
    content = (
      <FileStep
        source={source}
        fileError={session.fileError}
        read={read}
        choices={choices}
        detected={current.detected}
        onChoose={choose}
        onChoicesChange={(c) => dispatch({ type: 'choices', choices: c })}
        onNext={() => goTo(1)}
      />
    );
  } else if (read === null || mapping === null || mapped === null || edited === null) {
    content = waiting;
  } else if (session.step === 1 || !mappingOk) {
    content = (
      <ColumnsStep
        read={read}
        mapping={mapping}
        mappingSource={mapped.source}
        onChange={(m) => dispatch({ type: 'mapping', mapping: m })}
        onBack={() => goTo(0)}
        onNext={() => goTo(2)}
      />
    );
  } else if (prep === null) {
    content = waiting;
  } else {
    content = (
      <ReviewStep
        programId={programId}
        prep={prep}
        read={read}
        emailColumn={mapping.columns.findIndex((c) => c.target === 'email')}
        session={session}
        edits={session.edits}
        catalog={catalog}
        updating={updating}
        committing={committing}
        handlers={handlers}
      />
    );
  }

  const reachable = (step: number): boolean =>
    session.done === null &&
    (step === 0 || (step === 1 && readable) || (step === 2 && readable && mappingOk));

  return (
    <Stack gap="lg" maw={1240}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            Import roster
          </Title>
          <Text c="dimmed" size="sm" maw={720}>
            Bring participants in from a spreadsheet. Nothing changes until you choose Import now,
            and every import can be undone.
          </Text>
        </div>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          onClick={() => void downloadRosterTemplate(catalog).catch(reportError)}
        >
          Download CSV template
        </Button>
      </Group>
      <Stepper
        active={session.done !== null ? 4 : session.step}
        onStepClick={(step) => reachable(step) && goTo(step as ImportStep)}
        allowNextStepsSelect={false}
        size="sm"
      >
        <Stepper.Step label="File" description="Choose and read" />
        <Stepper.Step label="Columns" description="Map to fields" />
        <Stepper.Step label="Review" description="Fix and check" />
        <Stepper.Step label="Done" description="Summary and undo" />
      </Stepper>
      {content}
      {(session.done !== null || source === null) && <ImportHistory batches={batches} />}
    </Stack>
  );
}
