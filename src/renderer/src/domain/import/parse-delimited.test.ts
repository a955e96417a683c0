import { describe, expect, it } from 'vitest';
import { detectDelimiter, normaliseLineEndings, parseDelimited } from './parse-delimited';

describe('detectDelimiter', () => {
  it('finds comma, semicolon and tab from the header line', () => {
    expect(detectDelimiter('Name,Email,Team\nA,a@x.org,1')).toBe(',');
    expect(detectDelimiter('Name;Email;FTE\nA;a@x.org;0,8')).toBe(';');
    expect(detectDelimiter('Name\tEmail\tTeam\nA,B\ta@x.org\tx')).toBe('\t');
  });

  it('ignores delimiters inside quoted headers', () => {
    expect(detectDelimiter('"Name, full";"Email, work";Team\n')).toBe(';');
  });

  it('skips blank lines before the header row', () => {
    expect(detectDelimiter('\n\n  \nName;Email\n')).toBe(';');
  });

  it('defaults to comma for a single-column file', () => {
    expect(detectDelimiter('Email\na@x.org\n')).toBe(',');
  });

  it('breaks a tie by how evenly each candidate splits the first lines', () => {
    // One comma and one semicolon in the header; only the semicolon splits every line in two.
    const text = 'Name, first;Email\nAda, L;a@x.org\nBo;b@x.org\nCy;c@x.org\n';
    expect(detectDelimiter(text)).toBe(';');
  });
});

describe('parseDelimited', () => {
  it('numbers records as a spreadsheet does: a quoted multi-line cell is one row, blank lines count', () => {
    const text = normaliseLineEndings('Name,Notes\r\nAda,"line one\r\nline two"\r\n\r\nBo,x\r\n');
    const r = parseDelimited(text, ',');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const nonBlank = r.records.filter((rec) => rec.cells.some((c) => c !== ''));
    expect(nonBlank.map((rec) => [rec.rowNumber, rec.cells])).toEqual([
      [1, ['Name', 'Notes']],
      [2, ['Ada', 'line one\nline two']],
      [4, ['Bo', 'x']],
    ]);
  });

  it('reports a quote that is never closed, with the row where it opens', () => {
    const r = parseDelimited('Name,Notes\nAda,x\nBo,"open\nCy,y\n', ',');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.row).toBe(3);
    expect(r.problem.severity).toBe('error');
    expect(r.problem.message).toMatch(/^Row 3: .*never closed/);
  });

  it('reports text after a closing quote, which would swallow the rows after it', () => {
    const r = parseDelimited('Name,Notes\nAda,"x"y\nBo,z\n', ',');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/^Row 2: /);
  });

  it('keeps doubled quotes inside quoted cells as one quote', () => {
    const r = parseDelimited('A\n"He said ""hi"""\n', ',');
    expect(r.ok && r.records[1]?.cells).toEqual(['He said "hi"']);
  });
});

describe('normaliseLineEndings', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normaliseLineEndings('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });
});
