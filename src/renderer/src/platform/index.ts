/** The platform the app runs on: Electron when the preload bridge is there, else the browser. */
import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';

export type { Platform } from './platform';

export const platform: Platform =
  typeof window !== 'undefined' && window.api ? createElectronPlatform(window.api) : createBrowserPlatform();
