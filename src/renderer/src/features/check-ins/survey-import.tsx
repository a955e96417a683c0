/**
 * Import responses: the answers of a check-in survey exported from Microsoft Forms or Google
 * Forms (CSV in any Excel encoding, or .xlsx) read by the roster import's own pipeline, its columns
 * mapped to check-in fields, each response matched to a team by the respondent's email, problems
 * corrected or skipped, what will be added reviewed — then one transaction, undone in one click.
 */
import { useDeferredValue, useEffect, useMemo, useReducer, useState, type ReactNode } from 'react';
import { writeBackupBeforeImport } from '../../components/auto-backup-writer';
import { FileStep } from '../../components/import/file-step';
import { ImportDoneCard, ImportHistoryCard } from '../../components/import/import-done';
import { applyCellEdits } from '../../components/import/spreadsheet-helpers';
import { useSpreadsheetRead } from '../../components/import/spreadsheet-source';
import { ReadingFile, SurveyImportFrame, useSurveyFilePicking } from '../../components/import/survey-frame';
import { reportDone, reportError } from '../../components/report-error';
import { commitSurveyImport, type CheckInsState } from '../../db/check-ins-repo';
import { prepareSurveyImport } from '../../domain/check-ins/survey-import';
import { surveyMappingFor, validateSurveyMapping } from '../../domain/check-ins/survey-mapping';
import { teamLabel } from '../../domain/documents/document-models';
import { createCompetencyMatcher } from '../../domain/import';
import type { ImportBatch } from '../../domain/model';
import { confirmUndoCheckInImport, recordSurveyImport } from './check-in-actions';
import { SurveyColumnsStep } from './survey-columns-step';
import { SurveyReviewStep } from './survey-review-step';
import { EMPTY_SURVEY_SESSION, ownMappingFor, surveyReducer, type SurveyDone, type SurveySession, type SurveyStep } from './survey-session';

// The import in progress survives leaving the screen and coming back, within this session.
let kept: { programId: string; session: SurveySession } | null = null;

const WORDING = {
  title: 'Drop the survey export here',
  hint: 'The responses of your check-in form, downloaded from Microsoft Forms (Open in Excel) or Google Forms (Download responses .csv): CSV in any Excel encoding, or an Excel workbook (.xlsx), up to 5 MB.',
  label: 'Choose a survey export',
};

function DoneStep({ done, batch, onBack, onAnother, teamLabelOf }: { done: SurveyDone; batch: ImportBatch | undefined; onBack: () => void; onAnother: () => void; teamLabelOf: (id: string) => string }) {
  const undone = batch?.undone === true;
  return (
    <ImportDoneCard
      undone={undone}
      message={
        undone
          ? `The check-ins from “${done.fileName}” were removed.`
          : `The responses in “${done.fileName}” are now check-ins of their teams. A backup was written just before.`
      }
      stats={[
        ['Check-ins added', done.added],
        ['Teams', done.teams],
        ['Imported before', done.alreadyImported],
        ['Skipped', done.skipped],
      ]}
      backLabel="See the check-ins"
      onBack={onBack}
      onAnother={onAnother}
      onUndo={() => void confirmUndoCheckInImport(done.batchId, teamLabelOf).catch(reportError)}
    />
  );
}

/** The program's survey imports, each with its own undo. */
export function SurveyImportHistory({ batches, teamLabelOf }: { batches: ImportBatch[]; teamLabelOf: (id: string) => string }) {
  return (
    <ImportHistoryCard
      title="Past survey imports"
      empty="No survey has been imported into this program yet. Each import is listed here and can be undone."
      batches={batches}
      onUndo={(id) => void confirmUndoCheckInImport(id, teamLabelOf).catch(reportError)}
    />
  );
}

