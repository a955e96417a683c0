/**
 * Saving and undoing edits from the participant drawer: each saved change remembers the version
 * before it, so "Undo last change" can put it back in one write.
 */
import { reportDone, reportError } from '../../components/report-error';
import { restoreParticipantVersion, updateParticipant } from '../../db/participants-repo';
import type { ParticipantChange } from '../../domain/participants/participant-rules';
import type { Participant } from '../../domain/model';
import { popVersion, pushVersion } from './undo-stack';

// Saves still on their way (a field saves on blur when the Undo button is clicked): undo waits
// for them, so it takes back the newest change and not the one before.
let inFlight: Promise<unknown> = Promise.resolve();

/** Save a change; resolves with the reason to show by the field, or null when saved. */
export function saveParticipantChange(
  id: string,
  change: ParticipantChange | ((stored: Participant) => ParticipantChange),
): Promise<string | null> {
  const saving = updateParticipant(id, change).then((result) => {
    if (!result.ok) return result.message;
    if (result.changed) pushVersion(result.before);
    return null;
  });
  inFlight = Promise.all([inFlight, saving.catch(() => undefined)]);
  return saving;
}

/** Undo the newest change of this person. */
export async function undoLastChange(participantId: string): Promise<void> {
  await inFlight;
  const version = popVersion(participantId);
  if (!version) return;
  try {
    const result = await restoreParticipantVersion(version);
    if (!result.ok) {
      // Keep it: the coordinator may fix the clash and try again.
      pushVersion(version);
      reportError(new Error(result.message));
      return;
    }
    reportDone('Change undone', `${version.name} is back as before the last change.`);
  } catch (error) {
    pushVersion(version);
    reportError(error);
  }
}
