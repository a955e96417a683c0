import { describe, expect, it } from 'vitest';
import {
  cellMeaning,
  findGridGroups,
  gridAnswers,
  suggestMapping,
  type ColumnMapping,
} from '../../domain/import';
import {
  chooseForGroup,
  gridRuleOf,
  groupChoice,
  setLabelMeaning,
  setScale,
} from './grid-mapping-edits';

const headers = [
  'Name',
  'Email',
  'Level [Initiative]',
  'Level [Flexibility]',
  'Level [Decisiveness]',
];
const rows = [
  { rowNumber: 2, cells: ['Ama Owusu', 'ama@x.org', 'Novice', 'Intermediate', 'Expert'] },
  { rowNumber: 3, cells: ['Bo Li', 'bo@x.org', 'Advanced', '', 'Developing'] },
];
const group = findGridGroups(headers)[0]!;
const answers = gridAnswers(rows.flatMap((r) => group.columns.map((c) => r.cells[c] ?? '')));
const start = suggestMapping(headers, rows);
const targets = (m: ColumnMapping) => m.columns.map((c) => c.target);

describe('grid mapping edits', () => {
  it('starts a level grid split by answer, from the middle of the scale', () => {
    expect(groupChoice(start, group)).toBe('split');
    expect(gridRuleOf(start, group)?.scale).toEqual({
      from: 'Intermediate',
      above: 'offers',
      below: 'wants',
    });
  });

  it('sends the whole group to one side, ignores it, or maps its columns one by one and back', () => {
    const offers = chooseForGroup(start, group, answers, 'offers', () => 'custom');
    expect(groupChoice(offers, group)).toBe('offers');
    expect(Object.values(gridRuleOf(offers, group)!.labels)).not.toContain('wants');
    const ignored = chooseForGroup(offers, group, answers, 'ignore', () => 'custom');
    expect(targets(ignored)).toEqual(['name', 'email', 'ignore', 'ignore', 'ignore']);
    expect(groupChoice(ignored, group)).toBe('ignore');
    const separate = chooseForGroup(start, group, answers, 'separate', () => 'custom');
    expect(targets(separate)).toEqual(['name', 'email', 'custom', 'custom', 'custom']);
    expect(groupChoice(separate, group)).toBe('separate');
    expect(gridRuleOf(separate, group)).toBeUndefined();
    expect(
      groupChoice(
        chooseForGroup(separate, group, answers, 'split', () => 'custom'),
        group,
      ),
    ).toBe('split');
  });

  it('moves the threshold: every label follows it; one answer can then be changed alone', () => {
    const moved = setScale(start, group, answers, {
      from: 'Advanced',
      above: 'offers',
      below: 'wants',
    });
    const rule = gridRuleOf(moved, group)!;
    expect(
      ['Novice', 'Developing', 'Intermediate', 'Advanced', 'Expert'].map((l) =>
        cellMeaning(l, rule),
      ),
    ).toEqual(['wants', 'wants', 'wants', 'offers', 'offers']);
    const novice = setLabelMeaning(moved, group, answers, 'Novice', 'none');
    expect(cellMeaning('Novice', gridRuleOf(novice, group)!)).toBe('none');
    expect(cellMeaning('Intermediate', gridRuleOf(novice, group)!)).toBe('wants');
  });
});
