/**
 * Skills coverage at a glance: for each competency, how many active participants offer it and
 * how many want it, grouped by category, with competencies in short supply highlighted so the
 * coordinator sees unmet demand before pairing.
 */
import { Badge, Box, Card, Group, SimpleGrid, Stack, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { StatCard } from '../../components/stat-card';
import { computeCoverage, type CompetencyCoverage } from '../../domain/participants/coverage';
import type { Competency, Participant } from '../../domain/model';

const OFFER_COLOR = 'var(--mantine-color-teal-6)';
const WANT_COLOR = 'var(--mantine-color-violet-5)';
// A faint red wash that reads the same in light and dark themes.
const SHORT_ROW = 'color-mix(in srgb, var(--mantine-color-red-6) 10%, transparent)';

function Bars({ row, scale }: { row: CompetencyCoverage; scale: number }) {
  const width = (n: number) => `${scale === 0 ? 0 : (n / scale) * 100}%`;
  return (
    <Stack gap={3} aria-hidden w="100%">
      <Box h={7} w={width(row.offered)} miw={row.offered > 0 ? 3 : 0} bg={OFFER_COLOR} style={{ borderRadius: 4 }} />
      <Box h={7} w={width(row.wanted)} miw={row.wanted > 0 ? 3 : 0} bg={WANT_COLOR} style={{ borderRadius: 4 }} />
    </Stack>
  );
}

function Legend() {
  const swatch = (color: string) => <Box w={12} h={8} bg={color} style={{ borderRadius: 3 }} aria-hidden />;
  return (
    <Group gap="md">
      <Group gap={6}>
        {swatch(OFFER_COLOR)}
        <Text size="sm">Can offer</Text>
      </Group>
      <Group gap={6}>
        {swatch(WANT_COLOR)}
        <Text size="sm">Want to develop</Text>
      </Group>
    </Group>
  );
}

export function CoveragePanel({ participants, catalog }: { participants: readonly Participant[]; catalog: readonly Competency[] }) {
  const report = useMemo(() => computeCoverage(participants, catalog), [participants, catalog]);
  const [onlyShort, setOnlyShort] = useState(false);
  const nobodyOffers = report.shortages.filter((r) => r.offered === 0).length;

  if (report.participants === 0) {
    return (
      <Card withBorder padding="xl">
        <Text fw={600}>No active participants yet</Text>
        <Text c="dimmed" size="sm">
          Coverage appears here once people are on the roster with the competencies they offer and want.
        </Text>
      </Card>
    );
  }

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <StatCard label="Active participants" value={report.participants} hint="Counted below" />
        <StatCard
          label="In short supply"
          value={report.shortages.length}
          hint="Competencies wanted by more people than offer them"
        />
        <StatCard label="Nobody offers" value={nobodyOffers} hint="Wanted, but no one can offer them" />
        <StatCard
          label="Inventory gaps"
          value={report.withoutOffers + report.withoutWants === 0 ? 'None' : `${report.withoutOffers} / ${report.withoutWants}`}
          hint={
            report.withoutOffers + report.withoutWants === 0
              ? 'Everyone said what they offer and want'
              : 'People with no offers / no wants yet'
          }
        />
      </SimpleGrid>

      {report.shortages.length > 0 && (
        <Card withBorder padding="md" component="section" aria-labelledby="coverage-shortages">
          <Title order={2} size="h4" id="coverage-shortages" mb={6}>
            Unmet demand
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            Look for mentors outside the program, plan a group meeting on these, or ask participants to review their offers.
          </Text>
          <Group gap="xs">
            {report.shortages.slice(0, 12).map((r) => (
              <Badge key={r.competency.id} variant="light" color="red" size="lg" tt="none" fw={500}>
                {r.competency.name}: {r.wanted} want, {r.offered} offer
              </Badge>
            ))}
          </Group>
        </Card>
      )}

      <Group justify="space-between">
        <Legend />
        <Switch
          label="Only competencies in short supply"
          checked={onlyShort}
          onChange={(e) => setOnlyShort(e.currentTarget.checked)}
        />
      </Group>

      {report.categories.map((category) => {
        const rows = onlyShort ? category.rows.filter((r) => r.shortfall > 0) : category.rows;
        return (
          <Card key={category.category} withBorder padding="md" component="section" aria-labelledby={`coverage-${category.category}`}>
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4" id={`coverage-${category.category}`}>
                {category.label}
              </Title>
              <Text size="sm" c="dimmed">
                {category.offered} offers · {category.wanted} wants
              </Text>
            </Group>
            {rows.length === 0 ? (
              <Text size="sm" c="dimmed">
                {onlyShort ? 'Supply meets demand in this category.' : 'No competencies in this category.'}
              </Text>
            ) : (
              <Table aria-label={`${category.label}: offers and wants`} verticalSpacing={6} layout="fixed">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="34%">Competency</Table.Th>
                    <Table.Th w={80} ta="right">
                      Offer
                    </Table.Th>
                    <Table.Th w={80} ta="right">
                      Want
                    </Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Offers and wants as bars</VisuallyHidden>
                    </Table.Th>
                    <Table.Th w={130}>Supply</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr
                      key={r.competency.id}
                      data-testid="coverage-row"
                      style={r.shortfall > 0 ? { backgroundColor: SHORT_ROW } : undefined}
                    >
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {r.competency.name}
                          {r.competency.retired && (
                            <Badge size="xs" color="gray" ml={6}>
                              Retired
                            </Badge>
                          )}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{r.offered}</Table.Td>
                      <Table.Td ta="right">{r.wanted}</Table.Td>
                      <Table.Td>
                        <Bars row={r} scale={report.largestCount} />
                      </Table.Td>
                      <Table.Td>
                        {r.shortfall > 0 ? (
                          <Badge color="red" variant="light">
                            Short by {r.shortfall}
                          </Badge>
                        ) : r.wanted === 0 ? (
                          <Text size="sm" c="dimmed">
                            Not wanted
                          </Text>
                        ) : (
                          <Text size="sm" c="dimmed">
                            Enough
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
