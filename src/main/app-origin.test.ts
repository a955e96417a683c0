import { describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  isAppOriginUrl,
  isAppPageUrl,
  isAppResourceUrl,
  resolveRendererSource,
} from './app-origin';

const rendererFolder = '/opt/Peer Mentor Desk/resources/app.asar/out/renderer';

const built = resolveRendererSource({ devServerUrl: undefined, isPackaged: true, rendererFolder });
const dev = resolveRendererSource({
  devServerUrl: 'http://localhost:5173',
  isPackaged: false,
  rendererFolder,
});

describe('the app origin', () => {
  it('is app://peer-mentor-desk, fixed for ever (IndexedDB data belongs to it)', () => {
    expect(APP_ORIGIN).toBe('app://peer-mentor-desk');
    expect(APP_INDEX_URL).toBe('app://peer-mentor-desk/index.html');
  });
});

describe('resolveRendererSource', () => {
  it('serves the built renderer from the app scheme, rooted at out/renderer', () => {
    expect(built).toEqual({
      kind: 'app-scheme',
      url: 'app://peer-mentor-desk/index.html',
      origin: 'app://peer-mentor-desk',
      rootFolder: rendererFolder,
    });
  });

  it('uses the dev server only for an unpackaged app', () => {
    expect(dev).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    });
    expect(
      resolveRendererSource({
        devServerUrl: 'http://localhost:5173',
        isPackaged: true,
        rendererFolder,
      }).kind,
    ).toBe('app-scheme');
  });

  it('ignores a dev server URL that is not on this machine or not http(s)', () => {
    for (const url of [
      'http://evil.example:5173',
      'file:///tmp/x.html',
      'app://peer-mentor-desk/',
      'javascript:alert(1)',
      'nonsense',
      '',
    ]) {
      expect(
        resolveRendererSource({ devServerUrl: url, isPackaged: false, rendererFolder }).kind,
      ).toBe('app-scheme');
    }
    expect(
      resolveRendererSource({
        devServerUrl: 'http://127.0.0.1:5173',
        isPackaged: false,
        rendererFolder,
      }).kind,
    ).toBe('dev-server');
  });
});

describe('isAppPageUrl (built app)', () => {
  it('accepts the app page with any hash route or query', () => {
    for (const url of [
      'app://peer-mentor-desk/index.html',
      'app://peer-mentor-desk/index.html#/roster?x=1',
      'app://peer-mentor-desk/index.html?safe=1',
      'app://peer-mentor-desk/',
      'app://peer-mentor-desk/#/pairing',
    ]) {
      expect(isAppPageUrl(url, built), url).toBe(true);
    }
  });

  it('refuses file://, other hosts, ports, credentials, schemes and other app files', () => {
    for (const url of [
      'file:///opt/Peer%20Mentor%20Desk/resources/app.asar/out/renderer/index.html',
      'file:///index.html',
      'app://evil/index.html',
      'app://peer-mentor-desk.evil.example/index.html',
      'app://peer-mentor-desk:8080/index.html',
      'app://user@peer-mentor-desk/index.html',
      'https://peer-mentor-desk/index.html',
      'http://localhost:5173/',
      'app://peer-mentor-desk/assets/index-abc.js',
      'app://peer-mentor-desk/evil.html',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isAppPageUrl(url, built), url).toBe(false);
    }
  });

  it('matches the dev server by origin in development, and never the app scheme there', () => {
    expect(isAppPageUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPageUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppPageUrl('app://peer-mentor-desk/index.html', dev)).toBe(false);
  });
});

describe('isAppOriginUrl / isAppResourceUrl (built app)', () => {
  it('covers every file of the app origin, and the bare origin', () => {
    for (const url of [
      'app://peer-mentor-desk/assets/index-1.js',
      'app://peer-mentor-desk/index.html',
      'app://peer-mentor-desk',
    ]) {
      expect(isAppOriginUrl(url, built), url).toBe(true);
      expect(isAppResourceUrl(url, built), url).toBe(true);
    }
  });

  it('covers nothing outside it', () => {
    for (const url of [
      'file:///opt/Peer%20Mentor%20Desk/resources/app.asar/out/renderer/assets/index-1.js',
      'app://other/assets/index-1.js',
      'https://example.com/x.js',
      'null',
    ]) {
      expect(isAppOriginUrl(url, built), url).toBe(false);
      expect(isAppResourceUrl(url, built), url).toBe(false);
    }
  });
});
