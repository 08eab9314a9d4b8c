/**
 * Bundles the server (apps/server/src/main.ts and the domain package) into one file,
 * apps/server/dist/main.mjs, that `npm start` runs with plain node (issue 16): loading some
 * 700 TypeScript files through tsx's loader took most of a start (4–8 s on 2 busy cores); one
 * bundle loads in a fraction of that. The npm packages stay outside the bundle. Every
 * `import.meta.url` keeps its source file's address, so paths relative to a source file
 * (migrations, the web build, documentation) resolve as they do under tsx.
 *
 * `node scripts/build-server.mjs [entry outfile]` bundles another entry the same way: the bench's application
 * (bench/app-server.ts → bench/dist/app-server.mjs) runs as the server does in production.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [entry = 'apps/server/src/main.ts', outfile = 'apps/server/dist/main.mjs'] = process.argv.slice(2);

await build({
  entryPoints: [`${ROOT}${entry}`],
  outfile: `${ROOT}${outfile}`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  plugins: [
    {
      name: 'packages-outside-domain-inside',
      setup(b) {
        b.onResolve({ filter: /^@socrehab\/domain(\/.*)?$/ }, ({ path }) => ({
          path: `${ROOT}packages/domain/src/${path === '@socrehab/domain' ? 'index' : path.slice('@socrehab/domain/'.length)}.ts`,
        }));
        b.onResolve({ filter: /^[^./]/ }, ({ path }) => ({ path, external: true }));
        b.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
          contents: (await readFile(path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
          loader: 'ts',
        }));
      },
    },
  ],
});
