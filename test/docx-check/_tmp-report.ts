import { writeFileSync } from 'node:fs';
import { packDocument } from '../../src/renderer/src/domain/documents/pack';
import { finishedYearReport } from './report-fixture';
const t = Date.now();
const { document, images } = finishedYearReport('a4');
const bytes = await packDocument(document);
console.log('built', Date.now() - t, 'ms', bytes.length, 'bytes', images, 'images');
writeFileSync('/tmp/rep/report.docx', bytes);
