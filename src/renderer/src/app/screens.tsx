/**
 * Every screen of the app, in navigation order. Navigation, routes and the command palette are
 * all built from this list, so a screen appears everywhere at once or nowhere.
 */
import {
  IconAddressBook,
  IconAlertTriangle,
  IconAdjustments,
  IconBooks,
  IconClipboardCheck,
  IconFileImport,
  IconHome,
  IconListDetails,
  IconUsers,
  IconCalendarEvent,
  IconFileText,
  IconMailForward,
  IconUserCheck,
  IconMessages,
  IconArrowsShuffle,
  IconTextCaption,
  IconChartBar,
} from '@tabler/icons-react';
import { lazy, type ComponentType, type ReactNode } from 'react';
import { HomePage } from '../features/home/home-page';

// The first screen comes with the app; every other screen loads when first opened, so the
// window paints sooner (its code is fetched from disk in a few milliseconds).
const AttentionPage = lazy(() =>
  import('../features/attention/attention-page').then((m) => ({ default: m.AttentionPage })),
);
const CatalogPage = lazy(() =>
  import('../features/catalog/catalog-page').then((m) => ({ default: m.CatalogPage })),
);
const CheckInsPage = lazy(() =>
  import('../features/check-ins/check-ins-page').then((m) => ({ default: m.CheckInsPage })),
);
const DocumentsPage = lazy(() =>
  import('../features/documents/documents-page').then((m) => ({ default: m.DocumentsPage })),
);
const ProgramTextsPage = lazy(() =>
  import('../features/program-texts/program-texts-page').then((m) => ({ default: m.ProgramTextsPage })),
);
const SchedulePage = lazy(() =>
  import('../features/schedule/schedule-page').then((m) => ({ default: m.SchedulePage })),
);
const SendLettersPage = lazy(() =>
  import('../features/letters/send-letters-page').then((m) => ({ default: m.SendLettersPage })),
);
const ImportPage = lazy(() =>
  import('../features/import/import-page').then((m) => ({ default: m.ImportPage })),
);
const PairingPage = lazy(() =>
  import('../features/pairing/pairing-page').then((m) => ({ default: m.PairingPage })),
);
const ParticipantsPage = lazy(() =>
  import('../features/participants/participants-page').then((m) => ({
    default: m.ParticipantsPage,
  })),
);
const ProgramsPage = lazy(() =>
  import('../features/programs/programs-page').then((m) => ({ default: m.ProgramsPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
);
const SetupPage = lazy(() =>
  import('../features/programs/setup-page').then((m) => ({ default: m.SetupPage })),
);
const AttendancePage = lazy(() =>
  import('../features/attendance/attendance-page').then((m) => ({ default: m.AttendancePage })),
);
const LogMeetingsPage = lazy(() =>
  import('../features/meetings/log-meetings-page').then((m) => ({ default: m.LogMeetingsPage })),
);
const SpeedPage = lazy(() =>
  import('../features/speed/speed-page').then((m) => ({ default: m.SpeedPage })),
);
const TeamPage = lazy(() =>
  import('../features/teams/team-page').then((m) => ({ default: m.TeamPage })),
);
const DashboardPage = lazy(() =>
  import('../features/evaluation/dashboard-page').then((m) => ({ default: m.DashboardPage })),
);

export interface Screen {
  path: string;
  label: string;
  description: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  element: ReactNode;
  /** Screens that work on the current program are disabled until one is chosen. */
  needsProgram: boolean;
  /**
   * False for pages reached from other screens with a parameter in the path (a team's page):
   * routed, but not listed in the navigation or the command palette.
   */
  listed?: boolean;
}

export const screens: Screen[] = [
  {
    path: '/',
    label: 'Overview',
    description: 'This month: where the cycle stands, the next group meeting, and what to do now',
    icon: IconHome,
    element: <HomePage />,
    needsProgram: false,
  },
  {
    path: '/programs',
    label: 'Programs',
    description: 'Create, switch and archive programs; load the demo',
    icon: IconListDetails,
    element: <ProgramsPage />,
    needsProgram: false,
  },
  {
    path: '/setup',
    label: 'Program setup',
    description: 'Details, selection rules, setup checklist and budget',
    icon: IconClipboardCheck,
    element: <SetupPage />,
    needsProgram: true,
  },
  {
    path: '/participants',
    label: 'Participants',
    description: 'Directory and skills inventory: search, edit, coverage, export',
    icon: IconAddressBook,
    element: <ParticipantsPage />,
    needsProgram: true,
  },
  {
    path: '/import',
    label: 'Import roster',
    description: 'Bring participants in from a CSV or Excel file; review, fix, undo',
    icon: IconFileImport,
    element: <ImportPage />,
    needsProgram: true,
  },
  {
    path: '/competencies',
    label: 'Competencies',
    description: 'The competency catalog participants choose from',
    icon: IconBooks,
    element: <CatalogPage />,
    needsProgram: true,
  },
  {
    path: '/pairing',
    label: 'Pairing',
    description:
      'Run pairing, review and adjust the proposals, confirm teams and their competencies',
    icon: IconUsers,
    element: <PairingPage />,
    needsProgram: true,
  },
  {
    path: '/schedule',
    label: 'Schedule',
    description:
      'The nine-month calendar: meeting rule, dates, places, warnings, export to calendar (.ics)',
    icon: IconCalendarEvent,
    element: <SchedulePage />,
    needsProgram: true,
  },
  {
    path: '/speed',
    label: 'Speed mentoring',
    description:
      'Speed peer mentoring events: check-in, rotation plan with table numbers, live timer for the projector, cards',
    icon: IconArrowsShuffle,
    element: <SpeedPage />,
    needsProgram: true,
  },
  {
    path: '/documents',
    label: 'Documents',
    description:
      'Printables as .docx: pairing letters, worksheets, agreements, schedule, skills form, meeting packs, information and orientation packs, mentor skills',
    icon: IconFileText,
    element: <DocumentsPage />,
    needsProgram: true,
  },
  {
    path: '/texts',
    label: 'Program texts',
    description:
      'The texts of the information and orientation packs: what peer mentoring is, pairing tips, challenges, how to register',
    icon: IconTextCaption,
    element: <ProgramTextsPage />,
    needsProgram: true,
  },
  {
    path: '/letters',
    label: 'Send letters',
    description: 'Email each pair its letter: addresses, letter file, compose, mark as sent',
    icon: IconMailForward,
    element: <SendLettersPage />,
    needsProgram: true,
  },
  {
    path: '/attendance',
    label: 'Attendance',
    description:
      'Roll call of each group meeting from the sign-in sheet; rates per meeting and per person',
    icon: IconUserCheck,
    element: <AttendancePage />,
    needsProgram: true,
  },
  {
    path: '/meetings',
    label: 'Log meetings',
    description:
      'Log the meetings pairs hold between group meetings: one line per team, keyboard-first',
    icon: IconMessages,
    element: <LogMeetingsPage />,
    needsProgram: true,
  },
  {
    path: '/teams/:teamId',
    label: 'Team',
    description: 'One team: members, competencies, meetings and everything that happened to it',
    icon: IconUsers,
    element: <TeamPage />,
    needsProgram: true,
    listed: false,
  },
  {
    path: '/attention',
    label: 'Needs attention',
    description:
      'Pairs needing attention: reasons in words, snooze, resolve with a note, reminder e-mails, no-fault rematch',
    icon: IconAlertTriangle,
    element: <AttentionPage />,
    needsProgram: true,
  },
  {
    path: '/check-ins',
    label: 'Check-ins',
    description:
      'How each pair is doing: type a check-in, print the form, email the questions, import survey answers',
    icon: IconMessages,
    element: <CheckInsPage />,
    needsProgram: true,
  },
  {
    path: '/evaluation/dashboard',
    label: 'Evaluation dashboard',
    description:
      'What the program achieved: participation, attendance, meetings, balance, growth, wants covered, satisfaction; each chart as a table and a CSV',
    icon: IconChartBar,
    element: <DashboardPage />,
    needsProgram: true,
  },
  {
    path: '/settings',
    label: 'Settings & backups',
    description: 'Back up, restore, automatic backups, paper size, theme',
    icon: IconAdjustments,
    element: <SettingsPage />,
    needsProgram: false,
  },
];
