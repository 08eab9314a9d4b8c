import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const domain = fileURLToPath(new URL('../../packages/domain/src/', import.meta.url));

/** Builds the single-page app into apps/web/dist; the server serves it with an index.html fallback. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@socrehab\/domain$/, replacement: `${domain}index.ts` },
      { find: /^@socrehab\/domain\/(.*)$/, replacement: `${domain}$1` },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // read by scripts/check-first-page-size.mjs: the first page's JavaScript ≤ 300 kB compressed (issue 16)
    manifest: true,
    chunkSizeWarningLimit: 900,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
