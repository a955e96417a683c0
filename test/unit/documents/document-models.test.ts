import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildAgreementModel,
  buildGroupMeetingPackModel,
  buildLetterModels,
  buildWorksheetModel,
  firstMeetingDeadline,
  joinNames,
  suggestCompetencies,
  teamLabel,
} from '../../../src/renderer/src/domain/documents/document-models';
import type { Participant, SelectionRules } from '../../../src/renderer/src/domain/model';
import { catalog, competencyId, events, generatedParticipants, members, participants, program, teams } from '../../docx-check/fixtures';

describe('names and labels', () => {
  it('labels teams the way people see them', () => {
    expect(teamLabel({ kind: 'pair', number: 7 })).toBe('Pair 07');
    expect(teamLabel({ kind: 'triad', number: 3 })).toBe('Triad 03');
    expect(teamLabel({ kind: 'group', number: 112 })).toBe('Group 112');
  });

  it('joins names like a sentence', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Ana'])).toBe('Ana');
    expect(joinNames(['Ana', 'Tom'])).toBe('Ana and Tom');
    expect(joinNames(['Zoë', 'Kwame', 'Mei'])).toBe('Zoë, Kwame and Mei');
  });
});

describe('buildLetterModels', () => {
  const letters = buildLetterModels(program, teams, members, participants, catalog, events, '2026-09-15');

  it('makes one letter per team in number order with all its members', () => {
    expect(letters.map((l) => l.team.number)).toEqual([3, 7, 8]);
    expect(letters[0]?.team.members.map((m) => m.name)).toEqual(['Zoë Dubois-Lefèvre', 'Kwame Mensah', 'Mei Chen']);
    expect(letters[1]?.team.members[1]).toEqual({
      name: 'Tom Müller',
      firstName: 'Tom',
      lastName: 'Müller',
      email: participants[1]!.email,
      jobTitle: 'Finance analyst',
      department: 'Finance & Controlling',
    });
  });

  it('keeps the chosen competencies in the order chosen, and the reasons', () => {
    expect(letters[1]?.team.competenciesChosen).toBe(true);
    expect(letters[1]?.team.competencies.map((c) => c.name)).toEqual(['Stress management', 'Written communication', 'Analytical thinking', 'Developing others']);
    expect(letters[1]?.team.reasons).toEqual(teams[0]!.reasons);
  });

  it('suggests competencies for a team that has not chosen', () => {
    expect(letters[2]?.team.competenciesChosen).toBe(false);
    expect(letters[2]?.team.competencies.map((c) => c.name)).toEqual(['Technical expertise', 'Managing change']);
  });

  it('leaves out ended teams', () => {
    const ended = teams.map((t) => (t.number === 8 ? { ...t, status: 'ended' as const } : t));
    expect(buildLetterModels(program, ended, members, participants, catalog, events, '2026-09-15').map((l) => l.team.number)).toEqual([3, 7]);
  });

  it('asks partners to meet by the end of the next "by arrangement" month', () => {
    expect(letters[0]?.meetBy).toBe('2026-10-31');
    expect(firstMeetingDeadline(events, '2026-11-20')).toBe('2026-12-31');
    expect(firstMeetingDeadline(events, '2027-05-03')).toBe('2027-05-31');
    expect(firstMeetingDeadline([], '2028-02-10')).toBe('2028-02-29');
  });
});

describe('suggestCompetencies', () => {
  const rules: SelectionRules = { minTotal: 3, maxTotal: 6, minPerCategory: 1, maxPerCategory: 2 };

  it('suggests only what one offers and another wants, within the limits', () => {
    const ids = catalog.map((c) => c.id);
    const person = (offers: string[], wants: string[]): Participant => ({ ...participants[0]!, offers, wants });
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(ids), fc.subarray(ids), fc.subarray(ids), (o1, w1, o2, w2) => {
        const a = person(o1, w1);
        const b = { ...person(o2, w2), id: 'other' };
        const suggested = suggestCompetencies([a, b], catalog, rules);
        expect(suggested.length).toBeLessThanOrEqual(rules.maxTotal);
        for (const c of suggested) expect((o1.includes(c.id) && w2.includes(c.id)) || (o2.includes(c.id) && w1.includes(c.id))).toBe(true);
        for (const category of ['self', 'business', 'people'] as const) {
          expect(suggested.filter((c) => c.category === category).length).toBeLessThanOrEqual(rules.maxPerCategory);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never suggests a retired competency', () => {
    const retired = catalog.map((c) => (c.name === 'Managing change' ? { ...c, retired: true } : c));
    const [a, , b] = [participants[2]!, null, participants[3]!];
    expect(suggestCompetencies([a, b], retired, rules).map((c) => c.name)).toEqual(['Technical expertise']);
  });
});

describe('buildWorksheetModel', () => {
  it('takes the category, its meeting and the next gathering', () => {
    const model = buildWorksheetModel(program, 'business', catalog, events);
    expect(model.competencies).toHaveLength(12);
    expect(model.competencies.every((c) => c.category === 'business')).toBe(true);
    expect(model.meeting?.date).toBe('2027-01-12');
    expect(model.nextMeeting?.date).toBe('2027-03-09');
    expect(model.people).toEqual([]);
  });

  it('makes one page per team member with partners and the team choices', () => {
    const model = buildWorksheetModel(program, 'self', catalog, events, { teams, members, participants });
    expect(model.people.map((p) => p.name)).toEqual(['Zoë Dubois-Lefèvre', 'Kwame Mensah', 'Mei Chen', 'Ana García', 'Tom Müller', 'Siobhán O\u2019Connor', 'Łukasz Wiśniewski']);
    expect(model.people[0]).toMatchObject({ teamLabel: 'Triad 03', partners: ['Kwame Mensah', 'Mei Chen'] });
    expect(model.people[3]?.chosenIds).toContain(competencyId('Stress management'));
  });

  it('can limit the pages to some participants', () => {
    const model = buildWorksheetModel(program, 'self', catalog, events, { teams, members, participants, onlyParticipantIds: ['person-2'] });
    expect(model.people.map((p) => p.name)).toEqual(['Tom Müller']);
  });
});

describe('buildAgreementModel and buildGroupMeetingPackModel', () => {
  it('gives each team its label, members and chosen competencies', () => {
    const model = buildAgreementModel(program, teams, members, participants, catalog);
    expect(model.teams.map((t) => t.label)).toEqual(['Triad 03', 'Pair 07', 'Pair 08']);
    expect(model.teams[2]?.competencies).toEqual([]);
  });

  it('lists active participants by last name and picks the topic worksheet', () => {
    const crowd = generatedParticipants(12).map((p, i) => (i === 0 ? { ...p, status: 'withdrawn' as const } : p));
    const november = events.find((e) => e.topic === 'self')!;
    const pack = buildGroupMeetingPackModel(program, november, crowd, [], [], catalog, events, false);
    expect(pack.attendees).toHaveLength(11);
    const lastNames = pack.attendees.map((a) => a.name.split(' ').slice(1).join(' '));
    expect(lastNames).toEqual([...lastNames].sort((a, b) => a.localeCompare(b)));
    expect(pack.worksheet?.category).toBe('self');
    const orientation = events.find((e) => e.kind === 'orientation')!;
    expect(buildGroupMeetingPackModel(program, orientation, crowd, [], [], catalog, events, false).worksheet).toBeNull();
  });
});
