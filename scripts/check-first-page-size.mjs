/**
 * Issue 16 — the web app's first page stays small: after `vite build`, reads the build's manifest
 * (apps/web/dist/.vite/manifest.json), follows the entry chunk and its static imports — what the
 * browser loads before any page, the sign-in page included; every other page is its own chunk, loaded
 * with its route — sums their gzip-compressed size, prints it with the largest chunks, and exits 1 over
 * the limit (300 kB). Run by `npm run build:web`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const LIMIT_KB = 300;
const DIST = fileURLToPath(new URL('../apps/web/dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));

const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
const loaded = new Set();
const visit = (key) => {
  if (loaded.has(key)) return;
  loaded.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
entries.forEach(visit);

const chunks = [...loaded].map((key) => {
  const { file } = manifest[key];
  return { file, kb: gzipSync(readFileSync(join(DIST, file))).length / 1024 };
}).sort((a, b) => b.kb - a.kb);
const totalKb = chunks.reduce((sum, c) => sum + c.kb, 0);
const lazyChunks = Object.values(manifest).filter((c) => c.file.endsWith('.js')).length - chunks.length;

for (const c of chunks.slice(0, 5)) console.log(`  ${c.kb.toFixed(1).padStart(7)} kB  ${c.file}`);
console.log(`First page: ${totalKb.toFixed(1)} kB of gzip-compressed JavaScript in ${chunks.length} chunk(s) (limit ${LIMIT_KB} kB); ${lazyChunks} more chunk(s) load with their pages.`);
if (totalKb > LIMIT_KB) {
  console.error(`The first page's JavaScript is over ${LIMIT_KB} kB: load the page or library that grew it with its route (React.lazy).`);
  process.exit(1);
}
