/**
 * The recruiting and orienting documents (information pack, orientation pack, mentor-skills
 * handout), opened from their packed .docx: they print the program's real dates, names and
 * rules, the coordinator's own wording where it was edited, and never a placeholder, a brace or
 * a markup star.
 */
import { describe, expect, it } from 'vitest';
import { buildInformationPack, buildInformationPackModel } from '../../../src/renderer/src/domain/documents/information-pack';
import { DEFAULT_MEETING_PLANS } from '../../../src/renderer/src/domain/documents/meeting-plans';
import { buildMentorSkillsHandout } from '../../../src/renderer/src/domain/documents/mentor-skills-handout';
import { buildOrientationPack, buildOrientationPackModel } from '../../../src/renderer/src/domain/documents/orientation-pack';
import { packDocument } from '../../../src/renderer/src/domain/documents/pack';
import { DEFAULT_TEXT_BLOCKS } from '../../../src/renderer/src/domain/documents/text-blocks';
import { readDocx } from '../../docx-check/docx-reader';
import { catalog, context, events, program } from '../../docx-check/fixtures';

const recruiting = { ...program, registrationDeadline: '2026-08-28' };

async function textOf(document: Parameters<typeof packDocument>[0]): Promise<string> {
  // Dates and places are printed with no-break spaces so they never wrap inside.
  return readDocx(await packDocument(document)).text.replace(/\u00a0/g, ' ');
}

