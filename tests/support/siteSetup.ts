import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type RunningServer } from './staticServer.ts';

let server: RunningServer | undefined;

/**
 * Serves the built site (dist/) on localhost for the whole "site" test project.
 * The build itself is `npm run build`, which `npm test` runs before these tests.
 */
export async function setup(project: TestProject): Promise<void> {
  const root = path.resolve('dist');
  if (!existsSync(path.join(root, 'en', 'index.html'))) {
    throw new Error('No built site in dist/: run `npm run build` first (npm test does it for you).');
  }
  server = await serveStatic(root);
  project.provide('siteOrigin', server.origin);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
  }
}
