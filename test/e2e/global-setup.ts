import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveFolder } from '../helpers/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serve the built renderer (out/renderer, made by `electron-vite build`) for every e2e file. */
export default async function setup(project: TestProject) {
  if (!existsSync('out/renderer/index.html')) {
    throw new Error('out/renderer is missing: run `npx electron-vite build` first (npm run test:e2e does).');
  }
  const server = await serveFolder('out/renderer');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
