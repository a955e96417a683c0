// Makes the skills-inventory fixtures shaped like real form exports (our own synthetic people):
// - google-forms-sections.csv: a Google Forms export (UTF-8, comma, no BOM) of a form with two
//   sections, so one question is asked twice (two columns share a header); a checkbox grid
//   "Which competencies… [Item]" whose cells hold "I can offer", "I want to develop" or both
//   joined with ", "; a count column; a phone column; one person who answered twice; two
//   different people with the same name; a cell that starts like a formula.
// - microsoft-forms-levels.xlsx: a Microsoft Forms export (ID, Start time, Completion time,
//   Email, Name, Last modified time, then the questions), with a level grid (Novice … Expert)
//   and a checkbox grid whose choices end with ";".
// Run: node test/fixture-makers/survey-exports.mjs  (outputs are committed in test/fixtures/roster).
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWorkbook } from './xlsx-writer.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = (name, data) => writeFileSync(join(here, '..', 'fixtures', 'roster', name), data);

const csvCell = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

// ---- Google Forms, with sections --------------------------------------------------------------
const GRID = 'Which competencies can you offer or would you like to develop?';
const GRID_ITEMS = ['Flexibility', 'Initiative', 'Analytical thinking', 'Developing others', 'Written communication', 'Stress management'];
const OFFER = 'I can offer';
const WANT = 'I want to develop';
const BOTH = `${OFFER}, ${WANT}`;
const ANYTHING = 'Anything else we should know?';

const googleHeaders = [
  'Timestamp',
  'Email address',
  'Your name (as in your email signature)',
  'Which department are you in?',
  'How would you like to take part?',
  'How many mentees could you take on?',
  'Phone (optional)',
  ...GRID_ITEMS.map((item) => `${GRID} [${item}]`),
  ANYTHING, // asked at the end of the "Offering" section
  'What would you most like from a mentor?',
  ANYTHING, // asked again at the end of the "Developing" section
];

// name, email local part, department, role, mentees, phone, grid answers (per item), notes 1, wish, notes 2
const G = [
  ['Amaka Obi', 'amaka.obi', 'Finance', 'Offer', '2', '+44 20 7946 0321', [OFFER, '', BOTH, OFFER, '', ''], 'Happy to meet before 9am.', '', ''],
  ['Søren Kjær', 'soren.kjaer', 'Engineering', 'Both', '1', '', [WANT, OFFER, OFFER, '', WANT, ''], '-', 'Someone who writes well', ''],
  ['Nguyễn Thị Lan', 'lan.nguyen', 'Research', 'Develop', '', '', ['', WANT, '', '', WANT, WANT], '', 'Help me present my work', 'Works Tue–Thu.'],
  ['Mateus Araújo', 'mateus.araujo', 'Sales', 'Offer', '3', '+55 11 91234-5678', [OFFER, OFFER, '', OFFER, '', OFFER], '', '', ''],
  ['Aigerim Seitkali', 'aigerim.seitkali', 'IT', 'Develop', '', '', ['', '', WANT, WANT, '', WANT], '', 'A calm sounding board', ''],
  ['Rangi Parata', 'rangi.parata', 'Operations', 'Both', '1', '', [BOTH, '', '', OFFER, WANT, ''], 'Kia ora! Based in Wellington.', '', ''],
  ['Zainab Haddad', 'zainab.haddad', 'Legal', 'Develop', '', '', [WANT, '', WANT, '', '', ''], '', '', '=HYPERLINK("http://cv.example/zainab","my CV")'],
  ['Óscar Iglesias', 'oscar.iglesias', 'Marketing', 'Offer', '2', '', ['', OFFER, '', '', OFFER, OFFER], '', '', ''],
  ['Wei Zhang', 'wei.zhang', 'Finance', 'Offer', '1', '', [OFFER, '', OFFER, '', '', ''], '', '', ''],
  ['Wei Zhang', 'zhang.wei', 'Research', 'Develop', '', '', ['', WANT, '', WANT, '', ''], '', 'Learning to lead a team', ''],
  ['Priyanka Venkataraman', 'priyanka.v', 'People & Culture', 'Both', '1', '', [OFFER, WANT, '', OFFER, OFFER, WANT], '', '', ''],
  ['Hana Kobayashi', 'hana.kobayashi', 'Customer service', 'Develop', '', '', ['', '', '', '', WANT, WANT], '', '', 'Part-time (mornings).'],
  ['Dmitri Volkov', 'dmitri.volkov', 'Engineering', 'Offer', '2', '', [OFFER, '', OFFER, '', '', ''], '', '', ''],
  ['Kalani Akana', 'kalani.akana', 'Operations', 'Develop', '', '', [WANT, '', '', '', '', WANT], '', 'Someone outside my team', ''],
  // Dmitri answered again a day later, from his phone: another department, another capitalisation.
  ['Dmitri Volkov', 'Dmitri.Volkov', 'Platform engineering', 'Both', '2', '', [OFFER, WANT, OFFER, '', '', ''], 'Moved to Platform this month.', '', ''],
];
const DOMAIN = 'harbourline.example';
const googleRows = [googleHeaders];
G.forEach(([name, local, dept, role, mentees, phone, grid, notes1, wish, notes2], i) => {
  const day = String(1 + i).padStart(2, '0');
  googleRows.push([`2026/09/${day} 9:${String(10 + i).padStart(2, '0')}:00 AM GMT+1`, `${local}@${DOMAIN}`, name, dept, role, mentees, phone, ...grid, notes1, wish, notes2]);
});
out('google-forms-sections.csv', Buffer.from(csv(googleRows), 'utf8'));

