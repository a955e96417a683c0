/**
 * The changes the Columns step makes to a grid question's mapping, as pure functions of the
 * mapping: send the whole group somewhere, ignore it, map its columns one by one, change what an
 * answer means or where a scale's threshold sits.
 */
import {
  defaultGridMapping,
  scaleMeanings,
  type ColumnMapping,
  type GridAnswers,
  type GridGroup,
  type GridMapping,
  type GridMeaning,
  type GridScale,
  type GridTarget,
  type MappingTarget,
} from '../../domain/import';

/** What the group's select offers: a grid target, ignore, or one column at a time. */
export type GroupChoice = GridTarget | 'ignore' | 'separate';

/** The rule of a group in a mapping, if it has one. */
export function gridRuleOf(mapping: ColumnMapping, group: GridGroup): GridMapping | undefined {
  return mapping.grids?.find((g) => g.column === group.columns[0]);
}

/** The choice a group shows: separate when its columns are not all grid or all ignored. */
export function groupChoice(mapping: ColumnMapping, group: GridGroup): GroupChoice {
  const targets = group.columns.map((c) => mapping.columns[c]?.target);
  if (targets.every((t) => t === 'ignore')) return 'ignore';
  if (targets.every((t) => t === 'grid')) return gridRuleOf(mapping, group)?.target ?? 'split';
  return 'separate';
}

function withRule(mapping: ColumnMapping, group: GridGroup, rule: GridMapping | null): GridMapping[] {
  const others = (mapping.grids ?? []).filter((g) => g.column !== group.columns[0]);
  return rule === null ? others : [...others, rule].sort((a, b) => a.column - b.column);
}

function withTargets(mapping: ColumnMapping, group: GridGroup, target: (index: number) => MappingTarget): ColumnMapping['columns'] {
  return mapping.columns.map((c, i) => (group.columns.includes(i) ? { ...c, target: target(i) } : c));
}

/**
 * Apply a group choice. A grid target starts from the default rule for that target; "separate"
 * gives every column its own target (`separateTarget`, usually the suggestion for its header).
 */
export function chooseForGroup(
  mapping: ColumnMapping,
  group: GridGroup,
  answers: GridAnswers,
  choice: GroupChoice,
  separateTarget: (index: number) => MappingTarget,
): ColumnMapping {
  if (choice === 'ignore') return { ...mapping, columns: withTargets(mapping, group, () => 'ignore') };
  if (choice === 'separate') {
    return { ...mapping, columns: withTargets(mapping, group, separateTarget), grids: withRule(mapping, group, null) };
  }
  return {
    ...mapping,
    columns: withTargets(mapping, group, () => 'grid'),
    grids: withRule(mapping, group, defaultGridMapping(group, answers, choice)),
  };
}

/** Change what one answer means. */
export function setLabelMeaning(mapping: ColumnMapping, group: GridGroup, answers: GridAnswers, label: string, meaning: GridMeaning): ColumnMapping {
  const rule = gridRuleOf(mapping, group) ?? defaultGridMapping(group, answers);
  return { ...mapping, grids: withRule(mapping, group, { ...rule, labels: { ...rule.labels, [label]: meaning } }) };
}

/** Change a scale's rule; every label of the scale follows it. */
export function setScale(mapping: ColumnMapping, group: GridGroup, answers: GridAnswers, scale: GridScale): ColumnMapping {
  const rule = gridRuleOf(mapping, group) ?? defaultGridMapping(group, answers);
  return { ...mapping, grids: withRule(mapping, group, { ...rule, scale, labels: scaleMeanings(answers.labels, scale) }) };
}
