/**
 * A check-in as the coordinator types it during a conversation, and the one check that decides
 * whether it can be saved: a real date, an answer to "how is it going", a direction only when
 * contributions are mostly one way (and then one of the team's own members), ratings from 1 to 5,
 * a follow-up day that is not before the check-in, and texts of a sensible length. Pure.
 */
import type { CheckIn, CheckInStatus, ContributionBalance } from '../model';
import { isIsoDate } from '../schedule/iso-dates';

/** The fields a person fills in; everything else on a `CheckIn` is set by the app. */
export interface CheckInEntry {
  date: string;
  status: CheckInStatus | '';
  balance: ContributionBalance;
  givesMoreId: string;
  progress: Record<string, number>;
  improvements: string;
  nextStep: string;
  followUpOn: string;
  coordinatorNote: string;
}

/** The saved shape: every answer given and valid. */
export type CleanCheckInEntry = Omit<CheckInEntry, 'status'> & { status: CheckInStatus };

/** Longest text kept in one answer (the stored record allows as much). */
export const CHECK_IN_TEXT_MAX = 20_000;

/** Ends of the 1–5 progress scale, in words (the form and the screen print the same). */
export const PROGRESS_SCALE_WORDS: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = {
  1: 'Not started',
  2: 'A little',
  3: 'Some progress',
  4: 'Good progress',
  5: 'Real progress',
};

/** Which field a problem belongs to (`progress:<competency id>` for one rating). */
export type EntryField = Exclude<keyof CheckInEntry, 'progress'> | `progress:${string}`;

export interface EntryProblem {
  field: EntryField;
  message: string;
}

/** The team a check-in is for, as the check needs it. */
export interface EntryTeam {
  memberIds: readonly string[];
}

/** A blank entry for `today`: contributions "not said", nothing else filled in. */
export function blankCheckInEntry(today: string): CheckInEntry {
  return {
    date: today,
    status: '',
    balance: 'unknown',
    givesMoreId: '',
    progress: {},
    improvements: '',
    nextStep: '',
    followUpOn: '',
    coordinatorNote: '',
  };
}

/** The entry of a stored check-in (to edit it). */
export function entryOfCheckIn(checkIn: CheckIn): CheckInEntry {
  return {
    date: checkIn.date,
    status: checkIn.status,
    balance: checkIn.balance,
    givesMoreId: checkIn.givesMoreId,
    progress: { ...checkIn.progress },
    improvements: checkIn.improvements,
    nextStep: checkIn.nextStep,
    followUpOn: checkIn.followUpOn,
    coordinatorNote: checkIn.coordinatorNote,
  };
}

function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

const TEXT_FIELDS = [
  ['improvements', 'What could be improved'],
  ['nextStep', 'The next step'],
  ['coordinatorNote', 'The private note'],
] as const;

/**
 * Check an entry for a team. Returns the cleaned entry (texts trimmed, a direction only with
 * "mostly one way", empty ratings dropped) or every problem with the field it belongs to.
 */
export function checkCheckInEntry(
  entry: CheckInEntry,
  team: EntryTeam,
): { ok: true; value: CleanCheckInEntry } | { ok: false; problems: EntryProblem[] } {
  const problems: EntryProblem[] = [];
  if (!isIsoDate(entry.date)) problems.push({ field: 'date', message: 'Enter the day of the check-in.' });
  if (entry.status === '') {
    problems.push({ field: 'status', message: 'Choose how it is going: on track, some concerns or stalled.' });
  }
  const givesMoreId = entry.balance === 'mostly-one-way' ? entry.givesMoreId : '';
  if (givesMoreId !== '' && !team.memberIds.includes(givesMoreId)) {
    problems.push({ field: 'givesMoreId', message: 'Choose one of the team’s members, or “not said”.' });
  }
  const progress: Record<string, number> = {};
  for (const [competencyId, value] of Object.entries(entry.progress)) {
    if (competencyId === '') continue;
    if (!Number.isInteger(value) || value < 1 || value > 5) {
      problems.push({ field: `progress:${competencyId}`, message: 'Choose a rating from 1 to 5, or leave it unrated.' });
      continue;
    }
    progress[competencyId] = value;
  }
  if (entry.followUpOn !== '') {
    if (!isIsoDate(entry.followUpOn)) {
      problems.push({ field: 'followUpOn', message: 'Enter a real day to follow up, or leave it empty.' });
    } else if (isIsoDate(entry.date) && entry.followUpOn < entry.date) {
      problems.push({ field: 'followUpOn', message: 'The follow-up comes after the check-in: choose that day or a later one.' });
    }
  }
  const texts = { improvements: '', nextStep: '', coordinatorNote: '' };
  for (const [field, label] of TEXT_FIELDS) {
    const value = cleanText(entry[field]);
    if (value.length > CHECK_IN_TEXT_MAX) {
      problems.push({ field, message: `${label} is too long: keep it under ${CHECK_IN_TEXT_MAX.toLocaleString('en')} characters.` });
    }
    texts[field] = value;
  }
  if (problems.length > 0 || entry.status === '') return { ok: false, problems };
  return {
    ok: true,
    value: {
      date: entry.date,
      status: entry.status,
      balance: entry.balance,
      givesMoreId,
      progress,
      ...texts,
      followUpOn: entry.followUpOn,
    },
  };
}