export function SurveyImport({ state, onClose }: { state: CheckInsState; onClose: () => void }) {
  const programId = state.program.id;
  const [session, dispatch] = useReducer(surveyReducer, undefined, () => (kept?.programId === programId ? kept.session : EMPTY_SURVEY_SESSION));
  useEffect(() => {
    kept = { programId, session };
  }, [programId, session]);
  const { source, choices } = session;
  const { read, detected, rereading } = useSpreadsheetRead(source, choices);
  const readable = read !== null && read.rows.length > 0 && !read.problems.some((p) => p.severity === 'error');

  const matcher = useMemo(() => createCompetencyMatcher(state.catalog), [state.catalog]);
  const mapped = useMemo(() => {
    if (!read) return null;
    const own = ownMappingFor(read.headers, session.mapping);
    return own ? { mapping: own, source: 'own' as const } : surveyMappingFor(read.headers, state.surveyMappings, state.catalog, matcher);
  }, [read, session.mapping, state.surveyMappings, state.catalog, matcher]);
  const mapping = mapped?.mapping ?? null;
  const mappingOk = read !== null && mapping !== null && validateSurveyMapping(mapping, read.headers, state.catalog).length === 0;
  const edited = useMemo(() => (read ? applyCellEdits(read, session.edits) : null), [read, session.edits]);

  const inputs = useMemo(() => ({ read: edited, mapping, skipped: session.skipped }), [edited, mapping, session.skipped]);
  const deferred = useDeferredValue(inputs);
  const reviewing = session.step === 2;
  const prep = useMemo(() => {
    if (!reviewing || deferred.read === null || deferred.mapping === null) return null;
    return prepareSurveyImport(
      deferred.read,
      deferred.mapping,
      {
        programId,
        teams: state.teams,
        members: state.members,
        participants: state.participants,
        catalog: state.catalog,
        importedKeys: state.importedKeys,
      },
      { excludeRows: deferred.skipped },
    );
  }, [reviewing, deferred, programId, state]);
  const updating = deferred !== inputs || rereading;

  const { choose, drop } = useSurveyFilePicking(dispatch);

  const [committing, setCommitting] = useState(false);
  const commit = () => {
    if (!prep || prep.blocked || !source || !mapping || updating || committing) return;
    setCommitting(true);
    const run = async () => {
      await writeBackupBeforeImport();
      const batch = await commitSurveyImport(programId, source.name, prep.responses, mapping);
      recordSurveyImport(batch.id, batch.fileName);
      dispatch({
        type: 'committed',
        done: {
          batchId: batch.id,
          fileName: batch.fileName,
          added: batch.added.length,
          teams: new Set(prep.responses.map((r) => r.teamId)).size,
          alreadyImported: prep.alreadyImported.length,
          skipped: session.skipped.length,
        },
      });
      reportDone('Responses imported', `${batch.added.length} check-in${batch.added.length === 1 ? '' : 's'} added.`);
    };
    run()
      .catch(reportError)
      .finally(() => setCommitting(false));
  };

  const labels = useMemo(() => new Map(state.teams.map((t) => [t.id, teamLabel(t)])), [state.teams]);
  const teamLabelOf = (id: string) => labels.get(id) ?? 'A team no longer in the program';
  const goTo = (step: SurveyStep) => dispatch({ type: 'step', step });

  let content: ReactNode;
  if (session.done !== null) {
    content = (
      <DoneStep
        done={session.done}
        batch={state.imports.find((b) => b.id === session.done?.batchId)}
        onBack={() => {
          dispatch({ type: 'reset' });
          onClose();
        }}
        onAnother={() => {
          dispatch({ type: 'reset' });
          choose();
        }}
        teamLabelOf={teamLabelOf}
      />
    );
  } else if (session.step === 0 || source === null) {
    content = (
      <FileStep
        source={source}
        fileError={session.fileError}
        read={read}
        choices={choices}
        detected={detected}
        onChoose={choose}
        onChoicesChange={(c) => dispatch({ type: 'choices', choices: c })}
        onNext={() => goTo(1)}
        wording={WORDING}
        onDropFile={drop}
      />
    );
  } else if (read === null || mapping === null || mapped === null || edited === null) {
    content = <ReadingFile />;
  } else if (session.step === 1 || !mappingOk) {
    content = (
      <SurveyColumnsStep
        read={read}
        mapping={mapping}
        source={mapped.source}
        catalog={state.catalog}
        onChange={(m) => dispatch({ type: 'mapping', mapping: m })}
        onBack={() => goTo(0)}
        onNext={() => goTo(2)}
      />
    );
  } else if (prep === null) {
    content = <ReadingFile />;
  } else {
    content = (
      <SurveyReviewStep
        prep={prep}
        read={edited}
        edits={session.edits}
        skipped={session.skipped}
        participants={state.participants}
        catalog={state.catalog}
        updating={updating}
        committing={committing}
        onEdit={(row, column, value) => dispatch({ type: 'edit-cell', row, column, value })}
        onSkip={(rows) => dispatch({ type: 'skip', rows })}
        onInclude={(row) => dispatch({ type: 'include', row })}
        onBack={() => goTo(1)}
        onCommit={commit}
      />
    );
  }

  const reachable = (step: number): boolean =>
    session.done === null && (step === 0 || (step === 1 && readable) || (step === 2 && readable && mappingOk));

  return (
    <SurveyImportFrame
      title="Import check-in responses"
      description="Each response is matched to a team by the respondent’s email. Nothing changes until you choose Import, and every import can be undone."
      backLabel="Back to check-ins"
      onBack={onClose}
      columnsDescription="Map to check-in fields"
      step={session.step}
      done={session.done !== null}
      reachable={reachable}
      onStep={goTo}
      history={(session.done !== null || source === null) && <SurveyImportHistory batches={state.imports} teamLabelOf={teamLabelOf} />}
    >
      {content}
    </SurveyImportFrame>
  );
}
