import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogOf, person } from '../../../../../test/support/participants';
import { defaultTrialEnd, takesPart, withStatus } from './opt-in';
import { planRegistration, type RegistrationInput } from './registration';

const catalog = catalogOf(['Listening', 'Budgeting', 'Delegating', 'Planning']);
const events = [
  { kind: 'orientation' as const, date: '2027-09-14' },
  { kind: 'group' as const, date: '2027-11-09' },
  { kind: 'group' as const, date: '2028-01-11' },
];
const meta = { ids: ['new-1', 'new-2'] as const, programId: 'prog', now: '2027-06-01T09:00:00.000Z', today: '2027-06-01' };
const input = (over: Partial<RegistrationInput> = {}): RegistrationInput => ({
  name: 'Ana García',
  email: 'Ana.Garcia@example.org',
  department: 'Finance',
  offers: ['c0'],
  wants: ['c1'],
  partner: { kind: 'none' },
  status: 'interested',
  ...over,
});

describe('trial-period opt-in', () => {
  it('counts opted-in and active people as taking part, never interested or withdrawn ones', () => {
    expect(takesPart({ status: 'active' })).toBe(true);
    expect(takesPart({ status: 'opted-in' })).toBe(true);
    expect(takesPart({ status: 'interested' })).toBe(false);
    expect(takesPart({ status: 'withdrawn' })).toBe(false);
  });

  it('ends the trial at the first group meeting after opting in, or eight weeks on without one', () => {
    expect(defaultTrialEnd('2027-09-14', events)).toBe('2027-11-09');
    expect(defaultTrialEnd('2027-11-09', events)).toBe('2028-01-11');
    expect(defaultTrialEnd('2028-02-01', events)).toBe('2028-03-28');
  });

  it('always ends a trial after it starts (property)', () => {
    const day = fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.array(fc.record({ kind: fc.constantFrom('group' as const, 'orientation' as const), date: day })), (start, evs) => {
        const end = defaultTrialEnd(start, evs);
        expect(end > start).toBe(true);
        expect(/^\d{4}-\d{2}-\d{2}$/.test(end)).toBe(true);
      }),
    );
  });

  it('stamps the opt-in day once, keeps a set trial end, and clears both when back to interested', () => {
    const opted = withStatus({ status: 'interested' as const }, 'opted-in', '2027-09-14', events);
    expect(opted).toEqual({ status: 'opted-in', optedInOn: '2027-09-14', trialEndsOn: '2027-11-09' });
    const again = withStatus({ ...opted, trialEndsOn: '2027-12-01' }, 'opted-in', '2027-10-01', events);
    expect(again).toEqual({ status: 'opted-in', optedInOn: '2027-09-14', trialEndsOn: '2027-12-01' });
    expect(withStatus(opted, 'active', '2027-12-01', events)).toEqual({ ...opted, status: 'active' });
    expect(withStatus(opted, 'interested', '2027-12-01', events)).toEqual({ status: 'interested', optedInOn: '', trialEndsOn: '' });
  });
});

