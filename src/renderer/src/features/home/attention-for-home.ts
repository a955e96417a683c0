/**
 * Pairs needing attention, as the home screen counts them: the open flags the attention rules
 * raise for `today` (snoozed and resolved ones already left out by `attentionFlags`). The rules
 * live with the attention screen (domain/attention); this hook is the one place they are wired
 * into the home screen. Their read (every log, check-in and roll call of the year) starts once the
 * rest of the home is on screen, so a large program never holds the first paint back; until it
 * is done the item is left out rather than guessed.
 */
import { useEffect, useMemo, useState } from 'react';
import { useAttentionSources } from '../../db/attention-repo';
import { attentionFlags } from '../../domain/attention/attention-flags';

export function useAttentionForHome(programId: string, today: string): readonly { teamId: string }[] | null {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    const idle = requestIdleCallback(() => setStarted(true), { timeout: 1_000 });
    return () => cancelIdleCallback(idle);
  }, []);
  const sources = useAttentionSources(started ? programId : undefined);
  return useMemo(() => (sources ? attentionFlags(sources.input, today, sources.rules) : null), [sources, today]);
}
