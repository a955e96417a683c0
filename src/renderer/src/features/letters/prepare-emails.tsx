/**
 * "Prepare e-mails" on Send letters: choose the teams (those not sent yet come ticked), see who
 * has no e-mail address before anything is built, then one .eml draft per team with its letter
 * attached is saved into a folder (one .zip download in a browser). Afterwards the coordinator is
 * asked whether to mark those letters as sent: never done without asking, since a draft is not
 * a sent e-mail.
 */
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { IconFolderOpen, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDayShort } from '../../components/dates';
import { plural } from '../../components/documents/document-plans';
import type { NotReached } from '../../components/mail-drafts';
import { reportDone, reportError } from '../../components/report-error';
import { setLettersSent } from '../../db/documents-repo';
import { teamLabel, type LetterModel } from '../../domain/documents/document-models';
import type { Team } from '../../domain/model';
import { platform } from '../../platform';

/** A team that can get a prepared e-mail. */
export interface EmailRow {
  team: Team;
  letter: LetterModel;
}

/** What was prepared, for the follow-up dialog. */
export interface PreparedSummary {
  teamIds: string[];
  /** Folder the drafts went to (desktop), or null for a browser download. */
  folder: string | null;
  /** One saved draft to reveal in the folder (desktop). */
  firstPath: string | null;
  /** Drafts already in the folder that the coordinator chose to keep (desktop). */
  kept: number;
  zipName: string;
  withoutAddress: NotReached[];
  nobodyReachable: NotReached[];
}

function names(row: EmailRow): string {
  return row.letter.team.members.map((m) => m.name).join(' & ');
}

function noAddress(row: EmailRow): string[] {
  return row.letter.team.members.filter((m) => m.email.trim() === '').map((m) => m.name);
}

/** Who cannot be reached, per team, in words. */
function NotReachedList({ items }: { items: NotReached[] }) {
  return (
    <List size="sm" spacing={2}>
      {items.map((item) => (
        <List.Item key={item.label}>
          {item.names.join(' and ')} ({item.label})
        </List.Item>
      ))}
    </List>
  );
}

/** Choosing the teams. `onPrepare` gets the ticked rows in table order. */
export function PrepareEmailsModal(props: {
  opened: boolean;
  rows: EmailRow[];
  blocked: string | null;
  onClose: () => void;
  onPrepare: (rows: EmailRow[]) => void;
}) {
  const { opened, rows, blocked, onClose, onPrepare } = props;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Prepare e-mails"
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Close without preparing' }}
    >
      {opened && (
        <ChooseTeams rows={rows} blocked={blocked} onClose={onClose} onPrepare={onPrepare} />
      )}
    </Modal>
  );
}

