/**
 * A meeting length in minutes that saves on blur and on Enter, shows the length in hours under
 * the field, and the refusal reason in its place when the value is not allowed.
 */
import { NumberInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { reportError } from '../../components/report-error';
import { formatDuration } from '../../domain/schedule/iso-dates';

interface Props {
  label: string;
  value: number;
  onSave: (minutes: number) => Promise<string | null>;
  'aria-label'?: string;
}

export function MinutesField({ label, value, onSave, ...rest }: Props) {
  const [draft, setDraft] = useState<number | string>(value);
  const [error, setError] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);

  // Follow changes made elsewhere (a re-applied rule) unless the user is typing here.
  useEffect(() => {
    if (!focused) setDraft(value);
  }, [value, focused]);

  const commit = async () => {
    const n = typeof draft === 'number' ? draft : Number(draft);
    if (draft === '' || !Number.isFinite(n)) {
      setError('Enter the length in minutes.');
      return;
    }
    if (n === value) {
      setError(null);
      return;
    }
    try {
      setError(await onSave(n));
    } catch (e) {
      reportError(e);
    }
  };

  const n = typeof draft === 'number' ? draft : Number(draft);
  return (
    <NumberInput
      label={label}
      aria-label={rest['aria-label']}
      value={draft}
      onChange={setDraft}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        void commit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void commit();
      }}
      min={0}
      max={720}
      step={15}
      allowDecimal={false}
      allowNegative={false}
      suffix=" min"
      description={Number.isFinite(n) && n >= 60 ? formatDuration(n) : ' '}
      error={error}
    />
  );
}
