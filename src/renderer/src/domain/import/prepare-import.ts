/**
 * The whole roster import after the read step, as one pure call: map the columns, validate every
 * row, match competencies against the catalog, and plan the merge with the stored participants.
 * The import screen calls it again after every choice the coordinator makes (mapping, rows left
 * out, competency decisions); the bench times it. Nothing here writes anything.
 */
import type { Competency, Participant } from '../model';
import type { ColumnMapping, MappingProblem } from './column-mapping';
import { validateMapping } from './column-mapping';
import type { CompetencyCandidate, CompetencyMatcher, CompetencyTermMatch } from './competency-matching';
import { createCompetencyMatcher } from './competency-matching';
import type { MergeOptions, MergePlan } from './merge-plan';
import { emptyMergePlan, planMerge } from './merge-plan';
import type { RosterProblem, RosterRead, RosterRow } from './roster-types';
import type { ParticipantDraft, RowValidation } from './row-schema';
import { compileMapping, emailFromCell, validateRowList } from './row-schema';
import type { SuspiciousCell } from './review-notes';
import { sameNameNotes, suspiciousCells } from './review-notes';
import { cleanLine, emailKey } from './text-normalise';

/**
 * The coordinator's decision about a typed competency name that was not matched on its own:
 * a competency id (accept that one, e.g. the suggestion or a competency just added to the
 * catalog), or null (ignore the name).
 */
export type CompetencyChoices = Readonly<Record<string, string | null>>;

/** Choices for one run of the pipeline. */
export interface PrepareImportOptions extends MergeOptions {
  /** Row numbers to leave out (duplicates resolved, rows the coordinator skips). */
  excludeRows?: readonly number[];
  /** Decisions about suggested and unknown competency names, keyed by `CompetencyIssue.key`. */
  competencyChoices?: CompetencyChoices;
  /** Reuse a matcher across runs with the same catalog (the screen re-runs on every choice). */
  matcher?: CompetencyMatcher;
}

/** A typed competency name that needs the coordinator (or has had their decision). */
export interface CompetencyIssue {
  /** Folded name; the key for `competencyChoices`. */
  key: string;
  /** The name as first typed in the file. */
  term: string;
  kind: 'suggested' | 'unknown';
  /** The likely meaning (suggestions only). */
  suggestion: CompetencyCandidate | null;
  candidates: CompetencyCandidate[];
  /** Where it was typed. */
  occurrences: { row: number; column: string }[];
  /** `pending` blocks the import until the coordinator accepts, ignores or adds it. */
  status: 'pending' | 'accepted' | 'ignored';
  /** The competency it now stands for, once accepted. */
  competencyId: string | null;
}

/** Everything the review screen shows, and the plan to apply when nothing blocks. */
export interface ImportPreparation {
  readProblems: RosterProblem[];
  mappingProblems: MappingProblem[];
  /** One result per row of the file that was not left out. */
  rows: RowValidation[];
  /** Drafts of valid rows, with competencies resolved. */
  drafts: ParticipantDraft[];
  competencyIssues: CompetencyIssue[];
  plan: MergePlan;
  /** Every warning to show: read warnings, reference notes, people named alike. */
  warnings: RosterProblem[];
  /** Cells of imported columns that start like a spreadsheet formula (shown, not blocking). */
  suspicious: SuspiciousCell[];
  blocked: boolean;
  /** Why it cannot be applied yet, in words. */
  blockers: string[];
}

interface Resolution {
  drafts: ParticipantDraft[];
  issues: CompetencyIssue[];
}

/**
 * Match competency cells and write the ids into the given drafts. Only for drafts the caller has
 * just made itself (prepareImport); everyone else uses `resolveDraftCompetencies`.
 */
