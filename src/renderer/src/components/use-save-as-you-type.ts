/**
 * An editor's draft that saves itself as the user types: after a short pause, and whatever is
 * still waiting when the editor closes (unmounts). `replace` swaps the draft for a value saved
 * another way (a reset to the default), dropping what was waiting.
 */
import { useEffect, useRef, useState } from 'react';
import { reportError } from './report-error';

export interface SaveAsYouType<T> {
  draft: T;
  status: 'saved' | 'saving';
  /** The user changed the draft: show it at once, save it after the pause. */
  change: (next: T) => void;
  /** Show `next` and run `persist` instead of saving the draft (e.g. delete back to the default). */
  replace: (next: T, persist: () => Promise<void>) => void;
  /** Save what is waiting now (on blur). */
  flush: () => Promise<void>;
}

export function useSaveAsYouType<T>(initial: T, save: (value: T) => Promise<void>, delayMs = 500): SaveAsYouType<T> {
  const [draft, setDraft] = useState<T>(initial);
  const [status, setStatus] = useState<'saved' | 'saving'>('saved');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<{ value: T } | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useRef(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (next === null) return;
    pending.current = null;
    try {
      await saveRef.current(next.value);
    } catch (error) {
      reportError(error);
    } finally {
      if (pending.current === null) setStatus('saved');
    }
  });

  // Save what is still waiting when the editor closes.
  useEffect(() => {
    const saveNow = flush.current;
    return () => void saveNow();
  }, []);

  const change = (next: T) => {
    setDraft(next);
    setStatus('saving');
    pending.current = { value: next };
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush.current(), delayMs);
  };

  const replace = (next: T, persist: () => Promise<void>) => {
    clearTimeout(timer.current);
    pending.current = null;
    setDraft(next);
    void persist().then(() => setStatus('saved'), reportError);
  };

  return { draft, status, change, replace, flush: flush.current };
}
