/**
 * The event's printables as .docx on the paper chosen in Settings: rotation, personal cards,
 * preparation sheet and wrap-up sheet. Built on the spot (a few pages, well under a second).
 */
import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import type { Document } from 'docx';
import { useState } from 'react';
import { saveDocument } from '../../components/documents/save-files';
import { documentFileName } from '../../components/documents/file-names';
import { reportError } from '../../components/report-error';
import { todayIso } from '../../components/today';
import { usePaperSize } from '../../db/settings-repo';
import type { DocumentContext } from '../../domain/documents/document-models';
import { packDocument } from '../../domain/documents/pack';
import {
  buildSpeedCards,
  buildSpeedPreparationSheet,
  buildSpeedRotation,
  buildSpeedWrapUpSheet,
  speedSheetModel,
  type SpeedSheetModel,
} from '../../domain/documents/speed-sheets';
import type { Participant, Program } from '../../domain/model';
import { eventMinutes, planRounds, roundsAsked, speedNames, type SpeedEventView } from '../../domain/speed';

const PRINTABLES: { key: string; label: string; file: string; build: (ctx: DocumentContext, m: SpeedSheetModel) => Document; needsPlan: boolean }[] = [
  { key: 'cards', label: 'Personal cards', file: 'Speed mentoring cards', build: buildSpeedCards, needsPlan: true },
  { key: 'rotation', label: 'Rotation by round and by person', file: 'Speed mentoring rotation', build: buildSpeedRotation, needsPlan: true },
  { key: 'prep', label: 'Preparation sheet', file: 'Speed mentoring preparation', build: buildSpeedPreparationSheet, needsPlan: false },
  { key: 'wrap', label: 'Wrap-up sheet', file: 'Speed mentoring wrap-up', build: buildSpeedWrapUpSheet, needsPlan: false },
];

export function SpeedPrintables({ event, program, participants }: { event: SpeedEventView; program: Program; participants: Participant[] }) {
  const paper = usePaperSize();
  const [busy, setBusy] = useState<string | null>(null);
  const hasPlan = event.plan.length > 0;
  const print = async (item: (typeof PRINTABLES)[number]) => {
    setBusy(item.key);
    try {
      const names = speedNames(event, participants);
      const model = speedSheetModel(
        {
          title: event.title,
          date: event.date,
          startTime: event.startTime,
          minutes: eventMinutes(event, roundsAsked(event)),
          place: event.place,
          roundMinutes: event.roundMinutes,
        },
        planRounds(event),
        (id) => names.get(id) ?? 'Someone no longer on the roster',
      );
      const ctx: DocumentContext = { program, paper, issuedOn: todayIso() };
      const data = await packDocument(item.build(ctx, model));
      await saveDocument({ name: documentFileName(`${item.file} ${event.date}`, program.name), data });
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card withBorder radius="md" padding="lg" aria-label="Printables" component="section">
      <Title order={2} size="h4" mb={4}>
        Print
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Word documents on {paper === 'a4' ? 'A4' : 'US Letter'} paper (change it in Settings). Cards and the rotation follow the plan as it stands: print them
        again after a re-plan.
      </Text>
      <Group gap="xs">
        {PRINTABLES.map((item) => (
          <Button
            key={item.key}
            variant="light"
            leftSection={<IconPrinter size={16} />}
            loading={busy === item.key}
            disabled={item.needsPlan && !hasPlan}
            onClick={() => void print(item)}
          >
            {item.label}
          </Button>
        ))}
      </Group>
    </Card>
  );
}
