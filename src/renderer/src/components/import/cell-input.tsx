/**
 * A cell of an imported file corrected in place (the file itself is not changed): saved on Enter
 * or when focus leaves it. Shared by the roster and check-in survey reviews.
 */
import { TextInput } from '@mantine/core';
import { useState } from 'react';

/** A cell corrected in place; saved on Enter or when focus leaves it. */
export function CellInput({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <TextInput
      size="sm"
      aria-label={label}
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      w="100%"
    />
  );
}
