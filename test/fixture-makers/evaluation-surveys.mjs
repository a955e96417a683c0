// Makes the evaluation survey fixtures (our own synthetic answers of the demo program's people,
// competency names from its catalog), shaped like real form exports:
// - self-ratings-start-microsoft-forms.xlsx: a Microsoft Forms export (ID, Start time, Completion
//   time, Email, Name, Last modified time) of the orientation self-rating, the grid question
//   "Rate yourself [Competency]" as one column per competency; cells are numbers, a few written as
//   scale words ("Novice" … "Expert"). Faults: an unknown email (row 6), a "6" (row 9), a blank
//   (row 12, Oral communication), and an address typed in capitals (row 3, still recognised).
// - self-ratings-end-google-forms.csv: a Google Forms export (UTF-8, comma) of the May debrief
//   self-rating, cells labelled "4 - Proficient", with a column for a competency this program
//   does not have ("Rate yourself [Public speaking]"), a "0" (row 5) and a blank (row 8).
// - feedback-google-forms.csv: the end-of-program feedback questions; an unknown email (row 7),
//   a "Maybe later" for would-recommend (row 4), a satisfaction of "10" (row 9).
// Run: node test/fixture-makers/evaluation-surveys.mjs  (outputs are committed in test/fixtures/surveys).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWorkbook } from './xlsx-writer.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = (name, data) => writeFileSync(join(here, '..', 'fixtures', 'surveys', name), data);
const csvCell = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

// A fixed generator, so the files are the same on every run.
let seed = 20270520;
const next = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};

const GRID = 'Rate yourself';
const COMPETENCIES = ['Flexibility', 'Self-confidence', 'Stress management', 'Analytical thinking', 'Written communication', 'Oral communication', 'Customer orientation'];
const WORDS = ['Novice', 'Advanced beginner', 'Competent', 'Proficient', 'Expert'];
const LABELS = ['1 - Beginner', '2 - Developing', '3 - Competent', '4 - Proficient', '5 - Expert'];

// The demo program's people (name, email) who answered, in the order they sent the form.
const PEOPLE = [
  ['Zoë Hartmann', 'zoe.hartmann'],
  ['José Ortega', 'jose.ortega'],
  ['Ngozi Okafor', 'ngozi.okafor'],
  ['Siobhán Ní Bhriain', 'siobhan.nibhriain'],
  ['Lukas Müller', 'lukas.mueller'],
  ['Mei Lin Chen', 'meilin.chen'],
  ['Rahul Deshpande', 'rahul.deshpande'],
  ['Amara Nwosu', 'amara.nwosu'],
  ['Björn Lindqvist', 'bjorn.lindqvist'],
  ['Grace O\'Connell', 'grace.oconnell'],
  ['Tomasz Wiśniewski', 'tomasz.wisniewski'],
  ['Hana Kobayashi', 'hana.kobayashi'],
  ['Kwame Mensah', 'kwame.mensah'],
  ['Daniel Cohen', 'daniel.cohen'],
];
const DOMAIN = 'example.org';

// Start ratings 1–4; end ratings the same or up to two higher (capped at 5).
const start = PEOPLE.map(() => COMPETENCIES.map(() => 1 + Math.floor(next() * 4)));
const end = start.map((row) => row.map((v) => Math.min(5, v + Math.floor(next() * 3))));

