import { describe, expect, it } from 'vitest';
import { formatDay } from '../../components/dates';
import { thisMonth, type ThisMonthInput, type ToDoItem } from '../../domain/home/this-month';
import { buildDemoProgram } from '../../domain/demo/demo-program';
import { TO_DO_PATHS, toDoWords } from './to-do-words';

const program = { cycleStart: '2026-09-01', rules: { minTotal: 3, maxTotal: 6, minPerCategory: 1, maxPerCategory: 2 } };

/** The demo year on `today`, with everything the screen can be asked to say. */
function demoItems(today: string, change: (input: ThisMonthInput) => void = () => undefined): ToDoItem[] {
  let n = 0;
  const demo = buildDemoProgram(`${today}T09:00:00.000Z`, () => `id-${++n}`, 'year-in-progress');
  const year = demo.year!;
  const input: ThisMonthInput = {
    program: demo.program,
    participants: demo.participants,
    teams: year.teams,
    members: year.teamMembers,
    events: year.events,
    attendance: year.attendance,
    meetingLogs: year.meetingLogs,
    checkIns: year.checkIns,
    cadence: { mode: 'pair-months' },
    attention: [{ teamId: year.teams[2]!.id }, { teamId: year.teams[5]!.id }, { teamId: year.teams[5]!.id }],
    lastBackupOn: '2026-11-20',
  };
  change(input);
  return thisMonth(input, today).toDo;
}

describe('to-do words', () => {
  it('say on 5 December what the demo coordinator has to do, with counts and the one date style', () => {
    const words = demoItems('2026-12-05').map((i) => toDoWords(i, program, '2026-12-05'));
    expect(words.map((w) => [w.title, w.path])).toEqual([
      ['2 pairs need attention', '/attention'],
      ['3 pairing letters not marked as sent', '/letters'],
      ['1 team has not chosen competencies', '/pairing'],
      ['Last backup 15 days ago', '/settings'],
      ['9 teams are due a check-in', '/check-ins'],
    ]);
    expect(words[0]!.detail).toBe('3 reasons to look at. Follow up with each pair, then snooze or resolve the flag with a note.');
    expect(words[4]!.detail).toContain(`The December check-in is due by ${formatDay('2026-12-31')}.`);
  });

  it('name the meetings without a roll call and the setup steps still open', () => {
    const attendance = demoItems('2026-12-05', (input) => {
      input.attendance = [];
    }).find((i) => i.kind === 'attendance')!;
    expect(toDoWords(attendance, program, '2026-12-05')).toMatchObject({
      title: 'Attendance not recorded for 2 group meetings',
      detail: `Orientation and kickoff on ${formatDay('2026-09-08')} and Group meeting: Self-management skills on ${formatDay('2026-11-10')}. Type in the roll call from the signed sign-in sheet.`,
      path: '/attendance',
    });
    const setup = toDoWords(
      { kind: 'setup', count: 2, urgency: 'overdue', keys: ['design', 'budget'], overdue: 1 },
      program,
      '2026-08-01',
    );
    expect(setup.title).toBe('2 setup steps still open');
    expect(setup.detail).toBe(`Program design · Budget. 1 is past the due date. The cycle starts on ${formatDay('2026-09-01')}.`);
  });

  it('never show a raw date, a programming value or a count that differs from the item, for any kind on any day', () => {
    const days = ['2026-09-03', '2026-10-20', '2026-11-30', '2027-01-20', '2027-03-01', '2027-05-30', '2027-06-15'];
    const seen = new Set<string>();
    for (const day of days) {
      const items = [
        ...demoItems(day, (input) => {
          input.attendance = [];
          input.teams = input.teams.map((t, i) => (i === 0 ? { ...t, status: 'ended' } : t));
        }),
        { kind: 'roster', count: 1, urgency: 'due' } as const,
        { kind: 'schedule', count: 1, urgency: 'due' } as const,
        { kind: 'backup', count: 1, urgency: 'due', lastBackupOn: null, daysSince: null } as const,
      ];
      for (const item of items) {
        seen.add(item.kind);
        const w = toDoWords(item, program, day);
        expect(w.path).toBe(TO_DO_PATHS[item.kind]);
        for (const text of [w.title, w.detail]) {
          expect(text, text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
          expect(text, text).not.toMatch(/\b(undefined|null|NaN)\b|\[object/);
          expect(text.trim()).not.toBe('');
        }
        if (!['roster', 'schedule', 'backup'].includes(item.kind)) expect(w.title).toContain(String(item.count));
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(9);
  });
});
