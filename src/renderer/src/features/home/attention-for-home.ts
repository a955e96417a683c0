/**
 * Pairs needing attention, as the home screen counts them: the open flags the attention rules
 * raise for `today` (snoozed and resolved ones already left out by `attentionFlags`). The rules
 * live with the attention screen (domain/attention); this hook is the one place they are wired
 * into the home screen, with their own live read, so the rest of the home never waits for the
 * records they need. While that read is pending the item is left out rather than guessed.
 */
import { useMemo } from 'react';
import { useAttentionSources } from '../../db/attention-repo';
import { attentionFlags } from '../../domain/attention/attention-flags';

export function useAttentionForHome(programId: string, today: string): readonly { teamId: string }[] | null {
  const sources = useAttentionSources(programId);
  return useMemo(() => (sources ? attentionFlags(sources.input, today, sources.rules) : null), [sources, today]);
}
