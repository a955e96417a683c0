/**
 * Participants: the program's directory and skills inventory. Find, filter and edit people, add
 * one by hand, act on many at once, see which competencies are in short supply, and export the
 * roster for Excel.
 */
import { Button, Group, Menu, Modal, Stack, Tabs, Text, Title, EmptyState } from '@mantine/core';
import {
  IconChartBar,
  IconDownload,
  IconFileSpreadsheet,
  IconMail,
  IconPlus,
  IconTable,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { reportError } from '../../components/report-error';
import { useCatalog } from '../../db/catalog-repo';
import { useParticipants, useProgramTeams } from '../../db/participants-repo';
import { useCurrentProgram } from '../../db/programs-repo';
import {
  DEFAULT_DIRECTORY_FILTER,
  DIRECTORY_STATUS_CHOICES,
  buildDirectoryRows,
  confirmedTeamIndex,
  sortDirectory,
  type DirectoryFilter,
  type DirectoryRow,
} from '../../domain/participants/directory';
import type { Competency, Participant, Program } from '../../domain/model';
import { AddParticipantForm } from './add-participant-form';
import { RegisterDialog } from './register-dialog';
import { InvitationPanel } from './invitation-panel';
import { takesPart } from '../../domain/participants/opt-in';
import { CoveragePanel } from './coverage-panel';
import { DirectoryView } from './directory-view';
import { downloadTemplate, exportDirectory } from './export-actions';
import { ParticipantDrawer } from './participant-drawer';

// The filters survive leaving the screen and coming back within a session.
let rememberedFilter: DirectoryFilter = DEFAULT_DIRECTORY_FILTER;

export function ParticipantsPage() {
  const program = useCurrentProgram();
  const participants = useParticipants(program?.id);
  const catalog = useCatalog(program?.id);
  const teams = useProgramTeams(program?.id);
  if (!program || !participants || !catalog || !teams) return null;
  return (
    <Participants program={program} participants={participants} catalog={catalog} teams={teams} />
  );
}

function Participants({
  program,
  participants,
  catalog,
  teams,
}: {
  program: Program;
  participants: Participant[];
  catalog: Competency[];
  teams: NonNullable<ReturnType<typeof useProgramTeams>>;
}) {
  const [tab, setTab] = useState<string | null>('directory');
  const [filter, setFilterState] = useState(rememberedFilter);
  const [openId, setOpenId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [registering, setRegistering] = useState(false);
  // `?person=ID` (from the command palette) opens that person's drawer.
  const [params, setParams] = useSearchParams();
  const setFilter = useCallback((next: DirectoryFilter) => {
    rememberedFilter = next;
    setFilterState(next);
  }, []);
  const asked = params.get('person');
  const askedRegister = params.get('register') === '1';
  const askedStatus = params.get('status');
  useEffect(() => {
    const choice = DIRECTORY_STATUS_CHOICES.find((c) => c.value === askedStatus);
    if (!choice) return;
    setTab('directory');
    setFilter({ ...DEFAULT_DIRECTORY_FILTER, status: choice.value });
    setParams({}, { replace: true });
  }, [askedStatus, setParams, setFilter]);
  useEffect(() => {
    if (!askedRegister) return;
    setRegistering(true);
    setParams({}, { replace: true });
  }, [askedRegister, setParams]);
  useEffect(() => {
    if (!asked) return;
    setTab('directory');
    setOpenId(asked);
    setParams({}, { replace: true });
  }, [asked, setParams]);
  const [shown, setShown] = useState<DirectoryRow[]>([]);

  const teamIndex = useMemo(() => confirmedTeamIndex(teams.teams, teams.members), [teams]);
  const rows = useMemo(
    () => buildDirectoryRows(participants, catalog, teamIndex),
    [participants, catalog, teamIndex],
  );
  const active = useMemo(() => rows.filter((r) => takesPart(r.participant)), [rows]);
  const withdrawn = rows.filter((r) => r.participant.status === 'withdrawn').length;
  const interested = rows.length - active.length - withdrawn;
  const paired = useMemo(() => active.filter((r) => r.team !== null).length, [active]);
  const departments = useMemo(
    () => [...new Set(participants.map((p) => p.department).filter((d) => d !== ''))].sort(),
    [participants],
  );
  const locations = useMemo(
    () => [...new Set(participants.map((p) => p.location).filter((l) => l !== ''))].sort(),
    [participants],
  );

  const exportRows = (list: readonly DirectoryRow[]) =>
    void exportDirectory(
      program,
      list.map((r) => r.participant),
      catalog,
    ).catch(reportError);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            Participants
          </Title>
          <Text c="dimmed" size="sm">
            {active.length} taking part
            {interested > 0 ? `, ${interested} interested (not opted in yet)` : ''}
            {withdrawn > 0 ? `, ${withdrawn} withdrawn` : ''} · {paired} in confirmed pairs or
            groups
          </Text>
        </div>
        <Group gap="xs">
          <Menu position="bottom-end" shadow="md" width={300}>
            <Menu.Target>
              <Button variant="default" leftSection={<IconDownload size={16} />}>
                Export
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>CSV for Excel (UTF-8)</Menu.Label>
              <Menu.Item
                leftSection={<IconFileSpreadsheet size={16} />}
                disabled={active.length === 0}
                onClick={() =>
                  exportRows(sortDirectory(active, { column: 'name', direction: 'asc' }))
                }
              >
                Export{' '}
                {active.every((r) => r.participant.status === 'active')
                  ? 'active participants'
                  : 'people taking part'}{' '}
                ({active.length})
              </Menu.Item>
              <Menu.Item
                leftSection={<IconTable size={16} />}
                disabled={shown.length === 0}
                onClick={() => exportRows(shown)}
              >
                Export the {shown.length} shown
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item
                leftSection={<IconDownload size={16} />}
                onClick={() => void downloadTemplate(program, catalog).catch(reportError)}
              >
                Download CSV template
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          {program.status !== 'archived' && (
            <>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} />}
                onClick={() => setAdding(true)}
              >
                Add participant
              </Button>
              <Button leftSection={<IconUserPlus size={16} />} onClick={() => setRegistering(true)}>
                Register someone
              </Button>
            </>
          )}
        </Group>
      </Group>

      {
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="directory" leftSection={<IconTable size={16} />}>
              Directory
            </Tabs.Tab>
            <Tabs.Tab value="coverage" leftSection={<IconChartBar size={16} />}>
              Skills coverage
            </Tabs.Tab>
            <Tabs.Tab value="invitation" leftSection={<IconMail size={16} />}>
              Invitation
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="directory">
            {rows.length === 0 ? (
              <EmptyState
                icon={<IconUsers size={28} />}
                variant="light"
                title="No participants yet"
                description="Import the roster from a spreadsheet, or add people one by one. The CSV template shows the columns the importer understands."
                mt="xl"
              >
                <EmptyState.Actions>
                  <Button
                    leftSection={<IconUserPlus size={16} />}
                    onClick={() => setRegistering(true)}
                  >
                    Register someone
                  </Button>
                  <Button
                    variant="default"
                    leftSection={<IconPlus size={16} />}
                    onClick={() => setAdding(true)}
                  >
                    Add participant
                  </Button>
                  <Button
                    variant="default"
                    leftSection={<IconDownload size={16} />}
                    onClick={() => void downloadTemplate(program, catalog).catch(reportError)}
                  >
                    Download CSV template
                  </Button>
                </EmptyState.Actions>
              </EmptyState>
            ) : (
              <DirectoryView
                programId={program.id}
                rows={rows}
                catalog={catalog}
                filter={filter}
                onFilterChange={setFilter}
                onOpen={setOpenId}
                onShownChange={setShown}
              />
            )}
          </Tabs.Panel>
          <Tabs.Panel value="coverage">
            <CoveragePanel participants={participants} catalog={catalog} />
          </Tabs.Panel>
          <Tabs.Panel value="invitation">
            <InvitationPanel program={program} />
          </Tabs.Panel>
        </Tabs>
      }

      <ParticipantDrawer
        participantId={openId}
        program={program}
        catalog={catalog}
        people={participants}
        onClose={() => setOpenId(null)}
      />
      <Modal
        opened={registering}
        onClose={() => setRegistering(false)}
        title="Register someone"
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {registering && (
          <RegisterDialog
            programId={program.id}
            catalog={catalog}
            people={participants}
            departments={departments}
            onDone={() => {
              setRegistering(false);
              setTab('directory');
            }}
          />
        )}
      </Modal>
      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title="Add a participant"
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {adding && (
          <AddParticipantForm
            programId={program.id}
            departments={departments}
            locations={locations}
            onCancel={() => setAdding(false)}
            onAdded={(id) => {
              setAdding(false);
              setTab('directory');
              setOpenId(id);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