function ChooseTeams(props: {
  rows: EmailRow[];
  blocked: string | null;
  onClose: () => void;
  onPrepare: (rows: EmailRow[]) => void;
}) {
  const { rows, blocked, onClose, onPrepare } = props;
  const unsent = rows.filter((r) => r.team.letterSentOn === '').map((r) => r.team.id);
  const [chosen, setChosen] = useState<string[]>(
    unsent.length > 0 ? unsent : rows.map((r) => r.team.id),
  );
  // Letters not sent yet first: those are the ones usually chosen.
  const listed = [
    ...rows.filter((r) => r.team.letterSentOn === ''),
    ...rows.filter((r) => r.team.letterSentOn !== ''),
  ];
  const picked = rows.filter((r) => chosen.includes(r.team.id));
  const missing = picked
    .map((r) => ({
      label: teamLabel(r.team),
      names: noAddress(r),
      all: noAddress(r).length === r.letter.team.members.length,
    }))
    .filter((m) => m.names.length > 0);
  const unreachable = missing.filter((m) => m.all);
  const partial = missing.filter((m) => !m.all);
  const count = picked.length - unreachable.length;
  const where =
    platform.kind === 'electron'
      ? 'saved into a folder you choose'
      : 'downloaded together as one .zip file';

  return (
    <Stack gap="md">
      <Text size="sm">
        One e-mail per team to every member, with the same subject and words as “Compose” and the
        team’s letter attached, {where}. Open one and Outlook, Apple Mail or Thunderbird shows it
        ready to send.
      </Text>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {picked.length} of {rows.length} teams chosen:
        </Text>
        <Anchor component="button" type="button" size="sm" onClick={() => setChosen(unsent)}>
          Not sent yet ({unsent.length})
        </Anchor>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => setChosen(rows.map((r) => r.team.id))}
        >
          All ({rows.length})
        </Anchor>
        <Anchor component="button" type="button" size="sm" onClick={() => setChosen([])}>
          None
        </Anchor>
      </Group>
      <ScrollArea.Autosize mah={missing.length > 0 ? 200 : 320} type="auto" offsetScrollbars>
        <Checkbox.Group
          value={chosen}
          onChange={setChosen}
          aria-label="Teams to prepare e-mails for"
        >
          <Stack gap={6}>
            {listed.map((r) => (
              <Checkbox
                key={r.team.id}
                value={r.team.id}
                label={`${teamLabel(r.team)}: ${names(r)}`}
                description={
                  r.team.letterSentOn === ''
                    ? undefined
                    : `Letter sent ${formatDayShort(r.team.letterSentOn)}`
                }
              />
            ))}
          </Stack>
        </Checkbox.Group>
      </ScrollArea.Autosize>
      {partial.length > 0 && (
        <Alert color="yellow" title="No e-mail address for some people">
          <Stack gap={4}>
            <NotReachedList items={partial} />
            <Text size="sm">
              Their team’s e-mail goes to the others. Add the address on Participants first, or give
              them the letter another way.
            </Text>
          </Stack>
        </Alert>
      )}
      {unreachable.length > 0 && (
        <Alert color="red" title="Nobody in these teams has an e-mail address: no e-mail for them">
          <NotReachedList items={unreachable} />
        </Alert>
      )}
      {blocked && (
        <Alert color="red" title="E-mails cannot be prepared yet">
          {blocked}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          leftSection={<IconMailForward size={16} />}
          disabled={count === 0 || blocked !== null}
          onClick={() => onPrepare(picked)}
        >
          Prepare {plural(count, 'e-mail')}
        </Button>
      </Group>
    </Stack>
  );
}

/** After saving: where the drafts are, who was left out, and whether to mark the letters sent. */
export function PreparedDialog(props: {
  prepared: PreparedSummary | null;
  today: string;
  onClose: () => void;
}) {
  const { prepared, today, onClose } = props;
  const [marking, setMarking] = useState(false);
  const n = prepared?.teamIds.length ?? 0;
  const markSent = () => {
    if (!prepared) return;
    setMarking(true);
    setLettersSent(prepared.teamIds, today).then(
      () => {
        reportDone(`${plural(n, 'letter')} marked as sent`, formatDayShort(today));
        setMarking(false);
        onClose();
      },
      (error: unknown) => {
        setMarking(false);
        reportError(error);
      },
    );
  };
  return (
    <Modal
      opened={prepared !== null}
      onClose={onClose}
      title={n === 0 ? 'No e-mail prepared' : `${plural(n, 'e-mail')} prepared`}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {prepared && n === 0 && (
        <Stack gap="md">
          <NotReachedList items={prepared.nobodyReachable} />
          <Text size="sm">
            Nobody in these teams has an e-mail address. Add them on Participants first.
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>Close</Button>
          </Group>
        </Stack>
      )}
      {prepared && n > 0 && (
        <Stack gap="md">
          {prepared.folder ? (
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                Saved in {prepared.folder}.
                {prepared.kept > 0 &&
                  ` ${plural(prepared.kept, 'file')} of the same name ${prepared.kept === 1 ? 'was' : 'were'} already there and kept as ${prepared.kept === 1 ? 'it was' : 'they were'}.`}
              </Text>
              {prepared.firstPath && (
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconFolderOpen size={14} />}
                  onClick={() =>
                    void platform.showItemInFolder(prepared.firstPath ?? '').catch(reportError)
                  }
                >
                  Show in folder
                </Button>
              )}
            </Group>
          ) : (
            <Text size="sm">
              Downloaded together as “{prepared.zipName}”. Unzip it; each .eml file is one e-mail.
            </Text>
          )}
          <Text size="sm">
            Open each e-mail, check it and press Send: your mail program opens it as a new message
            with the letter attached.
          </Text>
          {prepared.withoutAddress.length > 0 && (
            <Alert color="yellow" title="Left off because they have no e-mail address">
              <NotReachedList items={prepared.withoutAddress} />
            </Alert>
          )}
          {prepared.nobodyReachable.length > 0 && (
            <Alert color="red" title="No e-mail prepared: nobody in the team has an address">
              <NotReachedList items={prepared.nobodyReachable} />
            </Alert>
          )}
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Mark {n === 1 ? 'this letter' : `these ${n} letters`} as sent?
            </Text>
            <Text size="sm" c="dimmed">
              Do it once you have sent them; until then they stay under “Not sent yet”. You can also
              tick “Sent” row by row.
            </Text>
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Not yet
            </Button>
            <Button onClick={markSent} loading={marking}>
              Mark {plural(n, 'letter')} as sent ({formatDayShort(today)})
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
