/**
 * Pairs needing attention, as the home screen counts them: the flags the attention rules raise
 * for `today`, less the ones the coordinator snoozed or resolved. The rules live with the
 * attention screen (`attentionFlags` in domain/attention); this is the one place they are
 * wired into the home screen. Until they are, the item is left out rather than guessed.
 */
import type { HomeRecords } from '../../db/home-repo';

export function attentionForHome(_records: HomeRecords, _today: string): readonly { teamId: string }[] | null {
  return null;
}