function resolveInPlace(
  drafts: ParticipantDraft[],
  matcher: CompetencyMatcher,
  catalog: readonly Competency[],
  choices: CompetencyChoices,
  columns: { offers?: string; wants?: string },
): CompetencyIssue[] {
  const usable = new Set(catalog.filter((c) => !c.retired).map((c) => c.id));
  const issues = new Map<string, CompetencyIssue>();
  const column = { offers: columns.offers ?? 'Can offer', wants: columns.wants ?? 'Wants to develop' };
  // Ids of the cell being read: the first `count` entries, in a list kept at its size between
  // cells (emptying it would give its storage back, to be regrown for the next cell). Each cell
  // gets an exact-size copy: a roster keeps 20,000 of them until the plan is applied.
  const ids: string[] = [];
  let count = 0;
  const addId = (id: string): void => {
    for (let i = 0; i < count; i++) if (ids[i] === id) return;
    ids[count++] = id;
  };
  let draft: ParticipantDraft | null = null;
  let field: 'offers' | 'wants' = 'offers';
  // One visitor for every cell (no closure per cell); it reads the current draft and field.
  const visit = (term: CompetencyTermMatch): void => {
    if (term.kind === 'exact' || term.kind === 'normalised') {
      if (term.competencyId !== null) addId(term.competencyId);
      return;
    }
    const choice = Object.prototype.hasOwnProperty.call(choices, term.key) ? choices[term.key] : undefined;
    const accepted = typeof choice === 'string' && usable.has(choice);
    let issue = issues.get(term.key);
    if (issue === undefined) {
      issue = {
        key: term.key,
        term: term.term,
        kind: term.kind === 'suggested' ? 'suggested' : 'unknown',
        suggestion: term.kind === 'suggested' ? (term.candidates[0] ?? null) : null,
        candidates: term.candidates,
        occurrences: [],
        status: accepted ? 'accepted' : choice === null ? 'ignored' : 'pending',
        competencyId: accepted ? choice : null,
      };
      issues.set(term.key, issue);
    }
    issue.occurrences.push({ row: (draft as ParticipantDraft).rowNumber, column: column[field] });
    if (accepted) addId(choice);
  };
  const read = (text: string): string[] | null => {
    if (text === '') return null;
    // Ids in the order the names were typed, whether matched on their own or by a decision.
    count = 0;
    matcher.eachTerm(text, visit);
    // A cell whose names were all ignored says nothing: the stored choice stays.
    return count > 0 ? ids.slice(0, count) : null;
  };
  for (const d of drafts) {
    draft = d;
    field = 'offers';
    d.offers = read(d.offersText);
    field = 'wants';
    d.wants = read(d.wantsText);
  }
  return [...issues.values()];
}

/**
 * Match every draft's competency cells (returning new drafts; the given ones are untouched).
 * Accepted matches and the coordinator's choices become ids; a cell whose names all end up
 * ignored leaves the stored choice alone (null), like an empty one.
 */
