import { describe, expect, it } from 'vitest';
import { EMPTY_SURVEY_SESSION, ownMappingFor, surveyReducer } from './survey-session';
import { headerSignature } from '../../domain/import';

const source = { id: 1, name: 'export.csv', bytes: new Uint8Array([65]) };
const row = { rowNumber: 5, cells: ['2026-10-06 09:00', 'x@example.org'] };

describe('a survey import session', () => {
  it('starts over with a new file, keeps skipped rows sorted and unique, and lets a corrected cell be put back', () => {
    let s = surveyReducer(EMPTY_SURVEY_SESSION, { type: 'file-loaded', source });
    s = surveyReducer(s, { type: 'skip', rows: [7, 5] });
    s = surveyReducer(s, { type: 'skip', rows: [5] });
    expect(s.skipped).toEqual([5, 7]);
    s = surveyReducer(s, { type: 'include', row: 7 });
    expect(s.skipped).toEqual([5]);
    s = surveyReducer(s, { type: 'edit-cell', row, column: 1, value: 'zoe.hartmann@example.org' });
    expect(s.edits).toEqual({ 5: { 1: 'zoe.hartmann@example.org' } });
    s = surveyReducer(s, { type: 'edit-cell', row, column: 1, value: 'x@example.org' });
    expect(s.edits).toEqual({});
    expect(surveyReducer(s, { type: 'file-loaded', source: { ...source, id: 2 } })).toEqual({ ...EMPTY_SURVEY_SESSION, source: { ...source, id: 2 } });
  });

  it('changes nothing once committed, except a new file or a reset', () => {
    const done = surveyReducer({ ...EMPTY_SURVEY_SESSION, source }, {
      type: 'committed',
      done: { batchId: 'b', fileName: 'export.csv', added: 3, teams: 2, alreadyImported: 0, skipped: 1 },
    });
    expect(surveyReducer(done, { type: 'skip', rows: [3] })).toBe(done);
    expect(surveyReducer(done, { type: 'reset' })).toEqual(EMPTY_SURVEY_SESSION);
  });

  it('uses the coordinator’s mapping only for the headers it was made for', () => {
    const headers = ['Timestamp', 'Email'];
    const own = { signature: headerSignature(headers), dateOrder: 'auto' as const, columns: headers.map((header) => ({ header, target: 'ignore' as const, competencyId: null })) };
    expect(ownMappingFor(headers, own)).toBe(own);
    expect(ownMappingFor(['Timestamp', 'Email', 'Name'], own)).toBeNull();
    expect(ownMappingFor(headers, null)).toBeNull();
  });
});
