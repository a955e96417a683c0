/**
 * Renders every document type to PNG pages in /tmp/docs-preview/ (or the folder given as the
 * first argument) so a person can look at them:
 *   node --import tsx test/docx-check/render-previews.ts [folder] [a4|letter]
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { allDocuments, convertToPdf, libreOfficeCommand, pdfPageCount, writeDocuments } from './all-documents';

const run = promisify(execFile);

async function main(): Promise<void> {
  const dir = process.argv[2] ?? '/tmp/docs-preview';
  const papers = process.argv[3] === 'letter' ? (['letter'] as const) : process.argv[3] === 'a4' ? (['a4'] as const) : (['a4', 'letter'] as const);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const docs = papers.flatMap((paper) => allDocuments(paper));
  await writeDocuments(docs, dir);
  const command = await libreOfficeCommand();
  if (!command) throw new Error('LibreOffice is not installed (apt-get install libreoffice-writer)');
  await convertToPdf(
    command,
    dir,
    docs.map((d) => d.fileName),
  );
  for (const doc of docs) {
    const pdf = join(dir, doc.fileName.replace(/\.docx$/, '.pdf'));
    const pages = pdfPageCount(pdf);
    await run('pdftoppm', ['-r', '60', '-png', pdf, pdf.replace(/\.pdf$/, '')]);
    console.log(`${doc.fileName.padEnd(48)} pages ${pages} (expected ${doc.expectedPages})`);
  }
  console.log(readdirSync(dir).filter((f) => f.endsWith('.png')).map((f) => join(dir, f)).join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
