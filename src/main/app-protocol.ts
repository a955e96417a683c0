/**
 * The `app://peer-mentor-desk/` scheme that serves the built renderer (out/renderer).
 *
 * Why not file://: the packaged binary sets the `grantFileProtocolExtraPrivileges` fuse to false,
 * which makes Chromium refuse the CORS-mode loads that Vite's `<script type="module" crossorigin>`
 * needs from file:// (every file:// request is cross-origin: its origin is opaque). A standard,
 * secure custom scheme gives the renderer a real, fixed origin instead, and this handler decides
 * exactly which files it may read.
 *
 * Files are read with Node's fs, which Electron makes asar-aware in the main process, so the same
 * code serves out/renderer from a folder (`electron-vite preview`) and from app.asar (packaged).
 */
import { promises as fs } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { isWindowsDeviceName } from '../shared/file-names';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * How Chromium treats the app scheme. Registered before `ready` (Electron requires it).
 * - standard: URLs parse like http (host, path, relative URLs, `..` resolved) and the pages get a
 *   real origin, which IndexedDB and localStorage need.
 * - secure: a secure context, like https (persistent storage, clipboard write, crypto.subtle).
 * - supportFetchAPI: `fetch()` of app files (Vite's asset and worker loading).
 * - codeCache: V8 caches compiled scripts between launches (faster start).
 * Deliberately NOT set:
 * - corsEnabled: every load is same-origin (the page, its scripts, styles, workers and fonts all
 *   come from app://peer-mentor-desk), and Chromium applies CORS checks only to cross-origin
 *   requests; no other origin should be able to read app files anyway.
 * - bypassCSP: the app's CSP must apply to its own pages.
 * - allowServiceWorkers, stream, allowExtensions: not used.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Registers the app scheme as privileged; must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Content types of the files Vite emits (and a few it may emit), by lower-case extension. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
};

/** The catch-all type: with `nosniff` the browser neither runs nor renders such a file. */
export const FALLBACK_MIME_TYPE = 'application/octet-stream';

/** Content type of `filePath` by its extension (case-insensitive); unknown ones are octet-stream. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? FALLBACK_MIME_TYPE;
}

/** The Content-Type header for `mimeType`: text types say they are UTF-8, as Vite writes them. */
export function contentTypeHeader(mimeType: string): string {
  const textual =
    mimeType.startsWith('text/') || mimeType === 'application/json' || mimeType === 'image/svg+xml';
  return textual ? `${mimeType}; charset=utf-8` : mimeType;
}

/** What a request maps to: a file inside the root to serve, or a refusal with its HTTP status. */
export type AppFileResolution =
  | { status: 200; filePath: string; mimeType: string }
  | { status: 400 | 403 | 404 | 405; reason: string };

type Refusal = Extract<AppFileResolution, { status: 400 | 403 | 404 | 405 }>;

function refuse(status: Refusal['status'], reason: string): Refusal {
  return { status, reason };
}

/**
 * Checks one decoded path segment. Refused: empty (`//`), `.`/`..`, separators of any platform
 * (`/` from `%2F`, `\` from `%5C`), NUL and control characters, `:` (drive letters, NTFS
 * streams), a trailing dot or space (Windows drops them, so `.. ` would act like `..`) and
 * Windows device names (the shared file-name rule, src/shared/file-names.ts).
 */
function segmentProblem(segment: string): string | undefined {
  if (segment === '') return 'empty path segment';
  if (segment === '.' || segment === '..') return 'dot segment';
  if (/[/\\]/.test(segment)) return 'encoded path separator';
  if (/[\u0000-\u001f\u007f]/.test(segment)) return 'control character';
  if (segment.includes(':')) return 'colon in path';
  if (/[. ]$/.test(segment)) return 'trailing dot or space';
  // The app never ships such files; opening one could block on a device instead of reading a file.
  if (isWindowsDeviceName(segment)) return 'device name';
  return undefined;
}

/**
 * Pure first step of {@link resolveAppRequest}: parses an app URL into the decoded path
 * segments it names under the root (`/` names `index.html`), or a refusal. Only GET, only the
 * app scheme, only host `peer-mentor-desk` (no port, no credentials).
 */
export function parseAppRequest(url: string, method: string): { segments: string[] } | Refusal {
  if (method.toUpperCase() !== 'GET') return refuse(405, 'only GET is served');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse(400, 'malformed URL');
  }
  if (
    parsed.protocol !== `${APP_SCHEME}:` ||
    parsed.hostname !== APP_HOST ||
    parsed.port !== '' ||
    parsed.username !== '' ||
    parsed.password !== ''
  ) {
    return refuse(403, 'not the app host');
  }
  const raw = parsed.pathname;
  if (!raw.startsWith('/')) return refuse(400, 'no path');
  if (raw === '/') return { segments: ['index.html'] };
  // A trailing slash asks for a folder listing: never served.
  if (raw.endsWith('/')) return refuse(404, 'folders are not served');
  const segments: string[] = [];
  for (const encoded of raw.slice(1).split('/')) {
    // A raw backslash is a separator on Windows; Node keeps it literally in a non-special URL.
    if (encoded.includes('\\')) return refuse(403, 'backslash in path');
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return refuse(400, 'malformed percent-encoding');
    }
    const problem = segmentProblem(segment);
    if (problem) return refuse(403, problem);
    segments.push(segment);
  }
  return { segments };
}

