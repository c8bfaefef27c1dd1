/** Serves the built site (dist/) on a free localhost port for all browser tests. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../src/cli/static-server.ts';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ ontbreekt: draai eerst `npm run build`');
  const server = await startServer('dist', 0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
