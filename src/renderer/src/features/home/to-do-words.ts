/**
 * "To do now" in words: for each item of `thisMonth`, what is the matter, what to do next, and
 * the screen that fixes it. Dates in the one date style (formatDay).
 */
import { formatDay } from '../../components/dates';
import type { ToDoItem } from '../../domain/home/this-month';
import type { Program } from '../../domain/model';
import { CHECKLIST_INFO } from '../../domain/programs/program-defaults';

export interface ToDoWords {
  /** The matter, with its count ("3 pairing letters not marked as sent"). */
  title: string;
  /** What to do next. */
  detail: string;
  /** The screen that fixes it (a route of the screens list). */
  path: string;
}

/** Where each kind of item is fixed. */
export const TO_DO_PATHS: Record<ToDoItem['kind'], string> = {
  attention: '/attention',
  attendance: '/attendance',
  'check-ins': '/check-ins',
  letters: '/letters',
  competencies: '/pairing',
  unpaired: '/pairing',
  roster: '/import',
  schedule: '/schedule',
  setup: '/setup',
  backup: '/settings',
};

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** The words of one item, for `program` on `today`. */
export function toDoWords(
  item: ToDoItem,
  program: Pick<Program, 'cycleStart' | 'rules'>,
  today: string,
): ToDoWords {
  const path = TO_DO_PATHS[item.kind];
  switch (item.kind) {
    case 'attention':
      return {
        title: `${count(item.count, 'pair needs', 'pairs need')} attention`,
        detail: `${count(item.flags, 'reason', 'reasons')} to look at. Follow up with each pair, then snooze or resolve the flag with a note.`,
        path,
      };
    case 'attendance': {
      const shown = item.events.slice(0, 2).map((e) => `${e.title} on ${formatDay(e.date)}`);
      const more = item.events.length - shown.length;
      return {
        title: `Attendance not recorded for ${count(item.count, 'group meeting', 'group meetings')}`,
        detail: `${listWords(more > 0 ? [...shown, count(more, 'other', 'others')] : shown)}. Type in the roll call from the signed sign-in sheet.`,
        path,
      };
    }
    case 'check-ins': {
      const closed = item.window.dueOn < today;
      const earlier =
        !closed && item.overdue > 0 ? ` ${count(item.overdue, 'of them also misses', 'of them also miss')} an earlier one.` : '';
      return {
        title: `${count(item.count, 'team is', 'teams are')} due a check-in`,
        detail: `The ${item.window.label} ${closed ? 'was' : 'is'} due by ${formatDay(item.window.dueOn)}.${earlier} Talk with each pair, send them the form, or import their survey answers.`,
        path,
      };
    }
    case 'letters':
      return {
        title: `${count(item.count, 'pairing letter', 'pairing letters')} not marked as sent`,
        detail: 'Email each pair its letter, then tick it as sent.',
        path,
      };
    case 'competencies': {
      const { minTotal, maxTotal } = program.rules;
      return {
        title: `${count(item.count, 'team has', 'teams have')} not chosen competencies`,
        detail: `Each team works on ${minTotal}–${maxTotal} competencies it chooses; a suggestion made at confirmation counts once the team agrees to it. Choose or confirm them with the team on the Pairing screen.`,
        path,
      };
    }
    case 'unpaired':
      return {
        title: `${count(item.count, 'active participant is', 'active participants are')} not in a team`,
        detail: 'New joiners, or people whose team ended: pair them on the Pairing screen.',
        path,
      };
    case 'roster':
      return {
        title: 'No participants yet',
        detail: 'Import your roster from a spreadsheet (CSV or Excel), or add people one by one.',
        path,
      };
    case 'schedule':
      return {
        title: 'The year is not scheduled yet',
        detail: 'Lay out the nine months from one meeting rule, such as “second Tuesday, 12:00, 2 h”.',
        path,
      };
    case 'setup': {
      const labels = item.keys.map((k) => CHECKLIST_INFO[k].label);
      const late = item.overdue > 0 ? ` ${count(item.overdue, 'is', 'are')} past the due date.` : '';
      return {
        title: `${count(item.count, 'setup step', 'setup steps')} still open`,
        detail: `${labels.join(' · ')}.${late} The cycle starts on ${formatDay(program.cycleStart)}.`,
        path,
      };
    }
    case 'backup':
      return item.lastBackupOn === null
        ? {
            title: 'No backup yet',
            detail: 'Back up now, and keep a copy of the file away from this laptop.',
            path,
          }
        : {
            title: `Last backup ${count(item.daysSince ?? 0, 'day', 'days')} ago`,
            detail: `The newest backup is from ${formatDay(item.lastBackupOn)}. Back up now, and keep a copy of the file away from this laptop.`,
            path,
          };
  }
}
