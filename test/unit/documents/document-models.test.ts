import { describe, expect, it } from 'vitest';
import {
  buildAgreementModel,
  buildGroupMeetingPackModel,
  buildLetterModels,
  buildWorksheetModel,
  firstMeetingDeadline,
  joinNames,
  teamLabel,
} from '../../../src/renderer/src/domain/documents/document-models';
import { whyPairedInWords } from '../../../src/renderer/src/domain/documents/letter-reasons';
import { suggestTeamCompetencies } from '../../../src/renderer/src/domain/pairing/team-competencies';
import type { Participant } from '../../../src/renderer/src/domain/model';
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

  it('keeps the chosen competencies in the order chosen, and says why in words', () => {
    expect(letters[1]?.team.competenciesChosen).toBe(true);
    expect(letters[1]?.team.competencies.map((c) => c.name)).toEqual(['Stress management', 'Written communication', 'Analytical thinking', 'Developing others']);
    expect(letters[1]?.team.reasons).toEqual(['Ana can help Tom with Stress management.', 'Tom can help Ana with Written communication.']);
  });

  it('suggests competencies within the program rules for a team that has not chosen', () => {
    expect(letters[2]?.team.competenciesChosen).toBe(false);
    // The two complementary ones first, then the self-management category the rules require.
    expect(letters[2]?.team.competencies.map((c) => c.name)).toEqual(['Flexibility', 'Technical expertise', 'Managing change']);
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

describe('the one suggestion in every document', () => {
  const unchosen = teams.map((t) => ({ ...t, competencyIds: [] }));

  it('letters, agreements and worksheets of a team that has not chosen show the same suggestion, to confirm', () => {
    const letters = buildLetterModels(program, unchosen, members, participants, catalog, events, '2026-09-15');
    const agreement = buildAgreementModel(program, unchosen, members, participants, catalog);
    const sheets = (['self', 'business', 'people'] as const).map((category) =>
      buildWorksheetModel(program, category, catalog, events, { teams: unchosen, members, participants }),
    );
    letters.forEach((letter, i) => {
      const team = unchosen.find((t) => t.number === letter.team.number)!;
      const people = members.filter((m) => m.teamId === team.id).map((m) => participants.find((p) => p.id === m.participantId)!);
      const expected = suggestTeamCompetencies(people, catalog, program.rules).competencyIds;
      expect(letter.team.competencies.map((c) => c.id)).toEqual(expected);
      expect(letter.team.competenciesChosen).toBe(false);
      expect(agreement.teams[i]?.competencies.map((c) => c.id)).toEqual(expected);
      expect(agreement.teams[i]?.competenciesChosen).toBe(false);
      for (const sheet of sheets) {
        for (const page of sheet.people.filter((p) => p.teamLabel === teamLabel(team))) {
          expect(page.chosenIds).toEqual(expected);
          expect(page.toConfirm).toBe(true);
        }
      }
    });
  });

  it('marks the suggestion saved at confirmation as to confirm, until the team agrees', () => {
    const saved = teams.map((t) => ({ ...t, competenciesAgreed: false }));
    const letters = buildLetterModels(program, saved, members, participants, catalog, events, '2026-09-15');
    expect(letters.map((l) => l.team.competenciesChosen)).toEqual([false, false, false]);
    expect(letters[1]?.team.competencies.map((c) => c.name)).toEqual(['Stress management', 'Written communication', 'Analytical thinking', 'Developing others']);
    const agreed = teams.map((t) => ({ ...t, competenciesAgreed: true }));
    const after = buildLetterModels(program, agreed, members, participants, catalog, events, '2026-09-15');
    // Pair 08 chose nothing: it still gets the suggestion to confirm.
    expect(after.map((l) => l.team.competenciesChosen)).toEqual([true, true, false]);
  });
});

describe('why we paired you', () => {
  const person = (id: string, first: string, offers: string[], wants: string[], extra: Partial<Participant> = {}): Participant => ({
    ...participants[0]!,
    id,
    firstName: first,
    name: `${first} Example`,
    emailKey: `${first.toLowerCase()}@example.org`,
    email: `${first.toLowerCase()}@example.org`,
    offers: offers.map(competencyId),
    wants: wants.map(competencyId),
    ...extra,
  });

  it('says what each can help the other with, both ways, by name', () => {
    const ana = person('a', 'Ana', ['Stress management', 'Developing others'], ['Written communication']);
    const ben = person('b', 'Ben', ['Written communication'], ['Developing others', 'Stress management']);
    expect(whyPairedInWords([ana, ben], catalog)).toEqual([
      'Ana can help Ben with Stress management and Developing others.',
      'Ben can help Ana with Written communication.',
    ]);
  });

  it('names the real reason: registered together, asked for each other', () => {
    const ana = person('a', 'Ana', [], [], { registeredWithEmail: 'ben@example.org' });
    const ben = person('b', 'Ben', [], []);
    expect(whyPairedInWords([ana, ben], catalog)).toEqual(['You registered together, so we kept you together.']);
    const asked = [person('a', 'Ana', [], [], { preferredPartnerEmail: 'ben@example.org' }), person('b', 'Ben', [], [], { preferredPartnerEmail: 'ana@example.org' })];
    expect(whyPairedInWords(asked, catalog)).toEqual(['You asked to work together.']);
  });

  it('mentions a shared place only when the program has more than one', () => {
    const ana = person('a', 'Ana', [], [], { location: 'Lyon' });
    const ben = person('b', 'Ben', [], [], { location: 'lyon ' });
    expect(whyPairedInWords([ana, ben], catalog)).toEqual([]);
    const cleo = person('c', 'Cleo', [], [], { location: 'Paris' });
    expect(whyPairedInWords([ana, ben], catalog, [ana, ben, cleo])).toEqual(['You both work at Lyon, so meeting in person is easy.']);
  });

  it('never prints points, whatever the board stored as reasons', () => {
    const letters = buildLetterModels(program, teams.map((t) => ({ ...t, reasons: ['Complementary both ways: +3', 'Same location (Lyon): +1'] })), members, participants, catalog, events, '2026-09-15');
    for (const letter of letters) {
      for (const reason of letter.team.reasons) expect(reason).not.toMatch(/[+\u2212-]\d|points?/);
    }
    expect(letters[0]?.team.reasons).toEqual(['Zoë can help Kwame with Results orientation.', 'Kwame can help Zoë with Flexibility, and Mei with Decisiveness.']);
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
    // Pair 08 has not chosen: its agreement prints the suggestion, to confirm together.
    expect(model.teams[2]?.competencies.map((c) => c.name)).toEqual(['Flexibility', 'Technical expertise', 'Managing change']);
    expect(model.teams.map((t) => t.competenciesChosen)).toEqual([true, true, false]);
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
