/**
 * Saving and undoing edits from the participant drawer. Each saved change goes into the app's undo
 * history, named ("change Ann Lee’s job title") and marked as this person's, so Ctrl/Cmd+Z, the
 * Edit menu and the drawer's "Undo last change" all take it back, and Redo makes it again.
 */
import { appUndoHistory, recordUndoable } from '../../components/undo-history';
import { updateParticipant } from '../../db/participants-repo';
import { switchParticipantVersion } from '../../db/undo-repo';
import type { ParticipantChange } from '../../domain/participants/participant-rules';
import type { Participant } from '../../domain/model';

// Saves still on their way (a field saves on blur when the Undo button is clicked): undo waits
// for them, so it takes back the newest change and not the one before.
let inFlight: Promise<unknown> = Promise.resolve();

/** How the drawer's fields are named in the undo history. */
const FIELD_NAMES: Partial<Record<keyof Participant, string>> = {
  name: 'name',
  firstName: 'first name',
  lastName: 'last name',
  email: 'email',
  department: 'department',
  jobTitle: 'job title',
  careerStage: 'career stage',
  location: 'location',
  manager: 'manager',
  offers: 'strengths to offer',
  wants: 'wishes to develop',
  knownWell: 'people known well',
  doNotPair: '“do not pair” list',
  preferredPartnerEmail: 'preferred partner',
  registeredWithEmail: 'registered-with partner',
  notes: 'notes',
  custom: 'other fields',
  status: 'status',
};

/** "change Ann Lee’s job title" from the fields that differ. */
export function editLabel(before: Participant, after: Participant): string {
  const fields = (Object.keys(FIELD_NAMES) as (keyof Participant)[])
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => FIELD_NAMES[k] as string);
  const what = fields.length === 0 ? 'details' : fields.length <= 2 ? fields.join(' and ') : `${fields.length} fields`;
  return `change ${before.name}’s ${what}`;
}

/** The history's tag for one person's changes. */
export const participantScope = (id: string): string => `participant:${id}`;

/** Save a change; resolves with the reason to show by the field, or null when saved. */
export function saveParticipantChange(
  id: string,
  change: ParticipantChange | ((stored: Participant) => ParticipantChange),
): Promise<string | null> {
  const saving = updateParticipant(id, change).then((result) => {
    if (!result.ok) return result.message;
    if (result.changed) {
      // What is stored now, so each step checks nobody changed the person in between.
      let current = result.after;
      recordUndoable(editLabel(result.before, result.after), {
        scope: participantScope(id),
        undo: async () => {
          current = await switchParticipantVersion(current, result.before);
        },
        redo: async () => {
          current = await switchParticipantVersion(current, result.after);
        },
        undoneMessage: `${result.before.name} is back as before that change.`,
      });
    }
    return null;
  });
  inFlight = Promise.all([inFlight, saving.catch(() => undefined)]);
  return saving;
}

/** Undo the newest change of this person (wherever it is in the app's history). */
export async function undoLastChange(participantId: string): Promise<void> {
  await inFlight;
  await appUndoHistory().undoLatestIn(participantScope(participantId));
}
