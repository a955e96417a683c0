import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { mkdir, mkdtemp, readFile, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';

vi.mock('electron', () => ({}));

import { resolveRendererSource } from './app-origin';
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  installAppProtocol,
  mimeTypeFor,
  parseAppRequest,
  registerAppScheme,
  resolveAppRequest,
} from './app-protocol';
import { buildContentSecurityPolicy } from './security';

const SECRET = 'TOP-SECRET-OUTSIDE-THE-RENDERER';

let base: string;
let root: string;
let csp: string;

/** A built renderer folder with one file of each kind, plus traps around it. */
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'pmd-app-protocol-'));
  root = join(base, 'out', 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(join(root, 'sub-folder'), { recursive: true });
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>Peer Mentor Desk</title>',
    'assets/index-abc.js': 'export const x = 1;',
    'assets/index-abc.css': 'body{margin:0}',
    'assets/index-abc.js.map': '{"version":3}',
    'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'assets/data.json': '{"a":1}',
    'assets/font.woff2': 'wOF2',
    'assets/icon.png': '\u0089PNG',
    'assets/module.wasm': '\u0000asm',
    'assets/UPPER.JS': 'export {};',
    'assets/notes.xyz': 'unknown kind',
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, name), text);
  // Traps: a secret next to the root, a sibling folder whose name starts like the root's.
  await writeFile(join(base, 'out', 'secret.txt'), SECRET);
  await writeFile(join(base, 'secret.txt'), SECRET);
  await mkdir(join(base, 'out', 'renderer-evil'));
  await writeFile(join(base, 'out', 'renderer-evil', 'x.js'), SECRET);
  await mkdir(join(base, 'out', 'main'));
  await writeFile(join(base, 'out', 'main', 'index.js'), SECRET);
  await symlink(join(base, 'out', 'secret.txt'), join(root, 'link-out'));
  await symlink(join(base, 'out', 'main'), join(root, 'folder-link-out'));
  await symlink(join(root, 'assets', 'index-abc.js'), join(root, 'link-in.js'));
  csp = buildContentSecurityPolicy(
    resolveRendererSource({ devServerUrl: undefined, isPackaged: true, rendererFolder: root }),
  );
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/**
 * Calls the handler with the raw URL (a fetch Request would normalise it first, and refuses
 * credentials), so forms Chromium would clean up are checked too.
 */
function get(url: string, method = 'GET'): Promise<Response> {
  return createAppProtocolHandler({ rootFolder: root, contentSecurityPolicy: csp })({
    url,
    method,
  });
}

describe('registerAppScheme', () => {
  it('registers app:// as standard, secure, fetch-capable and code-cached, and nothing more', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('corsEnabled');
  });
});

