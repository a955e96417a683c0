/** A participant's status as a small coloured word. */
import { Badge } from '@mantine/core';
import { PARTICIPANT_STATUS_LABELS, type ParticipantStatus } from '../../domain/model';

const COLORS: Record<ParticipantStatus, string> = {
  interested: 'yellow',
  'opted-in': 'blue',
  active: 'teal',
  withdrawn: 'gray',
};

export function StatusBadge({ status }: { status: ParticipantStatus }) {
  return (
    <Badge variant="light" color={COLORS[status]}>
      {PARTICIPANT_STATUS_LABELS[status]}
    </Badge>
  );
}
