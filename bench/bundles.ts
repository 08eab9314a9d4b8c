import { execFileSync } from 'node:child_process';

/**
 * The bench's servers as production runs the server: bundled by scripts/build-server.mjs (esbuild, as `npm start`
 * bundles apps/server/src/main.ts) and run with plain node, not through tsx's loader — whose transform keeps the name
 * of every function made at run time (esbuild's `keepNames`) and so costs the hot paths CPU the deployed server does
 * not spend. The bare baseline is bundled the same way.
 */
export const BUNDLES = { app: 'bench/dist/app-server.mjs', baseline: 'bench/dist/baseline-server.mjs' } as const;

/** Bundles bench/app-server.ts and bench/baseline-server.ts into `BUNDLES` (~1 s each). */
export function buildBundles(root: string) {
  for (const [source, bundle] of [['bench/app-server.ts', BUNDLES.app], ['bench/baseline-server.ts', BUNDLES.baseline]]) {
    execFileSync(process.execPath, ['scripts/build-server.mjs', source!, bundle!], { cwd: root, stdio: 'inherit' });
  }
}
