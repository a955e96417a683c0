/**
 * People and a catalog for the pairing plan export tests (test-only): names with accents, one
 * department that a spreadsheet would run as a formula, and one person without an e-mail address.
 */
import { makeCatalog, makePerson } from './pairing';

export const planCatalog = makeCatalog([
  'Stress management',
  'Budgeting',
  'Coaching',
  'Negotiation',
  'Listening',
  'Planning',
]);
const [stress, budgeting, coaching, negotiation] = planCatalog.map((c) => c.id) as [
  string,
  string,
  string,
  string,
];

/** Competency ids of the catalog by name. */
export const planIds = { stress, budgeting, coaching, negotiation };

export const muller = makePerson({
  id: 'joerg',
  firstName: 'Jörg',
  lastName: 'Müller',
  department: 'Finance',
  offers: [stress, budgeting],
  wants: [coaching],
});
export const wisniewska = makePerson({
  id: 'zofia',
  firstName: 'Zofia',
  lastName: 'Wiśniewska',
  department: 'Nursing',
  offers: [coaching],
  wants: [stress, budgeting],
});
export const garcia = makePerson({
  id: 'ines',
  firstName: 'Inés',
  lastName: 'García',
  department: '=HYPERLINK("x")',
  offers: [negotiation],
  wants: [],
});
export const ortega = makePerson({
  id: 'jose',
  firstName: 'José',
  lastName: 'Ortega',
  department: 'Finance',
  email: '',
  offers: [],
  wants: [negotiation],
});
