/**
 * Import evaluation survey: the self-ratings (start or end of the program) or the end-of-program
 * feedback exported from Microsoft Forms or Google Forms (CSV in any Excel encoding, or .xlsx),
 * read by the roster import's pipeline, its columns mapped (the `Rate yourself [Competency]` grid
 * as one group), each row matched to a participant by email, what changes reviewed person by
 * person — then one transaction, undone in one click. Reached from the Import screen (what the
 * file holds), the Evaluation screen and the command palette.
 */
import { Group, SegmentedControl, Text } from '@mantine/core';
import { useDeferredValue, useEffect, useMemo, useReducer, useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { writeBackupBeforeImport } from '../../components/auto-backup-writer';
import { FileStep } from '../../components/import/file-step';
import { ImportDoneCard, ImportHistoryCard } from '../../components/import/import-done';
import { applyCellEdits } from '../../components/import/spreadsheet-helpers';
import { useSpreadsheetRead } from '../../components/import/spreadsheet-source';
import {
  ReadingFile,
  SurveyImportFrame,
  useSurveyFilePicking,
} from '../../components/import/survey-frame';
import {
  EMPTY_SURVEY_SESSION,
  ownMappingFor,
  surveySessionReducer,
  type SurveySessionOf,
  type SurveyStep,
} from '../../components/import/survey-session';
import { NoProgram } from '../../components/no-program';
import { reportDone, reportError } from '../../components/report-error';
import {
  commitEvaluationImport,
  useEvaluationImportState,
  type EvaluationImportState,
} from '../../db/evaluation-import-repo';
import { useCurrentProgram } from '../../db/programs-repo';
import {
  suggestEvaluationMapping,
  validateEvaluationMapping,
  type EvaluationMapping,
} from '../../domain/evaluation/survey-columns';
import {
  prepareEvaluationImport,
  type EvaluationCounts,
} from '../../domain/evaluation/survey-import';
import { createCompetencyMatcher } from '../../domain/import';
import { EvaluationColumnsStep } from './survey-columns-step';
import { confirmUndoEvaluationImport, recordEvaluationImport } from './survey-import-actions';
import { EvaluationReviewStep } from './survey-review-step';

/** What the file holds: it only changes the words (one mapping reads both). */
export type SurveyHolds = 'ratings' | 'feedback';

interface Done {
  batchId: string;
  fileName: string;
  counts: EvaluationCounts;
  skipped: number;
}

type Session = SurveySessionOf<EvaluationMapping, Done>;

/** The Done step's counts: ratings and feedback only when the file brought them. */
function doneStats(c: EvaluationCounts, skipped: number): [string, number][] {
  const ratings = c.ratingsNew + c.ratingsChanged + c.ratingsUnchanged > 0;
  const feedback = c.feedbackNew + c.feedbackChanged + c.feedbackUnchanged > 0;
  return [
    ['People', c.people],
    ...(ratings
      ? ([
          ['Ratings added', c.ratingsNew],
          ['Ratings changed', c.ratingsChanged],
        ] as [string, number][])
      : []),
    ...(feedback
      ? ([
          ['Feedback added', c.feedbackNew],
          ['Feedback changed', c.feedbackChanged],
        ] as [string, number][])
      : []),
    ['Unchanged', c.ratingsUnchanged + c.feedbackUnchanged],
    ['Rows skipped', skipped],
  ];
}

// The import in progress survives leaving the screen and coming back, within this session.
let kept: { programId: string; session: Session } | null = null;

const WORDING: Record<SurveyHolds, { title: string; hint: string; label: string }> = {
  ratings: {
    title: 'Drop the self-rating survey export here',
    hint: 'The answers of your self-rating form (“Rate yourself [Competency]”, one column per competency), downloaded from Microsoft Forms (Open in Excel) or Google Forms (Download responses .csv): CSV in any Excel encoding, or an Excel workbook (.xlsx), up to 5 MB.',
    label: 'Choose a self-rating survey export',
  },
  feedback: {
    title: 'Drop the feedback survey export here',
    hint: 'The answers of your end-of-program feedback form, downloaded from Microsoft Forms (Open in Excel) or Google Forms (Download responses .csv): CSV in any Excel encoding, or an Excel workbook (.xlsx), up to 5 MB.',
    label: 'Choose a feedback survey export',
  },
};

/** The screen: the current program's evaluation survey import. */
export function EvaluationSurveyImportPage() {
  const program = useCurrentProgram();
  const state = useEvaluationImportState(program?.id);
  const [params, setParams] = useSearchParams();
  const holds: SurveyHolds = params.get('holds') === 'feedback' ? 'feedback' : 'ratings';
  if (program === null) return <NoProgram />;
  if (!program || !state) return null;
  return (
    <EvaluationSurveyImport
      key={program.id}
      state={state}
      holds={holds}
      onHoldsChange={(h) => setParams({ holds: h }, { replace: true })}
    />
  );
}

function EvaluationSurveyImport({
  state,
  holds,
  onHoldsChange,
}: {
  state: EvaluationImportState;
  holds: SurveyHolds;
  onHoldsChange: (holds: SurveyHolds) => void;
}) {
  const navigate = useNavigate();
  const programId = state.program.id;
  const [session, dispatch] = useReducer(
    surveySessionReducer<EvaluationMapping, Done>,
    undefined,
    () => (kept?.programId === programId ? kept.session : (EMPTY_SURVEY_SESSION as Session)),
  );
  useEffect(() => {
    kept = { programId, session };
  }, [programId, session]);
  const { source, choices } = session;
  const { read, detected, rereading } = useSpreadsheetRead(source, choices);
  const readable =
    read !== null && read.rows.length > 0 && !read.problems.some((p) => p.severity === 'error');

  const matcher = useMemo(() => createCompetencyMatcher(state.catalog), [state.catalog]);
  const mapping = useMemo(() => {
    if (!read) return null;
    return (
      ownMappingFor(read.headers, session.mapping) ??
      suggestEvaluationMapping(read.headers, state.catalog, matcher)
    );
  }, [read, session.mapping, state.catalog, matcher]);
  const mappingOk =
    read !== null &&
    mapping !== null &&
    validateEvaluationMapping(mapping, read.headers, state.catalog).length === 0;
  const edited = useMemo(
    () => (read ? applyCellEdits(read, session.edits) : null),
    [read, session.edits],
  );

  const inputs = useMemo(
    () => ({ read: edited, mapping, skipped: session.skipped }),
    [edited, mapping, session.skipped],
  );
  const deferred = useDeferredValue(inputs);
  const reviewing = session.step === 2;
  const prep = useMemo(() => {
    if (!reviewing || deferred.read === null || deferred.mapping === null) return null;
    return prepareEvaluationImport(
      deferred.read,
      deferred.mapping,
      { ...state, programId },
      { excludeRows: deferred.skipped },
    );
  }, [reviewing, deferred, programId, state]);
  const updating = deferred !== inputs || rereading;

  const { choose, drop } = useSurveyFilePicking(dispatch);

  const [committing, setCommitting] = useState(false);
  const commit = () => {
    if (!prep || prep.blocked || !source || updating || committing) return;
    setCommitting(true);
    const run = async () => {
      await writeBackupBeforeImport();
      const batch = await commitEvaluationImport(programId, source.name, prep);
      recordEvaluationImport(batch.id, batch.fileName);
      dispatch({
        type: 'committed',
        done: {
          batchId: batch.id,
          fileName: batch.fileName,
          counts: prep.counts,
          skipped: session.skipped.length,
        },
      });
      reportDone('Answers imported', batch.summary);
    };
    run()
      .catch(reportError)
      .finally(() => setCommitting(false));
  };

  const goTo = (step: SurveyStep) => dispatch({ type: 'step', step });

  let content: ReactNode;
  if (session.done !== null) {
    const done = session.done;
    const undone = state.imports.find((b) => b.id === done.batchId)?.undone === true;
    const c = done.counts;
    content = (
      <ImportDoneCard
        undone={undone}
        message={
          undone
            ? `The self-ratings and feedback are back as they were before “${done.fileName}” was imported.`
            : `The answers in “${done.fileName}” are stored. A backup was written just before.`
        }
        stats={doneStats(c, done.skipped)}
        backLabel="See the evaluation"
        onBack={() => {
          dispatch({ type: 'reset' });
          void navigate('/evaluation');
        }}
        onAnother={() => {
          dispatch({ type: 'reset' });
          choose();
        }}
        onUndo={() => void confirmUndoEvaluationImport(done.batchId).catch(reportError)}
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
        wording={WORDING[holds]}
        onDropFile={drop}
      />
    );
  } else if (read === null || mapping === null || edited === null) {
    content = <ReadingFile />;
  } else if (session.step === 1 || !mappingOk) {
    content = (
      <EvaluationColumnsStep
        read={read}
        mapping={mapping}
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
      <EvaluationReviewStep
        prep={prep}
        read={edited}
        edits={session.edits}
        skipped={session.skipped}
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
    session.done === null &&
    (step === 0 || (step === 1 && readable) || (step === 2 && readable && mappingOk));

  return (
    <SurveyImportFrame
      title="Import evaluation survey"
      description="Self-ratings and end-of-program feedback from a Microsoft Forms or Google Forms export. Each row is matched to a participant by email. Nothing changes until you choose Import, and every import can be undone."
      backLabel="Back to evaluation"
      onBack={() => void navigate('/evaluation')}
      above={
        session.step === 0 &&
        session.done === null && (
          <Group gap="sm">
            <Text size="sm" fw={600} id="survey-holds-label">
              The file holds
            </Text>
            <SegmentedControl
              aria-labelledby="survey-holds-label"
              value={holds}
              onChange={(v) => onHoldsChange(v === 'feedback' ? 'feedback' : 'ratings')}
              data={[
                { value: 'ratings', label: 'Self-ratings (start or end)' },
                { value: 'feedback', label: 'End-of-program feedback' },
              ]}
            />
          </Group>
        )
      }
      columnsDescription="Map to ratings and feedback"
      step={session.step}
      done={session.done !== null}
      reachable={reachable}
      onStep={goTo}
      history={
        (session.done !== null || source === null) && (
          <ImportHistoryCard
            title="Past evaluation imports"
            empty="No self-ratings or feedback have been imported into this program yet. Each import is listed here and can be undone."
            batches={state.imports}
            onUndo={(id) => void confirmUndoEvaluationImport(id).catch(reportError)}
          />
        )
      }
    >
      {content}
    </SurveyImportFrame>
  );
}
