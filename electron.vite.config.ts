import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };
import { RENDERER_META_CSP } from './src/shared/content-security-policy';

const shared = resolve(import.meta.dirname, 'src/shared');

/**
 * The built page carries the app's CSP (src/shared/content-security-policy.ts) as a meta tag, so
 * it holds wherever the files are served from (the e2e server, a plain browser); main sends the
 * same policy as a header on app://. Build only: the dev server's page needs the dev allowances,
 * which main sends as a header in development.
 */
export const cspMetaPlugin: Plugin = {
  name: 'pmd-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: RENDERER_META_CSP },
      injectTo: 'head-prepend',
    },
  ],
};

export default defineConfig({
  main: {
    resolve: { alias: { '@shared': shared } },
    build: { rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/main/index.ts') } } },
  },
  preload: {
    resolve: { alias: { '@shared': shared } },
    build: {
      // A sandboxed preload cannot `require` arbitrary modules: bundle everything into one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    resolve: {
      alias: {
        '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
        '@shared': shared,
      },
    },
    plugins: [react(), cspMetaPlugin],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
      chunkSizeWarningLimit: 4000,
    },
    worker: { format: 'es' },
  },
});