// ---- Microsoft Forms, with a level grid and a checkbox grid -----------------------------------
const LEVEL_Q = 'Rate your current level in each competency';
const LEVEL_ITEMS = ['Initiative', 'Flexibility', 'Oral communication', 'Strategic thinking', 'Fostering teamwork'];
const LEVELS = ['Novice', 'Developing', 'Intermediate', 'Advanced', 'Expert'];
const PICK_Q = 'Pick what applies to you';
const PICK_ITEMS = ['Managing change', 'Customer orientation', 'Decisiveness'];
const M_OFFER = 'I can offer;';
const M_WANT = 'I want to develop;';

const msHeaders = [
  'ID',
  'Start time',
  'Completion time',
  'Email',
  'Name',
  'Last modified time',
  'Full name',
  'Work email',
  'Team',
  'Where are you in your career?',
  ...LEVEL_ITEMS.map((i) => `${LEVEL_Q} [${i}]`),
  ...PICK_ITEMS.map((i) => `${PICK_Q} [${i}]`),
];
// name, local part, account display name, team, career, levels (index into LEVELS, -1 empty), picks
const M = [
  ['Ifeoma Eze', 'ifeoma.eze', 'Eze, Ifeoma', 'Finance', 'Mid career', [3, 2, 4, 1, 2], [M_OFFER, '', M_WANT]],
  ['Jakub Dvořák', 'jakub.dvorak', 'Dvořák, Jakub', 'Engineering', 'Early career', [1, 0, 2, 0, 1], ['', M_WANT, M_WANT]],
  ['Mariam Al-Farsi', 'mariam.alfarsi', 'Al-Farsi, Mariam', 'Legal', 'Late career', [4, 3, 4, 4, 3], [M_OFFER, M_OFFER, '']],
  ['Tenzin Dorje', 'tenzin.dorje', 'Dorje, Tenzin', 'IT', 'Mid career', [2, 1, -1, 2, 3], ['', '', `${M_OFFER}${M_WANT}`]],
  ['Leilani Kahale', 'leilani.kahale', 'Kahale, Leilani', 'Customer service', 'Early career', [0, 1, 1, 0, 2], [M_WANT, '', '']],
  ['Giulia Bianchi', 'giulia.bianchi', 'Bianchi, Giulia', 'Marketing', 'Mid career', [3, 4, 3, 2, 2], ['', M_OFFER, '']],
  ['Kwabena Asante', 'kwabena.asante', 'Asante, Kwabena', 'Operations', 'Late career', [4, 2, 3, 4, 4], [M_OFFER, '', M_OFFER]],
  ['Yuki Tanaka', 'yuki.tanaka', 'Tanaka, Yuki', 'Research', 'Early career', [1, 2, 0, 1, 1], ['', M_WANT, '']],
  ['Astrid Lindgren-Holm', 'astrid.lindgren-holm', 'Lindgren-Holm, Astrid', 'People & Culture', 'Mid career', [2, 3, 3, 1, 4], [M_WANT, '', M_OFFER]],
  ['José María Ortega', 'josemaria.ortega', 'Ortega, José María', 'Sales', 'Late career', [3, 3, 4, 3, 2], ['', M_OFFER, M_OFFER]],
  ['Thandiwe Nkosi', 'thandiwe.nkosi', 'Nkosi, Thandiwe', 'Finance', 'Early career', [0, 1, 2, 0, 1], [M_WANT, M_WANT, '']],
  ['Ananya Iyer', 'ananya.iyer', 'Iyer, Ananya', 'Engineering', 'Mid career', [2, 2, 1, 3, 2], ['', '', M_WANT]],
];
// Days since Excel's epoch (1899-12-30) for a UTC moment.
const serial = (d, hh, mm) => (Date.UTC(2026, 8, d, hh, mm) - Date.UTC(1899, 11, 30)) / 86_400_000;
const msRows = [msHeaders];
M.forEach(([name, local, account, team, career, levels, picks], i) => {
  const email = `${local}@${DOMAIN}`;
  msRows.push([
    { num: i + 1 },
    { stamp: serial(2 + i, 10, 3) },
    { stamp: serial(2 + i, 10, 9) },
    email,
    account,
    '',
    name,
    email,
    team,
    career,
    ...levels.map((l) => (l < 0 ? '' : LEVELS[l])),
    ...picks,
  ]);
});
out('microsoft-forms-levels.xlsx', buildWorkbook([{ name: 'Sheet1', rows: msRows }]));

