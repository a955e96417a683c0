/**
 * The problems found in an editable text (a letter, a reminder, a program text), listed under
 * the editor: each with its icon, where it is and its fix; a click puts the cursor there. With
 * none, a line says every placeholder is known.
 */
import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A problem at a 1-based line and column; without a severity it is an error. */
export interface PlacedProblem {
  severity?: 'error' | 'warning';
  line: number;
  column: number;
  message: string;
}

/** Offset of a 1-based line and column in a text. */
export function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
  return offset + column - 1;
}

export function TemplateProblemList<P extends PlacedProblem>({
  problems,
  heading,
  headingIsError,
  listLabel,
  onGo,
  describe = (p) => p.message,
  showPlace = true,
  alert = false,
}: {
  problems: readonly P[];
  /** What the problems hold back, said above the list. */
  heading: ReactNode;
  headingIsError: boolean;
  listLabel: string;
  onGo: (problem: P) => void;
  /** The words of a problem (its message unless told otherwise). */
  describe?: (problem: P) => string;
  /** Print "Line 3, column 7:" before each problem. */
  showPlace?: boolean;
  /** Announce the list to screen readers as it appears. */
  alert?: boolean;
}) {
  if (problems.length === 0) {
    return (
      <Group gap={6} wrap="nowrap">
        <IconCircleCheck size={18} color="var(--mantine-color-teal-8)" aria-hidden />
        <Text size="sm">No problems: every placeholder is known.</Text>
      </Group>
    );
  }
  return (
    <Stack gap={6} {...(alert ? { role: 'alert' } : {})}>
      <Text size="sm" fw={600} c={headingIsError ? 'var(--mantine-color-red-text)' : undefined}>
        {heading}
      </Text>
      <Stack gap={6} role="list" aria-label={listLabel}>
        {problems.map((p, i) => (
          <div key={i} role="listitem">
            <UnstyledButton onClick={() => onGo(p)} {...(showPlace ? { 'aria-label': `Line ${p.line}, column ${p.column}: ${describe(p)}` } : {})}>
              <Group gap={8} wrap="nowrap" align="flex-start">
                {(p.severity ?? 'error') === 'error' ? (
                  <IconAlertCircle size={18} color="var(--mantine-color-red-8)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                ) : (
                  <IconAlertTriangle size={18} color="var(--mantine-color-orange-8)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                )}
                <Text size="sm">
                  {showPlace && (
                    <>
                      <Text span fw={600}>
                        Line {p.line}, column {p.column}:
                      </Text>{' '}
                    </>
                  )}
                  {describe(p)}
                </Text>
              </Group>
            </UnstyledButton>
          </div>
        ))}
      </Stack>
    </Stack>
  );
}
