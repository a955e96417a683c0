/**
 * What the coordinator does about a flag: snooze it until a day (it comes back the day after) or
 * resolve it with a note, kept as an AttentionAction on the team's timeline. Pure checks that turn
 * the coordinator's input into the record to store, or say in words what to fix.
 */
import type { AttentionAction } from '../model';
import { addDays, isIsoDate } from '../schedule/iso-dates';
import { parseFlagKey } from './attention-flags';

export const MAX_ACTION_NOTE_LENGTH = 2000;
/** The furthest a snooze may reach: a flag quiet for longer should be resolved instead. */
export const MAX_SNOOZE_DAYS = 180;

/** The flag the action is about. */
export interface ActionTarget {
  programId: string;
  teamId: string;
  flagKey: string;
}

export type ActionPlan = { ok: true; action: AttentionAction } | { ok: false; message: string };

function checkTarget(target: ActionTarget): string | null {
  const parsed = parseFlagKey(target.flagKey);
  if (!parsed || parsed.teamId !== target.teamId) return 'This flag is not one the app raised. Nothing was saved.';
  return null;
}

/**
 * A snooze that brings the flag back on `returnOn` (stored as `until` = the day before). The day
 * must be after `today` and at most 180 days ahead.
 */
export function planSnooze(
  target: ActionTarget,
  returnOn: string,
  note: string,
  today: string,
  ids: { id: string; now: string },
): ActionPlan {
  const bad = checkTarget(target);
  if (bad) return { ok: false, message: bad };
  if (!isIsoDate(returnOn)) return { ok: false, message: 'Pick the day the flag should come back.' };
  if (returnOn <= today) return { ok: false, message: 'Pick a day after today for the flag to come back.' };
  if (returnOn > addDays(today, MAX_SNOOZE_DAYS)) {
    return { ok: false, message: `Pick a day within ${MAX_SNOOZE_DAYS} days, or resolve the flag with a note instead.` };
  }
  if (note.trim().length > MAX_ACTION_NOTE_LENGTH) {
    return { ok: false, message: `Keep the note under ${MAX_ACTION_NOTE_LENGTH.toLocaleString('en')} characters.` };
  }
  return {
    ok: true,
    action: { ...target, id: ids.id, action: 'snoozed', until: addDays(returnOn, -1), note: note.trim(), createdAt: ids.now },
  };
}

/** A resolution with the coordinator's note (what was done, or why nothing needs doing). */
export function planResolve(target: ActionTarget, note: string, ids: { id: string; now: string }): ActionPlan {
  const bad = checkTarget(target);
  if (bad) return { ok: false, message: bad };
  const text = note.trim();
  if (text === '') {
    return { ok: false, message: 'Write a short note on what was done (for example “Talked to both, they meet on Tuesdays now”). It stays in the team’s timeline.' };
  }
  if (text.length > MAX_ACTION_NOTE_LENGTH) {
    return { ok: false, message: `Keep the note under ${MAX_ACTION_NOTE_LENGTH.toLocaleString('en')} characters.` };
  }
  return { ok: true, action: { ...target, id: ids.id, action: 'resolved', until: '', note: text, createdAt: ids.now } };
}
