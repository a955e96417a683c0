import { describe, expect, it } from 'vitest';
import { buildPeopleIndex, readPeopleRefs } from './people-refs';

const index = buildPeopleIndex([
  { emailKey: 'heike@x.org', name: 'Heike Strauß', firstName: 'Heike', lastName: 'Strauß' },
  { emailKey: 'zoe@x.org', name: 'Zoë Clarke', firstName: 'Zoë', lastName: 'Clarke' },
  { emailKey: 'bo@x.org', name: 'Bo Chen', firstName: 'Bo', lastName: 'Chen' },
]);

const keys = (text: string): (string | null)[] => readPeopleRefs(text, index).map((r) => r.key);

describe('readPeopleRefs', () => {
  it('finds people by name ignoring case and accents, and in "Last, First" form', () => {
    expect(keys('heike strauss')).toEqual(['heike@x.org']);
    expect(keys('Zoe Clarke')).toEqual(['zoe@x.org']);
    expect(keys('Strauß, Heike')).toEqual(['heike@x.org']);
  });

  it('splits on semicolons, line breaks and (for unknown wholes) commas, in cell order', () => {
    expect(keys('Bo Chen, Zoë Clarke\nHeike Strauß')).toEqual(['bo@x.org', 'zoe@x.org', 'heike@x.org']);
  });

  it('reads addresses, labelled addresses and names mixed in one cell', () => {
    expect(keys('Zoë Clarke, BO@x.org; Heike S. <heike@x.org>')).toEqual(['zoe@x.org', 'bo@x.org', 'heike@x.org']);
  });

  it('marks addresses and names it cannot find, with a note', () => {
    const refs = readPeopleRefs('someone@else.org; Nobody Here', index);
    expect(refs.map((r) => [r.key, r.isEmail])).toEqual([
      [null, true],
      [null, false],
    ]);
    expect(refs[1]?.note).toContain('"Nobody Here" matches nobody on the roster');
  });
});
