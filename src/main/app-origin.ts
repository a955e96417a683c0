/**
 * Where the renderer comes from, and whether a URL belongs to it. Navigation, CSP, permission
 * and IPC sender checks all ask this one module, so "the app's own page" means the same thing
 * everywhere.
 */

/** The custom scheme the built renderer is served from (see app-protocol.ts). */
export const APP_SCHEME = 'app';

/**
 * The one host of the app scheme. NEVER change APP_SCHEME or APP_HOST after the first release:
 * IndexedDB (all of the coordinator's program data) belongs to the origin
 * `app://peer-mentor-desk`, and a different origin would open an empty database.
 */
export const APP_HOST = 'peer-mentor-desk';

/** The renderer's origin in the built app. Fixed for ever (see {@link APP_HOST}). */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The page the built app loads. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** The renderer is served by the Vite dev server (development) or by the app scheme (built app). */
export type RendererSource =
  | { kind: 'dev-server'; url: string; origin: string }
  | { kind: 'app-scheme'; url: string; origin: string; rootFolder: string };

/** Options for {@link resolveRendererSource}. */
export interface RendererSourceOptions {
  /** `process.env.ELECTRON_RENDERER_URL`, set by electron-vite in dev. */
  devServerUrl: string | undefined;
  /** `app.isPackaged`: a packaged app never trusts the environment variable. */
  isPackaged: boolean;
  /** Absolute path of the built renderer folder (`out/renderer`), served by the app scheme. */
  rendererFolder: string;
}

/** Decides which renderer to load; the dev server only for an unpackaged app and a loopback http(s) URL. */
export function resolveRendererSource(options: RendererSourceOptions): RendererSource {
  const dev = options.isPackaged ? undefined : parseDevServerUrl(options.devServerUrl);
  if (dev) return { kind: 'dev-server', url: dev.href, origin: dev.origin };
  return {
    kind: 'app-scheme',
    url: APP_INDEX_URL,
    origin: APP_ORIGIN,
    rootFolder: options.rendererFolder,
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

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * True when `url` is on the app scheme's one origin. Node's URL parser treats `app:` as a
 * non-special scheme (its `origin` is "null"), so the parts are compared one by one. Chromium
 * reports the host in lower case for a standard scheme, so the comparison is exact.
 */
function isOnAppSchemeOrigin(parsed: URL): boolean {
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** True when `url` has the renderer's origin (any path). file:// is never the app. */
export function isAppOriginUrl(url: string, source: RendererSource): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (source.kind === 'dev-server') return parsed.origin === source.origin;
  return isOnAppSchemeOrigin(parsed);
}

/**
 * True when `url` is the app's own page: same origin as the dev server, or the app scheme's
 * `index.html` (or `/`, which serves it), with any hash or query since the router lives in the hash.
 */
export function isAppPageUrl(url: string, source: RendererSource): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (source.kind === 'dev-server') return parsed.origin === source.origin;
  return (
    isOnAppSchemeOrigin(parsed) && (parsed.pathname === '/index.html' || parsed.pathname === '/')
  );
}

/**
 * True when `url` is a resource the app itself serves (page, scripts, styles, workers): these
 * responses get the app's CSP header.
 */
export function isAppResourceUrl(url: string, source: RendererSource): boolean {
  return isAppOriginUrl(url, source);
}
