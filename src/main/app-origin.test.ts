import { describe, expect, it } from 'vitest';
import { isAppPageUrl, isAppResourceUrl, resolveRendererSource } from './app-origin';

const index = '/opt/Peer Mentor Desk/resources/app.asar/out/renderer/index.html';

describe('resolveRendererSource', () => {
  it('uses the dev server only for an unpackaged app', () => {
    expect(
      resolveRendererSource({
        devServerUrl: 'http://localhost:5173',
        isPackaged: false,
        indexHtmlPath: index,
      }),
    ).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    });
    expect(
      resolveRendererSource({
        devServerUrl: 'http://localhost:5173',
        isPackaged: true,
        indexHtmlPath: index,
      }).kind,
    ).toBe('file');
  });

  it('ignores a dev server URL that is not on this machine or not http(s)', () => {
    for (const url of [
      'http://evil.example:5173',
      'file:///tmp/x.html',
      'javascript:alert(1)',
      'nonsense',
      '',
    ]) {
      expect(
        resolveRendererSource({ devServerUrl: url, isPackaged: false, indexHtmlPath: index }).kind,
      ).toBe('file');
    }
    expect(
      resolveRendererSource({
        devServerUrl: 'http://127.0.0.1:5173',
        isPackaged: false,
        indexHtmlPath: index,
      }).kind,
    ).toBe('dev-server');
  });
});

describe('isAppPageUrl', () => {
  const linux = resolveRendererSource({
    devServerUrl: undefined,
    isPackaged: true,
    indexHtmlPath: index,
    platform: 'linux',
  });

  it('accepts the built index.html with any hash route or query', () => {
    const page = 'file:///opt/Peer%20Mentor%20Desk/resources/app.asar/out/renderer/index.html';
    expect(isAppPageUrl(page, linux)).toBe(true);
    expect(isAppPageUrl(`${page}#/roster?x=1`, linux)).toBe(true);
    expect(isAppPageUrl(`${page}?safe=1`, linux)).toBe(true);
  });

  it('refuses other files, other hosts and other schemes', () => {
    for (const url of [
      'file:///opt/Peer%20Mentor%20Desk/resources/app.asar/out/renderer/evil.html',
      'file:///tmp/index.html',
      'file://server/opt/Peer%20Mentor%20Desk/resources/app.asar/out/renderer/index.html',
      'https://opt/Peer%20Mentor%20Desk/resources/app.asar/out/renderer/index.html',
      'about:blank',
      '',
    ]) {
      expect(isAppPageUrl(url, linux)).toBe(false);
    }
  });

  it('compares Windows paths without regard to case', () => {
    const win = resolveRendererSource({
      devServerUrl: undefined,
      isPackaged: true,
      indexHtmlPath:
        '/C:/Program Files/Peer Mentor Desk/resources/app.asar/out/renderer/index.html',
      platform: 'win32',
    });
    expect(
      isAppPageUrl(
        'file:///c:/program%20files/Peer%20Mentor%20Desk/resources/app.asar/out/renderer/index.html',
        win,
      ),
    ).toBe(true);
    expect(
      isAppPageUrl(
        'file:///C:/Program%20Files/Peer%20Mentor%20Desk/resources/app.asar/out/renderer/index.HTML',
        linux,
      ),
    ).toBe(false);
  });

  it('matches the dev server by origin', () => {
    const dev = resolveRendererSource({
      devServerUrl: 'http://localhost:5173',
      isPackaged: false,
      indexHtmlPath: index,
    });
    expect(isAppPageUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPageUrl('https://localhost:5173/', dev)).toBe(false);
  });
});

describe('isAppResourceUrl', () => {
  const linux = resolveRendererSource({
    devServerUrl: undefined,
    isPackaged: true,
    indexHtmlPath: index,
    platform: 'linux',
  });
  it('covers files in the renderer folder and nothing outside it', () => {
    expect(
      isAppResourceUrl(
        'file:///opt/Peer%20Mentor%20Desk/resources/app.asar/out/renderer/assets/index-1.js',
        linux,
      ),
    ).toBe(true);
    expect(
      isAppResourceUrl(
        'file:///opt/Peer%20Mentor%20Desk/resources/app.asar/out/main/index.js',
        linux,
      ),
    ).toBe(false);
    expect(isAppResourceUrl('https://example.com/x.js', linux)).toBe(false);
  });
});