// ---- Microsoft Forms .xlsx, start of the program ------------------------------------------------
const serial = (d, hh, mm) => (Date.UTC(2026, 8, d, hh, mm) - Date.UTC(1899, 11, 30)) / 86_400_000;
const msHeaders = ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', ...COMPETENCIES.map((c) => `${GRID} [${c}]`)];
const msRows = [msHeaders];
PEOPLE.forEach(([name, local], i) => {
  let email = `${local}@${DOMAIN}`;
  if (i === 1) email = email.replace(/^./, (c) => c.toUpperCase()).replace('@example.org', '@EXAMPLE.ORG');
  if (i === 4) email = `jamie.walsh@${DOMAIN}`; // not in the program
  const cells = start[i].map((v, k) => ((i + k) % 5 === 0 ? WORDS[v - 1] : { num: v }));
  if (i === 7) cells[2] = { num: 6 }; // off the scale
  if (i === 10) cells[5] = ''; // skipped
  msRows.push([{ num: i + 1 }, { stamp: serial(10, 9, 2 + i) }, { stamp: serial(10, 9, 6 + i) }, email, name, '', ...cells]);
});
out('self-ratings-start-microsoft-forms.xlsx', buildWorkbook([{ name: 'Sheet1', rows: msRows }]));

// ---- Google Forms .csv, end of the program ------------------------------------------------------
const googleGrid = [...COMPETENCIES, 'Public speaking'];
const gHeaders = ['Timestamp', 'Email Address', 'Your name', ...googleGrid.map((c) => `${GRID} [${c}]`)];
const gRows = [gHeaders];
PEOPLE.forEach(([name, local], i) => {
  const cells = [...end[i].map((v) => LABELS[v - 1]), LABELS[Math.floor(next() * 5)]];
  if (i === 3) cells[0] = '0';
  if (i === 6) cells[4] = '';
  gRows.push([`2027/05/${String(18 + (i % 3)).padStart(2, '0')} 4:${String(10 + i).padStart(2, '0')}:07 PM GMT+1`, `${local}@${DOMAIN}`, name, ...cells]);
});
out('self-ratings-end-google-forms.csv', csv(gRows));

// ---- Google Forms .csv, end-of-program feedback -------------------------------------------------
const fHeaders = [
  'Timestamp',
  'Email Address',
  'Overall, how satisfied are you with the peer mentoring program?',
  'Would you recommend the program to a colleague?',
  'What helped you most?',
  'What barriers did you meet?',
  'What helped you past them?',
  'How did it feel to be both mentor and mentee?',
  'Would you join again next year?',
  'In one sentence, what would you tell a colleague about the program?',
  'May we quote you in the program report?',
];
const HELPED = ['Having someone outside my department to think out loud with.', 'The monthly group meetings kept us going.', 'A clear agenda for each meeting.', 'Being listened to without judgement.'];
const BARRIERS = ['Rotas made it hard to meet.', 'We both got busy in winter.', '', 'Finding a quiet room.'];
const PAST = ['We met over lunch instead.', 'Short video calls.', '', 'Booking the seminar room a month ahead.'];
const BOTH = ['Odd at first, then natural: I learnt as much as I taught.', 'It made it feel like a conversation between equals.', '', 'I liked not being only the junior one.'];
const QUOTES = ['It gave me confidence I did not know I had.', 'The best hour of my month.', '', 'I finally understand how pharmacy thinks.'];
const CONSENT = ['Yes, with my name', 'Yes, anonymously', 'No', 'Yes, anonymously'];
const fRows = [fHeaders];
PEOPLE.slice(0, 10).forEach(([, local], i) => {
  const k = i % 4;
  const email = i === 5 ? `sam.jordan@${DOMAIN}` : `${local}@${DOMAIN}`;
  fRows.push([
    `2027/05/${String(20 + (i % 2)).padStart(2, '0')} 10:${String(12 + i).padStart(2, '0')}:41 AM GMT+1`,
    email,
    i === 7 ? '10' : String(3 + Math.floor(next() * 3)),
    i === 2 ? 'Maybe later' : ['Yes', 'Yes', 'Not sure', 'Yes'][k],
    HELPED[k],
    BARRIERS[k],
    PAST[k],
    BOTH[k],
    ['Yes', 'Not sure', 'Yes', 'No'][k],
    QUOTES[k],
    QUOTES[k] === '' ? '' : CONSENT[k],
  ]);
});
out('feedback-google-forms.csv', csv(fRows));
