import type { DesktopApi } from '../shared/ipc-contract';

declare global {
  interface Window {
    /** Present only inside the Electron app; absent in a plain browser. */
    api?: DesktopApi;
  }
}
export {};
