import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The service worker is built as its own entry at a fixed URL: a worker's scope comes from its path. */
const SERVICE_WORKER_ENTRY = 'service-worker';

/**
 * Writes precache.json: every file of the build and of public/, for the service worker to cache on install so
 * the studio opens offline after its first load.
 * Format: { "files": ["/", "/assets/index-abc123.js", ...] }
 */
function precacheManifest(): Plugin {
  return {
    name: 'inkless-precache-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      // The build's files and public/'s (the app manifest and its icons), which Vite copies as they are.
      const publicFiles = readdirSync(here('public'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
        .map((e) => relative(here('public'), join(e.parentPath, e.name)).split(sep).join('/'));
      const files = [...Object.keys(bundle), ...publicFiles].filter((name) => name !== 'sw.js' && !name.endsWith('.map')).map((name) => `/${name}`);
      this.emitFile({ type: 'asset', fileName: 'precache.json', source: JSON.stringify({ files: ['/', ...files.filter((f) => f !== '/index.html')] }) });
    },
  };
}

/**
 * The studio: index.html + src/main.tsx, and the service worker as sw.js. `npm start` builds it on
 * demand (scripts/ensure-studio-built.ts); `vite` serves it for development, with the server's
 * /fonts and /api proxied to `npm start` on port 3000.
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react(), precacheManifest()],
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      input: { index: here('index.html'), [SERVICE_WORKER_ENTRY]: here('src/sw/service-worker.ts') },
      output: {
        entryFileNames: (chunk) => (chunk.name === SERVICE_WORKER_ENTRY ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: {
    proxy: { '/fonts': 'http://localhost:3000', '/api': 'http://localhost:3000' },
  },
});
