/**
 * Every document type opens in LibreOffice and converts to PDF without error, with the number
 * of pages its design promises, on A4 and on US Letter. CI installs LibreOffice; when it is
 * missing this test fails and says how to install it, rather than skipping.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allDocuments, convertToPdf, libreOfficeCommand, pdfPageCount, writeDocuments, type GeneratedDocument } from '../docx-check/all-documents';

describe('documents in LibreOffice', () => {
  const docs: GeneratedDocument[] = [...allDocuments('a4'), ...allDocuments('letter')];
  let dir = '';
  let conversion: { stdout: string; stderr: string } | null = null;
  let problem = '';

  beforeAll(async () => {
    dir = await writeDocuments(docs);
    const command = await libreOfficeCommand();
    if (!command) {
      problem = 'LibreOffice is not installed: apt-get install -y libreoffice-writer (CI installs it).';
      return;
    }
    try {
      conversion = await convertToPdf(
        command,
        dir,
        docs.map((d) => d.fileName),
      );
    } catch (error) {
      problem = `LibreOffice failed: ${String(error)}`;
    }
  }, 300_000);

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('converts every document without an error', () => {
    expect(problem).toBe('');
    expect(conversion?.stderr ?? '').not.toMatch(/error/i);
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.sort()).toEqual(docs.map((d) => d.fileName.replace(/\.docx$/, '.pdf')).sort());
  });

  it.each(docs.map((d) => [d.fileName, d.expectedPages] as const))('%s has %i page(s)', (fileName, expectedPages) => {
    expect(problem).toBe('');
    const pdf = join(dir, fileName.replace(/\.docx$/, '.pdf'));
    expect(existsSync(pdf)).toBe(true);
    expect(pdfPageCount(pdf)).toBe(expectedPages);
  });

  it('prints one check-in form per team, each page naming its team in the title and the footer', () => {
    expect(problem).toBe('');
    for (const suffix of ['A4', 'Letter']) {
      const pdf = join(dir, `check-in-forms-${suffix}.pdf`);
      const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
      expect(pages.map((page) => /(Triad|Pair) \d\d/.exec(page)?.[0])).toEqual(['Triad 03', 'Pair 07', 'Pair 08']);
      pages.forEach((page) => {
        expect(page).toContain('How is your peer mentoring going?');
        expect(page).toContain('What is your next step?');
        expect(page).toMatch(/by Saturday 31 October\s+2026/);
      });
    }
  });

  it('names the team on both pages of every agreement, breaks the inventory at a category with "(continued)" and fits 30 names on one sign-in page', () => {
    expect(problem).toBe('');
    const pagesOf = (name: string): string[] =>
      execFileSync('pdftotext', ['-layout', join(dir, name), '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
    for (const suffix of ['A4', 'Letter']) {
      expect(pagesOf(`agreements-${suffix}.pdf`).map((page) => /(Triad|Pair) \d\d/.exec(page)?.[0])).toEqual(['Triad 03', 'Triad 03', 'Pair 07', 'Pair 07', 'Pair 08', 'Pair 08']);
      const inventory = pagesOf(`skills-inventory-${suffix}.pdf`);
      expect(inventory[0]).toContain('Technical expertise');
      expect(inventory[1]).toMatch(/^\s*Business skills \(continued\): Achieving results/m);
      const orientation = pagesOf(`orientation-pack-${suffix}.pdf`);
      expect(orientation[1]).toContain('Attendance');
      expect(orientation[1]).toMatch(/30\s+Jörg Costa\s+Pair 15/);
      expect(orientation[2]).toContain('The year at a glance');
    }
  });

  it('prints the registration list with the session’s real day and the coordinator, 35 numbered lines, nothing left unfilled', () => {
    expect(problem).toBe('');
    for (const suffix of ['A4', 'Letter']) {
      const pages = execFileSync('pdftotext', ['-layout', join(dir, `registration-list-${suffix}.pdf`), '-'], { encoding: 'utf8' })
        .split('\f')
        .filter((p) => p.trim() !== '');
      expect(pages).toHaveLength(2);
      expect(pages[0]).toMatch(/Tuesday 18 August\s+2026/);
      expect(pages[0]).toContain('Dana O’Brien');
      expect(pages[0]).toMatch(/^\s*14\s/m);
      expect(pages[1]).toMatch(/^\s*35\s/m);
      expect(pages.join('')).not.toMatch(/[{}]/);
    }
  });

  it('names its team at the foot of every page of the combined letters, with no points or placeholders', () => {
    expect(problem).toBe('');
    for (const suffix of ['A4', 'Letter']) {
      for (const file of [`letters-all-${suffix}`, `letters-demo-${suffix}`]) {
        const pages = execFileSync('pdftotext', ['-layout', join(dir, `${file}.pdf`), '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
        pages.forEach((page, i) => {
          const title = /^\s*((?:Pair|Triad) \d\d): your peer mentoring partnership/m.exec(page)?.[1];
          expect(title, `${file} page ${i + 1}`).toBeDefined();
          const foot = page.trimEnd().split('\n').at(-1) ?? '';
          expect(foot, `${file} page ${i + 1}`).toMatch(new RegExp(`^\\s*${title} \u00b7 .+Page 1$`));
          expect(page).not.toMatch(/[+\u2212]\d|\{|\}/);
        });
      }
    }
  });

  it('carries every chart of the program report into the PDF, at 200 dpi or more', () => {
    expect(problem).toBe('');
    const reports = docs.filter((d) => d.expectedImages !== undefined);
    expect(reports.length).toBeGreaterThan(0);
    for (const doc of reports) {
      const media = Object.keys(unzipSync(readFileSync(join(dir, doc.fileName)))).filter((name) => name.startsWith('word/media/'));
      expect(media, doc.fileName).toHaveLength(doc.expectedImages ?? 0);
      // pdfimages (poppler-utils) lists each picture once as an "image" (its transparency as an "smask").
      const listed = execFileSync('pdfimages', ['-list', join(dir, doc.fileName.replace(/\.docx$/, '.pdf'))], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((line) => line.trim().split(/\s+/)[2] === 'image');
      expect(listed, doc.fileName).toHaveLength(doc.expectedImages ?? 0);
      // Printed at 220 dpi, the page's width: sharp on paper.
      for (const line of listed) expect(Number(line.trim().split(/\s+/)[12])).toBeGreaterThanOrEqual(200);
    }
  });

  it('shows the program in the header and a page number in the footer of every page', () => {
    expect(problem).toBe('');
    for (const doc of docs) {
      const pdf = join(dir, doc.fileName.replace(/\.docx$/, '.pdf'));
      // pdftotext (poppler-utils) separates pages with form feeds.
      const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
      expect(pages).toHaveLength(doc.expectedPages);
      pages.forEach((page, i) => {
        expect(page, `${doc.fileName} page ${i + 1}`).toContain('Peer Mentoring 2026\u201327');
        expect(page, `${doc.fileName} page ${i + 1}`).toMatch(/Page \d+/);
      });
    }
  });
});