function isStrictlyInside(folder: string, candidate: string): boolean {
  const prefix = folder.endsWith(sep) ? folder : folder + sep;
  return candidate.startsWith(prefix) && candidate.length > prefix.length;
}

/**
 * Maps an app request to a regular file strictly inside `rootFolder`, or refuses it.
 * The path is checked twice: lexically after resolving, and again after following symlinks
 * (realpath of both the file and the root), so nothing outside the root is ever returned.
 */
export async function resolveAppRequest(
  request: { url: string; method: string },
  rootFolder: string,
): Promise<AppFileResolution> {
  const parsed = parseAppRequest(request.url, request.method);
  if ('status' in parsed) return parsed;
  const root = resolve(rootFolder);
  const candidate = resolve(root, ...parsed.segments);
  if (!isStrictlyInside(root, candidate)) return refuse(403, 'outside the renderer folder');
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await fs.realpath(root);
    realFile = await fs.realpath(candidate);
  } catch {
    return refuse(404, 'no such file');
  }
  if (!isStrictlyInside(realRoot, realFile)) return refuse(403, 'link leads outside the folder');
  try {
    const stats = await fs.stat(realFile);
    if (!stats.isFile()) return refuse(404, 'not a file');
  } catch {
    return refuse(404, 'no such file');
  }
  return { status: 200, filePath: realFile, mimeType: mimeTypeFor(realFile) };
}

/** Options for {@link createAppProtocolHandler}. */
export interface AppProtocolHandlerOptions {
  /** Absolute path of out/renderer. */
  rootFolder: string;
  /** The app's CSP (security.ts `buildContentSecurityPolicy`), sent with every response. */
  contentSecurityPolicy: string;
}

const REASON_TEXT: Record<Refusal['status'], string> = {
  400: 'Bad request',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
};

/**
 * The `protocol.handle` callback: serves files of the root with their content type, the app's
 * CSP and `nosniff` (a file is only ever used as what its extension says); refusals get a short
 * plain-text body and the matching status.
 */
export function createAppProtocolHandler(
  options: AppProtocolHandlerOptions,
): (request: { url: string; method: string }) => Promise<Response> {
  const baseHeaders = {
    'Content-Security-Policy': options.contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
  };
  const refusal = (status: Refusal['status']): Response =>
    new Response(REASON_TEXT[status], {
      status,
      headers: {
        ...baseHeaders,
        'Content-Type': 'text/plain; charset=utf-8',
        ...(status === 405 ? { Allow: 'GET' } : {}),
      },
    });
  return async (request) => {
    const resolution = await resolveAppRequest(request, options.rootFolder);
    if (resolution.status !== 200) return refusal(resolution.status);
    let body: Uint8Array;
    try {
      body = await fs.readFile(resolution.filePath);
    } catch {
      // Removed between the check and the read (a rebuild during `electron-vite preview`).
      return refusal(404);
    }
    return new Response(body, {
      status: 200,
      headers: { ...baseHeaders, 'Content-Type': contentTypeHeader(resolution.mimeType) },
    });
  };
}

/** Serves the renderer on the app scheme of `protocol` (the window's session's protocol). */
export function installAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  options: AppProtocolHandlerOptions,
): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options));
}
