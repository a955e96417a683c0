/**
 * Pairs needing attention, as the home screen counts them: the flags the attention rules raise
 * for `today`, less the ones the coordinator snoozed or resolved. The rules live with the
 * attention screen (`attentionFlags` in domain/attention); this hook is the one place they are
 * wired into the home screen, with their own live read, so the rest of the home never waits for
 * the records they need. Until they are wired, the item is left out rather than guessed.
 */
export function useAttentionForHome(_programId: string, _today: string): readonly { teamId: string }[] | null {
  return null;
}
