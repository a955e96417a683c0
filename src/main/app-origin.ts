/**
 * Where the renderer comes from, and whether a URL belongs to it. Navigation, CSP and IPC
 * sender checks all ask this one module, so "the app's own page" means the same thing everywhere.
 */
import { pathToFileURL } from 'node:url';

/** The renderer is served by the Vite dev server (development) or read from disk (built app). */
export type RendererSource =
  | { kind: 'dev-server'; url: string; origin: string }
  | { kind: 'file'; filePath: string; fileUrl: string; platform: NodeJS.Platform };

/** Options for {@link resolveRendererSource}. */
export interface RendererSourceOptions {
  /** `process.env.ELECTRON_RENDERER_URL`, set by electron-vite in dev. */
  devServerUrl: string | undefined;
  /** `app.isPackaged`: a packaged app never trusts the environment variable. */
  isPackaged: boolean;
  /** Absolute path of the built `index.html`. */
  indexHtmlPath: string;
  platform?: NodeJS.Platform;
}

/** Decides which renderer to load; the dev server only for an unpackaged app and a loopback http(s) URL. */
export function resolveRendererSource(options: RendererSourceOptions): RendererSource {
  const platform = options.platform ?? process.platform;
  const dev = options.isPackaged ? undefined : parseDevServerUrl(options.devServerUrl);
  if (dev) return { kind: 'dev-server', url: dev.href, origin: dev.origin };
  return {
    kind: 'file',
    filePath: options.indexHtmlPath,
    fileUrl: pathToFileURL(options.indexHtmlPath).href,
    platform,
  };
}

function parseDevServerUrl(raw: string | undefined): URL | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // The dev server always runs on this machine; anything else is a misconfiguration or an attack.
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  return loopback.includes(url.hostname) ? url : undefined;
}

function comparablePath(url: URL, platform: NodeJS.Platform): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  // Windows file systems are case-insensitive, and Chromium may report the drive letter in either case.
  return platform === 'win32' ? path.toLowerCase() : path;
}

/**
 * True when `url` is the app's own page: same origin as the dev server, or exactly the built
 * `index.html` (any hash or query, since the router lives in the hash).
 */
export function isAppPageUrl(url: string, source: RendererSource): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (source.kind === 'dev-server') return parsed.origin === source.origin;
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  const expected = comparablePath(new URL(source.fileUrl), source.platform);
  return expected !== undefined && comparablePath(parsed, source.platform) === expected;
}

/**
 * True when `url` is a resource the app itself serves (page, scripts, styles, workers): these
 * responses get the app's CSP header.
 */
export function isAppResourceUrl(url: string, source: RendererSource): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (source.kind === 'dev-server') return parsed.origin === source.origin;
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  const page = comparablePath(new URL(source.fileUrl), source.platform);
  const path = comparablePath(parsed, source.platform);
  if (page === undefined || path === undefined) return false;
  const folder = page.slice(0, page.lastIndexOf('/') + 1);
  return path.startsWith(folder);
}
