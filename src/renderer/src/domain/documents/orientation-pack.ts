/**
 * The orientation pack each participant receives at the kickoff meeting and keeps: the meeting's
 * agenda (the program's orientation plan, fitted to the meeting), how peer mentoring works (the
 * program's text blocks), the program's rules, this cycle's schedule with a line for each pair
 * month, the first-meeting guide for a new pair, the challenges to watch and questions to bring.
 */
import { Paragraph, TextRun, type Document, type FileChild } from 'docx';
import { type Competency, type ProgramEvent, type SelectionRules } from '../model';
import { isGroupGathering } from '../schedule/annual-schedule';
import { scheduleEntries, type DocCompetency, type DocumentContext, type ScheduleEntry, type ScheduleHandoutModel } from './document-models';
import { agendaTable, meetingHeading } from './group-meeting-pack';
import { competencyModelTable, currentCompetencies, type PlaceholderProgram } from './information-pack';
import { type MeetingPlan, type MeetingPlans } from './meeting-plans';
import { textBlockSection, type ListCounter } from './rich-text-docx';
import { scheduleTable } from './schedule-handout';
import { BULLET_REFERENCE, createDocument, heading, paragraph, title } from './style';
import { competencyRuleInWords, placeholderValues, type PlaceholderValues, type TextBlockId, type TextBlocks } from './text-blocks';

const DOCUMENT_NAME = 'Orientation pack';

/** Everything the orientation pack prints. */
export interface OrientationPackModel {
  texts: TextBlocks;
  values: PlaceholderValues;
  /** The orientation meeting, when the schedule has one. */
  meeting: ScheduleEntry | null;
  plan: MeetingPlan;
  schedule: ScheduleHandoutModel;
  competencies: DocCompetency[];
  rules: SelectionRules;
}

/** The orientation pack's model from the program's records (the first orientation meeting). */
export function buildOrientationPackModel(
  program: PlaceholderProgram,
  catalog: readonly Competency[],
  events: readonly ProgramEvent[],
  plans: MeetingPlans,
  texts: TextBlocks,
): OrientationPackModel {
  const entries = scheduleEntries(events);
  return {
    texts,
    values: placeholderValues({ program, events }),
    meeting: entries.find((e) => e.kind === 'orientation') ?? null,
    plan: plans.orientation,
    schedule: { events: entries, plans },
    competencies: currentCompetencies(catalog),
    rules: program.rules,
  };
}

function rule(label: string, text: string): Paragraph {
  return new Paragraph({
    numbering: { reference: BULLET_REFERENCE, level: 0 },
    spacing: { after: 60 },
    // The rules stay together, with the table they lead into.
    keepNext: true,
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)],
  });
}

/** The program's rules in three lines: competencies, group meetings, pair meetings. */
function rules(model: OrientationPackModel): FileChild[] {
  const { values } = model;
  const gatherings = model.schedule.events.filter((e) => isGroupGathering(e.kind)).length;
  const meetings = gatherings === 0 ? 'group meetings' : gatherings === 1 ? 'one group meeting' : `${gatherings} group meetings`;
  return [
    heading('The program\u2019s rules'),
    rule(
      'Competencies',
      `together you choose ${competencyRuleInWords(model.rules)}. You make a first choice at your first meeting and can adjust it at each topic meeting.`,
    ),
    rule('Group meetings', `everyone comes to the ${meetings}, of ${values.groupMeetingLength} each. If you cannot come, tell ${values.coordinatorName} beforehand.`),
    rule('Pair meetings', 'in the months in between, you and your partner meet at a time and place you arrange together.'),
    new Paragraph({ spacing: { before: 100 }, keepNext: true, children: [new TextRun('The competencies to choose from:')] }),
  ];
}

/** Builds the orientation pack. */
export function buildOrientationPack(ctx: DocumentContext, model: OrientationPackModel): Document {
  const { texts, values } = model;
  const counter: ListCounter = { next: 1 };
  const section = (id: TextBlockId, options: { newPage?: boolean } = {}): Paragraph[] => textBlockSection(id, texts, values, counter, options);
  const contact = values.coordinatorEmail.includes('@') ? `${values.coordinatorName} (${values.coordinatorEmail})` : values.coordinatorName;
  const children: FileChild[] = [
    title(`Welcome to ${values.programName}`),
    ...(model.meeting ? meetingHeading(model.meeting) : []),
    paragraph(
      `This pack is yours to keep. It holds today\u2019s agenda, how peer mentoring works, the program\u2019s rules, the dates of the year and a guide to your first meeting with your partner. Questions at any time: ${contact}.`,
    ),
    ...(model.meeting
      ? // What to bring is on the meeting's row of the year's table; the pack is handed out at the meeting.
        [heading('Today\u2019s agenda'), agendaTable(ctx, model.meeting, model.plan), new Paragraph({ spacing: { after: 160 }, children: [] })]
      : []),
    ...section('what-is-peer-mentoring'),
    ...section('pairing-success'),
    ...section('mentor-functions'),
    ...section('mentor-qualities'),
    ...section('abcs-of-mentoring'),
    ...section('five-steps'),
    ...rules(model),
    competencyModelTable(ctx, model.competencies),
    ...section('first-meeting'),
    ...section('challenges'),
    heading('The year at a glance', 1, { newPage: true }),
    paragraph('Group meetings are shaded. In the other months, write on its line the day you agree with your partner.', { keepNext: true }),
    scheduleTable(ctx, model.schedule),
    ...section('questions-to-bring'),
  ];
  return createDocument(ctx, `${DOCUMENT_NAME} \u2014 ${values.programName}`, [{ documentName: DOCUMENT_NAME, children }]);
}
