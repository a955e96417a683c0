/**
 * Every screen of the app, in navigation order. Navigation, routes and the command palette are
 * all built from this list, so a screen appears everywhere at once or nowhere.
 */
import {
  IconAddressBook,
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
} from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import { CatalogPage } from '../features/catalog/catalog-page';
import { DocumentsPage } from '../features/documents/documents-page';
import { SchedulePage } from '../features/schedule/schedule-page';
import { SendLettersPage } from '../features/letters/send-letters-page';
import { ImportPage } from '../features/import/import-page';
import { HomePage } from '../features/home/home-page';
import { PairingPage } from '../features/pairing/pairing-page';
import { ParticipantsPage } from '../features/participants/participants-page';
import { ProgramsPage } from '../features/programs/programs-page';
import { SettingsPage } from '../features/settings/settings-page';
import { SetupPage } from '../features/programs/setup-page';

export interface Screen {
  path: string;
  label: string;
  description: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  element: ReactNode;
  /** Screens that work on the current program are disabled until one is chosen. */
  needsProgram: boolean;
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
    description: 'Run pairing, review and adjust the proposals, confirm teams and their competencies',
    icon: IconUsers,
    element: <PairingPage />,
    needsProgram: true,
  },
  {
    path: '/schedule',
    label: 'Schedule',
    description: 'The nine-month calendar: meeting rule, dates, places, warnings, export to calendar (.ics)',
    icon: IconCalendarEvent,
    element: <SchedulePage />,
    needsProgram: true,
  },
  {
    path: '/documents',
    label: 'Documents',
    description: 'Printables as .docx: pairing letters, worksheets, agreements, schedule, skills form, meeting packs',
    icon: IconFileText,
    element: <DocumentsPage />,
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
    path: '/settings',
    label: 'Settings & backups',
    description: 'Back up, restore, automatic backups, paper size, theme',
    icon: IconAdjustments,
    element: <SettingsPage />,
    needsProgram: false,
  },
];