describe('installAppProtocol', () => {
  it('handles the app scheme on the given protocol with a handler that serves the root', async () => {
    const handle = vi.fn();
    installAppProtocol({ handle }, { rootFolder: root, contentSecurityPolicy: csp });
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    const response = await handler(new Request('app://peer-mentor-desk/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Peer Mentor Desk');
  });
});

describe('serving the renderer', () => {
  it('serves index.html for / and /index.html, with the CSP and nosniff headers', async () => {
    const html = await readFile(join(root, 'index.html'), 'utf8');
    for (const url of [
      'app://peer-mentor-desk/',
      'app://peer-mentor-desk/index.html',
      'app://peer-mentor-desk/index.html?x=1#/roster',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(csp);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe(html);
    }
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/UPPER.JS', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/data.json', 'application/json; charset=utf-8'],
    ['assets/index-abc.js.map', 'application/json; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml; charset=utf-8'],
    ['assets/icon.png', 'image/png'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/module.wasm', 'application/wasm'],
    ['assets/notes.xyz', 'application/octet-stream'],
  ])('serves %s as %s, byte for byte, with the CSP', async (path, contentType) => {
    const response = await get(`app://peer-mentor-desk/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(
      new Uint8Array(await readFile(join(root, path))),
    );
  });

  it('decodes percent-encoded names that stay inside the folder', async () => {
    const response = await get('app://peer-mentor-desk/assets/index%2Dabc%2ejs');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export const x = 1;');
  });

  it('follows a link that stays inside the folder', async () => {
    expect((await get('app://peer-mentor-desk/link-in.js')).status).toBe(200);
  });

  it('answers 404 for missing files', async () => {
    for (const url of [
      'app://peer-mentor-desk/missing.js',
      'app://peer-mentor-desk/assets/missing.css',
      'app://peer-mentor-desk/index.html/x',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(csp);
    }
  });

  it('answers 404 for / when the folder has no index.html', async () => {
    const handler = createAppProtocolHandler({
      rootFolder: join(root, 'sub-folder'),
      contentSecurityPolicy: csp,
    });
    expect((await handler(new Request('app://peer-mentor-desk/'))).status).toBe(404);
  });

  it('never serves a folder', async () => {
    for (const url of [
      'app://peer-mentor-desk/assets',
      'app://peer-mentor-desk/assets/',
      'app://peer-mentor-desk/sub-folder',
      'app://peer-mentor-desk/sub-folder/',
      'app://peer-mentor-desk/folder-link-out',
    ]) {
      const response = await get(url);
      expect(response.status, url).not.toBe(200);
      expect([403, 404]).toContain(response.status);
    }
  });

  it('serves GET only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']) {
      const response = await get('app://peer-mentor-desk/index.html', method);
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
    }
  });

  it('serves host peer-mentor-desk only', async () => {
    for (const url of [
      'app://evil/index.html',
      'app://peer-mentor-desk.evil.example/index.html',
      'app://evil.peer-mentor-desk/index.html',
      'app://peer-mentor-desk:8080/index.html',
      'app://user@peer-mentor-desk/index.html',
      'app://user:pw@peer-mentor-desk/index.html',
      'app:///index.html',
      'app:index.html',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('Peer Mentor Desk');
    }
  });
});

describe('refusing to leave the renderer folder', () => {
  const escapes = [
    // Plain and percent-encoded dot segments, slashes and backslashes.
    '%2e%2e%2fsecret.txt',
    '%2E%2E%2Fsecret.txt',
    '..%2fsecret.txt',
    '..%2Fsecret.txt',
    '%2e%2e%5csecret.txt',
    '..%5csecret.txt',
    '..\\secret.txt',
    'assets\\..\\..\\secret.txt',
    '%5c..%5c..%5csecret.txt',
    '.%2e/%2e%2e/secret.txt',
    // Double encoding must not be decoded twice.
    '%252e%252e%252fsecret.txt',
    // Absolute paths of every platform.
    '%2fetc%2fpasswd',
    '/etc/passwd',
    '//etc/passwd',
    '<encoded absolute path of the secret>',
    'C:%5cWindows%5cwin.ini',
    'C:/Windows/win.ini',
    'c%3a%5cwindows%5cwin.ini',
    '%5c%5cserver%5cshare%5cx',
    // NUL bytes and control characters.
    'index.html%00.png',
    '%00',
    'assets%00/index-abc.js',
    'index.html%0a',
    // Sibling folder whose name starts like the root's, and the main-process bundle.
    '..%2frenderer-evil%2fx.js',
    '..%2fmain%2findex.js',
    // Windows tricks: trailing dots and spaces, device names, NTFS streams.
    '..%20/secret.txt',
    '...%2fsecret.txt',
    'index.html.',
    'index.html%20',
    'index.html::$DATA',
    'con',
    'NUL.js',
    'assets/aux.css',
    'com1',
    'lpt9.txt',
    // A link inside the folder that leads outside it.
    'link-out',
    'folder-link-out/index.js',
    // Malformed escapes.
    '%',
    '%zz',
    '%c0%ae%c0%ae%2fsecret.txt',
  ];

  it.each(escapes)('refuses app://peer-mentor-desk/%s', async (entry) => {
    const path = entry.startsWith('<')
      ? encodeURIComponent(join(base, 'out', 'secret.txt'))
      : entry;
    const response = await get(`app://peer-mentor-desk/${path}`);
    expect(response.status).not.toBe(200);
    expect([400, 403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('gives the reason for a refused encoded traversal', () => {
    expect(parseAppRequest('app://peer-mentor-desk/..%2fsecret.txt', 'GET')).toEqual({
      status: 403,
      reason: 'encoded path separator',
    });
    expect(parseAppRequest('app://peer-mentor-desk/a%00b', 'GET')).toEqual({
      status: 403,
      reason: 'control character',
    });
    expect(parseAppRequest('app://peer-mentor-desk/assets/x.js', 'GET')).toEqual({
      segments: ['assets', 'x.js'],
    });
  });

  it('only ever serves regular files inside the root (property)', async () => {
    const token = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.constantFrom(
          '/',
          '..',
          '.',
          '%2e',
          '%2E',
          '%2e%2e',
          '.%2e',
          '%2f',
          '%2F',
          '%5c',
          '\\',
          '%00',
          '%0a',
          '%25',
          '%252e',
          '%3a',
          ':',
          'C:',
          ' ',
          '%20',
          '~',
          'con',
          'nul.js',
          'assets',
          'index.html',
          'index-abc.js',
          'secret.txt',
          'renderer',
          'renderer-evil',
          'x.js',
          'main',
          'out',
          'link-out',
          'link-in.js',
          'folder-link-out',
          'sub-folder',
          'etc',
          'passwd',
        ),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
    );
    const junkPath = fc.array(token, { maxLength: 8 }).map((parts) => parts.join(''));
    const validPath = fc.constantFrom('index.html', 'assets/index-abc.js', 'link-in.js', '');
    const path = fc.oneof(junkPath, validPath, fc.webPath());
    const realRoot = await realpath(root);
    let served = 0;
    await fc.assert(
      fc.asyncProperty(path, async (p) => {
        let url: string;
        try {
          url = new URL(`app://peer-mentor-desk/${p.replace(/^\//, '')}`).href;
        } catch {
          return; // Chromium would never hand the handler an unparsable URL.
        }
        const result = await resolveAppRequest({ url, method: 'GET' }, root);
        if (result.status !== 200) return;
        served += 1;
        const real = await realpath(result.filePath);
        expect(real.startsWith(realRoot + sep)).toBe(true);
        expect((await stat(real)).isFile()).toBe(true);
        expect(await readFile(real, 'utf8')).not.toContain(SECRET);
      }),
      { numRuns: 300 },
    );
    // The property must have been exercised on files that were actually served.
    expect(served).toBeGreaterThan(0);
  });
});

describe('mimeTypeFor', () => {
  it('knows the types a Vite build emits, whatever the case of the extension', () => {
    expect(mimeTypeFor('/r/index.HTML')).toBe('text/html');
    expect(mimeTypeFor('/r/a.mjs')).toBe('text/javascript');
    expect(mimeTypeFor('/r/a.woff')).toBe('font/woff');
    expect(mimeTypeFor('/r/no-extension')).toBe('application/octet-stream');
  });
});
