import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';

vi.mock('electron', () => ({}));

import { resolveRendererSource, type RendererSource } from './app-origin';
import {
  buildContentSecurityPolicy,
  hardenWebContents,
  installSessionSecurity,
  isAllowedExternalUrl,
  normalizeExternalUrl,
  openExternalSafely,
  withContentSecurityPolicy,
} from './security';

const builtSource: RendererSource = resolveRendererSource({
  devServerUrl: undefined,
  isPackaged: true,
  rendererFolder: '/opt/Peer Mentor Desk/resources/app.asar/out/renderer',
});
const appPage = 'app://peer-mentor-desk/index.html';
/** Where the built renderer used to live: no longer trusted for anything. */
const filePage = 'file:///opt/Peer%20Mentor%20Desk/resources/app.asar/out/renderer/index.html';
const devSource: RendererSource = resolveRendererSource({
  devServerUrl: 'http://localhost:5173/',
  isPackaged: false,
  rendererFolder: '/unused',
});

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://example.com',
    'https://example.com/path?q=1#frag',
    'HTTPS://EXAMPLE.COM/',
    'https://xn--bcher-kva.example/',
    'https://bücher.example/',
    'mailto:a@b.c',
    'mailto:a@b.c?subject=x',
    'mailto:a@b.c,d@e.f?cc=g@h.i&subject=Pairing%20letter&body=Hello',
    'MAILTO:a@b.c',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['http is not encrypted', 'http://example.com'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript behind a space', ' javascript:alert(1)'],
    ['https behind a space', ' https://example.com'],
    ['trailing newline', 'https://example.com\n'],
    ['tab inside the scheme', 'ht\ttps://example.com'],
    ['newline inside the scheme', 'java\nscript:alert(1)'],
    ['NUL byte', 'https://example.com/\u0000'],
    ['C1 control', 'https://example.com/\u0085'],
    ['zero-width space', 'https://exa\u200bmple.com'],
    ['right-to-left override', 'https://example.com/\u202egpj.exe'],
    ['byte order mark', '\ufeffhttps://example.com'],
    ['scheme only', 'HTTPS://'],
    ['file root', 'file:///'],
    ['file path', 'file:///etc/passwd'],
    ['UNC through file', 'file://server/share/x'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['blob', 'blob:https://example.com/uuid'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['custom scheme with slashes', 'zoommtg://example.com/join'],
    ['smb', 'smb://server/share'],
    ['ftp', 'ftp://example.com/file'],
    ['credentials (host spoofing)', 'https://user@host'],
    ['credentials with password', 'https://bank.example:secret@evil.example/'],
    ['malformed', 'https://exa mple.com'],
    ['not a URL', 'example.com'],
    ['relative', '/index.html'],
    ['empty', ''],
    ['mailto attaching a local file', 'mailto:a@b.c?attach=/etc/passwd'],
    ['mailto attachment field', 'mailto:a@b.c?subject=x&Attachment=C:%5Csecret.txt'],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses over-long input', () => {
    expect(isAllowedExternalUrl(`https://example.com/${'a'.repeat(10_000)}`)).toBe(false);
  });

  it('returns the parsed, normalised URL to open', () => {
    expect(normalizeExternalUrl('HTTPS://Example.COM/a b'.replace(' ', '%20'))).toBe(
      'https://example.com/a%20b',
    );
  });

  it('never allows a URL whose parsed scheme is not https or mailto (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        if (!isAllowedExternalUrl(s)) return;
        const protocol = new URL(s).protocol;
        expect(['https:', 'mailto:']).toContain(protocol);
        for (const ch of s) {
          const code = ch.charCodeAt(0);
          expect(code > 0x20 && (code < 0x7f || code > 0x9f) && !/\s/.test(ch)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses any allowed URL once whitespace or a control character is prefixed (property)', () => {
    const junk = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u001f',
      '\u007f',
      '\u00a0',
      '\u2028',
      '\ufeff',
    );
    const base = fc.constantFrom(
      'https://example.com/',
      'mailto:a@b.c',
      'https://example.org/x?y=1',
    );
    fc.assert(
      fc.property(fc.array(junk, { minLength: 1, maxLength: 3 }), base, (prefix, url) => {
        expect(isAllowedExternalUrl(prefix.join('') + url)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses every scheme other than https and mailto (property)', () => {
    const scheme = fc
      .stringMatching(/^[a-z][a-z0-9+.-]{0,10}$/)
      .filter((s) => s !== 'https' && s !== 'mailto');
    fc.assert(
      fc.property(scheme, fc.constantFrom('//example.com/', 'a@b.c', 'alert(1)'), (s, rest) => {
        expect(isAllowedExternalUrl(`${s}:${rest}`)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('openExternalSafely', () => {
  it('hands only allowed URLs to the OS, in normalised form', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openExternalSafely('HTTPS://Example.com', open)).toBe(true);
    expect(await openExternalSafely('file:///etc/passwd', open)).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('https://example.com/');
  });
});

describe('Content-Security-Policy', () => {
  it('is strict for the built app', () => {
    const policy = directives(buildContentSecurityPolicy(builtSource));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('font-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(buildContentSecurityPolicy(builtSource)).not.toContain('unsafe-eval');
  });

  it('allows the dev server and its HMR socket only in dev', () => {
    const policy = directives(buildContentSecurityPolicy(devSource));
    expect(policy.get('connect-src')).toEqual([
      "'self'",
      'http://localhost:5173',
      'ws://localhost:5173',
    ]);
    expect(policy.get('script-src')).toContain('http://localhost:5173');
    expect(buildContentSecurityPolicy(builtSource)).not.toContain('localhost');
    expect(buildContentSecurityPolicy(builtSource)).not.toContain('ws:');
  });

  it('replaces any CSP the response already had, whatever its case', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      "default-src 'self'",
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'self'"],
    });
  });
});

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;
type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
type CheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: { requestingUrl?: string },
) => boolean;

function fakeSession() {
  const captured: { headers?: HeadersListener; request?: RequestHandler; check?: CheckHandler } =
    {};
  const session = {
    webRequest: { onHeadersReceived: (listener: HeadersListener) => (captured.headers = listener) },
    setPermissionRequestHandler: (handler: RequestHandler) => (captured.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (captured.check = handler),
  };
  // The fake only implements what installSessionSecurity uses.
  installSessionSecurity(
    session as unknown as Parameters<typeof installSessionSecurity>[0],
    builtSource,
  );
  return captured;
}

describe('installSessionSecurity', () => {
  it('adds the CSP header to app responses and leaves other responses alone', () => {
    const { headers } = fakeSession();
    const appResponse = vi.fn();
    headers?.({ url: appPage, responseHeaders: {} }, appResponse);
    expect(appResponse.mock.calls[0]?.[0].responseHeaders['Content-Security-Policy']).toEqual([
      buildContentSecurityPolicy(builtSource),
    ]);
    const scriptResponse = vi.fn();
    headers?.({ url: appPage.replace('index.html', 'assets/index-abc.js') }, scriptResponse);
    expect(
      scriptResponse.mock.calls[0]?.[0].responseHeaders['Content-Security-Policy'],
    ).toBeDefined();
    const other = vi.fn();
    headers?.({ url: 'https://example.com/', responseHeaders: { a: ['b'] } }, other);
    expect(other).toHaveBeenCalledWith({});
    const oldFilePage = vi.fn();
    headers?.({ url: filePage, responseHeaders: {} }, oldFilePage);
    expect(oldFilePage).toHaveBeenCalledWith({});
  });

  it('denies permission requests: camera, location, notifications, clipboard read, ...', () => {
    const { request, check } = fakeSession();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'midiSysex',
      'hid',
      'fullscreen',
      'unknown',
    ]) {
      const callback = vi.fn();
      request?.({}, permission, callback, { requestingUrl: appPage });
      expect(callback).toHaveBeenCalledWith(false);
      expect(check?.({}, permission, 'app://peer-mentor-desk', { requestingUrl: appPage })).toBe(
        false,
      );
    }
  });

  it('grants clipboard write and persistent storage to the app origin only', () => {
    const { request, check } = fakeSession();
    const granted = vi.fn();
    request?.({}, 'clipboard-sanitized-write', granted, { requestingUrl: appPage });
    expect(granted).toHaveBeenCalledWith(true);
    expect(
      check?.({}, 'persistent-storage', 'app://peer-mentor-desk', { requestingUrl: appPage }),
    ).toBe(true);
    // A check may carry only the origin.
    expect(check?.({}, 'persistent-storage', 'app://peer-mentor-desk', {})).toBe(true);
    const fromFile = vi.fn();
    request?.({}, 'clipboard-sanitized-write', fromFile, { requestingUrl: filePage });
    expect(fromFile).toHaveBeenCalledWith(false);
    expect(check?.({}, 'persistent-storage', 'file://', { requestingUrl: filePage })).toBe(false);
    const foreign = vi.fn();
    request?.({}, 'clipboard-sanitized-write', foreign, { requestingUrl: 'https://evil.example/' });
    expect(foreign).toHaveBeenCalledWith(false);
    expect(check?.({}, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
  });
});

type Listener = (event: { url?: string; preventDefault: () => void }, url?: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    },
  };
  const openExternal = vi.fn(async () => undefined);
  hardenWebContents(contents as unknown as Parameters<typeof hardenWebContents>[0], {
    source: builtSource,
    openExternal,
  });
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event, url);
    return event.preventDefault;
  };
  return { fire, openHandler: () => openHandler, openExternal, listeners };
}

describe('hardenWebContents', () => {
  it('prevents navigation away from the app page', () => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', 'https://evil.example/')).toHaveBeenCalled();
    expect(fire('will-navigate', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(fire('will-navigate', 'http://localhost:5173/')).toHaveBeenCalled();
    expect(fire('will-navigate', filePage)).toHaveBeenCalled();
    expect(fire('will-navigate', 'app://evil/index.html')).toHaveBeenCalled();
    expect(fire('will-navigate', 'app://peer-mentor-desk/assets/index-abc.js')).toHaveBeenCalled();
    expect(fire('will-redirect', 'https://evil.example/')).toHaveBeenCalled();
    expect(fire('will-redirect', filePage)).toHaveBeenCalled();
  });

  it('lets the app page reload or change its hash route', () => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', appPage)).not.toHaveBeenCalled();
    expect(fire('will-navigate', `${appPage}#/roster`)).not.toHaveBeenCalled();
    expect(fire('will-navigate', 'app://peer-mentor-desk/')).not.toHaveBeenCalled();
    expect(fire('will-redirect', appPage)).not.toHaveBeenCalled();
  });

  it('sends an allowed link clicked in the page to the OS instead', async () => {
    const { fire, openExternal } = fakeContents();
    fire('will-navigate', 'https://example.com/guide');
    fire('will-navigate', 'javascript:alert(1)');
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledTimes(1));
    expect(openExternal).toHaveBeenCalledWith('https://example.com/guide');
  });

  it('denies every new window and opens only allowed URLs externally', async () => {
    const { openHandler, openExternal } = fakeContents();
    const handler = openHandler();
    expect(handler).toBeDefined();
    for (const url of [
      'https://example.com/',
      'mailto:a@b.c',
      'http://example.com/',
      'file:///etc/passwd',
      'about:blank',
      appPage,
    ]) {
      expect(handler?.({ url })).toEqual({ action: 'deny' });
    }
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledTimes(2));
    expect(openExternal.mock.calls.map((call) => (call as unknown[])[0])).toEqual([
      'https://example.com/',
      'mailto:a@b.c',
    ]);
  });

  it('prevents webviews from attaching', () => {
    const { fire } = fakeContents();
    expect(fire('will-attach-webview', 'about:blank')).toHaveBeenCalled();
  });
});
