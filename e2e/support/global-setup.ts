import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where signed-in browser states are kept between files (sign-in is rate limited). */
    stateDir: string;
  }
}

/** One real server on a fresh database for the whole run. */
export default async function setup(project: TestProject) {
  const server = await startServer();
  const stateDir = mkdtempSync(join(tmpdir(), 'socrehab-e2e-state-'));
  console.log(`e2e: server ${server.baseUrl}, database ${server.database}`);
  project.provide('baseUrl', server.baseUrl);
  project.provide('stateDir', stateDir);
  return async () => {
    await server.stop();
    rmSync(stateDir, { recursive: true, force: true });
  };
}
