import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@socrehab\/domain$/, replacement: fileURLToPath(new URL('./packages/domain/src/index.ts', import.meta.url)) },
      { find: /^@socrehab\/domain\/(.*)$/, replacement: fileURLToPath(new URL('./packages/domain/src/', import.meta.url)) + '$1' },
    ],
  },
  test: {
    include: ['packages/**/*.test.ts', 'apps/server/**/*.test.ts', 'apps/web/**/*.test.ts'],
    globalSetup: ['apps/server/src/db/test-global-setup.ts'],
    // a guard against a hung test, not a timing: CI runs the server's tests niced beside the browser journeys;
    // a hook that drops a database waits for the server's checkpoint, which took 173 s once on a busy disk
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: 'forks',
    // a worker per core: the files' work is in the workers (PGlite, the app), the main process only hands them out
    maxWorkers: availableParallelism(),
    // one module graph per worker, reused by its files (each still opens its own database): halves the run (issue 12)
    isolate: false,
  },
});
