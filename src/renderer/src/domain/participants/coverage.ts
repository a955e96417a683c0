/**
 * Skills coverage: for each competency, how many active participants can offer it and how many
 * want to develop it, so the coordinator sees unmet demand before pairing. People who withdrew
 * do not count; a person counts once per competency however their list was written.
 */
import type { Competency, CompetencyCategory, Participant } from '../model';
import { CATEGORY_LABELS, CATEGORY_ORDER } from '../model';
import { takesPart } from './opt-in';

/** Supply and demand of one competency. */
export interface CompetencyCoverage {
  competency: Competency;
  /** Active participants who can offer it. */
  offered: number;
  /** Active participants who want to develop it. */
  wanted: number;
  /** How many more people want it than offer it (0 when supply meets demand). */
  shortfall: number;
}

/** One category of the catalog with its competencies' coverage, in catalog order. */
export interface CategoryCoverage {
  category: CompetencyCategory;
  label: string;
  rows: CompetencyCoverage[];
  /** Offers and wants of this category's competencies, summed over people. */
  offered: number;
  wanted: number;
}

/** The coverage of a whole roster. */
export interface CoverageReport {
  categories: CategoryCoverage[];
  /** Active participants counted. */
  participants: number;
  /** Active participants who have not said what they offer or want yet. */
  withoutOffers: number;
  withoutWants: number;
  /** Competencies wanted by more people than offer them, largest shortfall first. */
  shortages: CompetencyCoverage[];
  /** The largest number of offers or wants of any one competency (to scale bars). */
  largestCount: number;
}

/**
 * Coverage of every competency in use, plus retired ones still on someone's record (so none of
 * the demand disappears from view). Ids not in the catalog are ignored.
 */
export function computeCoverage(participants: readonly Participant[], catalog: readonly Competency[]): CoverageReport {
  const offered = new Map<string, number>();
  const wanted = new Map<string, number>();
  const bump = (counts: Map<string, number>, ids: readonly string[]) => {
    for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  let active = 0;
  let withoutOffers = 0;
  let withoutWants = 0;
  for (const p of participants) {
    if (!takesPart(p)) continue;
    active += 1;
    bump(offered, p.offers);
    bump(wanted, p.wants);
    if (p.offers.length === 0) withoutOffers += 1;
    if (p.wants.length === 0) withoutWants += 1;
  }

  const ordered = [...catalog].sort((a, b) => a.order - b.order);
  const all: CompetencyCoverage[] = [];
  const categories = CATEGORY_ORDER.map((category) => {
    const rows: CompetencyCoverage[] = [];
    for (const competency of ordered) {
      if (competency.category !== category) continue;
      const o = offered.get(competency.id) ?? 0;
      const w = wanted.get(competency.id) ?? 0;
      if (competency.retired && o === 0 && w === 0) continue;
      const row = { competency, offered: o, wanted: w, shortfall: Math.max(0, w - o) };
      rows.push(row);
      all.push(row);
    }
    return {
      category,
      label: CATEGORY_LABELS[category],
      rows,
      offered: rows.reduce((sum, r) => sum + r.offered, 0),
      wanted: rows.reduce((sum, r) => sum + r.wanted, 0),
    };
  });

  const shortages = all
    .filter((r) => r.shortfall > 0)
    .sort((a, b) => b.shortfall - a.shortfall || b.wanted - a.wanted || a.competency.order - b.competency.order);
  return {
    categories,
    participants: active,
    withoutOffers,
    withoutWants,
    shortages,
    largestCount: all.reduce((max, r) => Math.max(max, r.offered, r.wanted), 0),
  };
}
