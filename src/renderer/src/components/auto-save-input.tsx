/**
 * A text field that saves itself: after a short pause in typing, on blur and on Enter. A value
 * that fails validation is not saved; the reason shows under the field until it is fixed.
 */
import { Textarea, TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

interface Props extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  value: string;
  /** Save the value; resolve with an error message to refuse it, or null when saved. */
  onSave: (value: string) => Promise<string | null>;
  multiline?: boolean;
  minRows?: number;
  debounceMs?: number;
}

export function AutoSaveInput({ value, onSave, multiline, minRows = 2, debounceMs = 500, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSaved = useRef(value);
  const focused = useRef(false);

  // Follow changes made elsewhere (undo, restore) unless the user is typing here.
  useEffect(() => {
    if (!focused.current) {
      setDraft(value);
      lastSaved.current = value;
    }
  }, [value]);

  const save = async (next: string) => {
    clearTimeout(timer.current);
    pending.current = null;
    if (next === lastSaved.current) return;
    try {
      const problem = await onSave(next);
      setError(problem);
      if (!problem) lastSaved.current = next;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  // A value still waiting for its pause when the field goes away (a dialog closed with Escape)
  // is saved then: nothing typed is lost.
  const pending = useRef<string | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (pending.current !== null) void saveRef.current(pending.current);
    },
    [],
  );

  const common = {
    ...rest,
    value: draft,
    error,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      void save(draft);
    },
  };
  const onChange = (next: string) => {
    setDraft(next);
    clearTimeout(timer.current);
    pending.current = next;
    timer.current = setTimeout(() => void save(next), debounceMs);
  };

  if (multiline) {
    return (
      <Textarea
        {...(common as object)}
        value={draft}
        error={error}
        autosize
        minRows={minRows}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    );
  }
  return (
    <TextInput
      {...common}
      onChange={(e) => onChange(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void save(draft);
      }}
    />
  );
}
