import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Browser journeys against the real server on a fresh database; one file at a time (one Chromium). */
export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^@socrehab\/domain$/, replacement: `${root}packages/domain/src/index.ts` },
      { find: /^@socrehab\/domain\/(.*)$/, replacement: `${root}packages/domain/src/$1` },
    ],
  },
  test: {
    include: ['e2e/**/*.e2e.ts', 'e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    sequence: { shuffle: false },
  },
});
