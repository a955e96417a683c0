import { describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import electronViteConfig from '../../electron.vite.config';
import { resolveRendererSource } from '../main/app-origin';
import { buildContentSecurityPolicy as mainHeaderPolicy } from '../main/security';
import {
  buildContentSecurityPolicy,
  contentSecurityPolicyDirectives,
  HEADER_ONLY_DIRECTIVES,
  RENDERER_HEADER_CSP,
  RENDERER_META_CSP,
} from './content-security-policy';

vi.mock('electron', () => ({}));

const built = resolveRendererSource({
  devServerUrl: undefined,
  isPackaged: true,
  rendererFolder: '/opt/pmd/out/renderer',
});
const dev = resolveRendererSource({
  devServerUrl: 'http://localhost:5173',
  isPackaged: false,
  rendererFolder: '/opt/pmd/out/renderer',
});

/** The policy as directive → sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

/** The tags the renderer build's CSP plugin adds to index.html. */
async function injectedTags(): Promise<HtmlTagDescriptor[]> {
  const plugins = (electronViteConfig.renderer?.plugins ?? []).flat() as Plugin[];
  const plugin = plugins.find((p) => p?.name === 'pmd-csp-meta');
  expect(plugin, 'the renderer build has the CSP plugin').toBeDefined();
  expect(plugin?.apply).toBe('build');
  const transform = plugin?.transformIndexHtml as () => HtmlTagDescriptor[];
  return transform();
}

describe('one Content-Security-Policy for main, the build and the page', () => {
  it('main sends exactly the shared policy as its header, in the built app and in dev', () => {
    expect(mainHeaderPolicy(built)).toBe(RENDERER_HEADER_CSP);
    expect(mainHeaderPolicy(dev)).toBe(
      buildContentSecurityPolicy({ delivery: 'header', devServerOrigin: 'http://localhost:5173' }),
    );
  });

  it('the build writes the shared meta policy into index.html, first in <head>', async () => {
    expect(await injectedTags()).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: RENDERER_META_CSP },
        injectTo: 'head-prepend',
      },
    ]);
  });

  it('the source index.html has no policy of its own to drift from the shared one', async () => {
    const html = await readFile(join(import.meta.dirname, '../renderer/index.html'), 'utf8');
    expect(html.toLowerCase()).not.toContain('content-security-policy');
  });

  it('the meta policy is the header policy without the directives a meta tag cannot carry', () => {
    const header = parse(RENDERER_HEADER_CSP);
    const meta = parse(RENDERER_META_CSP);
    for (const name of HEADER_ONLY_DIRECTIVES) {
      expect(header.has(name)).toBe(true);
      expect(meta.has(name)).toBe(false);
      header.delete(name);
    }
    expect(meta).toEqual(header);
  });

  it('is strict in the built app: only its own files, no eval, no inline script, no plugins', () => {
    const policy = parse(RENDERER_HEADER_CSP);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(RENDERER_HEADER_CSP).not.toMatch(/unsafe-eval|localhost|ws:|\*/);
  });

  it('adds the dev server and its socket only when there is one', () => {
    const directives = contentSecurityPolicyDirectives({
      delivery: 'header',
      devServerOrigin: 'http://127.0.0.1:5173',
    });
    expect(new Map(directives).get('connect-src')).toEqual([
      "'self'",
      'http://127.0.0.1:5173',
      'ws://127.0.0.1:5173',
    ]);
  });
});