function expectNothingUnfilled(text: string): void {
  expect(text).not.toMatch(/[{}]/);
  expect(text).not.toContain('**');
  expect(text).not.toMatch(/^\s*(#|- |\d+\. )/m);
}

const GROUP_DAYS = ['8 September 2026', '10 November 2026', '12 January 2027', '9 March 2027', '11 May 2027'];

describe('information pack', async () => {
  const text = await textOf(buildInformationPack(context('a4'), buildInformationPackModel(recruiting, catalog, events, DEFAULT_MEETING_PLANS, DEFAULT_TEXT_BLOCKS)));

  it('says when the year runs, when to register by, and whom to write to', () => {
    expect(text).toContain('Tuesday 1 September 2026 to Monday 31 May 2027');
    expect(text).toContain('Register by: Friday 28 August 2026');
    expect(text).toContain('Dana O\u2019Brien (dana.obrien@example.org)');
    expect(text).toMatch(/on your own[\s\S]*as a team of two/);
    expect(text).toContain('orientation meeting on Tuesday 8 September 2026');
  });

  it('shows the year with every group meeting\u2019s real day, time and place, and what it takes', () => {
    for (const day of GROUP_DAYS) expect(text).toContain(day);
    expect(text).toContain('12:00\u201314:00');
    expect(text).toContain('Room 4.12');
    expect(text).toContain('Everyone comes to the 5 group meetings (shaded). Each lasts 2 h.');
  });

  it('lists the competency model with the program\u2019s rule', () => {
    expect(text).toContain('3 to 6 competencies, one or two from each category');
    for (const c of catalog) expect(text).toContain(c.name);
  });

  it('prints the app\u2019s texts with nothing unfilled', () => {
    expect(text).toContain('What peer mentoring is');
    expect(text).toContain('Something you admire in each other.');
    expect(text).toContain('a wider network across H\u00f4pital Saint-\u00c9loi & Partners');
    expectNothingUnfilled(text);
  });

  it('prints the coordinator\u2019s own wording of a block, filled in, and says when no deadline is set', async () => {
    const own = await textOf(
      buildInformationPack(
        context('letter'),
        buildInformationPackModel(program, catalog, events, DEFAULT_MEETING_PLANS, {
          ...DEFAULT_TEXT_BLOCKS,
          'what-you-gain': 'At **{organisation}** last year, 40 colleagues took part. Ask {coordinatorName}.\n\n- more {programName}',
        }),
      ),
    );
    expect(own).toContain('At H\u00f4pital Saint-\u00c9loi & Partners last year, 40 colleagues took part. Ask Dana O\u2019Brien.');
    expect(own).toContain('more Peer Mentoring 2026\u201327');
    expect(own).toContain('Register by: the closing date we will announce');
    expectNothingUnfilled(own);
  });
});

describe('orientation pack', async () => {
  const text = await textOf(buildOrientationPack(context('a4'), buildOrientationPackModel(recruiting, catalog, events, DEFAULT_MEETING_PLANS, DEFAULT_TEXT_BLOCKS)));

  it('opens with the meeting: when, where, the agenda with clock times, what to bring and whom to ask', () => {
    expect(text).toContain('Welcome to Peer Mentoring 2026\u201327');
    expect(text).toContain('Tuesday 8 September 2026, 12:00\u201314:00');
    expect(text).toContain('Room 4.12, Education Centre');
    expect(text).toMatch(/12:00\s*10\s*Welcome, and a round of names and roles/);
    expect(text).toContain('End of the meeting');
    // What to bring is said once, on the meeting's row of the year.
    expect(text.split('Your calendar, to agree the time of the group meetings.').length - 1).toBe(1);
    expect(text).toContain('Questions at any time: Dana O\u2019Brien (dana.obrien@example.org).');
  });

  it('gives the rules, the year, the first-meeting guide and the questions to bring', () => {
    expect(text).toContain('together you choose 3 to 6 competencies, one or two from each category');
    expect(text).toContain('everyone comes to the 5 group meetings, of 2 hours each. If you cannot come, tell Dana O\u2019Brien beforehand.');
    for (const day of GROUP_DAYS) expect(text).toContain(day);
    expect(text).toMatch(/Get to know each other[\s\S]*Choose your competencies[\s\S]*Agree how and when you meet[\s\S]*Sign the agreement, and give a copy to Dana O\u2019Brien/);
    expect(text).toContain('Are my goals realistic for this year?');
    expect(text).toMatch(/coffee with a friend[\s\S]*Finding time[\s\S]*Competition between peers[\s\S]*One-sided contributions/);
    expectNothingUnfilled(text);
  });

  it('prints an edited orientation agenda fitted to the meeting, and goes without an agenda when nothing is scheduled', async () => {
    const plans = { ...DEFAULT_MEETING_PLANS, orientation: { agenda: [{ minutes: 30, activity: 'Coffee and name tags' }, { minutes: 30, activity: 'Pairs meet' }], bring: '' } };
    const edited = await textOf(buildOrientationPack(context('a4'), buildOrientationPackModel(recruiting, catalog, events, plans, DEFAULT_TEXT_BLOCKS)));
    expect(edited).toMatch(/12:00\s*60\s*Coffee and name tags[\s\S]*13:00\s*60\s*Pairs meet/);
    expect(edited).not.toContain('Your calendar, to agree');
    const unscheduled = await textOf(buildOrientationPack(context('a4'), buildOrientationPackModel(recruiting, catalog, [], DEFAULT_MEETING_PLANS, DEFAULT_TEXT_BLOCKS)));
    expect(unscheduled).not.toContain('Today\u2019s agenda');
    expect(unscheduled).toContain('What peer mentoring is');
    expectNothingUnfilled(unscheduled);
  });
});

describe('mentor-skills handout', async () => {
  const text = await textOf(buildMentorSkillsHandout(context('letter')));

  it('covers the four skills, each with something to try, and names the coordinator to talk to', () => {
    expect(text).toMatch(/1\. Active listening[\s\S]*2\. Giving and receiving feedback[\s\S]*3\. Setting goals[\s\S]*4\. Handling disagreement/);
    expect(text.split('Try it at your next meeting:').length - 1).toBe(4);
    expect(text).toContain('talk to Dana O\u2019Brien');
    expect(text).not.toMatch(/[{}]|\*\*/);
  });
});