describe('registering by hand', () => {
  it('registers one person with their offers and wants, interested by default', () => {
    const plan = planRegistration(input(), meta, { catalog, people: [], events });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.added).toHaveLength(1);
    expect(plan.added[0]).toMatchObject({
      id: 'new-1',
      name: 'Ana García',
      emailKey: 'ana.garcia@example.org',
      department: 'Finance',
      offers: ['c0'],
      wants: ['c1'],
      status: 'interested',
      registeredWithEmail: '',
    });
    expect(plan.linked).toBeNull();
  });

  it('creates a team of two who carry each other’s address, both opted in with the trial end', () => {
    const plan = planRegistration(
      input({ partner: { kind: 'new', name: 'Ben Okafor', email: 'ben@example.org' }, status: 'opted-in' }),
      { ...meta, today: '2027-09-14' },
      { catalog, people: [], events },
    );
    if (!plan.ok) throw new Error(plan.message);
    const [ana, ben] = plan.added;
    expect(ana?.registeredWithEmail).toBe('ben@example.org');
    expect(ben?.registeredWithEmail).toBe('ana.garcia@example.org');
    expect(ben).toMatchObject({ id: 'new-2', name: 'Ben Okafor', status: 'opted-in', optedInOn: '2027-09-14', trialEndsOn: '2027-11-09' });
  });

  it('links a colleague already on the roster both ways', () => {
    const cleo = person({ id: 'cleo', programId: 'prog', name: 'Cleo Hart', updatedAt: 'old' });
    const plan = planRegistration(input({ partner: { kind: 'existing', participantId: 'cleo' } }), meta, { catalog, people: [cleo], events });
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.added[0]?.registeredWithEmail).toBe('cleo@example.org');
    expect(plan.linked?.before).toBe(cleo);
    expect(plan.linked?.after).toMatchObject({ id: 'cleo', registeredWithEmail: 'ana.garcia@example.org', updatedAt: meta.now });
  });

  it('refuses an address someone in the program already has, naming them', () => {
    const taken = person({ id: 'ana', programId: 'prog', name: 'Ana Other', email: 'ana.garcia@example.org' });
    const plan = planRegistration(input(), meta, { catalog, people: [taken], events });
    expect(plan).toEqual({ ok: false, field: 'email', message: expect.stringContaining('already the address of Ana Other') });
    const partnerTaken = planRegistration(
      input({ email: 'new@example.org', partner: { kind: 'new', name: 'Ben', email: 'ANA.garcia@example.org ' } }),
      meta,
      { catalog, people: [taken], events },
    );
    expect(partnerTaken).toMatchObject({ ok: false, field: 'partnerEmail' });
  });

  it('refuses the same address for both, a missing name, and a colleague already registered with someone else', () => {
    expect(planRegistration(input({ partner: { kind: 'new', name: 'Ben', email: 'ana.garcia@EXAMPLE.org' } }), meta, { catalog, people: [], events })).toMatchObject({
      ok: false,
      field: 'partnerEmail',
    });
    expect(planRegistration(input({ name: '  ' }), meta, { catalog, people: [], events })).toMatchObject({ ok: false, field: 'name' });
    const dan = person({ id: 'dan', programId: 'prog', name: 'Dan Roe', registeredWithEmail: 'eve@example.org' });
    const eve = person({ id: 'eve', programId: 'prog', name: 'Eve Lim' });
    const plan = planRegistration(input({ partner: { kind: 'existing', participantId: 'dan' } }), meta, { catalog, people: [dan, eve], events });
    expect(plan).toEqual({ ok: false, field: 'partner', message: expect.stringContaining('Dan Roe already registered with Eve Lim') });
  });

  it('either refuses or adds people whose addresses are all different and linked both ways (property)', () => {
    const email = fc.constantFrom('a@example.org', 'b@example.org', 'A@example.org', 'c@example.org', 'not-an-email', '');
    fc.assert(
      fc.property(email, email, fc.boolean(), (mine, theirs, together) => {
        const existing = [person({ id: 'x', programId: 'prog', email: 'c@example.org' })];
        const plan = planRegistration(
          input({ email: mine, partner: together ? { kind: 'new', name: 'Ben', email: theirs } : { kind: 'none' } }),
          meta,
          { catalog, people: existing, events },
        );
        if (!plan.ok) {
          expect(plan.message.length).toBeGreaterThan(10);
          return;
        }
        const keys = [...existing, ...plan.added].map((p) => p.emailKey);
        expect(new Set(keys).size).toBe(keys.length);
        if (together) {
          const [a, b] = plan.added;
          expect(a?.registeredWithEmail).toBe(b?.emailKey);
          expect(b?.registeredWithEmail).toBe(a?.emailKey);
        }
      }),
    );
  });
});