export function resolveDraftCompetencies(
  drafts: readonly ParticipantDraft[],
  matcher: CompetencyMatcher,
  catalog: readonly Competency[],
  choices: CompetencyChoices = {},
  columns: { offers?: string; wants?: string } = {},
): Resolution {
  const copies = drafts.map((d) => ({ ...d }));
  const issues = resolveInPlace(copies, matcher, catalog, choices, columns);
  return { drafts: copies, issues };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Run map → validate → competency matching → merge plan in one pure call. When the read or the
 * mapping is unusable, no rows are processed and the plan is empty and blocked (so a bad file
 * can never withdraw anyone).
 */
export function prepareImport(
  read: RosterRead,
  mapping: ColumnMapping,
  catalog: readonly Competency[],
  existing: readonly Participant[],
  options: PrepareImportOptions,
): ImportPreparation {
  const readErrors = read.problems.filter((p) => p.severity === 'error');
  const readWarnings = read.problems.filter((p) => p.severity === 'warning');
  const mappingProblems = read.rows.length > 0 ? validateMapping(mapping, read.headers) : [];
  if (read.rows.length === 0 || readErrors.length > 0 || mappingProblems.length > 0) {
    const blockers = [
      ...readErrors.map((p) => p.message),
      ...(read.rows.length === 0 && readErrors.length === 0 ? ['The file has no rows to import.'] : []),
      ...mappingProblems.map((p) => p.message),
    ];
    return {
      readProblems: read.problems,
      mappingProblems,
      rows: [],
      drafts: [],
      competencyIssues: [],
      plan: emptyMergePlan(options.programId, blockers),
      warnings: readWarnings,
      suspicious: [],
      blocked: true,
      blockers,
    };
  }

  const compiled = compileMapping(read.headers, mapping);
  const excluded = new Set(options.excludeRows ?? []);
  const emailColumn = compiled.single.email;
  const alsoPresent: string[] = [...(options.alsoPresent ?? [])];
  let kept: readonly RosterRow[] = read.rows;
  if (excluded.size > 0) {
    const some: RosterRow[] = [];
    for (const row of read.rows) {
      if (!excluded.has(row.rowNumber)) some.push(row);
      // A row left out still names someone who is in the file: never count them absent.
      else if (emailColumn !== undefined) alsoPresent.push(emailKey(emailFromCell(cleanLine(row.cells[emailColumn] ?? ''))));
    }
    kept = some;
  }
  const rows = validateRowList(kept, compiled);
  const valid: ParticipantDraft[] = [];
  let invalid = 0;
  for (let i = 0; i < rows.length; i++) {
    const result = rows[i] as RowValidation;
    if (result.ok) valid.push(result.value);
    else {
      invalid++;
      if (emailColumn !== undefined) alsoPresent.push(emailKey(emailFromCell(cleanLine((kept[i] as RosterRow).cells[emailColumn] ?? ''))));
    }
  }

  const matcher = options.matcher ?? createCompetencyMatcher(catalog);
  // The drafts were made just above, so they are filled in place rather than copied.
  const drafts = valid;
  const issues = resolveInPlace(drafts, matcher, catalog, options.competencyChoices ?? {}, {
    ...(compiled.fieldColumn.offersText !== undefined ? { offers: compiled.fieldColumn.offersText } : {}),
    ...(compiled.fieldColumn.wantsText !== undefined ? { wants: compiled.fieldColumn.wantsText } : {}),
  });

  const columns: MergeOptions['columns'] = {};
  if (compiled.fieldColumn.knownWellText !== undefined) columns.knownWell = compiled.fieldColumn.knownWellText;
  if (compiled.fieldColumn.doNotPairText !== undefined) columns.doNotPair = compiled.fieldColumn.doNotPairText;
  if (compiled.fieldColumn.preferredPartnerText !== undefined) columns.preferredPartner = compiled.fieldColumn.preferredPartnerText;
  if (compiled.fieldColumn.registeredWithText !== undefined) columns.registeredWith = compiled.fieldColumn.registeredWithText;
  const plan = planMerge(existing, drafts, { ...options, catalog, alsoPresent, columns: { ...columns, ...options.columns } });

  const pending = issues.filter((i) => i.status === 'pending');
  const blockers: string[] = [];
  if (invalid > 0) {
    blockers.push(`${plural(invalid, 'row has', 'rows have')} problems. Correct the cells under Rows with problems, or leave ${invalid === 1 ? 'that row' : 'those rows'} out.`);
  }
  if (pending.length > 0) {
    blockers.push(
      `${plural(pending.length, 'competency name needs', 'competency names need')} a decision (${pending
        .slice(0, 5)
        .map((i) => `"${i.term}"`)
        .join(', ')}${pending.length > 5 ? ', …' : ''}): accept the suggestion, add it to the catalog, or ignore it.`,
    );
  }
  blockers.push(...plan.blockers);
  return {
    readProblems: read.problems,
    mappingProblems,
    rows,
    drafts,
    competencyIssues: issues,
    plan: { ...plan, blocked: blockers.length > 0, blockers },
    warnings: [...readWarnings, ...plan.problems, ...sameNameNotes(drafts, existing, new Set(plan.adds.map((a) => a.emailKey)))],
    suspicious: suspiciousCells(
      kept,
      compiled,
      mapping.columns.flatMap((c, i) => (c.target === 'ignore' ? [] : [i])),
    ),
    blocked: blockers.length > 0,
    blockers,
  };
}
