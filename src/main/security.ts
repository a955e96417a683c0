/**
 * Hardening from Electron's security checklist: the Content-Security-Policy, the external URL
 * policy, and the handlers that deny navigation, new windows, webviews and permissions.
 * Everything takes its Electron objects as arguments so tests can pass fakes.
 */
import type {
  Event,
  HandlerDetails,
  OnHeadersReceivedListenerDetails,
  HeadersReceivedResponse,
  Session,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';
import { buildContentSecurityPolicy as buildSharedContentSecurityPolicy } from '../shared/content-security-policy';
import { isAppOriginUrl, isAppPageUrl, isAppResourceUrl, type RendererSource } from './app-origin';

// Raw input is refused outright if it holds whitespace, control or invisible formatting
// characters: the URL parser would silently strip or drop some of them (" javascript:x" parses
// as javascript:), others disguise what the link really is, and a URL meant for a browser or
// mail client never legitimately contains them unencoded.
const INVISIBLE_FORMATTING = /[\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/;

/** True when `text` contains whitespace, an ASCII/C1 control character or an invisible format character. */
export function hasUnsafeUrlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return /\s/.test(text) || INVISIBLE_FORMATTING.test(text);
}

// Mail clients honour more than the standard headers (e.g. `attach=` in some versions of
// Thunderbird), which would let a crafted link attach local files; only plain headers pass.
const ALLOWED_MAILTO_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body']);

/**
 * Parses `url` and returns its normalised form if the app may hand it to the operating system
 * (`https:` without credentials, or `mailto:` with standard fields only); otherwise `null`.
 */
export function normalizeExternalUrl(url: string): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 10_000) return null;
  if (hasUnsafeUrlCharacter(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'https:') {
    // `https://bank.example@evil.example` shows one host and opens another: refuse credentials.
    if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null;
    return parsed.href;
  }
  if (parsed.protocol === 'mailto:') {
    for (const key of parsed.searchParams.keys()) {
      if (!ALLOWED_MAILTO_FIELDS.has(key.toLowerCase())) return null;
    }
    return parsed.href;
  }
  return null;
}

/** True when `url` may be opened outside the app (see {@link normalizeExternalUrl}). */
export function isAllowedExternalUrl(url: string): boolean {
  return normalizeExternalUrl(url) !== null;
}

/** Opens `url` with the OS only if the policy allows it; resolves to whether it was opened. */
export async function openExternalSafely(
  url: string,
  openExternal: (url: string) => Promise<void>,
): Promise<boolean> {
  const normalized = normalizeExternalUrl(url);
  if (normalized === null) return false;
  await openExternal(normalized);
  return true;
}

/**
 * The CSP header for app pages (src/shared/content-security-policy.ts, the same policy the build
 * writes into index.html). In the built app 'self' is exactly app://peer-mentor-desk (file:// is
 * never allowed); in dev the Vite server's origin and HMR socket are allowed too.
 */
export function buildContentSecurityPolicy(source: RendererSource): string {
  return buildSharedContentSecurityPolicy({
    delivery: 'header',
    devServerOrigin: source.kind === 'dev-server' ? source.origin : undefined,
  });
}

/** Returns `headers` with any existing CSP replaced by `policy` (header names are case-insensitive). */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only')
      continue;
    result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}

/**
 * Permissions granted to the app's own page; everything else (camera, location, notifications,
 * clipboard read, ...) is denied. Clipboard *write* backs the "copy addresses" buttons, and
 * persistent storage keeps IndexedDB from being evicted under disk pressure.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set([
  'clipboard-sanitized-write',
  'persistent-storage',
]);

/**
 * Decides one permission request or check: only listed permissions, only for the app's origin
 * (permissions belong to an origin; checks may carry the bare origin, `app://peer-mentor-desk`).
 */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  source: RendererSource,
): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppOriginUrl(requestingUrl, source);
}

type SessionLike = {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
} & Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/**
 * Installs the CSP header on app responses and the permission handlers on `session`. The app
 * scheme's handler (app-protocol.ts) already sends the same CSP; this covers the dev server.
 */
export function installSessionSecurity(session: SessionLike, source: RendererSource): void {
  const policy = buildContentSecurityPolicy(source);
  session.webRequest.onHeadersReceived(
    (
      details: OnHeadersReceivedListenerDetails,
      callback: (response: HeadersReceivedResponse) => void,
    ) => {
      if (!isAppResourceUrl(details.url, source)) {
        callback({});
        return;
      }
      callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
    },
  );
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, source));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    // Prefer the frame URL when Chromium gives one; the origin alone is enough otherwise.
    const url = details.requestingUrl ?? requestingOrigin;
    return isPermissionGranted(permission, url, source);
  });
}

type WebContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Options for {@link hardenWebContents}. */
export interface HardenOptions {
  source: RendererSource;
  openExternal: (url: string) => Promise<void>;
}

function urlOf(event: Event<{ url: string }>, fallback: string): string {
  return typeof event.url === 'string' ? event.url : fallback;
}

/**
 * Denies leaving the app: navigation and redirects to anything but the app's page are
 * prevented, new windows are never created, and webviews never attach. Allowed external links
 * (https, mailto) go to the OS instead, so clicking one still does what the user expects.
 */
export function hardenWebContents(contents: WebContentsLike, options: HardenOptions): void {
  const sendOut = (url: string): void => {
    void openExternalSafely(url, options.openExternal).catch((error: unknown) => {
      console.error('Could not open external link', error);
    });
  };
  const guardNavigation = (event: Event<{ url: string }>, url: string): void => {
    const target = urlOf(event, url);
    if (isAppPageUrl(target, options.source)) return;
    event.preventDefault();
    sendOut(target);
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', (event, url) => {
    const target = urlOf(event, url);
    if (!isAppPageUrl(target, options.source)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler((details: HandlerDetails): WindowOpenHandlerResponse => {
    sendOut(details.url);
    return { action: 'deny' };
  });
}
