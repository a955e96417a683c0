import { createContext, useContext } from 'react';
import type { StartupState } from '../db/client';

export const StartupContext = createContext<StartupState>({ status: 'ready', persisted: null });

/** How the database started: writable, or holding data from a newer app version. */
export function useStartup(): StartupState {
  return useContext(StartupContext);
}
